#pragma once

#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace rabeg {

struct CsvRow
{
    int line = 0; // 1-based line in the file where the record starts
    QStringList fields;
};

// A CSV file as spreadsheets write it (RFC 4180: comma, double quotes, "" inside quotes), plus `#` comment
// lines. The first record is the header. Errors name the file and the line: "services.csv:12: ...".
struct CsvTable
{
    QString file; // the name used in messages
    QStringList header;
    int headerLine = 1; // comment lines may come before the header
    QList<CsvRow> rows;

    static Result<CsvTable> parse(const QString &file, const QByteArray &bytes);
    static Result<CsvTable> read(const QString &path); // reads a file (or a Qt resource) and parses it
};

// Writes one CSV field, quoted when needed.
QString csvField(const QString &value);

} // namespace rabeg
