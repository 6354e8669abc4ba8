#pragma once

namespace kolokasi {

class DocumentWriter;
struct PrintedDocument;

/// Rack elevations: every unit numbered, each placement labelled, one rack or all racks of a NOC.
class RackSheet
{
public:
    static void write(DocumentWriter &writer, const PrintedDocument &doc);
};

} // namespace kolokasi
