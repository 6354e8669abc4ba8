#pragma once
// Finding the real widgets a GUI test drives: by object name (a missing one stops the test
// at once, naming it), and the field the cursor lands in when a form opens.
#include <QAbstractButton>
#include <QWidget>

namespace kolokasi::test {

/// The child of `parent` of type T named `name`; a fatal failure naming both if there is none.
template <typename T> T *in(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

/// The first widget of `host` that takes the focus by Tab, as the admin's cursor would be.
inline QWidget *firstField(QWidget *host)
{
    for (QWidget *child : host->findChildren<QWidget *>()) {
        if (child->isVisibleTo(host) && child->isEnabled() &&
            (child->focusPolicy() & Qt::TabFocus) && !qobject_cast<QAbstractButton *>(child))
            return child;
    }
    return host;
}

} // namespace kolokasi::test
