#pragma once

#include <QList>
#include <QString>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QWidget;

namespace kolokasi {

/// The widest a form grows: fields stay readable on a 1920-pixel screen too.
constexpr int kFormMaxWidth = 900;

/// A form as the KDE guidelines lay it out: labels right-aligned with a colon, fields left.
/// The parent (the form's holder) grows no wider than kFormMaxWidth.
QFormLayout *makeFormLayout(QWidget *parent);
/// A note of a few lines; Tab leaves it (it never takes a tab character).
QPlainTextEdit *makeNoteEdit(QWidget *parent, int lines = 3);
/// The heading of a section of a form (no frame in a frame).
QLabel *makeSectionHeading(const QString &text, QWidget *parent = nullptr);
/// A line of help under a heading, in the palette's muted text colour.
QLabel *makeHint(const QString &text, QWidget *parent = nullptr);
/// The SOP's two or three choices (Menyetujui / Menolak, Tersedia / Tidak tersedia) as one
/// exclusive row of radio buttons, left-aligned, for one line of a form.
QWidget *makeChoiceRow(const QList<QRadioButton *> &choices, QWidget *parent);

} // namespace kolokasi
