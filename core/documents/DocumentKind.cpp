#include "DocumentKind.h"


namespace kolokasi {

namespace {
const QList<std::pair<DocumentKind, QString>> &names()
{
    static const QList<std::pair<DocumentKind, QString>> all{
            {DocumentKind::Application, QStringLiteral("pengajuan")},
            {DocumentKind::Approval, QStringLiteral("persetujuan")},
            {DocumentKind::Handover, QStringLiteral("serah-terima")},
            {DocumentKind::Withdrawal, QStringLiteral("pencabutan")},
            {DocumentKind::CapacityReport, QStringLiteral("kapasitas")},
            {DocumentKind::Notification, QStringLiteral("pemberitahuan")},
            {DocumentKind::CompletionReport, QStringLiteral("laporan-selesai")},
            {DocumentKind::Register, QStringLiteral("register")},
            {DocumentKind::RackView, QStringLiteral("rak")},
            {DocumentKind::ReviewReport, QStringLiteral("peninjauan")},
    };
    return all;
}
} // namespace

QString nameOf(DocumentKind kind)
{
    for (const auto &[k, name] : names()) {
        if (k == kind)
            return name;
    }
    return {};
}

std::optional<DocumentKind> documentKindFromName(const QString &name)
{
    for (const auto &[kind, known] : names()) {
        if (known == name.trimmed().toLower())
            return kind;
    }
    return std::nullopt;
}

QList<DocumentKind> allDocumentKinds()
{
    QList<DocumentKind> kinds;
    for (const auto &entry : names())
        kinds.append(entry.first);
    return kinds;
}

bool isForm(DocumentKind kind)
{
    return kind == DocumentKind::Application || kind == DocumentKind::Approval || kind == DocumentKind::Handover
        || kind == DocumentKind::Withdrawal;
}

bool belongsToRequest(DocumentKind kind)
{
    return kind != DocumentKind::Register && kind != DocumentKind::RackView
        && kind != DocumentKind::ReviewReport;
}

} // namespace kolokasi
