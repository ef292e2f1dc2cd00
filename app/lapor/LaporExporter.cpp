#include "LaporExporter.h"

#include "store/LaporCacheQuery.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

struct KindOf
{
    const char16_t *eventType;
    const char16_t *kind;
};

// Our event type -> the word in the export's "Jenis Tindak Lanjut" column (docs/lapor.md).
constexpr KindOf kKinds[] = {
    {u"dispatched", u"disposisi"}, {u"acknowledged", u"diterima_opd"}, {u"responded", u"tanggapan"},
    {u"closed", u"selesai"},       {u"escalated", u"eskalasi"},        {u"forwarded", u"bukan_wewenang"},
    {u"rejected", u"ditolak"},
};

// LAPOR!'s own words for our rejection reasons (the export is read in LAPOR!, in Indonesian, whatever language
// the workstation shows).
QString rejectionText(const QString &code)
{
    static const QHash<QString, QString> words = {
        {u"wrong_format"_s, u"Kesalahan format"_s},
        {u"too_general"_s, u"Masukan terlalu umum"_s},
        {u"not_public_service"_s, u"Tidak relevan dengan kinerja pemerintah"_s},
        {u"abusive"_s, u"Mengandung kata yang tidak pantas"_s},
        {u"spam"_s, u"Spam atau uji coba"_s},
        {u"no_reply"_s, u"Pelapor tidak melengkapi informasi yang diminta"_s},
        {u"other"_s, u"Lainnya"_s},
    };
    return words.value(code, code);
}

} // namespace

Result<QList<LaporFollowUp>> LaporExporter::followUpsSince(const QDateTime &since) const
{
    QStringList types;
    QHash<QString, QString> kinds;
    for (const KindOf &k : kKinds) {
        types.append(QString::fromUtf16(k.eventType));
        kinds.insert(types.last(), QString::fromUtf16(k.kind));
    }
    const auto events = LaporCacheQuery(m_cache).eventsSince(since, types);
    if (!events.ok())
        return events.error();
    QList<LaporFollowUp> followUps;
    for (const LaporCachedEvent &cached : events.value()) {
        const Event &e = cached.event;
        const QJsonObject &p = e.payload;
        LaporFollowUp f;
        f.trackingId = cached.externalRef;
        f.cityNumber = cached.trackingId;
        f.at = e.at;
        f.kind = kinds.value(e.typeName);
        const QString note = p.value(u"note"_s).toString();
        if (e.typeName == u"dispatched"_s || e.typeName == u"acknowledged"_s) {
            const QString opd = e.typeName == u"dispatched"_s ? p.value(u"opd"_s).toString() : QString();
            f.institution = opd.isEmpty() ? QString() : m_reference.routeName(opd);
            f.text = note;
        } else if (e.typeName == u"responded"_s) {
            f.text = p.value(u"response"_s).toString();
        } else if (e.typeName == u"escalated"_s) {
            f.institution = u"Ombudsman RI Perwakilan Banten"_s;
            f.text = p.value(u"reason"_s).toString();
        } else if (e.typeName == u"forwarded"_s) {
            f.institution = m_reference.routeName(p.value(u"agency"_s).toString());
            f.text = note;
        } else if (e.typeName == u"rejected"_s) {
            const QString reason = rejectionText(p.value(u"reason"_s).toString());
            f.text = note.isEmpty() ? reason : reason + u": "_s + note;
        } else {
            f.text = note;
        }
        followUps.append(f);
    }
    return followUps;
}

Result<int> LaporExporter::exportSince(const QDateTime &since, LaporSink &sink) const
{
    const auto followUps = followUpsSince(since);
    if (!followUps.ok())
        return followUps.error();
    if (Status status = sink.deliver(followUps.value()))
        return *status;
    return int(followUps->size());
}

} // namespace rabeg
