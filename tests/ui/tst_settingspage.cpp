// Pengaturan in the real window, offscreen: the agency profile with its live letterhead
// preview and logo, a numbering pattern with its next number, signatories, holidays imported
// from CSV, and a stale edit (another admin saved first) refused in the message bar.
#include "MainWindow.h"
#include "TestEnvironment.h"
#include "WindowFixture.h"
#include "pages/SettingsPage.h"
#include "store/DocumentNumbering.h"
#include "widgets/AgencyProfileEditor.h"
#include "widgets/DatabaseEditor.h"
#include "widgets/HolidaysEditor.h"
#include "widgets/MessageBar.h"
#include "widgets/NumberingEditor.h"
#include "widgets/SignatoriesEditor.h"
#include "widgets/ValidatedLineEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTableWidget>
#include <QtTest>

using namespace kolokasi;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    test::WindowFixture m_ui;
    QTemporaryDir m_files;

    template <typename Section> Section *openSection()
    {
        auto *page = m_ui.window().findChild<SettingsPage *>(QStringLiteral("settingsPage"));
        auto *navigation = m_ui.find<QListWidget>(QStringLiteral("navigation"));
        const auto items = navigation->findItems(page->title(), Qt::MatchExactly);
        if (items.isEmpty())
            qFatal("Pengaturan is not in the navigation");
        navigation->setCurrentItem(items.first());
        Section *section = page->findChild<Section *>();
        page->showSection(section);
        return section;
    }

    static void typeInto(ValidatedLineEdit *field, const QString &text)
    {
        field->lineEdit()->selectAll();
        QTest::keyClick(field->lineEdit(), Qt::Key_Delete);
        QTest::keyClicks(field->lineEdit(), text);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    void init() { KOLOKASI_VERIFY_OK(m_ui.start()); }
    void cleanup() { m_ui.stop(); }

    void editingTheAgencyProfileUpdatesThePreviewAndSaves()
    {
        auto *editor = openSection<AgencyProfileEditor>();
        const QImage before = editor->previewImage();
        auto *government =
            editor->findChild<ValidatedLineEdit *>(QStringLiteral("government_name"));
        auto *office = editor->findChild<ValidatedLineEdit *>(QStringLiteral("office_name"));
        // WHEN the admin types the names
        typeInto(government, QStringLiteral("PEMERINTAH KABUPATEN CIREBON"));
        typeInto(office, QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA"));
        // THEN the letterhead preview is drawn again at once, and grows with the lines
        QVERIFY(editor->previewImage() != before);
        QVERIFY(editor->previewImage().height() > before.height());
        QVERIFY(editor->hasUnsavedInput());
        // a bad e-mail keeps Save disabled with the reason
        auto *email = editor->findChild<ValidatedLineEdit *>(QStringLiteral("email"));
        typeInto(email, QStringLiteral("diskominfo at cirebon"));
        QVERIFY(email->validateNow() == false);
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("agencyProfileEditorSave"));
        QTRY_VERIFY(!save->isEnabled());
        typeInto(email, QStringLiteral("diskominfo@cirebonkab.go.id"));
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!editor->hasUnsavedInput());
        const auto stored = SettingsService(m_ui.db()).agencyProfile();
        QCOMPARE(stored->governmentName, QStringLiteral("PEMERINTAH KABUPATEN CIREBON"));
        QCOMPARE(stored->email, QStringLiteral("diskominfo@cirebonkab.go.id"));
    }

    void aLogoIsChosenShownAndRefusedWhenNotAPicture()
    {
        auto *editor = openSection<AgencyProfileEditor>();
        typeInto(editor->findChild<ValidatedLineEdit *>(QStringLiteral("government_name")),
                 QStringLiteral("PEMERINTAH KABUPATEN CIREBON"));
        typeInto(editor->findChild<ValidatedLineEdit *>(QStringLiteral("office_name")),
                 QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA"));
        const QImage withoutLogo = editor->previewImage();
        QImage picture(120, 160, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        const QString png = m_files.filePath(QStringLiteral("lambang.png"));
        QVERIFY(picture.save(png));
        m_ui.dialogs.setNextFileName(png);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("chooseLogoButton")),
                          Qt::LeftButton);
        QVERIFY(editor->previewImage() != withoutLogo);
        // a text file is refused, naming it, and the chosen logo stays
        const QImage withLogo = editor->previewImage();
        m_ui.dialogs.setNextFileName(writeFile(QStringLiteral("catatan.txt"), "bukan gambar"));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("chooseLogoButton")),
                          Qt::LeftButton);
        QVERIFY(editor->message().contains(QStringLiteral("catatan.txt")));
        QCOMPARE(editor->previewImage(), withLogo);
        QTest::mouseClick(
            editor->findChild<QPushButton *>(QStringLiteral("agencyProfileEditorSave")),
            Qt::LeftButton);
        QVERIFY(!SettingsService(m_ui.db()).agencyProfile()->logoPng.isEmpty());
    }

    void aStaleProfileEditIsRefusedWithTheMessageBar()
    {
        auto *editor = openSection<AgencyProfileEditor>();
        // GIVEN another admin saves the profile after this window read it
        auto other = m_ui.session.openSecondSession();
        KOLOKASI_VERIFY_OK(other);
        AgencyProfile theirs;
        theirs.governmentName = QStringLiteral("PEMERINTAH KABUPATEN KUNINGAN");
        theirs.officeName = QStringLiteral("DINAS KOMINFO");
        KOLOKASI_VERIFY_OK(SettingsService(**other).saveAgencyProfile(theirs));
        // WHEN this admin saves an edit
        typeInto(editor->findChild<ValidatedLineEdit *>(QStringLiteral("government_name")),
                 QStringLiteral("PEMERINTAH KABUPATEN CIREBON"));
        typeInto(editor->findChild<ValidatedLineEdit *>(QStringLiteral("office_name")),
                 QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA"));
        QTest::mouseClick(
            editor->findChild<QPushButton *>(QStringLiteral("agencyProfileEditorSave")),
            Qt::LeftButton);
        // THEN it is refused in the message bar, with a reload, and the other's change stands
        auto *bar = editor->findChild<MessageBar *>();
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY(editor->message().contains(QStringLiteral("Another admin")));
        QCOMPARE(SettingsService(m_ui.db()).agencyProfile()->governmentName,
                 theirs.governmentName);
        // the reload shows the newer profile
        auto *reload = bar->findChild<QPushButton *>();
        QVERIFY(reload && reload->isVisible());
        QTest::mouseClick(reload, Qt::LeftButton);
        QCOMPARE(editor->findChild<ValidatedLineEdit *>(QStringLiteral("government_name"))->text(),
                 theirs.governmentName);
        QVERIFY(!editor->hasUnsavedInput());
    }

    void aPatternShowsItsNextNumberAsTypedAndKeepsTheSequence()
    {
        KOLOKASI_VERIFY_OK(DocumentNumbering(m_ui.db()).issue(QStringLiteral("register"),
                                                              m_ui.session.clock.today()));
        auto *editor = openSection<NumberingEditor>();
        auto *pattern = editor->findChild<ValidatedLineEdit *>(QStringLiteral("register"));
        typeInto(pattern, QStringLiteral("500.12.15/{seq:4}/{code}/{unit}/{year}"));
        QCOMPARE(editor->nextNumberShown(QStringLiteral("register")),
                 QStringLiteral("500.12.15/0002/REG/Diskominfo/2026"));
        // a pattern without {year} keeps Save disabled, naming why
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("numberingEditorSave"));
        typeInto(pattern, QStringLiteral("500.12.15/{seq:4}"));
        QVERIFY(!pattern->validateNow());
        QTRY_VERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(QStringLiteral("{year}")));
        typeInto(pattern, QStringLiteral("500.12.15/{seq:4}/{code}/{unit}/{year}"));
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(DocumentNumbering(m_ui.db())
                     .issue(QStringLiteral("register"), m_ui.session.clock.today())
                     ->number,
                 QStringLiteral("500.12.15/0002/REG/Diskominfo/2026"));
    }

    void aSignatoryIsSavedActing()
    {
        auto *editor = openSection<SignatoriesEditor>();
        const auto field = [editor](const QString &name) {
            return editor->findChild<ValidatedLineEdit *>(Signatory::kHeadOfDivision +
                                                          QLatin1Char('/') + name);
        };
        typeInto(field(QStringLiteral("name")), QStringLiteral("Ir. HENDRA GUNAWAN, M.T."));
        typeInto(field(QStringLiteral("nip")), QStringLiteral("19750314 200003 1 002"));
        typeInto(field(QStringLiteral("position")),
                 QStringLiteral("Kepala Bidang Teknologi Informatika"));
        auto *acting =
            editor->findChild<QComboBox *>(Signatory::kHeadOfDivision + QStringLiteral("/acting"));
        acting->setCurrentIndex(acting->findData(QStringLiteral("Plt.")));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("signatoriesEditorSave")),
                          Qt::LeftButton);
        const auto stored = SettingsService(m_ui.db()).signatory(Signatory::kHeadOfDivision);
        KOLOKASI_VERIFY_OK(stored);
        QCOMPARE(stored->nip, QStringLiteral("197503142000031002"));
        QCOMPARE(stored->signedPosition(),
                 QStringLiteral("Plt. Kepala Bidang Teknologi Informatika"));
    }

    void holidaysAreImportedFromCsvOnlyWhenEveryLineIsGood()
    {
        auto *editor = openSection<HolidaysEditor>();
        auto *list = editor->findChild<QTableWidget *>(QStringLiteral("holidayList"));
        auto *import = editor->findChild<QPushButton *>(QStringLiteral("importHolidays"));
        m_ui.dialogs.setNextFileName(
            writeFile(QStringLiteral("salah.csv"),
                      "Tanggal;Nama\n2026-08-17;Hari Kemerdekaan\n2026-13-01;Salah\n"));
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(list->rowCount(), 0);
        QVERIFY(m_ui.dialogs.shown().last().contains(QStringLiteral("2026-13-01")));
        QVERIFY(editor->message().contains(QStringLiteral("salah.csv")));
        m_ui.dialogs.setNextFileName(
            writeFile(QStringLiteral("libur.csv"),
                      "Tanggal;Nama\n2026-08-17;Hari Kemerdekaan\n2026-12-25;Natal\n"));
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(SettingsService(m_ui.db()).holidays()->size(), 2);
    }

    void theNextDatabaseIsSavedWithoutItsPasswordAndTestedApart()
    {
        auto *editor = openSection<DatabaseEditor>();
        editor->findChild<QRadioButton *>(QStringLiteral("enginePostgres"))->setChecked(true);
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("host")),
                         QStringLiteral("127.0.0.1"));
        editor->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(1); // nothing listens there
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("database")),
                         QStringLiteral("kolokasi"));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("user")),
                         QStringLiteral("dc"));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("password")),
                         QStringLiteral("rahasia"));
        auto *sslMode = editor->findChild<QComboBox *>(QStringLiteral("sslmode"));
        sslMode->setCurrentIndex(sslMode->findData(QStringLiteral("require")));
        // Uji koneksi says why in one sentence, and the database in use stays open
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("testConnection")),
                          Qt::LeftButton);
        QVERIFY(editor->message().contains(QStringLiteral("127.0.0.1:1")));
        QVERIFY(m_ui.db().connection().isOpen());
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("databaseEditorSave")),
                          Qt::LeftButton);
        const QString saved = QSettings().value(DatabaseLocation::kSettingsKey).toString();
        QCOMPARE(saved, QStringLiteral("postgresql://dc@127.0.0.1:1/kolokasi?sslmode=require"));
        QVERIFY(!saved.contains(QStringLiteral("rahasia")));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
