#pragma once

#include "LaporMapping.h"
#include "LaporSource.h"
#include "refdata/ReferenceData.h"

#include <functional>

namespace rabeg {

// A LAPOR! export saved as CSV (UTF-8), read through a column mapping (LaporMapping). Every record is checked on
// its own: a bad date, a missing tracking id, a wrong number of columns, broken quoting or bytes that are not UTF-8
// make a problem for that row (and the column), never for the file.
class LaporCsvSource final : public LaporSource
{
public:
    // `now`: the clock a report's date must not be after (hub time where known).
    static Result<LaporCsvSource> fromBytes(const QString &name, const QByteArray &bytes,
                                            const ReferenceData &reference, std::function<QDateTime()> now);
    static Result<LaporCsvSource> fromFile(const QString &path, const ReferenceData &reference,
                                           std::function<QDateTime()> now);

    QString description() const override { return m_name; }
    Result<LaporBatch> fetch() override;

    const QStringList &headers() const { return m_headers; }
    // The mapping used: the default layout's guess until one is set.
    const LaporMapping &mapping() const { return m_mapping; }
    void setMapping(const LaporMapping &mapping) { m_mapping = mapping; }
    // The first `count` records as text (invalid bytes replaced), for a person to recognise the columns.
    QList<QStringList> preview(int count) const;

private:
    LaporCsvSource(QString name, QByteArray bytes, const ReferenceData &reference, std::function<QDateTime()> now);
    // One record into a report, or its problems.
    bool readRecord(const QStringList &values, LaporReport &report, QList<LaporProblem> &problems) const;

    QString m_name;
    QByteArray m_bytes;
    const ReferenceData *m_reference;
    std::function<QDateTime()> m_now;
    QStringList m_headers;
    LaporMapping m_mapping;
};

} // namespace rabeg
