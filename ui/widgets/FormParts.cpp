#include "FormParts.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace kolokasi {

QFormLayout *makeFormLayout(QWidget *parent)
{
    parent->setMaximumWidth(kFormMaxWidth);
    auto *form = new QFormLayout(parent);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

QPlainTextEdit *makeNoteEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8;
    edit->setFixedHeight(height);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return edit;
}

QLabel *makeSectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

QLabel *makeHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget *makeChoiceRow(const QList<QRadioButton *> &choices, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *group = new QButtonGroup(row);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QRadioButton *choice : choices) {
        group->addButton(choice);
        layout->addWidget(choice);
    }
    layout->addStretch();
    return row;
}

} // namespace kolokasi
