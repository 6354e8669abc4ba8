#pragma once

namespace kolokasi {

class PageCanvas;
struct AgencyProfile;

/// The kop surat at the top of the first page: logo, government and office names, address
/// and phone, e-mail and website, and the double rule below. Drawn the same on every document.
class Letterhead
{
public:
    static void draw(PageCanvas &canvas, const AgencyProfile &agency);
};

} // namespace kolokasi
