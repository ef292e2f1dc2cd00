#pragma once

#include "domain/Complaint.h"
#include "routing/RoutingSuggester.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace rabeg {

// The routing suggestions the screens show beside a dispatch (app/routing: the routing table plus what resolved
// history teaches), never applied without the operator. Learning from the cache's history runs on its own thread
// with its own connection; until it is done, the table and the services' own words suggest.
class RoutingAdvice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingAdvice)

public:
    // `reference` is read on the GUI thread only (the Workspace's ReferenceInForce); the learning thread gets a copy.
    explicit RoutingAdvice(const ReferenceData &reference, QObject *parent = nullptr);
    ~RoutingAdvice() override;

    // The routing table in force (an admin's publication, synced); the classifier keeps what it learnt.
    void useTable(const RoutingTable &table);

    // Learns the resolved complaints of the cache file, off the GUI thread; `learned` says when and how many.
    void learnFrom(const QString &cachePath);
    // Whether learnFrom has started (once per workstation).
    bool learningStarted() const { return m_thread != nullptr; }
    // How many resolved complaints it learnt from; nullopt until it has.
    std::optional<qsizetype> learnedExamples() const { return m_learned; }
    // Never an OPD or agency deactivated by an admin: history may still point at one.
    QList<RouteSuggestion> suggest(const Complaint &complaint, const QStringList &returnedBy = {}, int k = 3) const;

signals:
    void learned(qsizetype examples);

private:
    std::shared_ptr<const RoutingSuggester> m_suggester;
    const ReferenceData &m_reference;
    std::optional<qsizetype> m_learned;
    std::optional<RoutingTable> m_table; // set by useTable; else the suggester's own, from the reference data
    class QThread *m_thread = nullptr;
    std::atomic<bool> m_stopping {false}; // set when the workspace goes: the learning thread stops at its next page
};

} // namespace rabeg
