#pragma once
// A demo cache of a few hundred complaints over sixteen weeks, and what the shared core says of each of its
// complaints at the fixture's hub time: the expected count and the exact complaints of every dashboard element,
// worked out one complaint at a time (computeDeadlines, checklistOf, the events themselves), never with SQL.

#include "demo/DemoGenerator.h"
#include "refdata/ReferenceData.h"

#include <QMap>
#include <QSet>
#include <QTemporaryDir>

#include <array>

namespace dashboardtest {

const rabeg::ReferenceData &shipped();

struct Expected
{
    QMap<QString, QSet<QUuid>> overdue; // by OPD
    QMap<QString, std::array<QSet<QUuid>, 4>> aging; // by OPD, by bucket
    QList<QDateTime> weekStarts; // twelve, oldest first
    QList<QSet<QUuid>> received, responded, breached; // by week
    QMap<QString, int> met, breaches; // follow-up cycles by OPD over the twelve weeks
    QMap<QString, QSet<QUuid>> decided; // the complaints of those cycles
    QMap<std::pair<QString, QString>, QSet<QUuid>> stalled; // by (OPD, step key)
    int open = 0;
};

struct DashboardFixture
{
    QTemporaryDir dir;
    QString path;
    QDateTime now;
    QList<rabeg::DemoComplaint> complaints;

    DashboardFixture();
    Expected expected() const;
};

} // namespace dashboardtest
