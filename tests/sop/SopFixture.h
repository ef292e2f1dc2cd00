#pragma once

#include <catch2/catch.hpp>

#include "domain/Lifecycle.h"
#include "refdata/ReferenceData.h"
#include "sop/Checklists.h"

#include <QDateTime>
#include <QJsonObject>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

// Shared by the SOP tests: the shipped reference data and calendar, WIB times, and a complaint played through
// the real lifecycle (decide, then apply), so that every event is what the hub would have appended.
namespace sop {

const rabeg::ReferenceData &shipped();
const rabeg::WorkingCalendar &calendar(); // the shipped calendar: the 2026 decree, OPD Saturdays

// "2026-03-17 10:00" read as WIB, returned as UTC.
QDateTime wib(const char *text);

// The shipped reference data with another SOP catalog: for templates published while complaints run.
class CityWithCatalog final : public rabeg::ReferenceLookup
{
public:
    explicit CityWithCatalog(rabeg::SopCatalog catalog) : m_catalog(std::move(catalog)) {}
    bool hasOpd(QStringView code) const override { return shipped().hasOpd(code); }
    bool hasAgency(QStringView code) const override { return shipped().hasAgency(code); }
    bool hasCategory(QStringView id) const override { return shipped().hasCategory(id); }
    bool hasService(QStringView code) const override { return shipped().hasService(code); }
    bool hasKecamatan(QStringView code) const override { return shipped().hasKecamatan(code); }
    const rabeg::SopCatalog *sopCatalog() const override { return &m_catalog; }
    rabeg::SopCatalog &catalog() { return m_catalog; }

private:
    rabeg::SopCatalog m_catalog;
};

rabeg::Actor operatorActor();
rabeg::Actor liaisonOf(const QString &opd);

// One complaint, played command by command at the times given. Commands run with the history so far, as the
// hub runs them.
class Case
{
public:
    explicit Case(const rabeg::ReferenceLookup &reference, int number = 1);

    // Intake and verification about `service` at `at`.
    Case &received(const char *wibTime, const QString &service);
    Case &dispatched(const char *wibTime, const QString &opd);
    Case &acknowledged(const char *wibTime);
    Case &stepDone(const char *wibTime, const QString &step, bool byPhone = false);
    Case &stepReopened(const char *wibTime, const QString &step);
    Case &returned(const char *wibTime);

    // The decision of one more command; applied when accepted.
    rabeg::Result<QList<rabeg::EventDraft>, rabeg::Refusal> act(rabeg::CommandType type, const rabeg::Actor &actor,
                                                                const QDateTime &at, const QJsonObject &payload);
    // Like act, and fails the test when refused.
    Case &must(rabeg::CommandType type, const rabeg::Actor &actor, const char *wibTime, const QJsonObject &payload);

    const QList<rabeg::Event> &events() const { return m_events; }
    const rabeg::Complaint &complaint() const { return *m_complaint; }
    QUuid id() const { return m_id; }
    rabeg::Checklist checklistAt(const char *wibTime) const;

private:
    const rabeg::ReferenceLookup &m_reference;
    QUuid m_id;
    std::optional<rabeg::Complaint> m_complaint;
    QList<rabeg::Event> m_events;
};

} // namespace sop
