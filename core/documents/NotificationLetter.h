#pragma once

namespace kolokasi {

class DocumentWriter;
struct PrintedDocument;

/// The step-6 letter telling the unit its request was approved, with IP, domain and remote access.
class NotificationLetter
{
public:
    static void write(DocumentWriter &writer, const PrintedDocument &doc);
};

} // namespace kolokasi
