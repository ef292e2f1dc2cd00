#pragma once

#include "DemoCorpus.h"
#include "Prng.h"
#include "core/Result.h"
#include "deadline/Deadlines.h"
#include "domain/Complaint.h"
#include "domain/Event.h"
#include "domain/ReporterIdentity.h"
#include "refdata/ReferenceData.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace rabeg {

struct DemoComplaint
{
    Complaint complaint; // the state after all its events
    QList<Event> events; // in order; seq and hashes are left for the hub to give
    ReporterIdentity identity;
};

struct DemoOptions
{
    std::uint64_t seed = 20261130;
    qint64 count = 2000;
    int weeks = 16; // complaints arrive over this many weeks before `end` (at least 12)
    // > 0: a backlog rather than a history, for benchmarks that need most complaints still open (bench_recompute
    // --backlog-days): complaints arrive over only this many days before `end`, and `weeks` is not used.
    int backlogDays = 0;
    QDateTime end = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);
};

// Deterministic, streaming demo data: complaints are made one at a time and handed to `sink`, so a million
// never sit in memory together. Every history is produced by the real lifecycle (decide + apply), so demo
// data can never hold a transition the product would refuse. The sink returns false to stop early.
class DemoGenerator
{
public:
    DemoGenerator(const ReferenceData &reference, const DemoCorpus &corpus, DemoOptions options);

    Status run(const std::function<bool(const DemoComplaint &)> &sink);

private:
    struct Recent
    {
        QUuid id;
        QString title;
        QString body;
        QString kecamatan;
        QString kelurahan;
    };

    Result<DemoComplaint> makeOne(qint64 index);
    QString fill(const QString &text, const QString &kecamatanName, const QString &kelurahanName);
    ReporterIdentity makeIdentity(const QString &kelurahanName);
    QDateTime officeTime(QDateTime at);
    double slowness(const QString &opd) const;
    // The running cycle of the policy's clock whose breach does `action` (escalate, close), as the deadline core
    // computes it from the story so far: the instant the hub's scheduler acts, so demo data never contradicts it.
    std::optional<Deadline> actingDeadline(const QList<Event> &history, BreachAction action) const;

    const ReferenceData &m_reference;
    WorkingCalendar m_calendar;
    const DemoCorpus &m_corpus;
    DemoOptions m_options;
    Prng m_prng;
    QList<int> m_serviceWeights;
    QList<const Service *> m_services;
    QHash<QString, QList<Recent>> m_recent; // a few recent complaints per service, for duplicates
};

} // namespace rabeg
