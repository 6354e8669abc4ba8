#pragma once

#include "PaperSize.h"

class QImage;

namespace kolokasi {

class PageCanvas;
struct AgencyProfile;

/// The kop surat at the top of the first page: logo, government and office names, address
/// and phone, e-mail and website, and the double rule below. Drawn the same on every document.
class Letterhead
{
public:
    static void draw(PageCanvas &canvas, const AgencyProfile &agency);
    /// The top of a first page of `paper` with the letterhead drawn by draw() exactly as it
    /// prints (same margins, fonts and logo), at `dotsPerInch`, cut below the rule: for the
    /// settings' live preview.
    static QImage preview(const AgencyProfile &agency, Paper paper, int dotsPerInch);
};

} // namespace kolokasi
