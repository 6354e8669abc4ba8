#pragma once

namespace kolokasi {

class DocumentWriter;
struct PrintedDocument;

/// The report of a yearly review (laporan peninjauan aset register): date and reviewer, every
/// asset the review covers with its finding and note, a summary of the findings, and the
/// reviewer's and the Kepala Bidang's signatures. Landscape, like the register.
class ReviewReport
{
public:
    static void write(DocumentWriter &writer, const PrintedDocument &doc);
};

} // namespace kolokasi
