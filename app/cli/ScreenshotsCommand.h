#pragma once

#include "Commands.h"

namespace kolokasi {

/// `kolokasi --database F screenshots DIR`: a PNG of every screen and page of the window
/// filled with the data of F, at 1366 × 768 (the office PC) and at 1920 × 1080: the dashboard,
/// the request list, the request view with its tabs, the page of every step (one request of
/// F at each step), a new letter, and the print preview. Changes nothing in F.
class ScreenshotsCommand
{
public:
    static CommandInfo info();
    static int run(const CommandLine &line);
};

} // namespace kolokasi
