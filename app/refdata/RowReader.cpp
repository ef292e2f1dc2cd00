#include "RowReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// An import file's problems are read by the person who made the file (an OPD's SOP sheet in the template editor):
// in the workstation's language. The hub installs no translator, so its logs stay in English.
class RowText
{
    Q_DECLARE_TR_FUNCTIONS(RowText)
};

} // namespace

Error rowError(const CsvTable &table, int line, const QString &problem)
{
    return {u"invalid_data_file"_s, table.file + u':' + QString::number(line) + u": "_s + problem};
}

Status requireColumns(const CsvTable &table, const QStringList &columns)
{
    for (const QString &column : columns) {
        if (!table.header.contains(column))
            return rowError(table, table.headerLine, RowText::tr("the header lacks the column '%1'").arg(column));
    }
    return std::nullopt;
}

RowReader::RowReader(const CsvTable &table, const CsvRow &row) : m_table(table), m_row(row) {}

void RowReader::fail(const QString &column, const QString &problem)
{
    if (!m_error)
        m_error = rowError(m_table, m_row.line, RowText::tr("column '%1': %2").arg(column, problem));
}

QString RowReader::text(const QString &column, bool required)
{
    const qsizetype index = m_table.header.indexOf(column);
    const QString value = index < 0 ? QString() : m_row.fields.at(index).trimmed();
    if (required && value.isEmpty())
        fail(column, RowText::tr("must not be empty"));
    return value;
}

QString RowReader::code(const QString &column, bool required)
{
    static const QRegularExpression pattern(u"^[A-Z0-9][A-Z0-9-]*$"_s);
    const QString value = text(column, required);
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        fail(column, RowText::tr("\"%1\" is not a code (upper-case letters, digits and '-')").arg(value));
    return value;
}

QString RowReader::slug(const QString &column, bool required)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9_-]*$"_s);
    const QString value = text(column, required);
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        fail(column, RowText::tr("\"%1\" is not a code (lower-case letters, digits, '-' and '_')").arg(value));
    return value;
}

bool RowReader::yesNo(const QString &column)
{
    const QString value = text(column);
    if (value == u"yes"_s)
        return true;
    if (value != u"no"_s && !value.isEmpty())
        fail(column, RowText::tr("expected yes or no, found \"%1\"").arg(value));
    return false;
}

int RowReader::integer(const QString &column, int min, int max)
{
    const QString value = text(column);
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!value.isEmpty() && (!ok || number < min || number > max)) {
        fail(column, RowText::tr("expected a whole number from %1 to %2, found \"%3\"").arg(min).arg(max).arg(value));
        return min;
    }
    return number;
}

QDate RowReader::date(const QString &column)
{
    const QString value = text(column);
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!value.isEmpty() && (!date.isValid() || value.size() != 10))
        fail(column, RowText::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(value));
    return date;
}

QString RowReader::oneOf(const QString &column, const QStringList &allowed)
{
    const QString value = text(column);
    if (!value.isEmpty() && !allowed.contains(value))
        fail(column, RowText::tr("\"%1\" is not one of %2").arg(value, allowed.join(u", "_s)));
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
