#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace kolokasi {

/// A message across the top of a page, like KDE's KMessageWidget: an icon, the text, an
/// optional action button and a close button. Shows the core's refusals and notices; the
/// icon and the frame colour go together, so the kind never rests on colour alone.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Warning,
        Information
    };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows `text` (replacing what was shown, and its action).
    void showMessage(const QString &text, Kind kind = Kind::Error);
    /// Adds one button to the message shown, e.g. "Muat ulang"; the next showMessage drops it.
    void setAction(const QString &text, std::function<void()> action);
    void hideMessage();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    std::function<void()> m_onAction;
    Kind m_kind = Kind::Error;
};

} // namespace kolokasi
