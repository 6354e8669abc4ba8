#include "KolokasiProcess.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace kolokasi::test {

namespace {
constexpr int kTimeoutMs = 120000;
}

QString KolokasiProcess::homePath(const QString &relative) const
{
    return relative.isEmpty() ? m_home.path() : m_home.filePath(relative);
}

ProcessRun KolokasiProcess::run(const QStringList &arguments, const QByteArray &input, const QString &language) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), homePath());
    env.insert(QStringLiteral("XDG_DATA_HOME"), homePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), homePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(m_executable, QStringList{QStringLiteral("--lang"), language} + arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kTimeoutMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace kolokasi::test
