#include "SettingsFile.h"

#include "AtomicFileWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace kolokasi {

QString SettingsFile::prepare()
{
    // Before this, no organisation was set: Qt filed the settings under this name.
    const QString unnamed = QStringLiteral("Unknown Organization");
    const QString older = QSettings(QSettings::NativeFormat, QSettings::UserScope, unnamed,
                                    QCoreApplication::applicationName())
                              .fileName();
    QCoreApplication::setOrganizationName(organisationName());
    const QString path = QSettings().fileName();
    AtomicFileWriter::makePrivateFolder(QFileInfo(path).absolutePath());
    QFile::setPermissions(QFileInfo(path).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!QFileInfo::exists(path) && QFileInfo::exists(older)) {
        // Moved, not copied: a world-readable copy would stay behind otherwise.
        if (QFile::rename(older, path))
            QDir().rmdir(QFileInfo(older).absolutePath()); // only if nothing else is in it
    }
    // QSettings replaces the file through QSaveFile, which keeps the permissions it finds:
    // owner-only from the start stays owner-only.
    if (!QFileInfo::exists(path))
        AtomicFileWriter::createPrivateFile(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace kolokasi
