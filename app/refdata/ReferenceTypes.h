#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rabeg {

// Reference data of DESIGN.md: what the city is made of. Loaded from resources/refdata/*.csv, later edited by
// admins as versioned events on the hub.

struct Opd
{
    QString code;
    QString name;
    bool kecamatanOffice = false;
    bool saturdayService = false; // a front-line unit that may open on some Saturdays
    bool active = true;           // deactivated by an admin: kept for the complaints that name it, routed to no more
};

struct Agency // outside the city's authority: a complaint about it is forwarded ("bukan wewenang")
{
    QString code;
    QString name;
    QString handles;
    bool active = true; // as Opd::active
};

struct Kecamatan
{
    QString code;
    QString name;
};

struct Kelurahan
{
    QString kecamatan;
    QString code;
    QString name;
};

struct Category
{
    QString id;
    QString parent; // empty for a root
    QString name;
    bool active = true; // as Opd::active
};

struct Service
{
    QString code;
    QString category;
    QString name;
    QString route; // the default OPD or external agency
    QStringList keywords;
    bool active = true; // as Opd::active
};

// One row of the routing table: a service (optionally in one kecamatan) goes to an OPD or agency.
struct RoutingRule
{
    QString service;
    QString kecamatan; // empty: every kecamatan
    QString route;
    int version = 1;
};

enum class ClockUnit { WorkingDays, CalendarDays, Hours };
enum class BreachAction { None, Escalate, Close };

struct SlaClock
{
    QString id; // triage, first_response, followup, autoclose, completion
    QString name;
    QStringList startEvents; // each one starts a new cycle of the clock (a re-dispatch, a reopen)
    QStringList stopEvents;
    int duration = 0;
    ClockUnit unit = ClockUnit::WorkingDays;
    QStringList pauseStates;
    int warningPercent = 70;
    BreachAction breach = BreachAction::None;
    QString source; // the regulation or LAPOR! rule it comes from, shown in the UI
};

enum class CalendarDayKind { Holiday, CutiBersama, AddedHoliday, OpdWorkingDay };

struct CalendarDay
{
    QDate date;
    CalendarDayKind kind = CalendarDayKind::Holiday;
    QString name;
    QString decree;
    QString opd; // only for OpdWorkingDay
    bool provisional = false;
};

struct SopStep
{
    int number = 0;
    QString key;
    QString title;
    int expectedDays = 1; // working days
    QString role;
    bool critical = false;
};

struct SopTemplate
{
    QString opd;
    QString service;
    int version = 1;
    QList<SopStep> steps;
};

struct User
{
    QString username;
    QString name;
    Role role = Role::Operator;
    QString opd; // liaisons only
    bool active = true;
};

} // namespace rabeg
