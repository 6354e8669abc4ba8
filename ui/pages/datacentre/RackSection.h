#pragma once

#include "domain/Noc.h"
#include "domain/Rack.h"
#include "widgets/RecordSection.h"

class QComboBox;
class QPushButton;

namespace kolokasi {

class RackTableModel;

/// Pusat Data, first tab: the NOCs (a combo with Tambah / Ubah / Pensiunkan NOC) and the
/// racks of the chosen one (name, row / position, height, units and power used, state).
class RackSection : public RecordSection
{
    Q_OBJECT

public:
    explicit RackSection(UiContext &context, QWidget *parent = nullptr);

    void reload() override;
    void setShowRetired(bool show) override;
    void reloadEditedRecord() override;
    qint64 currentNocId() const;

protected:
    bool isRetiredRow(int row) const override;
    void startAdd() override;
    void startEdit(int row) override;
    void retire(int row) override;

private:
    void fillNocs();
    void nocChosen();
    void updateNocButtons();
    void startNoc(const Noc &noc);
    void saveNoc();
    void retireNoc();
    void fillRackEditor(const Rack &rack);
    void saveRack();
    void showRack(qint64 id);

    RackTableModel *m_model;
    QComboBox *m_nocs;
    QPushButton *m_addNoc;
    QPushButton *m_editNoc;
    QPushButton *m_retireNoc;
    RecordEditor *m_nocEditor;
    RecordEditor *m_rackEditor;
    bool m_showRetired = false;
    Noc m_editedNoc;
    Rack m_editedRack;
};

} // namespace kolokasi
