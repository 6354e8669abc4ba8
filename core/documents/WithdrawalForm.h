#pragma once

namespace kolokasi {

class DocumentWriter;
struct PrintedDocument;

/// FORM. PENCABUTAN CO-LOCATION: the placement to remove, the reasons, the Kepala Bidang's signature.
class WithdrawalForm
{
public:
    static void write(DocumentWriter &writer, const PrintedDocument &doc);
};

} // namespace kolokasi
