#include "PasswordStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace kolokasi {

namespace {
const QString kService = QStringLiteral("kolokasi");

// QtKeychain's jobs are asynchronous; settings and start-up need the answer before going on.
void waitFor(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
} // namespace

QString PasswordStore::keyOf(const DatabaseLocation &location)
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(location.user, location.host)
        .arg(location.port)
        .arg(location.databaseName);
}

std::optional<QString> PasswordStore::read(const DatabaseLocation &location)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keyOf(location));
    waitFor(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

Status PasswordStore::write(const DatabaseLocation &location, const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyOf(location));
    job.setTextData(password);
    waitFor(job);
    if (job.error() != QKeychain::NoError)
        return Error{QStringLiteral("keyring_unavailable"),
                     tr("The password could not be kept in the system keyring (%1); Kolokasi will "
                        "ask for it "
                        "at each start, or put it in ~/.pgpass.")
                         .arg(job.errorString()),
                     QStringLiteral("password")};
    return {};
}

void PasswordStore::forget(const DatabaseLocation &location)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keyOf(location));
    waitFor(job);
}

} // namespace kolokasi
