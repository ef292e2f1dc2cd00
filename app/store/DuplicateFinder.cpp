#include "DuplicateFinder.h"

#include "codec/WireTime.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

QStringList DuplicateFinder::significantWords(const QString &text, int max)
{
    // Words every complaint uses; matching on them would make every complaint look like every other.
    static const QSet<QString> common = {
        u"yang"_s,   u"dengan"_s, u"untuk"_s, u"sudah"_s,  u"belum"_s, u"tidak"_s,  u"dari"_s,  u"pada"_s,
        u"kami"_s,   u"saya"_s,   u"mohon"_s, u"tolong"_s, u"sejak"_s, u"karena"_s, u"akan"_s,  u"bisa"_s,
        u"bapak"_s,  u"warga"_s,  u"sampai"_s, u"masih"_s, u"juga"_s,  u"ada"_s,    u"atau"_s,  u"agar"_s,
        u"segera"_s, u"hari"_s,   u"minggu"_s, u"bulan"_s, u"sekali"_s, u"terima"_s, u"kasih"_s, u"dan"_s,
    };
    static const QRegularExpression word(u"[\\p{L}\\p{N}]{4,}"_s);
    QStringList words;
    QSet<QString> seen;
    auto it = word.globalMatch(text.toLower());
    while (it.hasNext() && words.size() < max) {
        const QString w = it.next().captured(0);
        if (common.contains(w) || seen.contains(w))
            continue;
        seen.insert(w);
        words.append(w);
    }
    return words;
}

QString DuplicateFinder::trainingCopyPrefix(const QString &title)
{
    static const QRegularExpression prefix(u"^\\[[a-z0-9._-]+\\] "_s);
    return prefix.match(title).captured(0);
}

Result<QList<DuplicateCandidate>> DuplicateFinder::candidates(const Complaint &complaint, int limit) const
{
    QStringList terms;
    for (const QString &w : significantWords(complaint.title + u' ' + complaint.body))
        terms.append(u'"' + w + u'"');
    if (terms.isEmpty())
        return QList<DuplicateCandidate>();
    QStringList where{u"complaints_fts MATCH ?"_s, u"c.id <> ?"_s};
    QVariantList binds{terms.join(u" OR "_s), complaint.id.toString(QUuid::WithoutBraces)};
    if (!complaint.service.isEmpty()) {
        where.append(u"c.service = ?"_s);
        binds.append(complaint.service);
    }
    if (!complaint.kecamatan.isEmpty()) {
        where.append(u"c.kecamatan = ?"_s);
        binds.append(complaint.kecamatan);
    }
    // In a training class each trainee works their own copy of every complaint (docs/training.md), titled
    // "[user] ...", and only their own copy is ever the right original: another trainee's copy is not offered,
    // where it ranked first (the same words plus the user names) and one Enter marked it.
    const QString copyOf = trainingCopyPrefix(complaint.title);
    if (!copyOf.isEmpty() && m_cache.meta(u"kind"_s) == u"training"_s) {
        where.append(u"substr(c.title, 1, ?) = ?"_s);
        binds.append(copyOf.size());
        binds.append(copyOf);
    }
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    // bm25 weighs the title twice the body: a repeated title is the strongest sign of the same complaint.
    q.prepare(u"SELECT c.id, c.tracking_id, c.title, c.received_at, c.state, bm25(complaints_fts, 2.0, 1.0) AS score"
              u" FROM complaints_fts JOIN complaints c ON c.list_key = complaints_fts.rowid WHERE "_s
              + where.join(u" AND "_s) + u" ORDER BY score LIMIT ?"_s);
    for (const QVariant &bind : std::as_const(binds))
        q.addBindValue(bind);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(u"cannot look for similar complaints"_s, q.lastError());
    QList<DuplicateCandidate> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    parseWireTime(q.value(3).toString()),
                    fromCode<ComplaintState>(q.value(4).toString()).value_or(ComplaintState::Received),
                    q.value(5).toDouble()});
    }
    return out;
}

} // namespace rabeg
