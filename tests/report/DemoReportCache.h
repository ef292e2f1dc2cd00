#pragma once
// A demo cache for the report's tests that compare the facts with the core: 600 demo complaints over sixteen weeks
// ending Monday 30 November 2026, 10:00 WIB, stored through ComplaintRepository as a sync stores them, and their
// histories as generated.

#include "demo/DemoGenerator.h"
#include "domain/Event.h"

#include <QDateTime>
#include <QTemporaryDir>

namespace reporttest {

struct DemoCache
{
    QTemporaryDir dir;
    QString path;
    QDateTime end = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);
    QList<rabeg::DemoComplaint> complaints;

    DemoCache();
};

// The events of a history before asOf: what the report judges a complaint on.
QList<rabeg::Event> before(const QList<rabeg::Event> &history, const QDateTime &asOf);

} // namespace reporttest
