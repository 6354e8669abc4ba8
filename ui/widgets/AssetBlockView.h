#pragma once

#include "domain/RegisterEntry.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace kolokasi {

/// The domain and location blocks of an asset as the PERSETUJUAN and PENCABUTAN forms print
/// them: Data Center (NOC, Letak Server, Nama Domain) for hosting, Co-location (NOC, Letak
/// Server, S/N Server, Type & Merk, Nama Domain) for a server in a rack. Read only.
class AssetBlockView : public QWidget
{
    Q_OBJECT

public:
    explicit AssetBlockView(QWidget *parent = nullptr);

    void setEntry(const RegisterEntry &entry);
    void clear();

private:
    QLabel *m_heading = nullptr;
    QLabel *m_noc = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_serial = nullptr;
    QLabel *m_typeBrand = nullptr;
    QLabel *m_domain = nullptr;
    QLabel *m_ips = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace kolokasi
