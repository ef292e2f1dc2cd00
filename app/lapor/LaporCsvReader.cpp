#include "LaporCsvReader.h"

#include <QCoreApplication>

namespace rabeg {
namespace {

class LaporCsvText
{
    Q_DECLARE_TR_FUNCTIONS(LaporCsv)
};

} // namespace

LaporCsvReader::LaporCsvReader(QByteArray bytes) : m_bytes(std::move(bytes))
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_pos = 3; // a spreadsheet's byte order mark
}

void LaporCsvReader::restartAfter(qsizetype recordStart, int line)
{
    m_pos = recordStart;
    while (m_pos < m_bytes.size() && m_bytes.at(m_pos) != '\n')
        ++m_pos;
    if (m_pos < m_bytes.size())
        ++m_pos;
    m_line = line + 1;
}

LaporCsvRecord LaporCsvReader::next()
{
    const qsizetype n = m_bytes.size();
    // Blank lines: rows of their own in a spreadsheet, records of nothing here.
    while (m_pos < n && (m_bytes.at(m_pos) == '\n' || m_bytes.at(m_pos) == '\r')) {
        if (m_bytes.at(m_pos) == '\n') {
            ++m_line;
            ++m_row;
        }
        ++m_pos;
    }
    LaporCsvRecord record;
    record.row = ++m_row;
    record.line = m_line;
    const qsizetype start = m_pos;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    const auto broken = [&](const QString &why) {
        record.fields.clear();
        record.error = why;
        restartAfter(start, record.line);
        return record;
    };
    while (true) {
        if (m_pos >= n) {
            if (quoted)
                return broken(LaporCsvText::tr("a quoted field is not closed"));
            record.fields.append(field);
            return record;
        }
        const char ch = m_bytes.at(m_pos);
        if (quoted) {
            if (ch == '"') {
                if (m_pos + 1 < n && m_bytes.at(m_pos + 1) == '"') {
                    field.append('"');
                    m_pos += 2;
                } else {
                    quoted = false;
                    ++m_pos;
                }
            } else {
                if (ch == '\n')
                    ++m_line;
                field.append(ch);
                ++m_pos;
            }
            continue;
        }
        if (ch == '"') {
            if (!field.isEmpty() || wasQuoted)
                return broken(LaporCsvText::tr("a quote in the middle of an unquoted field"));
            quoted = wasQuoted = true;
            ++m_pos;
        } else if (ch == ',') {
            record.fields.append(field);
            field.clear();
            wasQuoted = false;
            ++m_pos;
        } else if (ch == '\r' || ch == '\n') {
            record.fields.append(field);
            if (ch == '\r' && m_pos + 1 < n && m_bytes.at(m_pos + 1) == '\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            return record;
        } else {
            if (wasQuoted)
                return broken(LaporCsvText::tr("text after a closing quote"));
            field.append(ch);
            ++m_pos;
        }
    }
}

} // namespace rabeg
