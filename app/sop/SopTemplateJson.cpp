#include "SopTemplateJson.h"

#include "SopCatalog.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr int kMaxStepTitle = 200;
constexpr int kMaxSteps = 100;

// Steps are numbered from 1 in paths, as people number them: "steps[3]" is step 3.
Status readSteps(FieldReader &parent, const QJsonObject &json, DecodeMode mode, QList<SopStep> &steps)
{
    parent.accept(u"steps"_s);
    const QJsonValue value = json.value(u"steps"_s);
    const QString stepsPath = parent.pathOf(u"steps"_s);
    if (!value.isArray())
        return Error{u"invalid_field"_s, stepsPath + u": expected an array of steps, got "_s + jsonTypeName(value.type())};
    const QJsonArray array = value.toArray();
    if (array.isEmpty() || array.size() > kMaxSteps)
        return Error{u"invalid_field"_s, stepsPath + u": a template has from 1 to %1 steps"_s.arg(kMaxSteps)};
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9_-]*$"_s);
    QSet<QString> keys;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString stepPath = stepsPath + u'[' + QString::number(i + 1) + u']';
        if (!array.at(i).isObject())
            return Error{u"invalid_field"_s, stepPath + u": expected an object, got "_s + jsonTypeName(array.at(i).type())};
        FieldReader reader(array.at(i).toObject(), stepPath, mode);
        SopStep step;
        step.number = int(i + 1);
        step.key = reader.string(u"key"_s, true, 64);
        if (!reader.failed() && !slug.match(step.key).hasMatch())
            reader.fail(u"key"_s, u"a key holds lower-case letters, digits, '-' and '_' (\"cek-siak\")"_s);
        if (!reader.failed() && keys.contains(step.key))
            reader.fail(u"key"_s, u"\""_s + step.key + u"\" appears twice in this template"_s);
        keys.insert(step.key);
        step.title = reader.string(u"title"_s, true, kMaxStepTitle).trimmed();
        step.expectedDays = int(reader.integer(u"expected_days"_s, true, 1, 365, 1));
        step.role = reader.string(u"role"_s, true, 64);
        if (!reader.failed() && !sopStepRoles().contains(step.role))
            reader.fail(u"role"_s, u"\""_s + step.role + u"\" is not one of "_s + sopStepRoles().join(u", "_s));
        step.critical = reader.boolean(u"critical"_s, true);
        if (Status status = reader.finish())
            return status;
        steps.append(step);
    }
    return std::nullopt;
}

} // namespace

const QStringList &sopStepRoles()
{
    static const QStringList roles = {u"liaison"_s, u"petugas_teknis"_s, u"kepala_bidang"_s, u"kepala_dinas"_s};
    return roles;
}

QJsonObject encodeSopTemplate(const SopTemplate &sop)
{
    QJsonArray steps;
    for (const SopStep &s : sop.steps)
        steps.append(QJsonObject{{u"key"_s, s.key},
                                 {u"title"_s, s.title},
                                 {u"expected_days"_s, s.expectedDays},
                                 {u"role"_s, s.role},
                                 {u"critical"_s, s.critical}});
    return {{u"opd"_s, sop.opd}, {u"service"_s, sop.service}, {u"version"_s, sop.version}, {u"steps"_s, steps}};
}

Result<SopTemplate> decodeSopTemplate(const QJsonObject &json, const QString &path, DecodeMode mode,
                                      const ReferenceLookup *known)
{
    FieldReader reader(json, path, mode);
    SopTemplate sop;
    sop.opd = reader.string(u"opd"_s, true, 64);
    sop.service = reader.string(u"service"_s, true, 64);
    sop.version = int(reader.integer(u"version"_s, true, 1, 10000, 1));
    if (reader.failed())
        return reader.error();
    static const QRegularExpression opdCode(u"^[A-Z0-9][A-Z0-9-]*$"_s);
    static const QRegularExpression serviceCode(u"^[a-z0-9][a-z0-9_-]*$"_s);
    const bool generic = sop.opd == QStringView(kSopAny) || sop.service == QStringView(kSopAny);
    if (!generic && !opdCode.match(sop.opd).hasMatch())
        reader.fail(u"opd"_s, u"\""_s + sop.opd + u"\" is not an OPD code (upper-case letters, digits and '-')"_s);
    else if (!generic && !serviceCode.match(sop.service).hasMatch())
        reader.fail(u"service"_s, u"\""_s + sop.service + u"\" is not a service code"_s);
    else if (generic && sop.opd != sop.service)
        reader.fail(u"service"_s, u"the generic template has \"*\" as both its OPD and its service"_s);
    else if (!generic && known && !known->hasOpd(sop.opd))
        reader.fail(u"opd"_s, u"unknown OPD \""_s + sop.opd + u"\""_s);
    else if (!generic && known && !known->hasService(sop.service))
        reader.fail(u"service"_s, u"unknown service \""_s + sop.service + u"\""_s);
    if (reader.failed())
        return reader.error();
    if (Status status = readSteps(reader, json, mode, sop.steps))
        return *status;
    if (Status status = reader.finish())
        return *status;
    return sop;
}

} // namespace rabeg
