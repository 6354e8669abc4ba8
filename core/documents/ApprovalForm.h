#pragma once

namespace kolokasi {

class DocumentWriter;
struct PrintedDocument;

/// FORM. PERSETUJUAN CO-LOCATION SERVER DAN HOSTING APLIKASI (step 5): the decision and, when approved, a data-centre or co-location block per server. The host admin password is the one typed at print time.
class ApprovalForm
{
public:
    static void write(DocumentWriter &writer, const PrintedDocument &doc);
};

} // namespace kolokasi
