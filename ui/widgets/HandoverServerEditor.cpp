#include "HandoverServerEditor.h"

#include "FormParts.h"

#include "workflow/HandoverStep.h"
#include "workflow/SpecComparison.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace kolokasi {

HandoverServerEditor::HandoverServerEditor(const Server &server, const QString &namePrefix,
                                           QWidget *parent)
    : QWidget(parent), m_server(server)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    auto *title = new QLabel(tr("%1. %2").arg(server.position).arg(server.name), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    grid->addWidget(title, 0, 0, 1, 4);
    const QStringList headers{tr("Spec"), tr("Requested"), tr("Delivered"), tr("Check")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(headers[column], this);
        header->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(header, 1, column);
    }
    const QStringList labels{tr("Processor"), tr("RAM"), tr("Motherboard"), tr("Storage"),
                             tr("PSU")};
    const QStringList names{QStringLiteral("Processor"), QStringLiteral("Ram"),
                            QStringLiteral("Motherboard"), QStringLiteral("Storage"),
                            QStringLiteral("Psu")};
    const QStringList fields = ServerSpec::fieldNames();
    for (int i = 0; i < fields.size(); ++i) {
        const int row = i + 2;
        grid->addWidget(new QLabel(labels[i], this), row, 0, Qt::AlignRight);
        auto *requested = new QLabel(server.requested.value(fields[i]), this);
        requested->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(requested, row, 1);
        auto *delivered = new QLineEdit(this);
        delivered->setObjectName(namePrefix + names[i] + QStringLiteral("Delivered"));
        grid->addWidget(delivered, row, 2);
        auto *outcome = new QLabel(this);
        outcome->setObjectName(namePrefix + names[i] + QStringLiteral("Check"));
        grid->addWidget(outcome, row, 3);
        m_delivered.append(delivered);
        m_outcomes.append(outcome);
        connect(delivered, &QLineEdit::textChanged, this, [this] {
            compare();
            emit changed();
        });
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(namePrefix + QStringLiteral("Note"));
    m_note->setPlaceholderText(tr("Why the differences are accepted"));
    grid->addWidget(new QLabel(tr("Acceptance note:"), this), int(fields.size()) + 2, 0,
                    Qt::AlignRight);
    grid->addWidget(m_note, int(fields.size()) + 2, 1, 1, 3);
    setMaximumWidth(kFormMaxWidth + 150); // the check column beside a form-wide table
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);
    connect(m_note, &QLineEdit::textChanged, this, [this] {
        compare();
        emit changed();
    });
    setDelivered(server.delivered.value_or(server.requested));
}

ServerSpec HandoverServerEditor::delivered() const
{
    ServerSpec spec;
    spec.processor = m_delivered[0]->text().trimmed();
    spec.ram = m_delivered[1]->text().trimmed();
    spec.motherboard = m_delivered[2]->text().trimmed();
    spec.storage = m_delivered[3]->text().trimmed();
    spec.psu = m_delivered[4]->text().trimmed();
    spec.mismatchNote = m_note->text().trimmed();
    return spec;
}

void HandoverServerEditor::setDelivered(const ServerSpec &spec)
{
    const QStringList fields = ServerSpec::fieldNames();
    for (int i = 0; i < fields.size(); ++i)
        m_delivered[i]->setText(spec.value(fields[i]));
    m_note->setText(spec.mismatchNote);
    compare();
}

int HandoverServerEditor::differenceCount() const
{
    return int(SpecComparison::differences(m_server.requested, delivered()).size());
}

QString HandoverServerEditor::missingNote() const
{
    // The core's rule and its sentence: a difference needs an acceptance note.
    const QList<Error> problems =
        HandoverStep::specProblems({m_server}, {DeliveredServer{m_server.id, delivered()}});
    return problems.isEmpty() ? QString() : problems.first().message;
}

void HandoverServerEditor::compare()
{
    const QList<SpecDifference> differences =
        SpecComparison::differences(m_server.requested, delivered());
    const QStringList fields = ServerSpec::fieldNames();
    for (int i = 0; i < fields.size(); ++i) {
        const bool differs =
            std::any_of(differences.cbegin(), differences.cend(),
                        [&](const SpecDifference &d) { return d.field == fields[i]; });
        QLabel *outcome = m_outcomes[i];
        // A sign and a word beside the colour: the check must read without colour too.
        outcome->setText(differs ? QStringLiteral(u"\u26a0 ") + tr("Differs")
                                 : QStringLiteral(u"\u2713 ") + tr("Matches"));
        outcome->setToolTip(
            differs ? tr("Requested \"%1\", delivered \"%2\"")
                          .arg(m_server.requested.value(fields[i]), m_delivered[i]->text())
                    : QString());
        outcome->setStyleSheet(
            differs ? QStringLiteral("QLabel { background: #fdebd0; color: #7e5109; "
                                     "padding: 1px 4px; border-radius: 3px; }")
                    : QStringLiteral("QLabel { color: #1e8449; padding: 1px 4px; }"));
        m_delivered[i]->setStyleSheet(differs
                                          ? QStringLiteral("QLineEdit { border: 1px solid #d68910; "
                                                           "background: #fef5e7; }")
                                          : QString());
    }
    const bool noteMissing = !differences.isEmpty() && m_note->text().trimmed().isEmpty();
    m_note->setStyleSheet(noteMissing ? QStringLiteral("QLineEdit { border: 1px solid #c0392b; }")
                                      : QString());
}

QWidget *HandoverServerEditor::fieldWidget(const QString &field) const
{
    const qsizetype index = ServerSpec::fieldNames().indexOf(field);
    return index < 0 ? static_cast<QWidget *>(m_note) : m_delivered[index];
}

} // namespace kolokasi
