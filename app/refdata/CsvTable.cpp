#include "CsvTable.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

Error csvError(const QString &file, int line, const QString &problem)
{
    return {u"invalid_data_file"_s, file + u':' + QString::number(line) + u": "_s + problem};
}

} // namespace

Result<CsvTable> CsvTable::parse(const QString &file, const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Name the line: a newline byte never occurs inside a UTF-8 sequence, so each line can be checked alone.
        int line = 1;
        for (const QByteArray &part : bytes.split('\n')) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = lineDecoder.decode(part);
            if (lineDecoder.hasError())
                break;
            ++line;
        }
        return csvError(file, line, u"the file is not valid UTF-8 text"_s);
    }

    CsvTable table;
    table.file = file;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n > 0 && text.at(0) == QChar(0xFEFF))
        i = 1; // a spreadsheet's byte order mark
    while (i < n) {
        // Comment and blank lines.
        if (text.at(i) == u'#' || text.at(i) == u'\n' || text.at(i) == u'\r') {
            while (i < n && text.at(i) != u'\n')
                ++i;
            ++i;
            ++line;
            continue;
        }
        CsvRow row;
        row.line = line;
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        bool done = false;
        while (!done) {
            if (i >= n) {
                if (quoted)
                    return csvError(file, row.line, u"a quoted field is not closed"_s);
                row.fields.append(field);
                done = true;
                break;
            }
            const QChar ch = text.at(i);
            if (quoted) {
                if (ch == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field.append(u'"');
                        i += 2;
                    } else {
                        quoted = false;
                        ++i;
                    }
                } else {
                    if (ch == u'\n')
                        ++line;
                    field.append(ch);
                    ++i;
                }
                continue;
            }
            if (ch == u'"') {
                if (!field.isEmpty() || wasQuoted)
                    return csvError(file, line, u"a quote in the middle of an unquoted field"_s);
                quoted = wasQuoted = true;
                ++i;
            } else if (ch == u',') {
                row.fields.append(field);
                field.clear();
                wasQuoted = false;
                ++i;
            } else if (ch == u'\r' || ch == u'\n') {
                row.fields.append(field);
                if (ch == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                    ++i;
                ++i;
                ++line;
                done = true;
            } else {
                if (wasQuoted)
                    return csvError(file, line, u"text after a closing quote"_s);
                field.append(ch);
                ++i;
            }
        }
        if (table.header.isEmpty()) {
            table.header = row.fields;
            table.headerLine = row.line;
            continue;
        }
        if (row.fields.size() != table.header.size()) {
            return csvError(file, row.line,
                            u"expected %1 columns (%2), found %3"_s.arg(table.header.size())
                                .arg(table.header.join(u','))
                                .arg(row.fields.size()));
        }
        table.rows.append(row);
    }
    if (table.header.isEmpty())
        return csvError(file, 1, u"the file has no header line"_s);
    return table;
}

Result<CsvTable> CsvTable::read(const QString &path)
{
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly))
        return Error{u"missing_data_file"_s, name + u": cannot be read ("_s + f.errorString() + u')'};
    return parse(name, f.readAll());
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace rabeg
