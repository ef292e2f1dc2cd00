// Issue 12, the audited reveal and identity views: POST /api/v1/complaints/{id}/identity/reveal and the audit log.
#include "HubFixture.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kReason = u"Permintaan penyidik Polres Serang Kota, surat nomor B/123/XI/2026"_s;

QString revealPath(const QUuid &id) { return u"/api/v1/complaints/%1/identity/reveal"_s.arg(uuidText(id)); }
QString identityPath(const QUuid &id) { return u"/api/v1/complaints/%1/identity"_s.arg(uuidText(id)); }

QList<AuditEntry> auditOf(HubFixture &hub, const QUuid &id)
{
    const auto entries = hub.store().auditEntries(id, {}, {});
    REQUIRE(entries.ok());
    return entries.value();
}

QByteArray headerOf(const HubResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

TEST_CASE("a supervisor reveals an anonymous reporter with a reason: the identity comes once, the history gains an "
          "identity_revealed event and the audit log an entry", "[privacy][reveal]")
{
    HubFixture hub;
    const QUuid id = hub.intake(hub.login(u"op.rina"_s), u"Pungutan liar di kantor kelurahan"_s,
                                u"Petugas meminta uang untuk surat pengantar."_s, true);
    const QByteArray supervisor = hub.login(u"spv.dewi"_s);
    const qint64 versionBefore = hub.version(id);

    const HubResponse revealed = hub.post(supervisor, revealPath(id), QJsonObject{{u"reason"_s, kReason}});
    INFO(revealed.body.toStdString());
    REQUIRE(revealed.status == 200);
    CHECK(revealed.object().value(u"identity"_s).toObject().value(u"nik"_s).toString() == u"3673015507880002"_s);
    CHECK(revealed.object().value(u"identity"_s).toObject().value(u"name"_s).toString() == u"Siti Aminah"_s);
    CHECK(headerOf(revealed, "Cache-Control") == "no-store");

    // The event, through the normal append path: the complaint's next version, in its history and in the feed.
    CHECK(hub.version(id) == versionBefore + 1);
    const HubResponse history = hub.get(supervisor, u"/api/v1/complaints/%1/events"_s.arg(uuidText(id)));
    REQUIRE(history.status == 200);
    const QJsonObject last = history.object().value(u"events"_s).toArray().last().toObject();
    CHECK(last.value(u"type"_s).toString() == u"identity_revealed"_s);
    CHECK(last.value(u"actor"_s).toObject().value(u"user"_s).toString() == u"spv.dewi"_s);
    CHECK(last.value(u"payload"_s).toObject().value(u"reason"_s).toString() == kReason);
    const HubResponse feed = hub.get(hub.login(u"op.budi"_s), u"/api/v1/events?after=0&limit=1000"_s);
    REQUIRE(feed.status == 200);
    CHECK(feed.body.contains("identity_revealed"));
    // The reveal says nothing about the reporter in the log.
    CHECK_FALSE(feed.body.contains("Siti Aminah"));

    const QList<AuditEntry> audit = auditOf(hub, id);
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().action == u"identity_revealed"_s);
    CHECK(audit.first().actor == u"spv.dewi"_s);
    CHECK(audit.first().detail.value(u"reason"_s).toString() == kReason);
    CHECK(audit.first().detail.value(u"event_seq"_s).toInteger() == last.value(u"seq"_s).toInteger());

    // Once: the reporter stays anonymous for the identity route, to the supervisor too.
    const HubResponse again = hub.get(supervisor, identityPath(id));
    requireError(again, 403, u"identity_anonymous"_s);
}

TEST_CASE("an admin may reveal; an operator or a liaison gets 403 or 404 with a sentence and nothing is written",
          "[privacy][reveal]")
{
    HubFixture hub;
    const QUuid id = hub.intake(hub.login(u"op.rina"_s), u"Lampu jalan mati"_s, u"Lampu PJU mati."_s, true);
    const QJsonObject body{{u"reason"_s, kReason}};
    const qint64 head = hub.store().head().value();
    for (const QString &user : {u"op.rina"_s, u"op.budi"_s}) {
        const HubResponse refused = hub.post(hub.login(user), revealPath(id), body);
        requireError(refused, 403, u"identity_reveal_forbidden"_s);
        CHECK(errorOf(refused).value(u"message"_s).toString().contains(u"supervisor or an admin"_s));
    }
    // A liaison does not learn the complaint exists unless it is theirs; theirs or not, no identity.
    const HubResponse liaison = hub.post(hub.login(u"liaison-dishub"_s), revealPath(id), body);
    CHECK((liaison.status == 403 || liaison.status == 404));
    CHECK(hub.store().head().value() == head);
    CHECK(auditOf(hub, id).isEmpty());

    const HubResponse admin = hub.post(hub.login(u"admin.iwan"_s), revealPath(id), body);
    INFO(admin.body.toStdString());
    REQUIRE(admin.status == 200);
    CHECK(auditOf(hub, id).size() == 1);
}

TEST_CASE("a reveal without a reason, with other fields, for a reporter who is not anonymous, or sent as a command "
          "is refused and writes nothing", "[privacy][reveal]")
{
    HubFixture hub;
    const QByteArray operatorToken = hub.login(u"op.rina"_s);
    const QUuid anonymous = hub.intake(operatorToken, u"Lampu jalan mati"_s, u"Lampu PJU mati."_s, true);
    const QUuid named = hub.intake(operatorToken, u"Sampah menumpuk"_s, u"Sampah belum diangkut."_s, false);
    const QByteArray supervisor = hub.login(u"spv.dewi"_s);
    const qint64 head = hub.store().head().value();

    requireError(hub.post(supervisor, revealPath(anonymous), QJsonObject{{u"reason"_s, u"   "_s}}), 422, u"invalid_field"_s);
    requireError(hub.post(supervisor, revealPath(anonymous), QJsonObject{}), 422, u"invalid_field"_s);
    requireError(hub.post(supervisor, revealPath(anonymous), QJsonObject{{u"reason"_s, 7}}), 422, u"invalid_field"_s);
    requireError(hub.post(supervisor, revealPath(anonymous), QJsonObject{{u"reason"_s, kReason}, {u"x"_s, 1}}), 422,
                 u"invalid_field"_s);
    requireError(hub.post(supervisor, revealPath(anonymous), QJsonObject{{u"reason"_s, QString(1001, u'a')}}), 422,
                 u"invalid_field"_s);
    requireError(hub.post(supervisor, revealPath(anonymous), "{not json"), 400, u"malformed_json"_s);
    requireError(hub.post(supervisor, revealPath(named), QJsonObject{{u"reason"_s, kReason}}), 422, u"not_anonymous"_s);
    requireError(hub.send(supervisor, HubFixture::command(u"reveal_identity"_s, anonymous, hub.version(anonymous),
                                                          {{u"reason"_s, kReason}})),
                 422, u"use_reveal_route"_s);
    requireError(hub.get(supervisor, revealPath(anonymous)), 405, u"method_not_allowed"_s);
    CHECK(hub.store().head().value() == head);
    CHECK(auditOf(hub, anonymous).isEmpty());
    CHECK(auditOf(hub, named).isEmpty());
}

TEST_CASE("every identity view is in the audit log (who, which complaint, when), and the audit chain locates a change",
          "[privacy][audit]")
{
    HubFixture hub;
    const QUuid id = hub.intake(hub.login(u"op.rina"_s), u"Lampu jalan mati"_s, u"Lampu PJU mati."_s, false);
    REQUIRE(hub.get(hub.login(u"spv.dewi"_s), identityPath(id)).status == 200);
    REQUIRE(hub.get(hub.login(u"op.budi"_s), identityPath(id)).status == 200);
    // A refused view shows nothing and records nothing.
    requireError(hub.get(hub.login(u"admin.iwan"_s), identityPath(id)), 403, u"identity_forbidden"_s);

    const QList<AuditEntry> audit = auditOf(hub, id);
    REQUIRE(audit.size() == 2);
    CHECK(audit[0].actor == u"spv.dewi"_s);
    CHECK(audit[1].actor == u"op.budi"_s);
    for (const AuditEntry &entry : audit) {
        CHECK(entry.action == u"identity_viewed"_s);
        CHECK(entry.complaintId == id);
        CHECK(entry.at.isValid());
        CHECK(entry.detail.value(u"identity_held"_s).toBool());
    }
    // No personal data in the audit log.
    QSqlQuery q(hub.store().database());
    REQUIRE(q.exec(u"SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%3673015507880002%' OR detail LIKE '%Siti%'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    const auto intact = hub.store().verifyAuditChain();
    REQUIRE(intact.ok());
    CHECK_FALSE(intact.value());
    hub.exec(u"UPDATE audit_log SET actor_user = 'op.rina' WHERE seq = 2"_s);
    const auto broken = hub.store().verifyAuditChain();
    REQUIRE(broken.ok());
    REQUIRE(broken.value());
    CHECK(*broken.value() == 2);
}
