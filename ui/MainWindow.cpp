#include "MainWindow.h"

#include "store/Database.h"

#include <QIcon>
#include <QLabel>
#include <QStatusBar>

namespace kolokasi {

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kolokasi — co-location and application hosting"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kolokasi.png")));
    resize(1200, 760);

    auto *welcome = new QLabel(tr("<h2>Kolokasi</h2><p>Co-location of servers and hosting of "
                                  "applications, following the data centre's SOP.</p>"),
                               this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);

    auto *databaseLabel = new QLabel(tr("Database: %1").arg(m_db.location().displayName()), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(databaseLabel);
}

} // namespace kolokasi
