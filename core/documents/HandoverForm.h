#pragma once

namespace kolokasi {

class DocumentWriter;
struct PrintedDocument;

/// FORM. SERAH TERIMA CO-LOCATION SERVER DAN HOSTING APLIKASI (step 8): the day and date in words, a row per server, giver and receiver.
class HandoverForm
{
public:
    static void write(DocumentWriter &writer, const PrintedDocument &doc);
};

} // namespace kolokasi
