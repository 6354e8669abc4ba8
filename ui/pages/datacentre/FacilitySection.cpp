#include "FacilitySection.h"
#include "domain/FormField.h"

#include "UiContext.h"
#include "common/StatusOf.h"
#include "models/FacilityResourceTableModel.h"
#include "services/FacilityService.h"
#include "widgets/RecordEditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTableView>

namespace kolokasi {

namespace {
constexpr double kMaxCapacity = 1e9;
}

FacilitySection::FacilitySection(UiContext &context, QWidget *parent)
    : RecordSection(context, QStringLiteral("facility"), new FacilityResourceTableModel(context.db),
                    FacilityResourceTableModel::NameColumn, parent),
      m_model(qobject_cast<FacilityResourceTableModel *>(table()->model())),
      m_editor(new RecordEditor(QStringLiteral("facility"), this))
{
    m_model->setParent(this);
    QComboBox *kinds = m_editor->addChoice(FormField::kKind, tr("Kind:"));
    for (const char *kind : {"ups", "genset", "bandwidth"})
        kinds->addItem(FacilityResourceTableModel::kindName(QString::fromLatin1(kind)),
                       QString::fromLatin1(kind));
    m_editor->addText(FormField::kName, tr("Name:"), {}, tr("Fill in the name."));
    m_editor->addDecimal(FormField::kCapacity, tr("Capacity:"), kMaxCapacity);
    addEditor(m_editor);
    connect(kinds, &QComboBox::currentIndexChanged, this, &FacilitySection::kindChosen);
    connect(m_editor, &RecordEditor::saveRequested, this, &FacilitySection::save);
}

void FacilitySection::reload()
{
    m_model->reload();
    if (!m_model->lastError().isEmpty())
        emit refused({QStringLiteral("read"), m_model->lastError(), QString()});
    updateButtons();
}

void FacilitySection::setShowRetired(bool show)
{
    m_model->setShowRetired(show);
    updateButtons();
}

bool FacilitySection::isRetiredRow(int row) const
{
    return m_model->resourceAt(row).isRetired();
}

void FacilitySection::startAdd()
{
    m_editor->setHeading(tr("New facility budget"));
    fillEditor(FacilityResource{0, QStringLiteral("ups"), {}, 0, 0, {}});
    openEditor(m_editor);
}

void FacilitySection::startEdit(int row)
{
    const FacilityResource &resource = m_model->resourceAt(row);
    m_editor->setHeading(tr("Edit %1").arg(resource.name));
    fillEditor(resource);
    openEditor(m_editor);
}

void FacilitySection::fillEditor(const FacilityResource &resource)
{
    m_edited = resource;
    auto *kinds = m_editor->field<QComboBox>(QStringLiteral("kind"));
    kinds->setCurrentIndex(kinds->findData(resource.kind));
    kinds->setEnabled(resource.id == 0); // the kind of a stored budget never changes
    m_editor->setText(QStringLiteral("name"), resource.name);
    m_editor->field<QDoubleSpinBox>(QStringLiteral("capacity"))->setValue(resource.capacity);
    kindChosen();
}

void FacilitySection::kindChosen()
{
    const QString kind =
        m_editor->field<QComboBox>(QStringLiteral("kind"))->currentData().toString();
    m_editor->field<QDoubleSpinBox>(QStringLiteral("capacity"))
        ->setSuffix(QLatin1Char(' ') + FacilityResource::unitOf(kind));
}

void FacilitySection::reloadEditedRecord()
{
    if (m_editor->isVisible() && m_edited.id > 0) {
        if (auto resource = FacilityService(m_context.db).findResource(m_edited.id); resource.ok())
            fillEditor(*resource);
    }
}

void FacilitySection::save()
{
    FacilityResource resource = m_edited;
    resource.kind = m_editor->field<QComboBox>(QStringLiteral("kind"))->currentData().toString();
    resource.name = m_editor->text(QStringLiteral("name"));
    resource.capacity = m_editor->field<QDoubleSpinBox>(QStringLiteral("capacity"))->value();
    FacilityService facility(m_context.db);
    const auto saved =
        resource.id == 0 ? facility.createResource(resource) : facility.updateResource(resource);
    if (report(statusOf(saved), m_editor, tr("%1 saved.").arg(resource.name)))
        showResource(saved->id);
}

void FacilitySection::retire(int row)
{
    const FacilityResource resource = m_model->resourceAt(row);
    if (!confirmRetire(
            tr("%1 will be retired: capacity planning no longer counts its %2 %3. Continue?")
                .arg(resource.name)
                .arg(resource.capacity)
                .arg(FacilityResource::unitOf(resource.kind))))
        return;
    const auto retired =
        FacilityService(m_context.db).retireResource(resource.id, resource.rowVersion);
    if (report(statusOf(retired), nullptr, tr("%1 retired.").arg(resource.name)))
        showResource(resource.id);
}

void FacilitySection::showResource(qint64 id)
{
    m_model->reload();
    selectRow(m_model->rowOf(id));
    updateButtons();
}

} // namespace kolokasi
