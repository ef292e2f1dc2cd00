#pragma once

#include <catch2/catch.hpp>

#include "domain/Lifecycle.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Shared by the domain tests: a small city to check references against, fixed ids and times, and one valid
// payload per command so that every allowed command really produces an event.

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace fixture {

// Three OPDs, one external agency, two services in two categories, two kecamatan.
class SmallCity final : public rabeg::ReferenceLookup
{
public:
    bool hasOpd(QStringView code) const override;
    bool hasAgency(QStringView code) const override;
    bool hasCategory(QStringView id) const override;
    bool hasService(QStringView code) const override;
    bool hasKecamatan(QStringView code) const override;
};

const SmallCity &city();

// Hub time of every decision in these tests.
QDateTime now();

QUuid complaintId();
QUuid otherComplaintId(); // an existing complaint a duplicate can point to

// The OPD the complaint is dispatched to, and another one.
inline constexpr char16_t kOwnOpd[] = u"DISHUB";
inline constexpr char16_t kOtherOpd[] = u"PUPR";

rabeg::Actor operatorActor();
rabeg::Actor supervisorActor();
rabeg::Actor trainerActor();
rabeg::Actor adminActor();
rabeg::Actor systemActor();
rabeg::Actor ownLiaison(); // liaison of kOwnOpd
rabeg::Actor otherLiaison(); // liaison of kOtherOpd

// A complaint in `state`, dispatched to kOwnOpd in every state (so that only the state decides a liaison's
// scope), owned by "op.dede", not escalated, at version 5.
rabeg::Complaint complaintIn(rabeg::ComplaintState state);

// A valid payload for each command type.
QJsonObject validPayload(rabeg::CommandType type);
rabeg::Command commandFor(rabeg::CommandType type, const QJsonObject &payload);
rabeg::Command commandFor(rabeg::CommandType type);

rabeg::DecisionContext contextFor(const rabeg::Actor &actor);

std::string describe(const rabeg::Refusal &refusal);

} // namespace fixture
