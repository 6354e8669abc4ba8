#pragma once

namespace kolokasi {

class DocumentWriter;
struct PrintedDocument;

/// The step-3 report: each resource needed, free and its result, and the SOP's yes / no conclusion.
class CapacityReport
{
public:
    static void write(DocumentWriter &writer, const PrintedDocument &doc);
};

} // namespace kolokasi
