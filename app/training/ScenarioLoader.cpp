#include "ScenarioLoader.h"

#include "codec/FieldReader.h"
#include "domain/Reasons.h"
#include "json/JsonParser.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr int kMaxMinutes = 60 * 24 * 366; // a scenario spans at most a year of hub time

Error invalidAt(const QString &path, const QString &problem)
{
    return {u"invalid_field"_s, path + u": "_s + problem};
}

// One array field of an object, element by element, each read strictly with its own path ("complaints[3]");
// the first problem, with the full path inside the file.
template <typename Each>
Status forEachObject(FieldReader &reader, const QJsonObject &object, const QString &key, bool required, Each each)
{
    reader.accept(key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return required ? Status(invalidAt(reader.pathOf(key), u"missing required field"_s)) : std::nullopt;
    if (!value.isArray())
        return invalidAt(reader.pathOf(key), u"expected an array, got "_s + jsonTypeName(value.type()));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"%1[%2]"_s.arg(reader.pathOf(key)).arg(i);
        if (!array.at(i).isObject())
            return invalidAt(path, u"expected an object, got "_s + jsonTypeName(array.at(i).type()));
        FieldReader element(array.at(i).toObject(), path, DecodeMode::Strict);
        Status inner = each(element, array.at(i).toObject());
        if (inner)
            return inner;
        if (Status status = element.finish())
            return status;
    }
    return std::nullopt;
}

bool validUsername(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

OpdBehaviour readBehaviour(FieldReader &reader, const ReferenceData &reference, bool onComplaint)
{
    OpdBehaviour behaviour;
    const QString action = reader.string(u"action"_s, true, 32);
    if (action == u"acknowledge"_s)
        behaviour.action = OpdBehaviour::Action::Acknowledge;
    else if (action == u"return"_s)
        behaviour.action = OpdBehaviour::Action::Return;
    else if (action == u"silent"_s)
        behaviour.action = OpdBehaviour::Action::Silent;
    else if (!reader.failed())
        reader.fail(u"action"_s, u"unknown action \"%1\" (acknowledge, return or silent)"_s.arg(action));
    const bool silent = behaviour.action == OpdBehaviour::Action::Silent;
    behaviour.afterMinutes = int(reader.integer(u"after_minutes"_s, !silent && !reader.failed(), 0, kMaxMinutes));
    if (behaviour.action == OpdBehaviour::Action::Return) {
        behaviour.returnReason = reader.code(u"reason"_s, true);
        if (!behaviour.returnReason.isEmpty() && !isKnownReason(ReasonList::Return, behaviour.returnReason))
            reader.fail(u"reason"_s, u"unknown return reason \"%1\""_s.arg(behaviour.returnReason));
    }
    if (reader.has(u"respond_after_minutes"_s) && behaviour.action != OpdBehaviour::Action::Acknowledge)
        reader.fail(u"respond_after_minutes"_s, u"only an OPD that acknowledges goes on to respond"_s);
    if (reader.has(u"respond_after_minutes"_s)) {
        behaviour.respondAfterMinutes = int(reader.integer(u"respond_after_minutes"_s, true, 0, kMaxMinutes));
        behaviour.response = reader.string(u"response"_s, true, 4000);
    } else if (reader.has(u"response"_s)) {
        reader.fail(u"response"_s, u"a response needs respond_after_minutes"_s);
    }
    behaviour.note = reader.string(u"note"_s, false, 2000);
    if (onComplaint) {
        behaviour.opd = reader.code(u"opd"_s, false);
        if (!behaviour.opd.isEmpty() && !reference.hasOpd(behaviour.opd))
            reader.fail(u"opd"_s, u"unknown OPD \"%1\""_s.arg(behaviour.opd));
    }
    return behaviour;
}

void readExpected(FieldReader &reader, ExpectedHandling &expected, const ReferenceData &reference)
{
    const QString decision = reader.string(u"decision"_s, true, 32);
    if (const auto d = expectedDecisionFrom(decision))
        expected.decision = *d;
    else if (!reader.failed())
        reader.fail(u"decision"_s,
                    u"unknown decision \"%1\" (dispatch, reject, not_our_authority, duplicate or "
                    u"defer)"_s.arg(decision));
    const ExpectedDecision d = expected.decision;
    expected.reason = reader.code(u"reason"_s, false);
    expected.opd = reader.code(u"opd"_s, d == ExpectedDecision::Dispatch);
    expected.agency = reader.code(u"agency"_s, d == ExpectedDecision::NotOurAuthority);
    expected.duplicateOf = reader.string(u"duplicate_of"_s, d == ExpectedDecision::Duplicate, 64);
    expected.withinMinutes = int(reader.integer(u"within_minutes"_s, true, 1, kMaxMinutes));
    if (reader.failed())
        return;
    if (!expected.opd.isEmpty() && !reference.hasOpd(expected.opd))
        reader.fail(u"opd"_s, u"unknown OPD \"%1\""_s.arg(expected.opd));
    else if (!expected.agency.isEmpty() && !reference.hasAgency(expected.agency))
        reader.fail(u"agency"_s, u"unknown agency \"%1\""_s.arg(expected.agency));
    else if (!expected.reason.isEmpty() && d != ExpectedDecision::Reject && d != ExpectedDecision::Defer)
        reader.fail(u"reason"_s, u"only a reject or a defer has a reason"_s);
    else if (!expected.reason.isEmpty()
             && !isKnownReason(d == ExpectedDecision::Reject ? ReasonList::Reject : ReasonList::Defer, expected.reason))
        reader.fail(u"reason"_s, u"unknown %1 reason \"%2\""_s.arg(toCode(d), expected.reason));
    else if (!expected.opd.isEmpty() && d != ExpectedDecision::Dispatch)
        reader.fail(u"opd"_s, u"only a dispatch names an OPD"_s);
    else if (!expected.agency.isEmpty() && d != ExpectedDecision::NotOurAuthority)
        reader.fail(u"agency"_s, u"only not_our_authority names an agency"_s);
}

Status readComplaint(FieldReader &reader, ScenarioComplaint &c, const ReferenceData &reference)
{
    c.key = reader.code(u"key"_s, true);
    c.arrivesAfterMinutes = int(reader.integer(u"arrives_after_minutes"_s, true, 0, kMaxMinutes));
    c.channel = reader.enumeration<Channel>(u"channel"_s, false, Channel::Lapor, u"channel"_s);
    c.title = reader.string(u"title"_s, true, 200);
    c.body = reader.string(u"body"_s, true, 4000);
    c.category = reader.code(u"category"_s, false);
    c.service = reader.code(u"service"_s, false);
    c.kecamatan = reader.code(u"kecamatan"_s, false);
    c.kelurahan = reader.code(u"kelurahan"_s, false);
    c.address = reader.string(u"address"_s, false, 300);
    c.anonim = reader.boolean(u"anonim"_s, false);
    if (reader.failed())
        return std::nullopt;
    if (!c.category.isEmpty() && !reference.hasCategory(c.category))
        return invalidAt(reader.pathOf(u"category"_s), u"unknown category \"%1\""_s.arg(c.category));
    if (!c.service.isEmpty() && !reference.hasService(c.service))
        return invalidAt(reader.pathOf(u"service"_s), u"unknown service \"%1\""_s.arg(c.service));
    if (!c.kecamatan.isEmpty() && !reference.hasKecamatan(c.kecamatan))
        return invalidAt(reader.pathOf(u"kecamatan"_s), u"unknown kecamatan \"%1\""_s.arg(c.kecamatan));
    if (!c.kelurahan.isEmpty()) {
        const Kelurahan *k = reference.kelurahanByCode(c.kelurahan);
        if (!k)
            return invalidAt(reader.pathOf(u"kelurahan"_s), u"unknown kelurahan \"%1\""_s.arg(c.kelurahan));
        if (k->kecamatan != c.kecamatan)
            return invalidAt(reader.pathOf(u"kelurahan"_s),
                             u"\"%1\" lies in kecamatan %2, not \"%3\""_s.arg(c.kelurahan, k->kecamatan, c.kecamatan));
    }
    const QJsonObject expected = reader.object(u"expected"_s, true);
    if (reader.failed())
        return std::nullopt;
    FieldReader expectedReader(expected, reader.pathOf(u"expected"_s), DecodeMode::Strict);
    readExpected(expectedReader, c.expected, reference);
    if (Status status = expectedReader.finish())
        return status;
    const QJsonObject behaviour = reader.object(u"opd_behaviour"_s, false);
    if (!reader.failed() && reader.has(u"opd_behaviour"_s)) {
        FieldReader behaviourReader(behaviour, reader.pathOf(u"opd_behaviour"_s), DecodeMode::Strict);
        c.opdBehaviour = readBehaviour(behaviourReader, reference, true);
        return behaviourReader.finish();
    }
    return std::nullopt;
}

Status readRoster(const QJsonObject &rosterJson, const QString &path, const ReferenceData &reference,
                  TrainingScenario &s)
{
    FieldReader roster(rosterJson, path, DecodeMode::Strict);
    QSet<QString> usernames;
    const auto readPerson = [&usernames](FieldReader &e, QList<TraineeEntry> &into) -> Status {
        TraineeEntry t {e.string(u"username"_s, true, 64), e.string(u"name"_s, true, 200),
                        e.string(u"password"_s, false, 200)};
        if (e.failed())
            return std::nullopt;
        if (!validUsername(t.username))
            return invalidAt(e.pathOf(u"username"_s),
                             u"not a user name: lower-case letters, digits, '.', '_' and '-'"_s);
        if (usernames.contains(t.username))
            return invalidAt(e.pathOf(u"username"_s), u"user name \"%1\" appears twice"_s.arg(t.username));
        if (!t.password.isEmpty() && t.password.size() < 10)
            return invalidAt(e.pathOf(u"password"_s), u"a password has at least 10 characters"_s);
        usernames.insert(t.username);
        into.append(t);
        return std::nullopt;
    };
    Status rosterStatus = forEachObject(roster, rosterJson, u"trainers"_s, false,
                                        [&](FieldReader &e, const QJsonObject &) { return readPerson(e, s.trainers); });
    if (!rosterStatus)
        rosterStatus = forEachObject(roster, rosterJson, u"trainees"_s, true,
                                     [&](FieldReader &e, const QJsonObject &) { return readPerson(e, s.trainees); });
    if (rosterStatus)
        return rosterStatus;
    QSet<QString> opdCodes;
    rosterStatus
        = forEachObject(roster, rosterJson, u"opds"_s, false, [&](FieldReader &e, const QJsonObject &object) -> Status {
              ScenarioOpd o;
              o.code = e.code(u"code"_s, true);
              const QString by = e.string(u"played_by"_s, true, 16);
              if (e.failed())
                  return std::nullopt;
              if (!reference.hasOpd(o.code))
                  return invalidAt(e.pathOf(u"code"_s), u"unknown OPD \"%1\""_s.arg(o.code));
              if (opdCodes.contains(o.code))
                  return invalidAt(e.pathOf(u"code"_s), u"OPD \"%1\" appears twice"_s.arg(o.code));
              if (by != u"trainer"_s && by != u"bot"_s)
                  return invalidAt(e.pathOf(u"played_by"_s), u"either \"trainer\" or \"bot\", not \"%1\""_s.arg(by));
              o.playedByTrainer = by == u"trainer"_s;
              const QJsonObject behaviour = e.object(u"behaviour"_s, !o.playedByTrainer);
              if (e.failed())
                  return std::nullopt;
              if (o.playedByTrainer && object.contains(u"behaviour"_s))
                  return invalidAt(e.pathOf(u"behaviour"_s), u"an OPD the trainer plays has no scripted behaviour"_s);
              if (!o.playedByTrainer) {
                  FieldReader b(behaviour, e.pathOf(u"behaviour"_s), DecodeMode::Strict);
                  o.behaviour = readBehaviour(b, reference, false);
                  if (Status status = b.finish())
                      return status;
              }
              opdCodes.insert(o.code);
              s.opds.append(o);
              return std::nullopt;
          });
    if (rosterStatus)
        return rosterStatus;
    if (Status status = roster.finish())
        return status;
    return std::nullopt;
}

} // namespace

ReferenceData ScenarioLoader::withOverrides(const ReferenceData &reference, const TrainingScenario &scenario)
{
    ReferenceData out = reference;
    for (const ReferenceOverride &o : scenario.reference) {
        if (o.agency) {
            auto it = std::find_if(out.agencies.begin(), out.agencies.end(),
                                   [&o](const Agency &a) { return a.code == o.code; });
            if (it != out.agencies.end())
                it->name = o.name;
            else
                out.agencies.append({o.code, o.name, QString()});
        } else {
            auto it = std::find_if(out.opds.begin(), out.opds.end(), [&o](const Opd &x) { return x.code == o.code; });
            if (it != out.opds.end())
                it->name = o.name;
            else
                out.opds.append({o.code, o.name, false, false});
        }
    }
    out.index();
    return out;
}

Result<TrainingScenario> ScenarioLoader::load(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"scenario_unreadable"_s, u"%1: cannot read the scenario: %2"_s.arg(path, file.errorString())};
    auto scenario = parse(file.readAll());
    if (!scenario.ok())
        return Error {scenario.error().code, path + u": "_s + scenario.error().message};
    return scenario;
}

Result<TrainingScenario> ScenarioLoader::parseRoster(const QByteArray &bytes) const
{
    const auto parsed = json::parseStrict(bytes);
    if (!parsed.ok())
        return Error {u"malformed_json"_s,
                      u"line %1, column %2: %3"_s.arg(parsed.error().line)
                          .arg(parsed.error().column)
                          .arg(parsed.error().message)};
    QJsonObject root = parsed.value().toObject();
    // A scenario file holds its roster; a roster file is the roster alone.
    if (root.contains(u"complaints"_s)) {
        auto scenario = parse(bytes);
        return scenario;
    }
    TrainingScenario s;
    if (Status status = readRoster(root, QString(), m_reference, s))
        return *status;
    if (s.trainees.isEmpty())
        return Error {u"invalid_field"_s, u"trainees: a class needs at least one trainee"_s};
    return s;
}

Result<TrainingScenario> ScenarioLoader::parse(const QByteArray &bytes) const
{
    json::ParseLimits limits;
    limits.maxBytes = 8 * 1024 * 1024;
    const auto parsed = json::parseStrict(bytes, limits);
    if (!parsed.ok())
        return Error {u"malformed_json"_s,
                      u"line %1, column %2: %3"_s.arg(parsed.error().line)
                          .arg(parsed.error().column)
                          .arg(parsed.error().message)};
    if (!parsed.value().isObject())
        return Error {u"invalid_field"_s, u"a scenario is a JSON object"_s};
    const QJsonObject root = parsed.value().toObject();
    FieldReader reader(root, QString(), DecodeMode::Strict);
    TrainingScenario s;
    const qint64 format = reader.integer(u"format"_s, true, 1, 1000);
    if (!reader.failed() && format != kFormat)
        reader.fail(u"format"_s, u"this hub reads scenario format %1, not %2"_s.arg(kFormat).arg(format));
    s.id = reader.code(u"id"_s, true);
    s.title = reader.string(u"title"_s, true, 200);
    s.description = reader.string(u"description"_s, false, 4000);
    s.start = reader.time(u"start"_s, true);

    // Overrides first: the rest of the file is checked against the reference data they make.
    const QJsonObject referenceJson = reader.object(u"reference"_s, false);
    if (!reader.failed() && reader.has(u"reference"_s)) {
        FieldReader ref(referenceJson, u"reference"_s, DecodeMode::Strict);
        for (const bool agency : {false, true}) {
            if (Status status = forEachObject(
                    ref, referenceJson, agency ? u"agencies"_s : u"opds"_s, false,
                    [&s, agency](FieldReader &e, const QJsonObject &) -> Status {
                        s.reference.append({e.code(u"code"_s, true), e.string(u"name"_s, true, 200), agency});
                        return std::nullopt;
                    }))
                return *status;
        }
        if (Status status = ref.finish())
            return *status;
    }
    if (reader.failed())
        return reader.error();
    const ReferenceData reference = withOverrides(m_reference, s);

    const QJsonObject rosterJson = reader.object(u"roster"_s, true);
    if (reader.failed())
        return reader.error();
    if (Status status = readRoster(rosterJson, u"roster"_s, reference, s))
        return *status;
    if (s.trainees.isEmpty())
        return Error {u"invalid_field"_s, u"roster.trainees: a class needs at least one trainee"_s};

    QSet<QString> keys;
    const Status complaintsStatus
        = forEachObject(reader, root, u"complaints"_s, true, [&](FieldReader &e, const QJsonObject &) -> Status {
              ScenarioComplaint c;
              if (Status status = readComplaint(e, c, reference))
                  return status;
              if (e.failed())
                  return std::nullopt;
              if (keys.contains(c.key))
                  return invalidAt(e.pathOf(u"key"_s), u"key \"%1\" appears twice"_s.arg(c.key));
              keys.insert(c.key);
              s.complaints.append(c);
              return std::nullopt;
          });
    if (complaintsStatus)
        return *complaintsStatus;
    if (Status status = reader.finish())
        return *status;
    if (s.complaints.isEmpty())
        return Error {u"invalid_field"_s, u"complaints: a scenario needs at least one complaint"_s};
    // A duplicate names a complaint of the scenario that has arrived by then.
    for (qsizetype i = 0; i < s.complaints.size(); ++i) {
        const ScenarioComplaint &c = s.complaints.at(i);
        if (c.expected.decision != ExpectedDecision::Duplicate)
            continue;
        const ScenarioComplaint *original = s.complaint(c.expected.duplicateOf);
        const QString path = u"complaints[%1].expected.duplicate_of"_s.arg(i);
        if (!original || original == &c)
            return Error {u"invalid_field"_s,
                          u"%1: no other complaint has the key \"%2\""_s.arg(path, c.expected.duplicateOf)};
        if (original->arrivesAfterMinutes > c.arrivesAfterMinutes)
            return Error {u"invalid_field"_s,
                          u"%1: \"%2\" arrives later than this complaint"_s.arg(path, original->key)};
    }
    std::stable_sort(s.complaints.begin(), s.complaints.end(),
                     [](const ScenarioComplaint &a, const ScenarioComplaint &b) {
                         return a.arrivesAfterMinutes < b.arrivesAfterMinutes;
                     });
    return s;
}

} // namespace rabeg
