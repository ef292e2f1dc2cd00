#pragma once

#include "CsvTable.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace rabeg {

// Reads the named columns of one CSV row and keeps the first problem as "file:line: column 'x': problem".
class RowReader
{
public:
    RowReader(const CsvTable &table, const CsvRow &row);

    QString text(const QString &column, bool required = true);
    QString code(const QString &column, bool required = true);    // upper case: OPD, agency, kecamatan codes
    QString slug(const QString &column, bool required = true);    // lower case: services, categories, keys
    bool yesNo(const QString &column);
    int integer(const QString &column, int min, int max);
    QDate date(const QString &column);
    QString oneOf(const QString &column, const QStringList &allowed);
    QStringList list(const QString &column); // ';'-separated, empty entries dropped

    void fail(const QString &column, const QString &problem);
    const std::optional<Error> &error() const { return m_error; }
    int line() const { return m_row.line; }

private:
    const CsvTable &m_table;
    const CsvRow &m_row;
    std::optional<Error> m_error;
};

// Checks that the header holds every column the loader reads.
Status requireColumns(const CsvTable &table, const QStringList &columns);
Error rowError(const CsvTable &table, int line, const QString &problem);

} // namespace rabeg
