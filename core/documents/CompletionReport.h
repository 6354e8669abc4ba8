#pragma once

namespace kolokasi {

class DocumentWriter;
struct PrintedDocument;

/// The step-9 report to the unit that server and hosting are done and reachable, tembusan Kepala Bidang.
class CompletionReport
{
public:
    static void write(DocumentWriter &writer, const PrintedDocument &doc);
};

} // namespace kolokasi
