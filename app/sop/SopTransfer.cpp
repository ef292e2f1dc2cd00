#include "SopTransfer.h"

#include "SopTemplateJson.h"
#include "json/JsonParser.h"
#include "refdata/CsvTable.h"
#include "refdata/ReferenceLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<QList<SopTemplate>> importSopCsv(const QByteArray &bytes, const QString &fileName, const ReferenceData &known)
{
    const auto table = CsvTable::parse(fileName, bytes);
    if (!table.ok())
        return table.error();
    // The reference loader already reads this format with messages naming line and column; an import is the
    // same file from somewhere else, checked against the store's OPDs and services.
    ReferenceData scratch = known;
    scratch.sopTemplates.clear();
    if (Status status = loadSopTemplates(table.value(), scratch))
        return *status;
    if (scratch.sopTemplates.isEmpty())
        return Error{u"sop_import_empty"_s, fileName + u": the file holds no template rows"_s};
    return scratch.sopTemplates;
}

QByteArray exportSopCsv(const QList<SopTemplate> &templates)
{
    QString out = u"opd,service,version,step,key,title,expected_days,role,critical\n"_s;
    for (const SopTemplate &t : templates) {
        for (qsizetype i = 0; i < t.steps.size(); ++i) {
            const SopStep &s = t.steps.at(i);
            const QStringList fields = {csvField(t.opd),          csvField(t.service), QString::number(t.version),
                                        QString::number(i + 1),   csvField(s.key),     csvField(s.title),
                                        QString::number(s.expectedDays), csvField(s.role),
                                        s.critical ? u"yes"_s : u"no"_s};
            out += fields.join(u',') + u'\n';
        }
    }
    return out.toUtf8();
}

Result<QList<SopTemplate>> importSopJson(const QByteArray &bytes, const ReferenceData &known)
{
    const auto parsed = json::parseStrict(bytes);
    if (!parsed.ok())
        return Error{u"malformed_json"_s, parsed.error().message};
    if (!parsed.value().isObject() || !parsed.value().toObject().value(u"templates"_s).isArray())
        return Error{u"invalid_field"_s, u"templates: expected {\"templates\": [...]}"_s};
    const QJsonObject root = parsed.value().toObject();
    if (root.size() != 1)
        return Error{u"invalid_field"_s, u"only \"templates\" may stand at the top of the file"_s};
    const QJsonArray array = root.value(u"templates"_s).toArray();
    QList<SopTemplate> templates;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        // Numbered from 1, like the rows of a spreadsheet and the steps of a template.
        const QString path = u"templates[%1]"_s.arg(i + 1);
        if (!array.at(i).isObject())
            return Error{u"invalid_field"_s, path + u": expected an object, got "_s + jsonTypeName(array.at(i).type())};
        auto sop = decodeSopTemplate(array.at(i).toObject(), path, DecodeMode::Strict, &known);
        if (!sop.ok())
            return sop.error();
        const QString key = sop->opd + u'/' + sop->service + u'/' + QString::number(sop->version);
        if (seen.contains(key))
            return Error{u"invalid_field"_s, path + u".version: "_s + sop->opd + u'/' + sop->service + u" version "_s
                                                 + QString::number(sop->version) + u" appears twice"_s};
        seen.insert(key);
        templates.append(sop.value());
    }
    if (templates.isEmpty())
        return Error{u"sop_import_empty"_s, u"templates: the file holds no template"_s};
    return templates;
}

QByteArray exportSopJson(const QList<SopTemplate> &templates)
{
    QJsonArray array;
    for (const SopTemplate &t : templates)
        array.append(encodeSopTemplate(t));
    // Indented: people read and edit these files.
    return QJsonDocument(QJsonObject{{u"templates"_s, array}}).toJson(QJsonDocument::Indented);
}

} // namespace rabeg
