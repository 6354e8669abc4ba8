#pragma once

#include "documents/DocumentKind.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;

namespace kolokasi {

class DocumentActions;
struct DocumentOrder;
struct UiContext;

/// The documents a request has reached, each with Pratinjau, Cetak and Simpan sebagai PDF,
/// on the paper chosen above them (A4 or F4) and with the number it was given, if any.
class DocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    DocumentsPanel(UiContext &context, DocumentActions &actions, QWidget *parent = nullptr);

    /// Lists the documents of `requestId` (0: none yet).
    void load(qint64 requestId);
    /// The latest document the request reached, the one Ctrl+P prints; nothing if none.
    std::optional<DocumentKind> latest() const;
    /// Opens the preview of `kind` for the loaded request on the chosen paper.
    void preview(DocumentKind kind);

private:
    DocumentOrder orderFor(DocumentKind kind) const;
    void addRow(int row, DocumentKind kind);
    void clearRows();

    UiContext &m_context;
    DocumentActions &m_actions;
    QComboBox *m_paper;
    QGridLayout *m_rows;
    QLabel *m_empty;
    qint64 m_requestId = 0;
    QList<DocumentKind> m_kinds;
};

} // namespace kolokasi
