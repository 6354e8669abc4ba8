#include "PoolSection.h"
#include "domain/FormField.h"

#include "UiContext.h"
#include "common/StatusOf.h"
#include "models/IpPoolTableModel.h"
#include "services/FacilityService.h"
#include "validation/IpAddress.h"
#include "widgets/RecordEditor.h"

#include <QCheckBox>
#include <QTableView>

namespace kolokasi {

PoolSection::PoolSection(UiContext &context, QWidget *parent)
    : RecordSection(context, QStringLiteral("pool"), new IpPoolTableModel(context.db),
                    IpPoolTableModel::NoteColumn, parent),
      m_model(qobject_cast<IpPoolTableModel *>(table()->model())),
      m_editor(new RecordEditor(QStringLiteral("pool"), this))
{
    m_model->setParent(this);
    m_editor->addText(FormField::kName, tr("Pool name:"), {}, tr("Fill in the pool's name."));
    m_editor->addText(
        QStringLiteral("cidr"), tr("Network (CIDR):"),
        [](const QString &text) { return IpNetwork::validate(text); },
        tr("Fill in the network, e.g. 103.162.16.0/25."));
    m_editor->addText(FormField::kGateway, tr("Gateway:"), [](const QString &text) {
        return IpAddress::validate(text, QStringLiteral("gateway"));
    });
    m_editor->addCheck(FormField::kIsPublic, tr("Public addresses (given to requests)"));
    m_editor->addText(FormField::kNote, tr("Note:"));
    addEditor(m_editor);
    connect(m_editor, &RecordEditor::saveRequested, this, &PoolSection::save);
}

void PoolSection::reload()
{
    m_model->reload();
    if (!m_model->lastError().isEmpty())
        emit refused({QStringLiteral("read"), m_model->lastError(), QString()});
    updateButtons();
}

void PoolSection::setShowRetired(bool show)
{
    m_model->setShowRetired(show);
    updateButtons();
}

bool PoolSection::isRetiredRow(int row) const
{
    return m_model->lineAt(row).pool.isRetired();
}

void PoolSection::startAdd()
{
    m_editor->setHeading(tr("New IP pool"));
    fillEditor(IpPool{});
    openEditor(m_editor);
}

void PoolSection::startEdit(int row)
{
    const IpPool &pool = m_model->lineAt(row).pool;
    m_editor->setHeading(tr("Edit pool %1").arg(pool.name));
    fillEditor(pool);
    openEditor(m_editor);
}

void PoolSection::fillEditor(const IpPool &pool)
{
    m_edited = pool;
    m_editor->setText(QStringLiteral("name"), pool.name);
    m_editor->setText(QStringLiteral("cidr"), pool.cidr);
    m_editor->setText(QStringLiteral("gateway"), pool.gateway);
    m_editor->field<QCheckBox>(QStringLiteral("is_public"))->setChecked(pool.isPublic);
    m_editor->setText(QStringLiteral("note"), pool.note);
}

void PoolSection::reloadEditedRecord()
{
    if (m_editor->isVisible() && m_edited.id > 0) {
        if (auto pool = FacilityService(m_context.db).findPool(m_edited.id); pool.ok())
            fillEditor(*pool);
    }
}

void PoolSection::save()
{
    IpPool pool = m_edited;
    pool.name = m_editor->text(QStringLiteral("name"));
    pool.cidr = m_editor->text(QStringLiteral("cidr"));
    pool.gateway = m_editor->text(QStringLiteral("gateway"));
    pool.isPublic = m_editor->field<QCheckBox>(QStringLiteral("is_public"))->isChecked();
    pool.note = m_editor->text(QStringLiteral("note"));
    FacilityService facility(m_context.db);
    const auto saved = pool.id == 0 ? facility.createPool(pool) : facility.updatePool(pool);
    if (report(statusOf(saved), m_editor, tr("Pool %1 saved.").arg(pool.name)))
        showPool(saved->id);
}

void PoolSection::retire(int row)
{
    const IpPool pool = m_model->lineAt(row).pool;
    if (!confirmRetire(tr("Pool %1 (%2) will be retired: its addresses are no longer given to "
                          "requests, but old "
                          "requests and the register still show them. Continue?")
                           .arg(pool.name, pool.cidr)))
        return;
    const auto retired = FacilityService(m_context.db).retirePool(pool.id, pool.rowVersion);
    if (report(statusOf(retired), nullptr, tr("Pool %1 retired.").arg(pool.name)))
        showPool(pool.id);
}

void PoolSection::showPool(qint64 id)
{
    m_model->reload();
    selectRow(m_model->rowOf(id));
    updateButtons();
}

} // namespace kolokasi
