#include "PostgresBackup.h"

#include "Database.h"
#include "common/AtomicFileWriter.h"
#include "common/Diagnostics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace kolokasi {

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

Error notAnArchive(const QString &inPath)
{
    return Error{QStringLiteral("restore_not_a_database"),
                 PostgresBackup::tr("%1 is not a Kolokasi backup of a PostgreSQL database, so "
                                    "nothing was restored; choose a backup Kolokasi made.")
                     .arg(shown(inPath)),
                 QStringLiteral("input")};
}
} // namespace

Result<QString> PostgresBackup::program(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/lib/postgresql/15/bin")});
    if (path.isEmpty())
        return Error{QStringLiteral("pg_tools_missing"),
                     tr("The PostgreSQL program %1 is not installed, so a PostgreSQL database "
                        "cannot be backed up or restored; install the Debian package "
                        "postgresql-client.")
                         .arg(name),
                     QStringLiteral("database")};
    return path;
}

QStringList PostgresBackup::connectionArguments(const DatabaseLocation &location)
{
    QStringList arguments{QStringLiteral("--host=") + location.host,
                          QStringLiteral("--port=") + QString::number(location.port),
                          QStringLiteral("--dbname=") + location.databaseName,
                          QStringLiteral("--no-password")};
    if (!location.user.isEmpty())
        arguments.append(QStringLiteral("--username=") + location.user);
    return arguments;
}

PostgresBackup::Run PostgresBackup::run(const QString &program, const QStringList &arguments,
                                        const DatabaseLocation &location)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!location.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), location.password);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted()) {
        result.problem = process.errorString();
        return result;
    }
    process.closeWriteChannel();
    // A dump may be large: read as it comes instead of waiting for the whole.
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(1000);
        result.output += process.readAllStandardOutput();
    }
    result.output += process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    if (!errors.isEmpty())
        qCInfo(kolokasiDetails, "%s: %s", qPrintable(QFileInfo(program).fileName()),
               errors.constData());
    if (process.exitStatus() != QProcess::NormalExit)
        result.problem = QStringLiteral("crashed");
    result.exitCode = process.exitCode();
    return result;
}

Status PostgresBackup::backup(const DatabaseLocation &location, const QString &outPath)
{
    const auto dump = program(QStringLiteral("pg_dump"));
    if (!dump.ok())
        return dump.error();
    if (Status writable = AtomicFileWriter::checkWritable(outPath); !writable.ok())
        return writable;
    // pg_dump reads one snapshot: consistent while others write.
    const Run ran =
        run(*dump,
            connectionArguments(location) + QStringList{QStringLiteral("--format=custom"),
                                                        QStringLiteral("--no-owner"),
                                                        QStringLiteral("--no-privileges")},
            location);
    if (!ran.problem.isEmpty() || ran.exitCode != 0)
        return Error{QStringLiteral("backup_failed"),
                     tr("pg_dump could not back up the database %1, so nothing was written; run "
                        "Kolokasi with --verbose to see why.")
                         .arg(location.displayName()),
                     QStringLiteral("database")};
    return AtomicFileWriter::write(outPath, [&](QIODevice &device) -> Status {
        if (device.write(ran.output) != ran.output.size())
            return Error{
                QStringLiteral("backup_failed"),
                tr("Could not write the backup %1; check the free disk space.").arg(shown(outPath)),
                QStringLiteral("output")};
        return {};
    });
}

Status PostgresBackup::check(const QString &inPath)
{
    if (!QFileInfo(inPath).isFile())
        return Error{QStringLiteral("restore_missing"),
                     tr("The backup file %1 does not exist; choose the backup file to restore.")
                         .arg(shown(inPath)),
                     QStringLiteral("input")};
    const auto restoreProgram = program(QStringLiteral("pg_restore"));
    if (!restoreProgram.ok())
        return restoreProgram.error();
    QFile archive(inPath);
    if (!archive.open(QIODevice::ReadOnly) || archive.read(5) != QByteArray("PGDMP"))
        return notAnArchive(inPath);
    archive.close();
    // It starts like an archive: what cannot be read in it is damage. Reading every block
    // (into nothing) finds damage that the table of contents does not show.
    const Error damaged{QStringLiteral("restore_corrupt"),
                        tr("The backup %1 is damaged (it cannot be read to its end), so nothing "
                           "was restored; choose another backup.")
                            .arg(shown(inPath)),
                        QStringLiteral("input")};
    const Run listed = run(*restoreProgram, {QStringLiteral("--list"), inPath});
    if (!listed.problem.isEmpty() || listed.exitCode != 0)
        return damaged;
    if (!listed.output.contains(" TABLE DATA public schema_version "))
        return notAnArchive(inPath);
    const Run read = run(*restoreProgram, {QStringLiteral("--file=/dev/null"), inPath});
    if (!read.problem.isEmpty() || read.exitCode != 0)
        return damaged;
    // The schema version is the largest number in schema_version's data.
    const Run data = run(*restoreProgram,
                         {QStringLiteral("--data-only"), QStringLiteral("--table=schema_version"),
                          QStringLiteral("--file=-"), inPath});
    if (!data.problem.isEmpty() || data.exitCode != 0)
        return notAnArchive(inPath);
    static const QRegularExpression row(QStringLiteral("^(\\d+)\\t"),
                                        QRegularExpression::MultilineOption);
    int version = 0;
    for (auto it = row.globalMatch(QString::fromUtf8(data.output)); it.hasNext();)
        version = std::max(version, it.next().captured(1).toInt());
    if (version == 0)
        return notAnArchive(inPath);
    if (version > Database::latestSchemaVersion())
        return Error{QStringLiteral("restore_too_new"),
                     tr("The backup %1 was made by a newer Kolokasi (schema version %2; this "
                        "program knows up to version %3), so nothing was restored; update "
                        "Kolokasi first.")
                         .arg(shown(inPath))
                         .arg(version)
                         .arg(Database::latestSchemaVersion()),
                     QStringLiteral("input")};
    return {};
}

Result<QString> PostgresBackup::restore(const DatabaseLocation &location, const QString &inPath,
                                        const QString &asideFolder, const QDateTime &now)
{
    if (Status checked = check(inPath); !checked.ok())
        return checked.error();
    if (!AtomicFileWriter::makePrivateFolder(asideFolder))
        return Error{QStringLiteral("restore_aside_failed"),
                     tr("Could not create the folder %1 to keep the current database aside, so "
                        "nothing was restored.")
                         .arg(QDir::toNativeSeparators(asideFolder)),
                     QStringLiteral("database")};
    const QString aside = asideFolder + QLatin1Char('/') + location.databaseName +
                          QStringLiteral(".before-restore-") +
                          now.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".dump");
    if (Status kept = backup(location, aside); !kept.ok())
        return kept.error();
    const auto restoreProgram = program(QStringLiteral("pg_restore"));
    if (!restoreProgram.ok())
        return restoreProgram.error();
    // One transaction: a failure half-way leaves the database as it was.
    const Run restored =
        run(*restoreProgram,
            connectionArguments(location) +
                QStringList{QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                            QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                            QStringLiteral("--single-transaction"),
                            QStringLiteral("--exit-on-error"), inPath},
            location);
    if (!restored.problem.isEmpty() || restored.exitCode != 0)
        return Error{QStringLiteral("restore_failed"),
                     tr("pg_restore could not restore into the database %1, so it was left as it "
                        "was; run Kolokasi with --verbose to see why.")
                         .arg(location.displayName()),
                     QStringLiteral("database")};
    return aside;
}

} // namespace kolokasi
