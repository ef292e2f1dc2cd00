#include "DemoCorpus.h"

#include "refdata/RowReader.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

template <typename Each>
Status readRows(const QDir &dir, const QString &name, const QStringList &columns, Each each)
{
    const auto table = CsvTable::read(dir.filePath(name));
    if (!table.ok())
        return table.error();
    if (Status missing = requireColumns(table.value(), columns))
        return missing;
    for (const CsvRow &row : table->rows) {
        RowReader reader(table.value(), row);
        each(reader);
        if (reader.error())
            return reader.error();
    }
    return std::nullopt;
}

} // namespace

Result<DemoCorpus> DemoCorpus::load(const QString &directory)
{
    const QDir dir(directory);
    DemoCorpus corpus;
    Status status = readRows(dir, u"complaint_templates.csv"_s, {u"service"_s, u"title"_s, u"body"_s},
                             [&](RowReader &r) {
                                 const QString service = r.slug(u"service"_s);
                                 corpus.templates[service].append({r.text(u"title"_s), r.text(u"body"_s)});
                             });
    if (!status)
        status = readRows(dir, u"streets.csv"_s, {u"name"_s},
                          [&](RowReader &r) { corpus.streets.append(r.text(u"name"_s)); });
    if (!status)
        status = readRows(dir, u"places.csv"_s, {u"kind"_s, u"name"_s}, [&](RowReader &r) {
            const bool school = r.oneOf(u"kind"_s, {u"tempat"_s, u"sekolah"_s}) == u"sekolah"_s;
            (school ? corpus.schools : corpus.places).append(r.text(u"name"_s));
        });
    if (!status)
        status = readRows(dir, u"names.csv"_s, {u"kind"_s, u"name"_s}, [&](RowReader &r) {
            const bool first = r.oneOf(u"kind"_s, {u"first"_s, u"last"_s}) == u"first"_s;
            (first ? corpus.firstNames : corpus.lastNames).append(r.text(u"name"_s));
        });
    if (status)
        return *status;
    if (corpus.templates.isEmpty() || corpus.streets.isEmpty() || corpus.places.isEmpty()
        || corpus.schools.isEmpty() || corpus.firstNames.isEmpty() || corpus.lastNames.isEmpty())
        return Error{u"invalid_data_file"_s, u"the demo corpus in "_s + directory + u" has an empty list"_s};
    return corpus;
}

Result<DemoCorpus> DemoCorpus::loadBuiltin() { return load(u":/demo"_s); }

} // namespace rabeg
