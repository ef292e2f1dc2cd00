// The hub judges commands and accounts on the reference data in force (docs/reference-admin.md, "Where the changes
// take effect"): the shipped data with the admins' changes folded in, kept between requests and keyed on the
// store, so a change made through one hub process is in force in another at its next request.
#include "TwoHubs.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace refhub;

namespace {

const QString kOpds = u"/api/v1/admin/opds"_s;
const QString kAgencies = u"/api/v1/admin/agencies"_s;
const QString kUsers = u"/api/v1/admin/users"_s;
const QString kServices = u"/api/v1/admin/services"_s;

QJsonObject dispatchTo(const QString &opd) { return {{u"opd"_s, opd}}; }

const QString kLiaisonPassword = u"Kuat-Sekali-2026!"_s;

QJsonObject newLiaison(const QString &username, const QString &opd)
{
    return {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"action"_s, u"create"_s},
            {u"username"_s, username},
            {u"name"_s, u"Penghubung Baru"_s},
            {u"role"_s, u"liaison"_s},
            {u"opd"_s, opd},
            {u"password"_s, kLiaisonPassword},
            {u"reason"_s, u"Penghubung OPD baru"_s}};
}

} // namespace

TEST_CASE("an OPD an admin adds takes dispatches at once; deactivated, it takes none, and its complaints go on")
{
    const Backend backend = TWO_HUB_BACKENDS();
    INFO((backend == Backend::Sqlite ? "sqlite" : "postgresql"));
    TwoHubs hubs(backend);
    // The second hub process has judged commands (and so folded the reference) before the change.
    const QUuid first = hubs.verified(hubs.second());
    const QUuid second = hubs.verified(hubs.second());
    HubResponse unknown = hubs.command(hubs.second(), u"operator"_s, CommandType::Dispatch, first,
                                       dispatchTo(u"DISPORA"_s));
    CHECK(unknown.status == 422);
    CHECK(errorCode(unknown) == u"unknown_opd"_s);

    // Added through the first process: in force in the second at its next command.
    hubs.change(hubs.first(), kOpds, u"add"_s, u"DISPORA"_s, u"Dinas Pemuda dan Olahraga"_s);
    const HubResponse dispatched = hubs.command(hubs.second(), u"operator"_s, CommandType::Dispatch, first,
                                                dispatchTo(u"DISPORA"_s));
    INFO(dispatched.body.toStdString());
    REQUIRE(dispatched.status == 200);
    CHECK(hubs.complaint(first)->opd == u"DISPORA"_s);

    // An account for the new OPD, made through the second process; its liaison works the complaint.
    const HubResponse account = hubs.post(hubs.second(), u"admin"_s, kUsers, newLiaison(u"liaison-dispora"_s,
                                                                                       u"DISPORA"_s));
    INFO(account.body.toStdString());
    REQUIRE(account.status == 200);
    hubs.setPassword(u"liaison-dispora"_s, kLiaisonPassword);
    REQUIRE(hubs.command(hubs.second(), u"liaison-dispora"_s, CommandType::Acknowledge, first, {}).status == 200);

    // Deactivated through the first process: the second refuses a new dispatch with a sentence, and appends nothing.
    hubs.change(hubs.first(), kOpds, u"deactivate"_s, u"DISPORA"_s);
    const qint64 head = hubs.head();
    const qint64 version = hubs.complaint(second)->version;
    const HubResponse refused = hubs.command(hubs.second(), u"operator"_s, CommandType::Dispatch, second,
                                             dispatchTo(u"DISPORA"_s));
    CHECK(refused.status == 422);
    CHECK(errorCode(refused) == u"inactive_opd"_s);
    CHECK(errorMessage(refused) == u"The OPD DISPORA was deactivated by an administrator and takes no new "
                                   u"complaints; dispatch the complaint to another OPD."_s);
    CHECK(hubs.head() == head);
    CHECK(hubs.complaint(second)->version == version);
    CHECK(hubs.complaint(second)->state == ComplaintState::Verified);
    // The first process judges the same (its reference was folded when it appended the deactivation).
    CHECK(errorCode(hubs.command(hubs.first(), u"operator"_s, CommandType::Dispatch, second,
                                 dispatchTo(u"DISPORA"_s)))
          == u"inactive_opd"_s);

    // The complaint already with it keeps working: a note, the answer.
    CHECK(hubs.command(hubs.second(), u"liaison-dispora"_s, CommandType::AddNote, first,
                       {{u"text"_s, u"Sedang ditangani"_s}})
              .status
          == 200);
    const HubResponse answered = hubs.command(hubs.second(), u"liaison-dispora"_s, CommandType::Respond, first,
                                              {{u"response"_s, u"Lampu sudah diganti."_s},
                                               {u"override_reason"_s, u"Dikerjakan sebelum OPD digabung"_s}});
    INFO(answered.body.toStdString());
    CHECK(answered.status == 200);
    CHECK(hubs.complaint(first)->state == ComplaintState::Responded);

    // The reference the hub serves is the one in force, with the seq of its last change.
    const QJsonObject served = hubs.get(hubs.second(), u"operator"_s, u"/api/v1/reference"_s).object();
    CHECK(served.value(u"seq"_s).toInteger() > 0);
    const QJsonArray opds = served.value(u"reference"_s).toObject().value(u"opds"_s).toArray();
    CHECK(std::any_of(opds.begin(), opds.end(), [](const QJsonValue &opd) {
        return opd.toObject().value(u"code"_s).toString() == u"DISPORA"_s;
    }));
}

TEST_CASE("the user route gives an account an OPD an admin added, and refuses one deactivated with a sentence")
{
    const Backend backend = TWO_HUB_BACKENDS();
    INFO((backend == Backend::Sqlite ? "sqlite" : "postgresql"));
    TwoHubs hubs(backend);
    hubs.change(hubs.first(), kOpds, u"add"_s, u"DISPORA"_s, u"Dinas Pemuda dan Olahraga"_s);
    REQUIRE(hubs.post(hubs.second(), u"admin"_s, kUsers, newLiaison(u"liaison-dispora"_s, u"DISPORA"_s)).status
            == 200);

    hubs.change(hubs.second(), kOpds, u"deactivate"_s, u"DISPORA"_s);
    const qint64 head = hubs.head();
    const HubResponse refused
        = hubs.post(hubs.first(), u"admin"_s, kUsers, newLiaison(u"liaison-dispora2"_s, u"DISPORA"_s));
    CHECK(refused.status == 422);
    CHECK(errorCode(refused) == u"inactive_opd"_s);
    CHECK(errorMessage(refused) == u"The OPD DISPORA was deactivated by an administrator: an account can no longer "
                                   u"be given it. Choose an active OPD."_s);
    CHECK(hubs.head() == head);
    const auto user = hubs.store().user(u"liaison-dispora2"_s);
    REQUIRE(user.ok());
    CHECK_FALSE(user.value().has_value());

    // Nor may an account move to it; the account already with it keeps it and may be renamed.
    QJsonObject move {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {u"action"_s, u"change"_s}, {u"username"_s, u"liaison-dishub"_s}, {u"role"_s, u"liaison"_s},
                      {u"opd"_s, u"DISPORA"_s}, {u"reason"_s, u"Pindah tugas"_s}};
    CHECK(errorCode(hubs.post(hubs.first(), u"admin"_s, kUsers, move)) == u"inactive_opd"_s);
    QJsonObject rename {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {u"action"_s, u"change"_s}, {u"username"_s, u"liaison-dispora"_s}, {u"role"_s, u"liaison"_s},
                        {u"opd"_s, u"DISPORA"_s}, {u"name"_s, u"Penghubung Lama"_s}, {u"reason"_s, u"Nama lengkap"_s}};
    const HubResponse renamed = hubs.post(hubs.first(), u"admin"_s, kUsers, rename);
    INFO(renamed.body.toStdString());
    CHECK(renamed.status == 200);
}

TEST_CASE("a forward to a deactivated agency, and a complaint with a deactivated service, are refused as sentences")
{
    const Backend backend = TWO_HUB_BACKENDS();
    INFO((backend == Backend::Sqlite ? "sqlite" : "postgresql"));
    TwoHubs hubs(backend);
    const QUuid id = hubs.verified(hubs.second());
    hubs.change(hubs.first(), kAgencies, u"add"_s, u"BPOM-SRG"_s, u"Loka POM Kota Serang"_s);
    hubs.change(hubs.first(), kAgencies, u"deactivate"_s, u"BPOM-SRG"_s);
    const HubResponse forward = hubs.command(hubs.second(), u"operator"_s, CommandType::NotOurAuthority, id,
                                             {{u"agency"_s, u"BPOM-SRG"_s}});
    CHECK(forward.status == 422);
    CHECK(errorMessage(forward) == u"The external agency BPOM-SRG was deactivated by an administrator and takes no new "
                                   u"complaints; forward the complaint to another agency."_s);

    // A service an admin added is taken at intake; deactivated, it is refused there and at verification.
    const auto service = [&](const QString &action) {
        QJsonObject body {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                          {u"action"_s, action}, {u"code"_s, u"lapak-liar"_s}, {u"reason"_s, u"Perwal PKL 2026"_s}};
        if (action == u"add"_s) {
            body.insert(u"name"_s, u"Penertiban lapak liar"_s);
            body.insert(u"category"_s, u"perhubungan-pju"_s);
        }
        const HubResponse response = hubs.post(hubs.first(), u"admin"_s, kServices, body);
        INFO(response.body.toStdString());
        REQUIRE(response.status == 200);
    };
    const auto intake = [&] {
        const QJsonObject body {{u"complaint_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {u"channel"_s, u"walk_in"_s}, {u"title"_s, u"Lapak di trotoar"_s},
                                {u"body"_s, u"Trotoar tertutup lapak."_s}, {u"service"_s, u"lapak-liar"_s}};
        return hubs.post(hubs.second(), u"operator"_s, u"/api/v1/complaints"_s, body);
    };
    CHECK(errorCode(intake()) == u"unknown_service"_s);
    service(u"add"_s);
    CHECK(intake().status == 201);
    service(u"deactivate"_s);
    const HubResponse refused = intake();
    CHECK(refused.status == 422);
    CHECK(errorMessage(refused) == u"The service lapak-liar was deactivated by an administrator; choose another "
                                   u"service, or leave it for the verification."_s);
}
