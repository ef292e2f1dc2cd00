#include <catch2/catch.hpp>

#include "HubProcess.h"
#include "codec/DomainCodec.h"
#include "refdata/ReferenceLoader.h"
#include "routing/ReferenceVersions.h"
#include "training/TrainingIds.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using rabeg::test::HubProcess;

namespace {

const QString kScenario = QStringLiteral(RABEG_TRAINING_DATA "/class-of-three.json");

// HTTP against the hub process; every wait is bounded by the reply, never by a clock.
class Http
{
public:
    explicit Http(QUrl base) : m_base(std::move(base)) { }

    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     const QByteArray &token = {}, int *status = nullptr)
    {
        QUrl url = m_base;
        const qsizetype q = path.indexOf(u'?');
        url.setPath(path.left(q));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = method == "GET"
            ? m_net.get(request)
            : m_net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status)
            *status = code;
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    QByteArray login(const QString &user, const QString &password)
    {
        const QJsonObject answer
            = call("POST", u"/api/v1/session"_s, {{u"username"_s, user}, {u"password"_s, password}});
        return answer.value(u"token"_s).toString().toLatin1();
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_net;
};

// One trainee at a workstation: acts on their own copy of a scenario complaint, on the version the hub has now.
class Trainee
{
public:
    Trainee(Http &http, QString name, const QString &password, QString classId)
        : m_http(http), m_name(std::move(name)), m_token(http.login(m_name, password)), m_classId(std::move(classId))
    { }

    QUuid id(const QString &key) const { return rabeg::trainingIds::complaint(m_classId, m_name, key); }

    QJsonObject state(const QString &key)
    {
        return m_http.call("GET", u"/api/v1/complaints/"_s + id(key).toString(QUuid::WithoutBraces), {}, m_token)
            .value(u"state"_s)
            .toObject();
    }

    int act(const QString &key, const QString &type, const QJsonObject &payload)
    {
        const QJsonObject current = state(key);
        int status = 0;
        const QJsonObject answer = m_http.call("POST", u"/api/v1/commands"_s,
                                               {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                {u"type"_s, type},
                                                {u"complaint_id"_s, id(key).toString(QUuid::WithoutBraces)},
                                                {u"base_version"_s, current.value(u"version"_s).toInteger()},
                                                {u"base_epoch"_s, 1},
                                                {u"payload"_s, payload}},
                                               m_token, &status);
        UNSCOPED_INFO(m_name.toStdString() << " " << type.toStdString() << " " << key.toStdString() << ": "
                                           << QJsonDocument(answer).toJson(QJsonDocument::Compact).toStdString());
        return status;
    }

    void dispatch(const QString &key, const QString &category, const QString &service, const QString &opd)
    {
        REQUIRE(act(key, u"verify"_s,
                    {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, category}, {u"service"_s, service}})
                == 200);
        REQUIRE(act(key, u"dispatch"_s, {{u"opd"_s, opd}}) == 200);
    }

private:
    Http &m_http;
    QString m_name;
    QByteArray m_token;
    QString m_classId;
};

struct Class
{
    Http &http;
    QByteArray trainer;

    QJsonObject status(int *code = nullptr)
    {
        return http.call("GET", u"/api/v1/training?results=true"_s, {}, trainer, code);
    }
    QJsonObject jump(const QString &to)
    {
        int code = 0;
        const QJsonObject answer = http.call("POST", u"/api/v1/training/clock"_s, {{u"jump_to"_s, to}}, trainer, &code);
        REQUIRE(code == 200);
        return answer;
    }
    QJsonObject score(const QString &trainee)
    {
        for (const QJsonValue &s : status().value(u"scores"_s).toArray()) {
            if (s.toObject().value(u"trainee"_s).toString() == trainee)
                return s.toObject();
        }
        FAIL("no score for " << trainee.toStdString());
        return {};
    }
};

void checkScore(const QJsonObject &score, int handled, QJsonValue decisionPercent, QJsonValue opdPercent,
                QJsonValue medianSeconds, int missed)
{
    INFO(QJsonDocument(score).toJson().toStdString());
    CHECK(score.value(u"arrived"_s).toInt() == 5);
    CHECK(score.value(u"handled"_s).toInt() == handled);
    CHECK(score.value(u"correct_decision_percent"_s) == decisionPercent);
    CHECK(score.value(u"correct_opd_percent"_s) == opdPercent);
    CHECK(score.value(u"median_triage_seconds"_s) == medianSeconds);
    CHECK(score.value(u"deadlines_missed"_s).toInt() == missed);
}

} // namespace

TEST_CASE("a scripted class of three trainees, driven by pause and jump, scores as expected and a reset starts it "
          "again")
{
    QTemporaryDir dir;
    const QString store = u"sqlite:"_s + dir.filePath(u"class.sqlite"_s);
    auto hub = std::make_unique<HubProcess>(QStringList {u"--training"_s, kScenario, u"--store"_s, store});
    REQUIRE(hub->waitUntilListening());
    Http http(hub->url());
    Class course {http, http.login(u"pelatih"_s, u"pelatih-rahasia"_s)};
    REQUIRE_FALSE(course.trainer.isEmpty());

    QJsonObject status = course.status();
    REQUIRE(status.value(u"kind"_s) == u"training"_s);
    CHECK(status.value(u"clock_speed"_s).toDouble() == 0);
    CHECK(status.value(u"hub_time"_s) == u"2026-11-02T01:00:00.000Z"_s);
    CHECK(status.value(u"arrived"_s).toInt() == 1); // c1 arrives at the start
    const QString classId = status.value(u"store_id"_s).toString() + u"/class-1"_s;

    Trainee ani(http, u"ani"_s, u"ani-rahasia-1"_s, classId);
    Trainee budi(http, u"budi"_s, u"budi-rahasia-1"_s, classId);
    Trainee citra(http, u"citra"_s, u"citra-rahasia-1"_s, classId);
    CHECK(ani.state(u"c1"_s).value(u"assignee"_s) == u"ani"_s);
    CHECK(ani.state(u"c1"_s).value(u"title"_s) == u"[ani] Blangko KTP-el habis di Disdukcapil"_s);
    CHECK(ani.state(u"c2"_s).isEmpty()); // not arrived yet

    SECTION("only a trainer runs the clock")
    {
        const QByteArray operatorToken = http.login(u"ani"_s, u"ani-rahasia-1"_s);
        int code = 0;
        http.call("POST", u"/api/v1/training/clock"_s, {{u"speed"_s, 600}}, operatorToken, &code);
        CHECK(code == 403);
        http.call("POST", u"/api/v1/training/clock"_s, {{u"speed"_s, 601}}, course.trainer, &code);
        CHECK(code == 422);
        http.call("POST", u"/api/v1/training/clock"_s, {{u"jump_to"_s, u"2026-11-01T08:00:00+07:00"_s}}, course.trainer,
                  &code);
        CHECK(code == 422); // backwards: that is what reset is for
    }

    course.jump(u"2026-11-02T08:10:00+07:00"_s);
    ani.dispatch(u"c1"_s, u"adminduk-ktp"_s, u"ktp-el"_s, u"DISDUKCAPIL"_s);
    budi.dispatch(u"c1"_s, u"adminduk-ktp"_s, u"ktp-el"_s, u"DINSOS"_s);

    status = course.jump(u"2026-11-02T10:00:00+07:00"_s);
    CHECK(status.value(u"arrived"_s).toInt() == 5);
    // Each arrival was made at its own hub time on the way, and the scripted Disdukcapil acknowledged ani's
    // dispatch an hour after it.
    CHECK(ani.state(u"c3"_s).value(u"received_at"_s) == u"2026-11-02T02:00:00.000Z"_s);
    CHECK(ani.state(u"c1"_s).value(u"state"_s) == u"in_progress"_s); // its answer is due at 13:10
    CHECK(budi.state(u"c1"_s).value(u"state"_s) == u"dispatched"_s); // Dinsos is nobody's part

    REQUIRE(ani.act(u"c2"_s, u"not_our_authority"_s, {{u"agency"_s, u"POLRESTA"_s}}) == 200);
    REQUIRE(ani.act(u"c3"_s, u"reject"_s, {{u"reason"_s, u"spam"_s}}) == 200);
    REQUIRE(ani.act(u"c4"_s, u"mark_duplicate"_s, {{u"duplicate_of"_s, ani.id(u"c1"_s).toString(QUuid::WithoutBraces)}})
            == 200);
    ani.dispatch(u"c5"_s, u"infrastruktur-jalan"_s, u"jalan-rusak"_s, u"PUPR"_s);

    REQUIRE(budi.act(u"c2"_s, u"not_our_authority"_s, {{u"agency"_s, u"SAMSAT"_s}}) == 200);
    REQUIRE(budi.act(u"c3"_s, u"reject"_s, {{u"reason"_s, u"too_general"_s}}) == 200);
    REQUIRE(
        budi.act(u"c4"_s, u"mark_duplicate"_s, {{u"duplicate_of"_s, budi.id(u"c1"_s).toString(QUuid::WithoutBraces)}})
        == 200);
    budi.dispatch(u"c5"_s, u"infrastruktur-jalan"_s, u"jalan-rusak"_s, u"DLH"_s);

    course.jump(u"2026-11-02T10:40:00+07:00"_s);
    // The scripted DLH sent budi's road back as mis-routed half an hour after the dispatch.
    CHECK(budi.state(u"c5"_s).value(u"state"_s) == u"verified"_s);
    citra.dispatch(u"c1"_s, u"adminduk-ktp"_s, u"ktp-el"_s, u"DISDUKCAPIL"_s);
    REQUIRE(citra.act(u"c2"_s, u"reject"_s, {{u"reason"_s, u"not_public_service"_s}}) == 200);

    course.jump(u"2026-11-02T12:00:00+07:00"_s);
    //                          handled  decision%  OPD%  median triage (s)  deadlines missed
    checkScore(course.score(u"ani"_s), 5, 100, 100, 1800, 0);
    checkScore(course.score(u"budi"_s), 5, 80, 0, 1800, 0);
    checkScore(course.score(u"citra"_s), 2, 50, 50, 8700, 4);
    const QJsonArray citraLines = course.score(u"citra"_s).value(u"results"_s).toArray();
    REQUIRE(citraLines.size() == 5);
    CHECK(citraLines.at(1).toObject().value(u"expected"_s) == u"not_our_authority POLRESTA"_s);
    CHECK(citraLines.at(1).toObject().value(u"actual"_s) == u"reject not_public_service"_s);

    SECTION("a silent OPD lets the follow-up clock run out and the hub escalates to the Ombudsman")
    {
        CHECK_FALSE(ani.state(u"c5"_s).value(u"escalated"_s).toBool());
        course.jump(u"2026-11-17T10:00:00+07:00"_s); // 14 calendar days after the dispatch, and a bit
        CHECK(ani.state(u"c5"_s).value(u"escalated"_s).toBool());
        CHECK(ani.state(u"c5"_s).value(u"state"_s) == u"dispatched"_s);
        // Disdukcapil answered four hours after acknowledging: no escalation for ani's KTP-el.
        const QJsonObject ktp = ani.state(u"c1"_s);
        CHECK_FALSE(ktp.value(u"escalated"_s).toBool());
        CHECK((ktp.value(u"state"_s) == u"responded"_s || ktp.value(u"state"_s) == u"closed"_s));
    }

    SECTION("a restarted hub resumes where the class stopped and repeats nothing")
    {
        const qint64 head = http.call("GET", u"/api/v1/health"_s).value(u"head"_s).toInteger();
        hub->kill();
        hub = std::make_unique<HubProcess>(QStringList {u"--training"_s, kScenario, u"--store"_s, store});
        REQUIRE(hub->waitUntilListening());
        Http again(hub->url());
        const QJsonObject health = again.call("GET", u"/api/v1/health"_s);
        CHECK(health.value(u"head"_s).toInteger() == head);
        CHECK(health.value(u"hub_time"_s).toString() >= u"2026-11-02T04:40:00.000Z"_s);
        CHECK(health.value(u"clock_speed"_s).toDouble() == 0);
    }

    SECTION("a reset returns the class to the scenario's start")
    {
        int code = 0;
        status = http.call("POST", u"/api/v1/training/reset"_s, {}, course.trainer, &code);
        REQUIRE(code == 200);
        CHECK(status.value(u"class"_s).toInt() == 2);
        CHECK(status.value(u"epoch"_s).toInt() == 2); // every workstation bootstraps the new class from nothing
        CHECK(status.value(u"hub_time"_s) == u"2026-11-02T01:00:00.000Z"_s);
        CHECK(status.value(u"clock_speed"_s).toDouble() == 0);
        CHECK(status.value(u"arrived"_s).toInt() == 1);
        for (const QJsonValue &s : status.value(u"scores"_s).toArray()) {
            CHECK(s.toObject().value(u"handled"_s).toInt() == 0);
            CHECK(s.toObject().value(u"arrived"_s).toInt() == 1);
            CHECK(s.toObject().value(u"deadlines_missed"_s).toInt() == 0);
        }
        CHECK(ani.state(u"c1"_s).isEmpty()); // the old class's complaints are gone
        Trainee fresh(http, u"ani"_s, u"ani-rahasia-1"_s, status.value(u"store_id"_s).toString() + u"/class-2"_s);
        CHECK(fresh.state(u"c1"_s).value(u"state"_s) == u"received"_s);
        CHECK(fresh.state(u"c2"_s).isEmpty());
        CHECK(http.call("GET", u"/api/v1/health"_s).value(u"head"_s).toInteger() == 6); // c1 and its assignment, x3
    }
}

namespace {

// The reference events a trainee's workstation learns at its bootstrap (the snapshot's first page), folded over the
// built-in data as a workstation folds them.
rabeg::ReferenceData learnt(Http &http, const QByteArray &token, int *events)
{
    using namespace rabeg;
    int code = 0;
    const QJsonObject page = http.call("GET", u"/api/v1/snapshot"_s, {}, token, &code);
    REQUIRE(code == 200);
    QList<Event> stream;
    for (const QJsonValue &value : page.value(u"reference"_s).toArray()) {
        const auto event = decodeEvent(value.toObject(), DecodeMode::Tolerant);
        REQUIRE(event.ok());
        stream.append(event.value());
    }
    *events = int(stream.size());
    const auto folded = ReferenceVersions::fold(loadBuiltinReferenceData().value(), stream);
    REQUIRE(folded.ok());
    return folded->reference();
}

} // namespace

TEST_CASE("a scenario's reference overrides reach the trainees' workstations, once per class, again after a reset")
{
    using namespace rabeg;
    QTemporaryDir dir;
    // The class of three with an agency the city does not ship and a new name for an OPD it does.
    QFile shipped(kScenario);
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(shipped.readAll()).object();
    scenario.insert(
        u"reference"_s,
        QJsonObject {
            {u"agencies"_s,
             QJsonArray {QJsonObject {{u"code"_s, u"BPN-SRG"_s}, {u"name"_s, u"Kantor Pertanahan Kota Serang"_s}}}},
            {u"opds"_s,
             QJsonArray {QJsonObject {{u"code"_s, u"DLH"_s}, {u"name"_s, u"Dinas Lingkungan Hidup (baru)"_s}}}}});
    const QString path = dir.filePath(u"class-with-overrides.json"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(scenario).toJson());
    file.close();
    const QString store = u"sqlite:"_s + dir.filePath(u"class.sqlite"_s);
    auto hub = std::make_unique<HubProcess>(QStringList {u"--training"_s, path, u"--store"_s, store});
    REQUIRE(hub->waitUntilListening());

    const auto check = [&](Http &http, int expectedEvents) {
        const QByteArray ani = http.login(u"ani"_s, u"ani-rahasia-1"_s);
        REQUIRE_FALSE(ani.isEmpty());
        int events = 0;
        const ReferenceData reference = learnt(http, ani, &events);
        CHECK(events == expectedEvents);
        const Agency *bpn = reference.agency(u"BPN-SRG"_s);
        REQUIRE(bpn); // the built-in data alone has no such agency: not offered before
        CHECK(bpn->name == u"Kantor Pertanahan Kota Serang"_s);
        REQUIRE(reference.opd(u"DLH"_s));
        CHECK(reference.opd(u"DLH"_s)->name == u"Dinas Lingkungan Hidup (baru)"_s);
    };
    {
        Http http(hub->url());
        check(http, 4); // added and renamed, for each override
    }
    // Restarted on the same store: nothing is published twice.
    hub->kill();
    hub = std::make_unique<HubProcess>(QStringList {u"--training"_s, path, u"--store"_s, store});
    REQUIRE(hub->waitUntilListening());
    Http http(hub->url());
    check(http, 4);
    // A reset empties the class's log, its overrides with it: they are published again.
    const QByteArray trainer = http.login(u"pelatih"_s, u"pelatih-rahasia"_s);
    int code = 0;
    http.call("POST", u"/api/v1/training/reset"_s, {}, trainer, &code);
    REQUIRE(code == 200);
    check(http, 4);
}
