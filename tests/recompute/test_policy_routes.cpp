#include "HubFixture.h"
#include "deadline/PolicyJson.h"

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

// The admin routes through the whole API (authentication, routing, the envelope), as a workstation reaches them.
TEST_CASE("an admin reads and publishes the calendar through the API; other roles read it and are refused")
{
    HubFixture hub;
    const QByteArray admin = hub.login(u"admin.iwan"_s);
    const QByteArray operatorToken = hub.login(u"op.rina"_s);

    const HubResponse shipped = hub.get(operatorToken, u"/api/v1/admin/calendar"_s);
    REQUIRE(shipped.status == 200);
    CHECK(shipped.object().value(u"version"_s).toInt() == 0);
    CHECK(shipped.object().value(u"store_id"_s).toString() == hub.storeId());
    CHECK(shipped.object().value(u"days"_s).toArray().size() == hub.reference().calendar.size());

    QJsonArray days = encodeCalendarDays(hub.reference().calendar);
    days.append(QJsonObject {{u"date"_s, u"2026-12-02"_s},
                             {u"kind"_s, u"added_holiday"_s},
                             {u"name"_s, u"Libur tambahan"_s},
                             {u"decree"_s, u"Keppres 12/2026"_s}});
    QJsonObject body {{u"command_id"_s, uuidText(QUuid::createUuid())},
                      {u"version"_s, 1},
                      {u"why"_s, u"Keppres 12/2026"_s},
                      {u"days"_s, days}};
    requireError(hub.post(operatorToken, u"/api/v1/admin/calendar"_s, body), 403, u"role_not_allowed"_s);
    const HubResponse published = hub.post(admin, u"/api/v1/admin/calendar"_s, body);
    INFO(published.body.toStdString());
    REQUIRE(published.status == 200);
    const QJsonObject event = published.object().value(u"events"_s).toArray().first().toObject();
    CHECK(event.value(u"type"_s) == u"calendar_published"_s);
    CHECK(event.value(u"actor"_s).toObject().value(u"user"_s) == u"admin.iwan"_s);

    const QJsonObject current = hub.get(operatorToken, u"/api/v1/admin/calendar"_s).object();
    CHECK(current.value(u"version"_s).toInt() == 1);
    CHECK(current.value(u"why"_s) == u"Keppres 12/2026"_s);
    requireError(hub.request("DELETE", u"/api/v1/admin/calendar"_s, admin), 405, u"method_not_allowed"_s);
    requireError(hub.get({}, u"/api/v1/admin/sla-policy"_s), 401, u"missing_token"_s);
}
