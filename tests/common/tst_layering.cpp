#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// The screens (ui/) and the commands (app/) reach the store through services and workflows,
// never a repository: a repository included or constructed there fails this test, naming the
// file and line.

namespace {
// An include of a repository header, or a repository constructed as a temporary
// (`FooRepository(db)`), a variable (`FooRepository foo(db)`), a member or a parameter.
const QRegularExpression &repositoryUse()
{
    static const QRegularExpression use(
        QStringLiteral("#\\s*include\\s*[\"<][^\">]*Repository\\.h[\">]"
                       "|\\b[A-Z]\\w*Repository\\s*[({]"
                       "|\\b[A-Z]\\w*Repository(\\s*&\\s*|\\s+)\\w+\\s*[({;=,)]"));
    return use;
}

// Every line of `folder`'s sources that uses a repository, as "file:line: text".
QStringList repositoryUses(const QString &folder)
{
    QStringList found;
    QDirIterator files(QStringLiteral(KOLOKASI_SOURCE_DIR "/") + folder,
                       {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                       QDirIterator::Subdirectories);
    int read = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            found << path + QStringLiteral(": cannot be read");
            continue;
        }
        ++read;
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++number;
            if (repositoryUse().match(line).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(path).arg(number).arg(line.trimmed());
        }
    }
    if (read == 0)
        found << folder + QStringLiteral(": no source found");
    return found;
}
} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void theScreensUseNoRepository()
    {
        const QStringList found = repositoryUses(QStringLiteral("ui"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void theCommandsUseNoRepository()
    {
        const QStringList found = repositoryUses(QStringLiteral("app"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void theCheckFindsARepository()
    {
        // The pattern itself is tested, so an empty result above means something.
        for (const QString &sample : {QStringLiteral("#include \"store/UnitRepository.h\""),
                                      QStringLiteral("auto x = UnitRepository(db).all();"),
                                      QStringLiteral("    FacilityRepository facility(m_db);"),
                                      QStringLiteral("Status f(UnitRepository &repository, int)")})
            QVERIFY2(repositoryUse().match(sample).hasMatch(), qPrintable(sample));
        QVERIFY(!repositoryUse().match(QStringLiteral("MasterData units(db);")).hasMatch());
        QVERIFY(!repositoryUse().match(QStringLiteral("// what the repository stores")).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
