#include "LogoImage.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace kolokasi {

namespace {
Error notAnImage(const QString &fileName)
{
    return {QStringLiteral("logo_invalid"),
            LogoImage::tr("%1 is not a PNG, JPEG or SVG picture; choose the logo file again.")
                .arg(fileName),
            QStringLiteral("logo")};
}

QImage drawnSvg(const QByteArray &bytes)
{
    QSvgRenderer renderer(bytes);
    if (!renderer.isValid() || renderer.defaultSize().isEmpty())
        return {};
    const QSize size = renderer.defaultSize().scaled(
        QSize(4 * LogoImage::kStoredHeightPixels, LogoImage::kStoredHeightPixels),
        Qt::KeepAspectRatio);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

QImage readRaster(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg" && format != "jpg")
        return {};
    return reader.read();
}
} // namespace

namespace {
Error tooLarge(const QString &fileName)
{
    return Error{
        QStringLiteral("logo_too_large"),
        LogoImage::tr("%1 is larger than 2 MB; choose a smaller logo picture.").arg(fileName),
        QStringLiteral("logo")};
}
} // namespace

Result<QByteArray> LogoImage::fromFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("logo_unreadable"),
            tr("%1 cannot be read; check that the file exists and may be opened.").arg(fileName),
            QStringLiteral("logo")};
    if (file.size() > kMaxFileBytes)
        return tooLarge(fileName); // refused before reading it
    return fromData(file.readAll(), fileName);
}

Result<QByteArray> LogoImage::fromData(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > kMaxFileBytes)
        return tooLarge(fileName);
    const bool svg = bytes.left(512).contains("<svg") || bytes.left(512).contains("<?xml");
    QImage image = svg ? drawnSvg(bytes) : readRaster(bytes);
    if (image.isNull())
        return notAnImage(fileName);
    if (image.height() > kStoredHeightPixels)
        image = image.scaledToHeight(kStoredHeightPixels, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    if (!image.save(&out, "PNG"))
        return notAnImage(fileName);
    return png;
}

} // namespace kolokasi
