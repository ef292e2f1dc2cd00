#pragma once
// A small cache written by hand for the weekly report's tests: seven complaints whose histories are played
// command by command through the real lifecycle (decide, then apply) at the times given, and stored through
// ComplaintRepository as a sync stores them. The week under test is 2026-W46 (Mon 9 to Sun 15 November 2026, WIB);
// the figures each history should give are worked out by hand in test_report_figures.cpp.

#include "core/Result.h"
#include "domain/Complaint.h"
#include "domain/Event.h"
#include "refdata/ReferenceData.h"
#include "store/LocalCache.h"

#include <QJsonObject>
#include <QTemporaryDir>

namespace reporttest {

const rabeg::ReferenceData &shipped();
// "2026-11-09 08:00" read as WIB, returned as UTC.
QDateTime wib(const char *text);

// One complaint, played command by command.
class Story
{
public:
    Story(int number, const QString &title);

    Story &received(const char *at, const QString &service = {}); // intake, and verification when a service is given
    Story &dispatched(const char *at, const QString &opd);
    Story &acknowledged(const char *at);
    Story &responded(const char *at);
    Story &closed(const char *at);
    Story &reopened(const char *at);
    Story &escalated(const char *at);
    Story &rejected(const char *at);
    Story &noted(const char *at);
    Story &play(rabeg::CommandType type, const rabeg::Actor &actor, const char *at, const QJsonObject &payload);

    const rabeg::Complaint &complaint() const { return *m_complaint; }
    const QList<rabeg::Event> &events() const { return m_events; }

private:
    QUuid m_id;
    QString m_title;
    QString m_trackingId;
    std::optional<rabeg::Complaint> m_complaint;
    QList<rabeg::Event> m_events;
};

// The seven stories of the fixture (see test_report_figures.cpp for what each is there to test).
QList<Story> stories();

// A cache file holding `stories` (only those of `opd` when given: a liaison's cache), with the sync engine's meta
// keys as a sync would have left them: scope, cursor (hub seq), store kind and the last sync's hub time.
struct FixtureCache
{
    QTemporaryDir dir;
    QString path;

    explicit FixtureCache(const QString &liaisonOpd = {});
};

} // namespace reporttest
