// Aset Register in the real window (offscreen): a search narrows and a filter holds, a
// double-click opens the asset with its history, an import's dry run lists the bad rows and
// writes nothing, a good import appears in the table, and an export of the view reads back
// as the view.
#include "MainWindow.h"
#include "TestEnvironment.h"
#include "WindowFixture.h"
#include "interchange/SpreadsheetReader.h"
#include "models/AssetHistoryModel.h"
#include "models/AssetRegisterModel.h"
#include "pages/AssetRegisterPage.h"
#include "pages/RequestPage.h"
#include "pages/WithdrawalRegistrationPage.h"
#include "register/AssetRegister.h"
#include "widgets/AssetDetailDialog.h"
#include "widgets/ImportRegisterDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

namespace {
const QString kHeader = QStringLiteral(
    "Nama Server;Unit;Jenis Layanan;Domain;Alamat IP;S/N;NOC;Rak;U Awal;Tinggi U;Daya (W);"
    "Tanggal Pasang\r\n");
const QString kGoodRow =
    QStringLiteral("srv-baru;Dinas Kesehatan;kolokasi;baru.cirebonkab.go.id;"
                   "10.20.30.40;SN-BARU;NOC Utama;R02;20;1;200;2024-05-02\r\n");
const QString kBadRow =
    QStringLiteral("srv-salah;Dinas Kesehatan;kolokasi;bukan domain;"
                   "10.20.30.41;SN-SALAH;NOC Utama;R02;30;1;200;2024-05-02\r\n");
} // namespace

class TestRegisterPage : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_ui;
    QTemporaryDir m_dir;

    /// Installs one server under `domain`, its validity ending `until` (invalid: permanent).
    qint64 install(const QString &name, const QString &domain)
    {
        RequestDriver &driver = m_ui.session.driver();
        const qint64 id = driver.registerLetter(driver.letter({makeServer(name)}));
        driver.advanceTo(id, 3);
        must(RequestWorkflow(m_ui.db()).fillApplication(id, driver.application(domain)), "form");
        driver.advanceTo(id, 9);
        return id;
    }

    AssetRegisterPage *showRegister()
    {
        MainWindow &window = m_ui.window();
        auto *page = m_ui.find<AssetRegisterPage>(QStringLiteral("assetRegisterPage"));
        window.showNavigationPage(int(window.pages().indexOf(page)));
        return page;
    }

    AssetRegisterModel *model()
    {
        return qobject_cast<AssetRegisterModel *>(
            m_ui.find<QTableView>(QStringLiteral("assetTable"))->model());
    }

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    int assetCount() { return must(AssetRegister(m_ui.db()).count(), "count"); }

private Q_SLOTS:
    void initTestCase()
    {
        prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    void init()
    {
        KOLOKASI_VERIFY_OK(m_ui.start());
        install(QStringLiteral("srv-simpus"), QStringLiteral("simpus.cirebonkab.go.id"));
        install(QStringLiteral("srv-januari"), QStringLiteral("januari.cirebonkab.go.id"));
        install(QStringLiteral("srv-desember"), QStringLiteral("desember.cirebonkab.go.id"));
    }
    void cleanup() { m_ui.stop(); }

    void searchNarrowsAndAFilterHolds()
    {
        showRegister();
        auto *count = m_ui.find<QLabel>(QStringLiteral("assetCount"));
        QCOMPARE(model()->totalCount(), 3);
        QCOMPARE(count->text(), QStringLiteral("3 assets"));
        // WHEN the admin types part of a domain
        auto *search = m_ui.find<QLineEdit>(QStringLiteral("registerSearch"));
        QTest::keyClicks(search, QStringLiteral("januari"));
        // THEN after the pause only that asset is left
        QTRY_COMPARE(model()->totalCount(), 1);
        QCOMPARE(model()->entryAt(0).serverName, QStringLiteral("srv-januari"));
        QCOMPARE(count->text(), QStringLiteral("1 assets"));
        // WHEN a filter is chosen, THEN it narrows with the search
        auto *status = m_ui.find<QComboBox>(QStringLiteral("assetStatusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("withdrawn")));
        QCOMPARE(model()->totalCount(), 0);
        status->setCurrentIndex(status->findData(QStringLiteral("active")));
        QCOMPARE(model()->totalCount(), 1);
        // WHEN the search is cleared, THEN the filter holds (every active asset)
        search->clear();
        QTRY_COMPARE(model()->totalCount(), 3);
        QVERIFY(model()->filter().status.has_value());
        // and a sort by column keeps both
        model()->sort(AssetRegisterModel::ServerNameColumn, Qt::DescendingOrder);
        QCOMPARE(model()->entryAt(0).serverName, QStringLiteral("srv-simpus"));
        QVERIFY(model()->filter().status.has_value());
    }

    void doubleClickOpensTheAssetWithItsHistory()
    {
        showRegister();
        auto *table = m_ui.find<QTableView>(QStringLiteral("assetTable"));
        const RegisterEntry first = model()->entryAt(0);
        // WHEN the admin double-clicks the first asset
        const QRect rect = table->visualRect(model()->index(0, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        // THEN its dialog shows it with the history of the request that placed it
        AssetDetailDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_ui.window().findChild<AssetDetailDialog *>()) &&
                    dialog->isVisible());
        QCOMPARE(dialog->history().entry.asset.id, first.asset.id);
        QVERIFY(m_ui.find<QLabel>(QStringLiteral("assetHeading"))
                    ->text()
                    .contains(first.asset.registerNumber));
        auto *history = dialog->findChild<QTableView *>(QStringLiteral("assetHistoryTable"));
        QVERIFY(history->model()->rowCount() >= 9); // every step of the request, forms too
        QStringList sources;
        for (int row = 0; row < history->model()->rowCount(); ++row)
            sources
                << history->model()->index(row, AssetHistoryModel::SourceColumn).data().toString();
        QVERIFY(sources.contains(QStringLiteral("Request %1").arg(first.asset.requestId)));
        // a completed request with an active asset: a pencabutan can start
        QVERIFY(
            dialog->findChild<QPushButton *>(QStringLiteral("startWithdrawalButton"))->isEnabled());
        // WHEN "Open request" is pressed, THEN the request view shows that request
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openRequestButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(m_ui.window().currentPage()->objectName(), QStringLiteral("requestPage"));
        QCOMPARE(m_ui.find<RequestPage>(QStringLiteral("requestPage"))->requestId(),
                 first.asset.requestId);
    }

    void startWithdrawalOpensTheRegistrationPage()
    {
        AssetRegisterPage *page = showRegister();
        const RegisterEntry first = model()->entryAt(0);
        // WHEN the window is asked to open the asset (as the Rak page will) and the admin
        // starts its pencabutan
        m_ui.window().openAsset(first.asset.id);
        auto *dialog = page->findChild<AssetDetailDialog *>();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startWithdrawalButton")),
                          Qt::LeftButton);
        // THEN the request view shows the registration page of a pencabutan
        QTRY_COMPARE(m_ui.window().currentPage()->objectName(), QStringLiteral("requestPage"));
        auto *request = m_ui.find<RequestPage>(QStringLiteral("requestPage"));
        QCOMPARE(request->requestId(), first.asset.requestId);
        QVERIFY(qobject_cast<WithdrawalRegistrationPage *>(request->stepPage()));
    }

    void importDryRunShowsTheBadRowsAndWritesNothing()
    {
        AssetRegisterPage *page = showRegister();
        const QString path =
            writeFile(QStringLiteral("register-lama.csv"), kHeader + kGoodRow + kBadRow);
        // WHEN the admin imports a file with a bad row
        page->startImport();
        auto *dialog = page->findChild<ImportRegisterDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->openFile(path));
        // THEN the mapping was guessed from the header
        auto *mapping = dialog->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
        QCOMPARE(mapping->rowCount(), 12);
        QCOMPARE(qobject_cast<QComboBox *>(mapping->cellWidget(0, 2))->currentData().toInt(),
                 int(RegisterField::ServerName));
        // WHEN it is checked
        QVERIFY(dialog->check());
        // THEN the bad row is listed with its line, column and reason; nothing is written
        auto *problems = dialog->findChild<QTableWidget *>(QStringLiteral("problemTable"));
        QVERIFY(problems->rowCount() >= 1);
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("Domain"));
        QVERIFY(!problems->item(0, 2)->text().isEmpty());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        QCOMPARE(assetCount(), 3);
        QCOMPARE(model()->totalCount(), 3);
        dialog->reject();
    }

    void aGoodImportAppearsInTheTable()
    {
        AssetRegisterPage *page = showRegister();
        const QString path = writeFile(QStringLiteral("register-baru.csv"), kHeader + kGoodRow);
        page->startImport();
        auto *dialog = page->findChild<ImportRegisterDialog *>();
        QVERIFY(dialog->openFile(path));
        QVERIFY(dialog->check());
        QCOMPARE(dialog->report().acceptedCount, 1);
        QCOMPARE(assetCount(), 3); // the check wrote nothing
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(importButton->isEnabled());
        // WHEN the admin declines the confirmation, THEN still nothing is written
        m_ui.dialogs.setNextConfirm(false);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(assetCount(), 3);
        // WHEN the admin confirms, THEN the asset is in the register and in the table
        m_ui.dialogs.setNextConfirm(true);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(assetCount(), 4);
        QCOMPARE(model()->totalCount(), 4);
        QTest::keyClicks(m_ui.find<QLineEdit>(QStringLiteral("registerSearch")),
                         QStringLiteral("srv-baru"));
        QTRY_COMPARE(model()->totalCount(), 1);
        QCOMPARE(model()->entryAt(0).placement.serialNumber, QStringLiteral("SN-BARU"));
    }

    // Issue 23: before anything is written the dialog shows the header row it took (and lets
    // the admin change it), the totals row it skips and the register-like column nobody chose.
    void anOfficeSheetShowsHeaderSkippedRowsAndUnmatchedColumns()
    {
        AssetRegisterPage *page = showRegister();
        const QString path = writeFile(
            QStringLiteral("kantor.csv"),
            QStringLiteral("INVENTARIS SERVER DISKOMINFO 2025\r\n\r\n"
                           "No;Nama Aplikasi;OPD;Ruang Server;Lokasi;Posisi Rack Server;Daya;"
                           "IP Address;Tgl Pemasangan;Jenis Layanan\r\n"
                           "1;srv-kantor;Dinkes;NOC Utama;Rak R02 / U 30-31;depan;0,45 kW;"
                           "10.20.30.50;2024-05-02;kolokasi\r\n"
                           ";JUMLAH;;;;;450\r\nKeterangan: data November\r\n"));
        const int before = assetCount();
        page->startImport();
        auto *dialog = page->findChild<ImportRegisterDialog *>();
        QVERIFY(dialog->openFile(path));
        // THEN the header row taken is row 3, said in words and in the box
        QCOMPARE(dialog->headerLine(), 3);
        auto *headerRow = dialog->findChild<QSpinBox *>(QStringLiteral("headerRow"));
        QVERIFY(headerRow->isVisibleTo(dialog));
        QCOMPARE(headerRow->value(), 3);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("headerRowNote"))
                    ->text()
                    .contains(QStringLiteral("3")));
        // and the JUMLAH and note rows are listed as skipped
        auto *skipped = dialog->findChild<QLabel *>(QStringLiteral("skippedRows"));
        QVERIFY(skipped->isVisibleTo(dialog));
        QVERIFY2(skipped->text().contains(QStringLiteral("JUMLAH")), qPrintable(skipped->text()));
        QCOMPARE(dialog->skippedLines(), (QList<int>{5, 6}));
        // and the unmatched register-like column blocks the check until it is chosen
        auto *mapping = dialog->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
        auto *unmatched = qobject_cast<QComboBox *>(mapping->cellWidget(5, 2));
        QCOMPARE(unmatched->currentIndex(), -1);
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("mappingState"));
        QVERIFY2(state->text().contains(QStringLiteral("Posisi Rack Server")),
                 qPrintable(state->text()));
        auto *next = dialog->findChild<QPushButton *>(QStringLiteral("importNextButton"));
        QVERIFY(!next->isEnabled());
        QVERIFY(!dialog->check());
        QCOMPARE(assetCount(), before);
        // WHEN the admin picks another header row THEN the mapping follows it
        QVERIFY(dialog->setHeaderRow(1));
        QVERIFY(!next->isEnabled());
        QVERIFY(dialog->setHeaderRow(3));
        // WHEN the admin chooses "not imported" for it THEN the check runs
        unmatched = qobject_cast<QComboBox *>(mapping->cellWidget(5, 2));
        unmatched->setCurrentIndex(0);
        emit unmatched->activated(0);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog->report().acceptedCount, 1);
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("3")), qPrintable(summary->text()));
        QCOMPARE(dialog->report().skippedRows.size(), 2);
        QCOMPARE(assetCount(), before);
        m_ui.dialogs.setNextConfirm(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        QCOMPARE(assetCount(), before + 1);
        RegisterEntry imported;
        for (const RegisterEntry &entry : must(AssetRegister(m_ui.db()).entries(), "entries"))
            if (entry.serverName == QLatin1String("srv-kantor"))
                imported = entry;
        QCOMPARE(imported.unitName, QStringLiteral("Dinas Kesehatan"));
        QCOMPARE(imported.rackName, QStringLiteral("R02"));
        QCOMPARE(imported.placement.firstU, 30);
        QCOMPARE(imported.placement.heightU, 2);
        QCOMPARE(imported.powerW, 450);
        QCOMPARE(imported.asset.installedOn, QDate(2024, 5, 2));
    }

    void manyProblemsArePaged()
    {
        AssetRegisterPage *page = showRegister();
        QString text = kHeader;
        for (int i = 0; i < 250; ++i)
            text += QStringLiteral(
                        "srv-%1;Dinas Kesehatan;kolokasi;;;;NOC Hilang;R02;1;1;1;2024-05-02\r\n")
                        .arg(i);
        page->startImport();
        auto *dialog = page->findChild<ImportRegisterDialog *>();
        QVERIFY(dialog->openFile(writeFile(QStringLiteral("rusak.csv"), text)));
        QVERIFY(dialog->check());
        auto *problems = dialog->findChild<QTableWidget *>(QStringLiteral("problemTable"));
        auto *pageLabel = dialog->findChild<QLabel *>(QStringLiteral("problemPage"));
        auto *nextPage = dialog->findChild<QPushButton *>(QStringLiteral("nextProblemsButton"));
        QCOMPARE(problems->rowCount(), 100);
        QVERIFY(pageLabel->isVisibleTo(dialog));
        QVERIFY2(pageLabel->text().contains(QStringLiteral("250")), qPrintable(pageLabel->text()));
        QTest::mouseClick(nextPage, Qt::LeftButton);
        QTest::mouseClick(nextPage, Qt::LeftButton);
        QCOMPARE(problems->rowCount(), 50);
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("202"));
        QVERIFY(!nextPage->isEnabled());
        dialog->reject();
    }

    void exportOfTheViewReadsBackAsTheView()
    {
        AssetRegisterPage *page = showRegister();
        // GIVEN a filtered and sorted view
        auto *status = m_ui.find<QComboBox>(QStringLiteral("assetStatusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("active")));
        model()->sort(AssetRegisterModel::ServerNameColumn, Qt::DescendingOrder);
        // WHEN it is exported to CSV
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(page->exportTo(path));
        // THEN the file holds the rows of the view, in its order
        const auto sheet = SpreadsheetReader::read(path);
        KOLOKASI_VERIFY_OK(sheet);
        QCOMPARE(sheet->rows.size(), model()->totalCount() + 1);
        const int numberColumn = int(sheet->header().indexOf(QStringLiteral("No. Register")));
        const int serverColumn = int(sheet->header().indexOf(QStringLiteral("Nama Server")));
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QStringList &cells = sheet->rows.at(row + 1).cells;
            QCOMPARE(cells.at(numberColumn), model()->entryAt(row).asset.registerNumber);
            QCOMPARE(cells.at(serverColumn), model()->entryAt(row).serverName);
        }
        // and the .xlsx of the same view reads back alike
        const QString workbook = m_dir.filePath(QStringLiteral("export.xlsx"));
        QVERIFY(page->exportTo(workbook));
        const auto sheet2 = SpreadsheetReader::read(workbook);
        KOLOKASI_VERIFY_OK(sheet2);
        QCOMPARE(sheet2->rows.size(), sheet->rows.size());
        QCOMPARE(sheet2->rows.at(1).cells.at(numberColumn),
                 sheet->rows.at(1).cells.at(numberColumn));
    }
};

QTEST_MAIN(TestRegisterPage)
#include "tst_registerpage.moc"
