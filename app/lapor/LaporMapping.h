#pragma once

#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace rabeg {

// Which column of a LAPOR! export holds which of our fields, by the column's header (so a reordered file still
// maps). The default layout (docs/lapor.md) is recognised by its headers and their usual variants; an unknown
// layout is mapped once by a person (the import screen, or `--mapping FILE`) and saved under its fingerprint.
class LaporMapping
{
public:
    enum class Field {
        TrackingId,
        ReportedAt,
        Title,
        Body,
        Classification,
        Category,
        Agency,
        Status,
        Location,
        Kecamatan,
        Anonim,
        Rahasia,
        ReporterName,
        ReporterReply,
    };

    static QList<Field> fields();
    static QString key(Field field); // "tracking_id", as in a mapping file
    static bool required(Field field);
    // The field's name for people (translated).
    static QString label(Field field);

    // The default layout's mapping for these headers: each field on the first header that is one of its names.
    static LaporMapping guess(const QStringList &headers);
    // A mapping file: {"columns": {"tracking_id": "No. Tiket", ...}}.
    static Result<LaporMapping> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // Identifies a layout by its headers in order (a saved mapping is looked up by it).
    static QString fingerprint(const QStringList &headers);

    QString column(Field field) const { return m_columns.value(field); }
    void setColumn(Field field, const QString &header);
    // The required fields without a column among `headers`, by label; empty when the mapping can be used.
    QStringList missing(const QStringList &headers) const;

    bool operator==(const LaporMapping &other) const { return m_columns == other.m_columns; }

private:
    QHash<Field, QString> m_columns;
};

} // namespace rabeg
