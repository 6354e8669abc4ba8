#pragma once

#include "SetupPage.h"

namespace kolokasi {

class Dialogs;
class ValidatedLineEdit;

/// The agency as its letterhead prints it: government, office, division, address, phone,
/// e-mail, website, the city of the date line and the logo image (PNG or JPEG); and the
/// numbering pattern its letters take.
class SetupAgencyPage : public SetupPage
{
    Q_OBJECT

public:
    SetupAgencyPage(Dialogs &dialogs, QWidget *parent = nullptr);

    Status check() const override;
    void apply(InitialSetupData &setup) const override;

private:
    AgencyProfile profile() const;
    void chooseLogo();
    /// The logo as PNG bytes; empty when no file is named or it is not an image.
    QByteArray logoPng() const;

    Dialogs &m_dialogs;
    ValidatedLineEdit *m_government;
    ValidatedLineEdit *m_office;
    ValidatedLineEdit *m_division;
    ValidatedLineEdit *m_address;
    ValidatedLineEdit *m_phone;
    ValidatedLineEdit *m_email;
    ValidatedLineEdit *m_website;
    ValidatedLineEdit *m_place;
    ValidatedLineEdit *m_logo;
    ValidatedLineEdit *m_numbering;
};

} // namespace kolokasi
