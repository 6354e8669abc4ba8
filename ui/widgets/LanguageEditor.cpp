#include "LanguageEditor.h"

#include "FormParts.h"
#include "Language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace kolokasi {

LanguageEditor::LanguageEditor(UiContext &context, QWidget *parent)
    : SettingsSection(context, QStringLiteral("languageEditor"), parent),
      m_language(new QComboBox(this))
{
    auto *formHolder = new QWidget(this);
    QFormLayout *form = makeFormLayout(formHolder);
    form->setContentsMargins(0, 0, 0, 0);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in its own words, so it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), Language::kIndonesian);
    m_language->addItem(QStringLiteral("English"), Language::kEnglish);
    connect(m_language, &QComboBox::activated, this, [this] { markEdited(); });
    form->addRow(tr("Language of the window:"), m_language);
    body()->addWidget(formHolder);
    body()->addWidget(
        makeHint(tr("Used from the next start of Kolokasi on this PC. Printed documents are "
                    "always in Indonesian."),
                 this));
    reload();
}

QString LanguageEditor::title() const
{
    return tr("Language");
}

void LanguageEditor::reload()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::choose())));
    markClean();
}

void LanguageEditor::save()
{
    Language::save(m_language->currentData().toString());
    confirmSaved(tr("The language was saved; it is used from the next start of Kolokasi."));
}

} // namespace kolokasi
