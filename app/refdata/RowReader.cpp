#include "RowReader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rabeg {

Error rowError(const CsvTable &table, int line, const QString &problem)
{
    return {u"invalid_data_file"_s, table.file + u':' + QString::number(line) + u": "_s + problem};
}

Status requireColumns(const CsvTable &table, const QStringList &columns)
{
    for (const QString &column : columns) {
        if (!table.header.contains(column))
            return rowError(table, table.headerLine, u"the header lacks the column '"_s + column + u"'"_s);
    }
    return std::nullopt;
}

RowReader::RowReader(const CsvTable &table, const CsvRow &row) : m_table(table), m_row(row) {}

void RowReader::fail(const QString &column, const QString &problem)
{
    if (!m_error)
        m_error = rowError(m_table, m_row.line, u"column '"_s + column + u"': "_s + problem);
}

QString RowReader::text(const QString &column, bool required)
{
    const qsizetype index = m_table.header.indexOf(column);
    const QString value = index < 0 ? QString() : m_row.fields.at(index).trimmed();
    if (required && value.isEmpty())
        fail(column, u"must not be empty"_s);
    return value;
}

QString RowReader::code(const QString &column, bool required)
{
    static const QRegularExpression pattern(u"^[A-Z0-9][A-Z0-9-]*$"_s);
    const QString value = text(column, required);
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        fail(column, u"\""_s + value + u"\" is not a code (upper-case letters, digits and '-')"_s);
    return value;
}

QString RowReader::slug(const QString &column, bool required)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9_-]*$"_s);
    const QString value = text(column, required);
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        fail(column, u"\""_s + value + u"\" is not a code (lower-case letters, digits, '-' and '_')"_s);
    return value;
}

bool RowReader::yesNo(const QString &column)
{
    const QString value = text(column);
    if (value == u"yes"_s)
        return true;
    if (value != u"no"_s && !value.isEmpty())
        fail(column, u"expected yes or no, found \""_s + value + u"\""_s);
    return false;
}

int RowReader::integer(const QString &column, int min, int max)
{
    const QString value = text(column);
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!value.isEmpty() && (!ok || number < min || number > max)) {
        fail(column, u"expected a whole number from %1 to %2, found \"%3\""_s.arg(min).arg(max).arg(value));
        return min;
    }
    return number;
}

QDate RowReader::date(const QString &column)
{
    const QString value = text(column);
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!value.isEmpty() && (!date.isValid() || value.size() != 10))
        fail(column, u"\""_s + value + u"\" is not a date (YYYY-MM-DD)"_s);
    return date;
}

QString RowReader::oneOf(const QString &column, const QStringList &allowed)
{
    const QString value = text(column);
    if (!value.isEmpty() && !allowed.contains(value))
        fail(column, u"\""_s + value + u"\" is not one of "_s + allowed.join(u", "_s));
    return value;
}

QStringList RowReader::list(const QString &column)
{
    QStringList items;
    for (const QString &item : text(column, false).split(u';', Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

} // namespace rabeg
