#include "RegisterField.h"

#include <QHash>

#include <optional>

namespace kolokasi {

namespace {
struct FieldNames
{
    RegisterField field;
    const char *header;
    QStringList aliases; // normalized
};

const QList<FieldNames> &names()
{
    auto l = [](std::initializer_list<const char *> words) {
        QStringList list;
        for (const char *word : words)
            list << QString::fromLatin1(word);
        return list;
    };
    static const QList<FieldNames> table{
        {RegisterField::RegisterNumber, "No. Register",
         l({"noregister", "nomorregister", "noreg", "registernumber", "register", "nomoraset",
            "noaset", "assetnumber", "registerno"})},
        {RegisterField::ServerName, "Nama Server",
         l({"namaserver", "server", "servername", "namaaplikasi"})},
        {RegisterField::Unit, "Unit",
         l({"unit", "opd", "skpd", "unitkerja", "perangkatdaerah", "instansi", "dinas",
            "unitname"})},
        {RegisterField::OfficerName, "Penanggung Jawab",
         l({"penanggungjawab", "namapenanggungjawab", "responsibleofficer", "officer",
            "officername", "pic"})},
        {RegisterField::OfficerNip, "NIP",
         l({"nip", "nippenanggungjawab", "officernip", "nipnrp"})},
        {RegisterField::ServiceType, "Jenis Layanan",
         l({"jenislayanan", "layanan", "servicetype", "service", "jenis"})},
        {RegisterField::Domain, "Domain", l({"domain", "namadomain", "domainname", "domains"})},
        {RegisterField::IpAddresses, "Alamat IP",
         l({"alamatip", "ip", "ipaddress", "ipaddresses", "ippublik", "alamatipaddress"})},
        {RegisterField::SerialNumber, "S/N",
         l({"sn", "serialnumber", "nomorseri", "noseri", "serial", "nomorserial"})},
        {RegisterField::TypeBrand, "Tipe & Merk",
         l({"tipemerk", "tipedanmerk", "merktipe", "typebrand", "typeandbrand", "brand", "merk",
            "tipe"})},
        {RegisterField::Processor, "Prosesor", l({"prosesor", "processor", "cpu"})},
        {RegisterField::Ram, "RAM", l({"ram", "memori", "memory"})},
        {RegisterField::Motherboard, "Motherboard", l({"motherboard", "mainboard"})},
        {RegisterField::Storage, "Storage",
         l({"storage", "penyimpanan", "harddisk", "disk", "hdd"})},
        {RegisterField::Psu, "PSU", l({"psu", "powersupply", "catudaya"})},
        {RegisterField::Noc, "NOC", l({"noc", "ruangserver", "ruang", "room", "serverroom"})},
        {RegisterField::Rack, "Rak", l({"rak", "rack", "namarak", "rackname"})},
        {RegisterField::FirstU, "U Awal",
         l({"uawal", "firstu", "posisiu", "ustart", "startu", "u"})},
        {RegisterField::HeightU, "Tinggi U",
         l({"tinggiu", "jumlahu", "heightu", "rackunits", "ukuranu", "sizeu"})},
        {RegisterField::PowerW, "Daya (W)",
         l({"dayaw", "daya", "powerw", "power", "listrik", "listrikw"})},
        {RegisterField::InstalledOn, "Tanggal Pasang",
         l({"tanggalpasang", "tanggalpemasangan", "tanggalinstalasi", "tglpasang", "installedon",
            "installationdate", "installed", "dateinstalled"})},
        {RegisterField::ValidUntil, "Berlaku Sampai",
         l({"berlakusampai", "berlakuhingga", "masaberlaku", "validuntil", "validity", "expires"})},
        {RegisterField::State, "Status", l({"status", "state"})},
        {RegisterField::LastReviewedOn, "Peninjauan Terakhir",
         l({"peninjauanterakhir", "tanggalpeninjauan", "terakhirditinjau", "lastreview",
            "lastreviewedon", "lastreviewed"})},
    };
    return table;
}
} // namespace

const QList<RegisterField> &RegisterFields::all()
{
    static const QList<RegisterField> fields = [] {
        QList<RegisterField> list;
        for (const FieldNames &entry : names())
            list << entry.field;
        return list;
    }();
    return fields;
}

bool RegisterFields::isRequired(RegisterField field)
{
    return field == RegisterField::ServerName || field == RegisterField::Unit ||
           field == RegisterField::Noc || field == RegisterField::InstalledOn;
}

QString RegisterFields::header(RegisterField field)
{
    for (const FieldNames &entry : names()) {
        if (entry.field == field)
            return QString::fromUtf8(entry.header);
    }
    return {};
}

QString RegisterFields::label(RegisterField field)
{
    switch (field) {
    case RegisterField::RegisterNumber:
        return tr("Register number");
    case RegisterField::ServerName:
        return tr("Server name");
    case RegisterField::Unit:
        return tr("Unit");
    case RegisterField::OfficerName:
        return tr("Responsible officer");
    case RegisterField::OfficerNip:
        return tr("NIP");
    case RegisterField::ServiceType:
        return tr("Service type");
    case RegisterField::Domain:
        return tr("Domain");
    case RegisterField::IpAddresses:
        return tr("IP addresses");
    case RegisterField::SerialNumber:
        return tr("Serial number");
    case RegisterField::TypeBrand:
        return tr("Type and brand");
    case RegisterField::Processor:
        return tr("Processor");
    case RegisterField::Ram:
        return tr("RAM");
    case RegisterField::Motherboard:
        return tr("Motherboard");
    case RegisterField::Storage:
        return tr("Storage");
    case RegisterField::Psu:
        return tr("PSU");
    case RegisterField::Noc:
        return tr("NOC");
    case RegisterField::Rack:
        return tr("Rack");
    case RegisterField::FirstU:
        return tr("First U");
    case RegisterField::HeightU:
        return tr("Height in U");
    case RegisterField::PowerW:
        return tr("Power (W)");
    case RegisterField::InstalledOn:
        return tr("Installation date");
    case RegisterField::ValidUntil:
        return tr("Valid until");
    case RegisterField::State:
        return tr("Status");
    case RegisterField::LastReviewedOn:
        return tr("Last review");
    }
    return {};
}

QString RegisterFields::normalizedHeader(const QString &header)
{
    QString key;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

std::optional<RegisterField> RegisterFields::fromHeader(const QString &header)
{
    const QString key = normalizedHeader(header);
    if (key.isEmpty())
        return std::nullopt;
    for (const FieldNames &entry : names()) {
        if (entry.aliases.contains(key))
            return entry.field;
    }
    return std::nullopt;
}

} // namespace kolokasi
