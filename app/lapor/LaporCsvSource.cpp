#include "LaporCsvSource.h"

#include "LaporCsvReader.h"
#include "LaporIds.h"
#include "codec/PayloadSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

class LaporCsvText
{
    Q_DECLARE_TR_FUNCTIONS(LaporCsv)
};

using F = LaporMapping::Field;

// LAPOR! writes times in WIB; a day alone is read as its start.
std::optional<QDateTime> parseWib(const QString &raw)
{
    const QString text = raw.trimmed();
    static const QStringList withTime
        = {u"dd/MM/yyyy HH:mm:ss"_s, u"dd/MM/yyyy HH:mm"_s,    u"d/M/yyyy H:mm"_s,    u"dd-MM-yyyy HH:mm:ss"_s,
           u"dd-MM-yyyy HH:mm"_s,    u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-ddTHH:mm:ss"_s};
    const QTimeZone wib(7 * 3600);
    for (const QString &format : withTime) {
        const QDateTime at = QDateTime::fromString(text, format);
        if (at.isValid())
            return QDateTime(at.date(), at.time(), wib).toUTC();
    }
    for (const QString &format : {u"dd/MM/yyyy"_s, u"yyyy-MM-dd"_s, u"dd-MM-yyyy"_s}) {
        const QDate day = QDate::fromString(text, format);
        if (day.isValid())
            return QDateTime(day, QTime(0, 0), wib).toUTC();
    }
    return std::nullopt;
}

std::optional<bool> parseFlag(const QString &raw)
{
    const QString v = raw.trimmed().toCaseFolded();
    if (v.isEmpty() || v == u"tidak"_s || v == u"t"_s || v == u"0"_s || v == u"false"_s || v == u"no"_s || v == u"n"_s)
        return false;
    if (v == u"ya"_s || v == u"y"_s || v == u"1"_s || v == u"true"_s || v == u"yes"_s)
        return true;
    return std::nullopt;
}

QString classificationCode(const QString &raw)
{
    const QString v = raw.simplified().toCaseFolded();
    if (v == u"pengaduan"_s)
        return u"pengaduan"_s;
    if (v == u"aspirasi"_s)
        return u"aspirasi"_s;
    if (v == u"permintaan informasi"_s || v == u"permintaan_informasi"_s)
        return u"permintaan_informasi"_s;
    return {};
}

QString squeezed(const QString &name)
{
    QString s = name.simplified().toCaseFolded();
    for (const QString &prefix : {u"kecamatan "_s, u"kec. "_s, u"kec "_s}) {
        if (s.startsWith(prefix))
            s = s.mid(prefix.size());
    }
    s.remove(u' ');
    return s;
}

QString titleFrom(const QString &body)
{
    const QString flat = body.simplified();
    if (flat.size() <= 80)
        return flat;
    const qsizetype cut = flat.lastIndexOf(u' ', 80);
    return flat.left(cut > 40 ? cut : 80) + u'…';
}

} // namespace

LaporCsvSource::LaporCsvSource(QString name, QByteArray bytes, const ReferenceData &reference,
                               std::function<QDateTime()> now)
    : m_name(std::move(name)), m_bytes(std::move(bytes)), m_reference(&reference), m_now(std::move(now))
{ }

Result<LaporCsvSource> LaporCsvSource::fromBytes(const QString &name, const QByteArray &bytes,
                                                 const ReferenceData &reference, std::function<QDateTime()> now)
{
    LaporCsvSource source(name, bytes, reference, std::move(now));
    LaporCsvReader reader(bytes);
    const LaporCsvRecord header = reader.next();
    if (!header.error.isEmpty() || header.fields.size() < 2)
        return Error {u"no_header"_s,
                      LaporCsvText::tr("%1: the first line is not a header of comma-separated columns.").arg(name)};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    for (const QByteArray &field : header.fields) {
        source.m_headers.append(QString(decoder.decode(field)).trimmed());
        if (decoder.hasError())
            return Error {u"not_utf8"_s,
                          LaporCsvText::tr("%1: the header is not UTF-8 text; save the export as "
                                           "\"CSV UTF-8\".")
                              .arg(name)};
    }
    source.m_mapping = LaporMapping::guess(source.m_headers);
    return source;
}

Result<LaporCsvSource> LaporCsvSource::fromFile(const QString &path, const ReferenceData &reference,
                                                std::function<QDateTime()> now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"unreadable"_s, LaporCsvText::tr("%1 cannot be read: %2").arg(path, file.errorString())};
    return fromBytes(QFileInfo(path).fileName(), file.readAll(), reference, std::move(now));
}

QList<QStringList> LaporCsvSource::preview(int count) const
{
    QList<QStringList> rows;
    LaporCsvReader reader(m_bytes);
    reader.next(); // the header
    while (!reader.atEnd() && rows.size() < count) {
        const LaporCsvRecord record = reader.next();
        if (!record.error.isEmpty())
            continue;
        QStringList values;
        for (const QByteArray &field : record.fields)
            values.append(QString::fromUtf8(field)); // invalid bytes shown as replacement characters
        if (values != QStringList {QString()})
            rows.append(values);
    }
    return rows;
}

Result<LaporBatch> LaporCsvSource::fetch()
{
    const QStringList missing = m_mapping.missing(m_headers);
    if (!missing.isEmpty())
        return Error {u"mapping_incomplete"_s,
                      LaporCsvText::tr("%1: no column is mapped to %2. Map the columns on the import screen, or give "
                                       "a mapping file (--mapping).")
                          .arg(m_name, missing.join(u", "_s))};
    LaporBatch batch;
    LaporCsvReader reader(m_bytes);
    reader.next();
    QHash<QString, int> seen; // tracking id -> the row it was first read at
    while (!reader.atEnd()) {
        const LaporCsvRecord record = reader.next();
        if (record.error.isEmpty() && record.fields == QList<QByteArray> {QByteArray()})
            continue; // trailing blank lines
        ++batch.rowsRead;
        if (!record.error.isEmpty()) {
            batch.problems.append({record.row, record.line, {}, record.error});
            continue;
        }
        if (record.fields.size() != m_headers.size()) {
            batch.problems.append(
                {record.row,
                 record.line,
                 {},
                 LaporCsvText::tr("expected %1 columns, found %2").arg(m_headers.size()).arg(record.fields.size())});
            continue;
        }
        QStringList values;
        bool decoded = true;
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            values.append(QString(decoder.decode(record.fields.at(i))));
            if (decoder.hasError()) {
                batch.problems.append({record.row, record.line, m_headers.at(i),
                                       LaporCsvText::tr("the text is not UTF-8; save the export as \"CSV UTF-8\"")});
                decoded = false;
            }
        }
        if (!decoded)
            continue;
        LaporReport report;
        report.row = record.row;
        report.line = record.line;
        if (!readRecord(values, report, batch.problems))
            continue;
        if (const int first = seen.value(report.trackingId); first > 0) {
            batch.problems.append(
                {record.row, record.line, m_mapping.column(F::TrackingId),
                 LaporCsvText::tr("%1 is already on row %2; this row is left out").arg(report.trackingId).arg(first)});
            continue;
        }
        seen.insert(report.trackingId, record.row);
        batch.reports.append(report);
    }
    return batch;
}

bool LaporCsvSource::readRecord(const QStringList &values, LaporReport &report, QList<LaporProblem> &problems) const
{
    const auto value = [&](F field) {
        const qsizetype i = m_headers.indexOf(m_mapping.column(field));
        return i < 0 || m_mapping.column(field).isEmpty() ? QString() : values.at(i).trimmed();
    };
    const qsizetype before = problems.size();
    const auto problem = [&](F field, const QString &message) {
        problems.append({report.row, report.line, m_mapping.column(field), message});
    };

    const QString tracking = value(F::TrackingId);
    report.trackingId = laporIds::normalizedTrackingId(tracking);
    if (tracking.isEmpty())
        problem(F::TrackingId, LaporCsvText::tr("the tracking id is missing"));
    else if (report.trackingId.isEmpty())
        problem(F::TrackingId, LaporCsvText::tr("\"%1\" is not a LAPOR! tracking id (such as #1234567)").arg(tracking));

    const QString date = value(F::ReportedAt);
    if (date.isEmpty()) {
        problem(F::ReportedAt, LaporCsvText::tr("the date is missing"));
    } else if (const auto at = parseWib(date); !at) {
        problem(F::ReportedAt, LaporCsvText::tr("\"%1\" is not a date (such as 27/11/2026 08:15, WIB)").arg(date));
    } else if (m_now && *at > m_now()) {
        problem(F::ReportedAt, LaporCsvText::tr("%1 lies in the future").arg(date));
    } else {
        report.reportedAt = *at;
    }

    report.body = value(F::Body);
    if (report.body.isEmpty())
        problem(F::Body, LaporCsvText::tr("the text of the report is empty"));
    else if (report.body.size() > kMaxBody)
        problem(F::Body, LaporCsvText::tr("the text is longer than %1 characters").arg(kMaxBody));
    report.title = value(F::Title).simplified();
    if (report.title.isEmpty())
        report.title = titleFrom(report.body);
    if (report.title.size() > kMaxTitle)
        report.title = report.title.left(kMaxTitle - 1) + u'…';

    for (const F flag : {F::Anonim, F::Rahasia}) {
        const auto parsed = parseFlag(value(flag));
        if (!parsed)
            problem(flag, LaporCsvText::tr("\"%1\" is neither Ya nor Tidak").arg(value(flag)));
        else
            (flag == F::Anonim ? report.anonim : report.rahasia) = *parsed;
    }
    report.classification = classificationCode(value(F::Classification));
    report.categoryText = value(F::Category);
    for (const Category &category : m_reference->categories) {
        if (!report.categoryText.isEmpty()
            && (category.name.compare(report.categoryText, Qt::CaseInsensitive) == 0
                || category.id.compare(report.categoryText, Qt::CaseInsensitive) == 0)) {
            report.category = category.id;
            break;
        }
    }
    report.agency = value(F::Agency);
    report.status = value(F::Status);
    report.location = value(F::Location);
    const QString kecamatan = value(F::Kecamatan);
    for (const Kecamatan &k : m_reference->kecamatan) {
        if (!kecamatan.isEmpty() && (squeezed(k.name) == squeezed(kecamatan) || k.code == kecamatan.toUpper()))
            report.kecamatan = k.code;
    }
    if (!kecamatan.isEmpty() && report.kecamatan.isEmpty()) // outside Kota Serang, or spelt otherwise: kept as text
        report.location = report.location.isEmpty() ? kecamatan : report.location + u", "_s + kecamatan;
    if (report.location.size() > 300)
        report.location = report.location.left(299) + u'…';
    report.reporterName = value(F::ReporterName).simplified();
    report.reporterReply = value(F::ReporterReply).trimmed();
    return problems.size() == before;
}

} // namespace rabeg
