#pragma once

#include "capacity/CapacitySnapshot.h"
#include "domain/Noc.h"
#include "domain/PlacementBlock.h"
#include "domain/Request.h"
#include "domain/Server.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace kolokasi {

class SearchableComboBox;

/// What a placement block may choose from: the rooms, and what is free in the racks and pools.
struct PlacementChoices
{
    QList<Noc> nocs;
    CapacitySnapshot free;
};

/// The PERSETUJUAN form's block for one server. Co-location: NOC, Letak Server (a rack and
/// its first unit, chosen among the free units), S/N, Type & Merk, Nama Domain, Host Admin
/// user (the password is asked when printing, never here) and IP Address (from the pools' free
/// addresses). Hosting (data centre): NOC, Letak Server, Nama Domain. A note explains a choice
/// that differs from the proposal. Widgets are named "<prefix><Field>", e.g. server1Rack.
class PlacementBlockEditor : public QWidget
{
    Q_OBJECT

public:
    PlacementBlockEditor(const Server &server, ServiceType type, const PlacementChoices &choices,
                         const QString &namePrefix, QWidget *parent = nullptr);

    /// Shows `block` (the proposal, or what was approved).
    void setBlock(const PlacementBlock &block);
    PlacementBlock block() const;
    /// The widget of a field of the core's contract (noc, rack, first_u, location, domain,
    /// serial_number, type_brand, host_admin_user, ip_address, override_note); nullptr if none.
    QWidget *fieldWidget(const QString &field) const;

signals:
    void changed();

private:
    void showRacksOf(qint64 nocId);
    void showFreeUnitsOf(qint64 rackId);

    Server m_server;
    ServiceType m_type;
    PlacementChoices m_choices;
    QFormLayout *m_form = nullptr;
    QComboBox *m_noc = nullptr;
    SearchableComboBox *m_rack = nullptr;
    QComboBox *m_firstU = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_serial = nullptr;
    QLineEdit *m_typeBrand = nullptr;
    QLineEdit *m_domain = nullptr;
    QLineEdit *m_hostAdmin = nullptr;
    QComboBox *m_ip = nullptr;
    QLineEdit *m_overrideNote = nullptr;
};

} // namespace kolokasi
