#pragma once

#include <QMainWindow>

namespace kolokasi {

class Database;

/// The application window: navigation between the screens, nothing else.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

private:
    Database &m_db;
};

} // namespace kolokasi
