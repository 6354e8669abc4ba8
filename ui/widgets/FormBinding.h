#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QAction;
class QPushButton;
class QWidget;

namespace kolokasi {

class MessageBar;
class SaveGate;
class ValidatedLineEdit;

/// The one form framework of the window, shared by every form host (a step page, a Pengaturan
/// section, a record dialog, a Pusat Data editor, a page of the first-run guide):
/// - a registry of its widgets keyed by the names the core reports in Error::field
///   (FormField's constants; per-server cells through a resolver of "servers.<n>.<field>");
/// - live validation: watched fields are checked as they are typed with the core's
///   validators, and Save (and Ctrl+S, which follows the button) stays disabled meanwhile;
/// - a refusal of the core in the message bar, its field marked and focused;
/// - a refusal that means another admin changed the record first ("stale") offers to reload;
/// - dirty tracking that ignores what the host fills in itself while loading.
/// The host builds the widgets and calls the core; the binding holds no rule.
class FormBinding : public QObject
{
    Q_OBJECT

public:
    /// `bar` shows refusals (may be null: the host shows the text itself); `save` is gated and
    /// gets the host's Ctrl+S (may be null: the host has no save button of its own).
    FormBinding(QWidget *host, MessageBar *bar, QPushButton *save);

    /// The widget that a refusal naming `field` marks and focuses.
    void bind(const QString &field, QWidget *widget);
    /// Widgets named by pattern rather than one by one, e.g. the cells of the per-server blocks
    /// ("servers.2.rack", read with FormField::parseServer); null when it names none of them.
    using Resolver = std::function<QWidget *(const QString &field)>;
    void bindResolver(Resolver resolver) { m_resolver = std::move(resolver); }
    /// The widget `field` names: the resolver's, else the bound name or a shorter one
    /// ("servers.2.ram" -> "servers.2" -> "servers").
    QWidget *widgetFor(const QString &field) const;

    /// A field whose problems keep Save disabled.
    void watch(ValidatedLineEdit *field);
    SaveGate *gate() const { return m_gate; }
    QAction *saveAction() const { return m_saveAction; }
    /// Checks every watched field now; focuses the first bad one. True when Save may go on.
    bool validateWatched();
    /// Clears the watched fields' problems and judges Save again (after the host refilled).
    void resetProblems();

    /// Marks the form changed whenever an editor inside `container` changes.
    void trackChanges(QWidget *container);
    void markDirty();
    bool isDirty() const { return m_dirty; }
    /// What is shown is what is stored (after a load or a save).
    void markClean();
    /// While loading, the host's own filling does not count as a change.
    void setLoading(bool loading) { m_loading = loading; }
    bool isLoading() const { return m_loading; }

    /// What a "changed meanwhile" refusal offers: `reload` reads the record again; `text`, when
    /// given, words the warning (e.g. who changed it and when).
    void setReload(std::function<void()> reload, std::function<QString(const Error &)> text = {});
    /// A refusal of the core: "changed meanwhile" offers to reload (when a reload is set),
    /// anything else is shown with its field marked and focused.
    void showRefusal(const Error &error);
    /// Every problem at once: the messages in the bar, each named field marked, the first focused.
    void showProblems(const QList<Error> &problems);
    /// Marks and focuses the field a refusal names, without the bar; false if it names none.
    bool markField(const Error &error);
    void clearMarks();
    void showNotice(const QString &text);
    void hideMessage();
    /// The text of the message bar, empty when it is hidden.
    QString message() const;

    /// Whether another admin wrote the record first (its row_version moved on).
    static bool isStale(const Error &error);
    /// Whether the record moved on meanwhile: stale, or a request now in another step or closed.
    static bool changedMeanwhile(const Error &error);
    /// Every field name bound in this process, for the test that each is one the core reports.
    static QSet<QString> boundNames();

private:
    void mark(QWidget *widget, const QString &message);

    QPointer<QWidget> m_host;
    QPointer<MessageBar> m_bar;
    SaveGate *m_gate = nullptr;
    QAction *m_saveAction = nullptr;
    QHash<QString, QPointer<QWidget>> m_fields;
    Resolver m_resolver;
    QList<QPointer<ValidatedLineEdit>> m_watched;
    QList<QPointer<QWidget>> m_marked; // marked by the core's problems until cleared
    std::function<void()> m_reload;
    std::function<QString(const Error &)> m_staleText;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace kolokasi
