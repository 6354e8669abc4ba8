#pragma once

#include "domain/Server.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace kolokasi {

/// One server of the SERAH TERIMA table: per spec field (processor, RAM, motherboard, storage,
/// PSU) the requested value beside the delivered one, and whether they match. A difference is
/// marked by colour and by the word "Berbeda" with a warning icon, and needs an acceptance note.
/// Widgets are named "<prefix><Field>Delivered", "<prefix>Note" (e.g. server1RamDelivered).
class HandoverServerEditor : public QWidget
{
    Q_OBJECT

public:
    HandoverServerEditor(const Server &server, const QString &namePrefix,
                         QWidget *parent = nullptr);

    /// The delivered spec as typed, with the acceptance note.
    ServerSpec delivered() const;
    void setDelivered(const ServerSpec &spec);
    /// How many fields differ from the request now.
    int differenceCount() const;
    /// Why this server cannot be handed over yet (a difference without a note); empty if it can.
    QString missingNote() const;
    /// The delivered field (processor, ram, ...) or the note ("note", anything else).
    QWidget *fieldWidget(const QString &field) const;
    const Server &server() const { return m_server; }

signals:
    void changed();

private:
    void compare();

    Server m_server;
    QList<QLineEdit *> m_delivered; // in ServerSpec::fieldNames() order
    QList<QLabel *> m_outcomes;
    QLineEdit *m_note = nullptr;
};

} // namespace kolokasi
