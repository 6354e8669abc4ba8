// The form framework's field contract: every field name a screen binds (FormBinding) is one
// the core reports in Error::field, so no refusal of the core is left unmarked by a widget
// waiting for a name that never comes. Builds every form host (each step page, every
// Pengaturan section, the Pusat Data editors, the unit and officer dialogs, the first-run
// guide), collects the names they bound, and checks each against the core's sources.
#include "StepPageFixture.h"
#include "WindowFixture.h"
#include "pages/DataCentrePage.h"
#include "pages/SettingsPage.h"
#include "pages/StepPages.h"
#include "widgets/FormBinding.h"
#include "widgets/OfficerDialog.h"
#include "widgets/UnitDialog.h"
#include "widgets/setup/SetupWizard.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

using namespace kolokasi;
using namespace kolokasi::test;

namespace {

/// Field names the core reports: the string literals in its statements that make an Error or
/// name a field (Error{...}, Required::, validate…(), withField, fieldOf, ofServer), and the
/// values of the FormField constants that the core (outside FormField.h) uses.
class CoreFieldNames
{
public:
    CoreFieldNames()
    {
        const QString core = QStringLiteral(KOLOKASI_SOURCE_DIR "/core");
        const QString formField = readFormField(core);
        QDirIterator files(core, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        QString everything;
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(file.readAll());
            if (!path.endsWith(QLatin1String("/FormField.h")))
                everything += text;
            collectLiterals(text);
        }
        static const QRegularExpression constant(QString::fromLatin1(
            "static inline const QString (k\\w+) = QStringLiteral\\(\"([^\"]*)\"\\)"));
        for (auto match = constant.globalMatch(formField); match.hasNext();) {
            const auto found = match.next();
            if (everything.contains(QStringLiteral("FormField::") + found.captured(1)))
                m_names.insert(found.captured(2));
        }
    }

    /// Whether the core reports `field`: each part of a composed name ("servers.2.ram",
    /// "head_of_division/nip", "unit_name" = "unit_" + "name") is a name the core reports.
    bool reports(const QString &field) const
    {
        // A setting is refused under its own key ("numbering/default"; "numbering/" + kind).
        for (const QString &key : m_settingKeys) {
            if (field == key || (key.endsWith(QLatin1Char('/')) && field.startsWith(key)))
                return true;
        }
        static const QRegularExpression separators(QStringLiteral("[./]"));
        for (const QString &part : field.split(separators)) {
            bool number = false;
            part.toInt(&number);
            if (!number && !reportsPart(part))
                return false;
        }
        return true;
    }

private:
    static QString readFormField(const QString &core)
    {
        QDirIterator files(core, {QStringLiteral("FormField.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        if (!files.hasNext())
            return {};
        QFile file(files.next());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    void collectLiterals(const QString &text)
    {
        static const QRegularExpression settingKey(
            QString::fromLatin1("QStringLiteral\\(\"([a-z]+/[a-z_]*)\"\\)"));
        for (auto match = settingKey.globalMatch(text); match.hasNext();)
            m_settingKeys.insert(match.next().captured(1));
        static const QRegularExpression naming(QString::fromLatin1(
            "Error\\{|return "
            "\\{|tr\\(|Required::|validate|withField|fieldOf|ofServer|ofPerson|field"));
        static const QRegularExpression literal(
            QString::fromLatin1("Q(?:StringLiteral|Latin1String)\\(\"([a-z_]+)\"\\)"));
        for (const QString &statement : text.split(QStringLiteral(";\n"))) {
            if (!statement.contains(naming))
                continue;
            for (auto match = literal.globalMatch(statement); match.hasNext();)
                m_names.insert(match.next().captured(1));
        }
    }

    bool reportsPart(const QString &part) const
    {
        if (m_names.contains(part))
            return true;
        for (const QString &name : m_names) {
            if (name.endsWith(QLatin1Char('_')) && part.startsWith(name) &&
                m_names.contains(part.mid(name.size())))
                return true;
        }
        return false;
    }

    QSet<QString> m_names;
    QSet<QString> m_settingKeys;
};

} // namespace

class TestFormFields : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_ui;

    /// Builds every form host once; their constructors bind their fields.
    void buildEveryFormHost()
    {
        QWidget holder;
        for (int kind = int(StepPageKind::RequestLetter);
             kind <= int(StepPageKind::WithdrawalCompletion); ++kind)
            createStepPage(StepPageKind(kind), m_ui.context(), &holder);
        new SettingsPage(m_ui.context(), &holder);
        auto *dataCentre = new DataCentrePage(m_ui.context(), &holder);
        dataCentre->reload();
        UnitDialog unit(m_ui.db(), Unit{}, &holder);
        OfficerDialog officer(m_ui.db(), Officer{}, &holder);
        SetupWizard guide(m_ui.db(), m_ui.dialogs, &holder);
    }

private Q_SLOTS:
    void initTestCase() { prepareGuiTests(); }
    void init() { KOLOKASI_VERIFY_OK(m_ui.start()); }
    void cleanup() { m_ui.stop(); }

    void everyBoundFieldIsOneTheCoreReports()
    {
        buildEveryFormHost();
        const QSet<QString> bound = FormBinding::boundNames();
        QVERIFY2(bound.size() > 60, qPrintable(QString::number(bound.size())));
        const CoreFieldNames core;
        QStringList unknown;
        for (const QString &name : bound) {
            if (!core.reports(name))
                unknown.append(name);
        }
        unknown.sort();
        QVERIFY2(unknown.isEmpty(),
                 qPrintable(QStringLiteral("bound but never reported by the core: ") +
                            unknown.join(QStringLiteral(", "))));
    }

    void aNameTheCoreNeverReportsIsCaught()
    {
        const CoreFieldNames core;
        QVERIFY(core.reports(QStringLiteral("servers.2.ram")));
        QVERIFY(core.reports(QStringLiteral("head_of_division/nip")));
        QVERIFY(core.reports(QStringLiteral("unit_name")));
        QVERIFY(!core.reports(QStringLiteral("handed_over_at")));
        QVERIFY(!core.reports(QStringLiteral("servers.2.colour")));
    }
};

QTEST_MAIN(TestFormFields)
#include "tst_formfields.moc"
