#pragma once

namespace kolokasi {

class Clock;
class Database;
class Dialogs;
class RequestWorkflow;

/// What every page needs from the rest of the program, handed down by MainWindow: the open
/// database, the workflow over it, the dialog seam (replaced in tests) and the clock.
/// Pages keep a reference; the context outlives every page.
struct UiContext
{
    Database &db;
    RequestWorkflow &workflow;
    Dialogs &dialogs;
    const Clock &clock;
};

} // namespace kolokasi
