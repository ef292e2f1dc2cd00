#include "LaporMapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

class LaporMappingText
{
    Q_DECLARE_TR_FUNCTIONS(LaporMapping)
};

struct FieldInfo
{
    LaporMapping::Field field;
    const char16_t *key;
    bool required;
    const char *label;
    QList<const char16_t *> names; // the default layout's header first, then variants seen in other exports
};

using F = LaporMapping::Field;

const QList<FieldInfo> &infos()
{
    static const QList<FieldInfo> list = {
        {F::TrackingId,
         u"tracking_id",
         true,
         QT_TRANSLATE_NOOP("LaporMapping", "LAPOR! tracking id"),
         {u"ID Tracking", u"Tracking ID", u"TrackingID", u"No. Tracking", u"Nomor Tracking", u"ID Laporan"}},
        {F::ReportedAt,
         u"reported_at",
         true,
         QT_TRANSLATE_NOOP("LaporMapping", "Date of the report"),
         {u"Tanggal Laporan", u"Tanggal", u"Tgl Laporan", u"Waktu Laporan", u"Tanggal Masuk"}},
        {F::Title, u"title", false, QT_TRANSLATE_NOOP("LaporMapping", "Title"), {u"Judul Laporan", u"Judul"}},
        {F::Body,
         u"body",
         true,
         QT_TRANSLATE_NOOP("LaporMapping", "Text of the report"),
         {u"Isi Laporan", u"Isi", u"Laporan", u"Uraian"}},
        {F::Classification,
         u"classification",
         false,
         QT_TRANSLATE_NOOP("LaporMapping", "Classification"),
         {u"Klasifikasi", u"Klasifikasi Laporan"}},
        {F::Category,
         u"category",
         false,
         QT_TRANSLATE_NOOP("LaporMapping", "Category"),
         {u"Kategori", u"Kategori Laporan", u"Topik"}},
        {F::Agency,
         u"agency",
         false,
         QT_TRANSLATE_NOOP("LaporMapping", "Institution addressed"),
         {u"Instansi Tujuan", u"Instansi", u"Instansi Terdisposisi"}},
        {F::Status,
         u"status",
         false,
         QT_TRANSLATE_NOOP("LaporMapping", "LAPOR! status"),
         {u"Status", u"Status Laporan"}},
        {F::Location,
         u"location",
         false,
         QT_TRANSLATE_NOOP("LaporMapping", "Location"),
         {u"Lokasi", u"Alamat", u"Lokasi Kejadian"}},
        {F::Kecamatan, u"kecamatan", false, QT_TRANSLATE_NOOP("LaporMapping", "Kecamatan"), {u"Kecamatan"}},
        {F::Anonim, u"anonim", false, QT_TRANSLATE_NOOP("LaporMapping", "Anonymous (anonim)"), {u"Anonim"}},
        {F::Rahasia, u"rahasia", false, QT_TRANSLATE_NOOP("LaporMapping", "Confidential (rahasia)"), {u"Rahasia"}},
        {F::ReporterName,
         u"reporter_name",
         false,
         QT_TRANSLATE_NOOP("LaporMapping", "Reporter's name"),
         {u"Nama Pelapor", u"Pelapor"}},
        {F::ReporterReply,
         u"reporter_reply",
         false,
         QT_TRANSLATE_NOOP("LaporMapping", "The reporter's reply"),
         {u"Tanggapan Pelapor", u"Balasan Pelapor", u"Jawaban Pelapor"}},
    };
    return list;
}

const FieldInfo &info(F field)
{
    for (const FieldInfo &i : infos()) {
        if (i.field == field)
            return i;
    }
    Q_UNREACHABLE();
}

QString normalized(const QString &header)
{
    QString h = header.simplified().toCaseFolded();
    if (h.startsWith(QChar(0xFEFF)))
        h.remove(0, 1);
    return h;
}

} // namespace

QList<LaporMapping::Field> LaporMapping::fields()
{
    QList<Field> list;
    for (const FieldInfo &i : infos())
        list.append(i.field);
    return list;
}

QString LaporMapping::key(Field field)
{
    return QString::fromUtf16(info(field).key);
}

bool LaporMapping::required(Field field)
{
    return info(field).required;
}

QString LaporMapping::label(Field field)
{
    return LaporMappingText::tr(info(field).label);
}

LaporMapping LaporMapping::guess(const QStringList &headers)
{
    LaporMapping mapping;
    for (const FieldInfo &i : infos()) {
        for (const char16_t *name : i.names) {
            const QString wanted = normalized(QString::fromUtf16(name));
            const auto found = std::find_if(headers.begin(), headers.end(),
                                            [&](const QString &h) { return normalized(h) == wanted; });
            if (found != headers.end()) {
                mapping.m_columns.insert(i.field, *found);
                break;
            }
        }
    }
    return mapping;
}

Result<LaporMapping> LaporMapping::fromJson(const QJsonObject &json)
{
    const QJsonValue columns = json.value(u"columns"_s);
    if (!columns.isObject())
        return Error {u"invalid_mapping"_s, LaporMappingText::tr("A mapping file needs an object \"columns\".")};
    LaporMapping mapping;
    const QJsonObject object = columns.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto found = std::find_if(infos().begin(), infos().end(),
                                        [&](const FieldInfo &i) { return QString::fromUtf16(i.key) == it.key(); });
        if (found == infos().end())
            return Error {u"invalid_mapping"_s,
                          LaporMappingText::tr("The mapping names an unknown field \"%1\".").arg(it.key())};
        if (!it.value().isString())
            return Error {u"invalid_mapping"_s,
                          LaporMappingText::tr("The mapping's \"%1\" must be a column's header (text).").arg(it.key())};
        if (!it.value().toString().isEmpty())
            mapping.m_columns.insert(found->field, it.value().toString());
    }
    return mapping;
}

QJsonObject LaporMapping::toJson() const
{
    QJsonObject columns;
    for (const FieldInfo &i : infos()) {
        if (m_columns.contains(i.field))
            columns.insert(QString::fromUtf16(i.key), m_columns.value(i.field));
    }
    return {{u"columns"_s, columns}};
}

QString LaporMapping::fingerprint(const QStringList &headers)
{
    QStringList parts;
    for (const QString &h : headers)
        parts.append(normalized(h));
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

void LaporMapping::setColumn(Field field, const QString &header)
{
    if (header.isEmpty())
        m_columns.remove(field);
    else
        m_columns.insert(field, header);
}

QStringList LaporMapping::missing(const QStringList &headers) const
{
    QStringList labels;
    for (const FieldInfo &i : infos()) {
        if (i.required && !headers.contains(m_columns.value(i.field)))
            labels.append(label(i.field));
    }
    return labels;
}

} // namespace rabeg
