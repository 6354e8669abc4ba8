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
            "noaset", "assetnumber", "registerno", "kodeaset", "noinventaris", "nomorinventaris"})},
        {RegisterField::ServerName, "Nama Server",
         l({"namaserver", "server", "servername", "namaaplikasi", "aplikasi", "hostname",
            "namahost"})},
        {RegisterField::Unit, "Unit",
         l({"unit", "opd", "skpd", "unitkerja", "perangkatdaerah", "instansi", "dinas",
            "unitname"})},
        {RegisterField::OfficerName, "Penanggung Jawab",
         l({"penanggungjawab", "namapenanggungjawab", "responsibleofficer", "officer",
            "officername", "pic", "namapic", "pj", "namapj"})},
        {RegisterField::OfficerNip, "NIP",
         l({"nip", "nippenanggungjawab", "officernip", "nipnrp", "nippic", "nippj",
            "nippengelola"})},
        {RegisterField::ServiceType, "Jenis Layanan",
         l({"jenislayanan", "layanan", "servicetype", "service", "jenis"})},
        {RegisterField::Domain, "Domain", l({"domain", "namadomain", "domainname", "domains"})},
        {RegisterField::IpAddresses, "Alamat IP",
         l({"alamatip", "ip", "ipaddress", "ipaddresses", "ippublik", "alamatipaddress", "ipserver",
            "ipaddr"})},
        {RegisterField::SerialNumber, "S/N",
         l({"sn", "serialnumber", "nomorseri", "noseri", "serial", "nomorserial"})},
        {RegisterField::TypeBrand, "Tipe & Merk",
         l({"tipemerk", "tipedanmerk", "merktipe", "typebrand", "typeandbrand", "brand", "merk",
            "tipe", "merktype", "merkdantipe", "merek", "merektipe", "typemerk"})},
        {RegisterField::Processor, "Prosesor", l({"prosesor", "processor", "cpu"})},
        {RegisterField::Ram, "RAM", l({"ram", "memori", "memory"})},
        {RegisterField::Motherboard, "Motherboard", l({"motherboard", "mainboard"})},
        {RegisterField::Storage, "Storage",
         l({"storage", "penyimpanan", "harddisk", "disk", "hdd"})},
        {RegisterField::Psu, "PSU", l({"psu", "powersupply", "catudaya"})},
        {RegisterField::Noc, "NOC", l({"noc", "ruangserver", "ruang", "room", "serverroom"})},
        {RegisterField::Rack, "Rak",
         l({"rak", "rack", "namarak", "rackname", "lokasirak", "norak", "nomorrak"})},
        {RegisterField::FirstU, "U Awal",
         l({"uawal", "firstu", "posisiu", "ustart", "startu", "u", "posisirak", "letaku"})},
        {RegisterField::HeightU, "Tinggi U",
         l({"tinggiu", "jumlahu", "heightu", "rackunits", "ukuranu", "sizeu"})},
        {RegisterField::PowerW, "Daya (W)",
         l({"dayaw", "daya", "powerw", "power", "listrik", "listrikw", "dayalistrik", "watt",
            "konsumsidaya"})},
        {RegisterField::InstalledOn, "Tanggal Pasang",
         l({"tanggalpasang", "tanggalpemasangan", "tanggalinstalasi", "tglpasang", "installedon",
            "installationdate", "installed", "dateinstalled", "tglpemasangan", "tanggalterpasang",
            "tglinstalasi"})},
        {RegisterField::ValidUntil, "Berlaku Sampai",
         l({"berlakusampai", "berlakuhingga", "masaberlaku", "validuntil", "validity", "expires"})},
        {RegisterField::State, "Status", l({"status", "state"})},
        {RegisterField::LastReviewedOn, "Peninjauan Terakhir",
         l({"peninjauanterakhir", "tanggalpeninjauan", "terakhirditinjau", "lastreview",
            "lastreviewedon", "lastreviewed"})},
        {RegisterField::Location, "Lokasi",
         l({"lokasi", "lokasiserver", "location", "letak", "lokasirakdanu", "raku"})},
    };
    return table;
}
} // namespace

const QList<RegisterField> &RegisterFields::all()
{
    static const QList<RegisterField> fields = [] {
        QList<RegisterField> list = importable();
        list.removeAll(RegisterField::Location);
        return list;
    }();
    return fields;
}

const QList<RegisterField> &RegisterFields::importable()
{
    static const QList<RegisterField> fields = [] {
        QList<RegisterField> list;
        for (const FieldNames &entry : names())
            list << entry.field;
        return list;
    }();
    return fields;
}

QList<QPair<QString, RegisterField>> RegisterFields::aliases()
{
    QList<QPair<QString, RegisterField>> table;
    for (const FieldNames &entry : names()) {
        for (const QString &alias : entry.aliases)
            table.append({alias, entry.field});
    }
    return table;
}

bool RegisterFields::looksLikeField(const QString &header)
{
    if (fromHeader(header))
        return true;
    // Word stems of the register's fields: short ones must be a whole word ("IP", "U"),
    // longer ones may be part of one ("tanggal" in "tanggalaktif").
    static const QStringList words{
        QStringLiteral("u"),    QStringLiteral("ip"),   QStringLiteral("sn"),
        QStringLiteral("nip"),  QStringLiteral("nrp"),  QStringLiteral("pic"),
        QStringLiteral("opd"),  QStringLiteral("noc"),  QStringLiteral("ram"),
        QStringLiteral("cpu"),  QStringLiteral("psu"),  QStringLiteral("hdd"),
        QStringLiteral("ssd"),  QStringLiteral("rak"),  QStringLiteral("tgl"),
        QStringLiteral("pj"),   QStringLiteral("type"), QStringLiteral("tipe"),
        QStringLiteral("merk"), QStringLiteral("daya"), QStringLiteral("watt"),
        QStringLiteral("unit"), QStringLiteral("seri")};
    static const QStringList stems{
        QStringLiteral("server"),      QStringLiteral("aplikasi"),  QStringLiteral("penanggung"),
        QStringLiteral("pegawai"),     QStringLiteral("layanan"),   QStringLiteral("domain"),
        QStringLiteral("alamat"),      QStringLiteral("address"),   QStringLiteral("serial"),
        QStringLiteral("merek"),       QStringLiteral("brand"),     QStringLiteral("prosesor"),
        QStringLiteral("processor"),   QStringLiteral("memori"),    QStringLiteral("memory"),
        QStringLiteral("motherboard"), QStringLiteral("storage"),   QStringLiteral("penyimpanan"),
        QStringLiteral("power"),       QStringLiteral("listrik"),   QStringLiteral("ruang"),
        QStringLiteral("rack"),        QStringLiteral("lokasi"),    QStringLiteral("posisi"),
        QStringLiteral("tanggal"),     QStringLiteral("pasang"),    QStringLiteral("install"),
        QStringLiteral("berlaku"),     QStringLiteral("status"),    QStringLiteral("tinjau"),
        QStringLiteral("review"),      QStringLiteral("dinas"),     QStringLiteral("instansi"),
        QStringLiteral("register"),    QStringLiteral("inventaris")};
    QStringList parts;
    QString part;
    for (const QChar c : header.toLower() + QLatin1Char(' ')) {
        if (c.isLetterOrNumber()) {
            part.append(c);
        } else if (!part.isEmpty()) {
            parts << part;
            part.clear();
        }
    }
    for (const QString &each : parts) {
        if (words.contains(each))
            return true;
        for (const QString &stem : stems) {
            if (each.contains(stem))
                return true;
        }
    }
    return false;
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
    case RegisterField::Location:
        return tr("Location (rack / U)");
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
