#pragma once

#include "NaiveBayesRouter.h"
#include "PlaceFinder.h"
#include "RouteSuggestion.h"
#include "RoutingTable.h"
#include "core/Result.h"
#include "refdata/ReferenceData.h"

#include <atomic>

namespace rabeg {

class LocalCache;

// The routing suggestion of DESIGN.md ("Routing"): the versioned routing table plus a text classifier trained on
// resolved history. A value type: train it off the GUI thread, then copy or move it to where it is used; suggest()
// is const and safe to call from several threads at once on the same object.
//
//  - service known and the table has a rule: that rule first (confidence >= 0.9), the text's other candidates after;
//  - service unknown: the classifier alone, from title and body (narrowed by the category when one is set);
//  - the OPDs in `returnedBy` are never first: a returned complaint is suggested elsewhere.
class RoutingSuggester
{
public:
    // The table from the reference data's service defaults (plus kecamatan offices for kecamatan services), and
    // the classifier seeded with the services' names and keywords so it works on an empty history.
    explicit RoutingSuggester(const ReferenceData &reference);
    RoutingSuggester(const ReferenceData &reference, RoutingTable table);

    // Incremental training (counts are added, nothing is refitted): call as history grows.
    void learn(const RoutingExample &example);
    void learn(const QList<RoutingExample> &examples);
    // Learns every resolved complaint of a local cache (see RoutingHistoryRepository). Returns how many, or the
    // error "cancelled" once `stop` is set (checked before each page of history: a workstation closing while it
    // learns from a city's history must not wait for the end of it).
    Result<qsizetype> learnFromCache(LocalCache &cache, const std::atomic<bool> *stop = nullptr);

    // Up to k suggestions, best first. Empty only when nothing at all is known (no table rule, no seed).
    QList<RouteSuggestion> suggest(const SuggestInput &input, int k = 3) const;

    const RoutingTable &table() const { return m_table; }
    void setTable(RoutingTable table) { m_table = std::move(table); }
    const NaiveBayesRouter &classifier() const { return m_classifier; }
    const ReferenceData &reference() const { return m_reference; }

    // The classifier's class of a route: the six kecamatan offices are one class ("KEC"), because nothing in a
    // text about a kecamatan letter says which office it is except the place, which PlaceFinder reads.
    QString classOf(const QString &route) const;
    static QStringList featuresOf(const QString &title, const QString &body);

private:
    struct Candidate;
    QList<Candidate> classifierCandidates(const SuggestInput &input, const QStringList &features) const;
    QString evidenceSentence(const QString &route, const QStringList &features, const SuggestInput &input) const;

    ReferenceData m_reference;
    RoutingTable m_table;
    NaiveBayesRouter m_classifier;
    PlaceFinder m_places;
};

} // namespace rabeg
