#include <catch2/catch.hpp>

#include "refdata/ReferenceLoader.h"
#include "training/ScenarioLoader.h"
#include "training/TrainingIds.h"
#include "training/TrainingScoring.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

const ReferenceData &city()
{
    static const ReferenceData reference = loadBuiltinReferenceData().value();
    return reference;
}

QJsonObject classOfThree()
{
    QFile file(QStringLiteral(RABEG_TRAINING_DATA "/class-of-three.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString problemWith(const QJsonObject &scenario)
{
    const auto parsed = ScenarioLoader(city()).parse(QJsonDocument(scenario).toJson());
    return parsed.ok() ? QString() : parsed.error().message;
}

// Sets one field of complaints[index] (or of its "expected" when `inExpected`).
QJsonObject withComplaintField(QJsonObject scenario, int index, const QString &key, const QJsonValue &value,
                               bool inExpected)
{
    QJsonArray complaints = scenario.value(u"complaints"_s).toArray();
    QJsonObject complaint = complaints.at(index).toObject();
    if (inExpected) {
        QJsonObject expected = complaint.value(u"expected"_s).toObject();
        expected.insert(key, value);
        complaint.insert(u"expected"_s, expected);
    } else {
        complaint.insert(key, value);
    }
    complaints.replace(index, complaint);
    scenario.insert(u"complaints"_s, complaints);
    return scenario;
}

} // namespace

TEST_CASE("the test scenario and every shipped scenario load without a problem")
{
    CHECK(problemWith(classOfThree()).isEmpty());
    const QDir shipped(QStringLiteral(RABEG_SOURCE_DIR "/resources/training"));
    const QStringList files = shipped.entryList({u"*.json"_s}, QDir::Files);
    CHECK(files.size() >= 2);
    for (const QString &name : files) {
        CAPTURE(name);
        const auto scenario = ScenarioLoader(city()).load(shipped.filePath(name));
        INFO((scenario.ok() ? QString() : scenario.error().message).toStdString());
        REQUIRE(scenario.ok());
        CHECK(scenario->trainees.size() >= 1);
        CHECK(scenario->complaints.size() >= 5);
    }
}

TEST_CASE("a problem in a scenario file is named with its path inside the file")
{
    const QJsonObject good = classOfThree();
    CHECK(problemWith(withComplaintField(good, 0, u"opd"_s, u"DINKESS"_s, true))
          == u"complaints[0].expected.opd: unknown OPD \"DINKESS\""_s);
    CHECK(problemWith(withComplaintField(good, 3, u"duplicate_of"_s, u"c9"_s, true))
          == u"complaints[3].expected.duplicate_of: no other complaint has the key \"c9\""_s);
    CHECK(problemWith(withComplaintField(good, 2, u"reason"_s, u"boring"_s, true))
          == u"complaints[2].expected.reason: unknown reject reason \"boring\""_s);
    CHECK(problemWith(withComplaintField(good, 1, u"agency"_s, u"POLDA"_s, true))
          == u"complaints[1].expected.agency: unknown agency \"POLDA\""_s);
    CHECK(problemWith(withComplaintField(good, 0, u"kelurahan"_s, u"KASEMEN-BANTEN"_s, false))
          == u"complaints[0].kelurahan: \"KASEMEN-BANTEN\" lies in kecamatan KASEMEN, not \"SERANG\""_s);
    CHECK(problemWith(withComplaintField(good, 4, u"arrives_after_minutes"_s, -5, false))
              .startsWith(u"complaints[4].arrives_after_minutes: "_s));
    CHECK(
        problemWith(withComplaintField(good, 0, u"colour"_s, u"red"_s, false)).startsWith(u"complaints[0].colour: "_s));

    QJsonObject badOpd = good;
    QJsonObject roster = badOpd.value(u"roster"_s).toObject();
    QJsonArray opds = roster.value(u"opds"_s).toArray();
    opds.append(QJsonObject {{u"code"_s, u"DINSOS"_s},
                             {u"played_by"_s, u"bot"_s},
                             {u"behaviour"_s, QJsonObject {{u"action"_s, u"return"_s}, {u"after_minutes"_s, 10}}}});
    roster.insert(u"opds"_s, opds);
    badOpd.insert(u"roster"_s, roster);
    CHECK(problemWith(badOpd) == u"roster.opds[3].behaviour.reason: missing required field"_s);

    CHECK(ScenarioLoader(city()).parse("{\"format\": 1,\n \"id\": }").error().message.startsWith(u"line 2, "_s));
}

TEST_CASE("an OPD added by the scenario's reference overrides can be named by its complaints")
{
    QJsonObject scenario = withComplaintField(classOfThree(), 0, u"opd"_s, u"UPTD-PASAR"_s, true);
    CHECK(problemWith(scenario) == u"complaints[0].expected.opd: unknown OPD \"UPTD-PASAR\""_s);
    scenario.insert(
        u"reference"_s,
        QJsonObject {
            {u"opds"_s, QJsonArray {QJsonObject {{u"code"_s, u"UPTD-PASAR"_s}, {u"name"_s, u"UPTD Pasar Rau"_s}}}}});
    CHECK(problemWith(scenario).isEmpty());
}

TEST_CASE("a roster file alone gives the accounts of a class")
{
    const auto roster = ScenarioLoader(city()).parseRoster(
        R"({"trainers": [{"username": "pelatih", "name": "Pelatih"}],
            "trainees": [{"username": "ani", "name": "Ani"}, {"username": "ani", "name": "Ani lagi"}]})");
    REQUIRE_FALSE(roster.ok());
    CHECK(roster.error().message == u"trainees[1].username: user name \"ani\" appears twice"_s);
}

namespace {

// An event of a class's history, acted by `user` as an operator.
Event event(EventType type, const QDateTime &at, const QString &user, const QJsonObject &payload)
{
    Event e;
    e.type = type;
    e.at = at;
    e.actor = {user, Role::Operator, QString()};
    e.payload = payload;
    return e;
}

} // namespace

TEST_CASE("a trainee's score counts only their own acts, from the hub's timestamps")
{
    const TrainingScenario scenario = ScenarioLoader(city()).parse(QJsonDocument(classOfThree()).toJson()).value();
    const QDateTime start = scenario.start;
    TrainingScoring scoring(scenario, u"store/class-1"_s, city());
    QHash<QString, QList<Event>> histories;
    histories.insert(u"c1"_s,
                     {event(EventType::Received, start, u"pelatihan"_s, {}),
                      // the trainer's demonstration is not the trainee's decision
                      event(EventType::Verified, start.addSecs(60), u"pelatih"_s, {}),
                      event(EventType::Dispatched, start.addSecs(120), u"pelatih"_s, {{u"opd"_s, u"DISDUKCAPIL"_s}})});
    histories.insert(
        u"c2"_s,
        {event(EventType::Received, start.addSecs(1800), u"pelatihan"_s, {}),
         event(EventType::Forwarded, start.addSecs(1800 + 300), u"ani"_s, {{u"agency"_s, u"POLRESTA"_s}})});
    const TraineeScore score = scoring.score({u"ani"_s, u"Ani"_s, {}}, histories, start.addSecs(3 * 3600));
    CHECK(score.arrived == 2);
    CHECK(score.handled == 1);
    CHECK(score.decisionPercent() == 100);
    CHECK(score.opdPercent() == 100);
    CHECK(score.medianTriageSeconds == 300);
    CHECK(score.deadlinesMissed == 1); // c1: nothing of ani's within 120 minutes
    CHECK(score.results.at(0).actual.isEmpty());
    CHECK(TraineeScore::fromJson(score.toJson(true)).toJson(true) == score.toJson(true));
}

TEST_CASE("a result line gives each decision in parts, with the names a trainee knows, for the sheet to word")
{
    const TrainingScenario scenario = ScenarioLoader(city()).parse(QJsonDocument(classOfThree()).toJson()).value();
    const QDateTime start = scenario.start;
    const QString classId = u"store/class-1"_s;
    TrainingScoring scoring(scenario, classId, city());
    const auto copy = [&](const QString &trainee, const QString &key) {
        return trainingIds::complaint(classId, trainee, key).toString(QUuid::WithoutBraces);
    };
    QHash<QString, QList<Event>> histories;
    histories.insert(u"c2"_s,
                     {event(EventType::Received, start, u"pelatihan"_s, {}),
                      event(EventType::Dispatched, start.addSecs(60), u"ani"_s, {{u"opd"_s, u"PUPR"_s}})});
    histories.insert(u"c3"_s,
                     {event(EventType::Received, start, u"pelatihan"_s, {}),
                      event(EventType::Rejected, start.addSecs(60), u"ani"_s, {{u"reason"_s, u"abusive"_s}})});
    // c4 marked a duplicate of budi's copy of c1, not of ani's own
    histories.insert(u"c4"_s, {event(EventType::Received, start, u"pelatihan"_s, {}),
                               event(EventType::MarkedDuplicate, start.addSecs(60), u"ani"_s,
                                     {{u"duplicate_of"_s, copy(u"budi"_s, u"c1"_s)}})});
    const TraineeScore score = scoring.score({u"ani"_s, u"Ani"_s, {}}, histories, start.addSecs(3600));
    const auto line = [&score](const QString &key) {
        return *std::find_if(score.results.cbegin(), score.results.cend(),
                             [&key](const ComplaintResult &r) { return r.key == key; });
    };
    const QString ktp = u"Blangko KTP-el habis di Disdukcapil"_s;
    CHECK(line(u"c1"_s).expectedHandling
          == Handling {u"dispatch"_s, u"DISDUKCAPIL"_s, city().routeName(u"DISDUKCAPIL"_s), {}, {}, {}});
    CHECK(line(u"c2"_s).expectedHandling
          == Handling {u"not_our_authority"_s, u"POLRESTA"_s, u"Polresta Serang Kota"_s, {}, {}, {}});
    CHECK(line(u"c2"_s).actualHandling
          == Handling {u"dispatch"_s, u"PUPR"_s, u"Dinas Pekerjaan Umum dan Penataan Ruang"_s, {}, {}, {}});
    CHECK(line(u"c3"_s).expectedHandling == Handling {u"reject"_s, {}, {}, u"spam"_s, {}, {}});
    CHECK(line(u"c3"_s).actualHandling == Handling {u"reject"_s, {}, {}, u"abusive"_s, {}, {}});
    CHECK(line(u"c4"_s).expectedHandling == Handling {u"duplicate"_s, {}, {}, {}, u"c1"_s, ktp});
    CHECK(line(u"c4"_s).actualHandling == Handling {u"duplicate"_s, {}, {}, {}, {}, u"[budi] "_s + ktp});
    CHECK_FALSE(line(u"c4"_s).decisionCorrect);
    // The API's words stay as they were
    CHECK(line(u"c2"_s).expected == u"not_our_authority POLRESTA"_s);
    CHECK(line(u"c4"_s).actual == u"duplicate"_s);
    CHECK(TraineeScore::fromJson(score.toJson(true)).results.at(3).actualHandling == line(u"c4"_s).actualHandling);
}
