// This PC's settings: filed under the organisation "Kolokasi" (not Qt's "Unknown
// Organization"), owner-only (file 0600, folder 0700) also after QSettings rewrites the
// file, and an older Kolokasi's settings are carried over once.
#include "common/SettingsFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace kolokasi;

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kAll =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

class TestSettingsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QString());
        QCoreApplication::setApplicationName(QStringLiteral("kolokasi"));
    }

    void keepsAnOlderKolokasisSettingsOwnerOnly()
    {
        // GIVEN settings an older Kolokasi wrote (no organisation name, mode 0644)
        {
            QSettings older;
            older.setValue(QStringLiteral("database/location"),
                           QStringLiteral("/data/kolokasi.db"));
            older.sync();
            QVERIFY2(older.fileName().contains(QLatin1String("Unknown Organization")),
                     qPrintable(older.fileName()));
            QFile::setPermissions(older.fileName(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadGroup | QFileDevice::ReadOther);
        }

        // WHEN the program starts
        const QString path = SettingsFile::prepare();

        // THEN they are read from the Kolokasi folder, owner-only, and not left behind
        QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("Kolokasi"));
        QVERIFY2(path.contains(QLatin1String("/Kolokasi/")), qPrintable(path));
        QCOMPARE(QSettings().value(QStringLiteral("database/location")).toString(),
                 QStringLiteral("/data/kolokasi.db"));
        QCOMPARE(QFile::permissions(path) & kAll, kOwnerOnly);
        QCOMPARE(QFile::permissions(QFileInfo(path).absolutePath()) & kAll,
                 kOwnerOnly | QFileDevice::ExeOwner);
        QVERIFY(!QFileInfo::exists(
            m_config.filePath(QStringLiteral("Unknown Organization/kolokasi.conf"))));

        // AND a later save keeps the file owner-only
        {
            QSettings settings;
            settings.setValue(QStringLiteral("language"), QStringLiteral("id"));
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        QCOMPARE(QFile::permissions(path) & kAll, kOwnerOnly);
    }

    void aNewSettingsFileIsOwnerOnlyFromTheStart()
    {
        QTemporaryDir fresh;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, fresh.path());
        const QString path = SettingsFile::prepare();
        QSettings().setValue(QStringLiteral("x"), 1);
        QSettings().sync();
        QCOMPARE(QFile::permissions(path) & kAll, kOwnerOnly);
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "tst_settingsfile.moc"
