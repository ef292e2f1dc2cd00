#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rabeg {

// One record of a CSV file, as raw bytes per field, or what is wrong with it.
struct LaporCsvRecord
{
    int row = 0; // as a spreadsheet numbers rows: the header is row 1
    int line = 0; // the file's line where the record starts
    QList<QByteArray> fields;
    QString error; // non-empty: the record's quoting is broken (its fields are not usable)
};

// Reads a CSV export record by record (RFC 4180: comma, double quotes, "" inside quotes, line breaks inside quoted
// fields) and, unlike CsvTable, never gives up on the file: a record with broken quoting is reported and reading
// starts again on the line after the one where that record began, so one bad row costs that row only. Fields stay
// bytes: the caller decodes them and names the column that is not UTF-8.
class LaporCsvReader
{
public:
    explicit LaporCsvReader(QByteArray bytes);

    bool atEnd() const { return m_pos >= m_bytes.size(); }
    // The next record; blank lines are skipped but counted as rows (as a spreadsheet shows them).
    LaporCsvRecord next();

private:
    // Moves to the start of the line after `line` (1-based), counting from the record's start.
    void restartAfter(qsizetype recordStart, int line);

    QByteArray m_bytes;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_row = 0;
};

} // namespace rabeg
