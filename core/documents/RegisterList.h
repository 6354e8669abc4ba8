#pragma once

namespace kolokasi {

class DocumentWriter;
struct PrintedDocument;

/// The asset register (aset register) as a landscape table, filtered by NOC, unit or status.
class RegisterList
{
public:
    static void write(DocumentWriter &writer, const PrintedDocument &doc);
};

} // namespace kolokasi
