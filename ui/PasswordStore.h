#pragma once

#include "common/Result.h"
#include "store/DatabaseLocation.h"

#include <QCoreApplication>

#include <optional>

namespace kolokasi {

/// The PostgreSQL password in the system keyring (Secret Service, KWallet) through QtKeychain,
/// never in the settings file. Without a keyring, reading finds nothing and writing says why;
/// the window then asks for the password at each start (or libpq reads ~/.pgpass).
class PasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStore)

public:
    /// The keyring entry of a location: "user@host:port/database".
    static QString keyOf(const DatabaseLocation &location);
    /// The saved password of `location`; nothing if none was saved or there is no keyring.
    static std::optional<QString> read(const DatabaseLocation &location);
    /// Saves the password of `location` in the keyring; keyring_unavailable if it cannot.
    static Status write(const DatabaseLocation &location, const QString &password);
    /// Removes a saved password (nothing happens if there was none).
    static void forget(const DatabaseLocation &location);
};

} // namespace kolokasi
