#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace kolokasi {

/// A form as the KDE guidelines lay it out: labels right-aligned with a colon, fields left.
QFormLayout *makeFormLayout(QWidget *parent = nullptr);
/// The heading of a section of a form (no frame in a frame).
QLabel *makeSectionHeading(const QString &text, QWidget *parent = nullptr);
/// A line of help under a heading, in the palette's muted text colour.
QLabel *makeHint(const QString &text, QWidget *parent = nullptr);

} // namespace kolokasi
