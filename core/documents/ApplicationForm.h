#pragma once

namespace kolokasi {

class DocumentWriter;
struct PrintedDocument;

/// FORM. PENGAJUAN CO-LOCATION SERVER DAN HOSTING APLIKASI (step 4), filled or blank.
class ApplicationForm
{
public:
    static void write(DocumentWriter &writer, const PrintedDocument &doc);
};

} // namespace kolokasi
