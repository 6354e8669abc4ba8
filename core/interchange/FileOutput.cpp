#include "FileOutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

#include <cstdio>

namespace kolokasi {

namespace {
constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

Error cannotWrite(const QString &path, const QString &why)
{
    return Error{QStringLiteral("write_failed"),
                 FileOutput::tr("%1 could not be written (%2). Choose another folder or file name.")
                     .arg(path, why),
                 QStringLiteral("file")};
}
} // namespace

Status FileOutput::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) ||
        file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return cannotWrite(path, why);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

QString FileOutput::temporaryPathFor(const QString &path)
{
    const QFileInfo target(path);
    return target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp")
            .arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
}

Status FileOutput::replace(const QString &temporaryPath, const QString &path)
{
    // std::rename replaces the target in one step on POSIX (QFile::rename refuses to).
    if (!QFile::setPermissions(temporaryPath, kOwnerOnly) ||
        std::rename(QFile::encodeName(temporaryPath).constData(),
                    QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporaryPath);
        return cannotWrite(path, tr("the finished file could not be moved into place"));
    }
    return {};
}

} // namespace kolokasi
