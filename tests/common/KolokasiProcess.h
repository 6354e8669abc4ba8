#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace kolokasi::test {

/// What one run of the kolokasi program gave back.
struct ProcessRun
{
    int exitCode = -1; // -1: did not finish in time
    QString out;
    QString err;
};

/// Runs the built kolokasi program as users script it, with a private home folder so a test
/// never reads or writes the user's own settings and data.
class KolokasiProcess
{
public:
    explicit KolokasiProcess(const QString &executable) : m_executable(executable) {}

    /// Runs `kolokasi --lang <language> <arguments>`, feeding `input` to its standard input.
    ProcessRun run(const QStringList &arguments, const QByteArray &input = {},
                   const QString &language = QStringLiteral("en")) const;
    /// The private home folder (data under data/, settings under config/).
    QString homePath(const QString &relative = {}) const;

private:
    QString m_executable;
    QTemporaryDir m_home;
};

} // namespace kolokasi::test
