#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rabeg {

// What a suggestion is made from: the complaint's text and whatever triage already knows. Empty fields are
// unknown. `returnedBy` lists the OPDs that already returned this complaint as not theirs (the routing queue's
// returned complaints): they are never suggested first again.
struct SuggestInput
{
    QString title;
    QString body;
    QString category; // category id (categories.csv), optional
    QString service; // service code (services.csv), optional
    QString kecamatan; // kecamatan code (kecamatan.csv), optional
    QStringList returnedBy;
};

// Where a suggestion comes from, for the screen to show an icon or sort; `reason` says it in words.
enum class SuggestionSource {
    RoutingTable, // the versioned routing table alone (the classifier has no opinion, or agrees weakly)
    Classifier, // the text classifier alone (service unknown)
    Combined, // both: a table rule and the text, agreeing or not (reason says which)
};

// One suggested destination. The operator always decides; this is advice with its reason.
struct RouteSuggestion
{
    QString route; // an OPD code (opds.csv) or an external agency code (agencies.csv)
    bool external = false; // true for an agency: the action is "not our authority -> forward", not dispatch
    double confidence = 0; // in [0, 1]; the suggestions of one call sum to at most 1
    QString reason; // one translated sentence for the operator: the table rule, or what the history says
    SuggestionSource source = SuggestionSource::Classifier;
    // The routing table's own rule for the service (its confidence is set at 0.9 or more, not learnt), whether or
    // not the text agrees: the screens say "table rule" rather than a percentage.
    bool tableRule = false;
};

// One resolved complaint of the history, as the classifier learns it.
struct RoutingExample
{
    QString title;
    QString body;
    QString route; // the final route: the OPD that responded and closed it, or the agency it went to
    QStringList returnedBy; // OPDs that returned it on the way (they were wrong for this text)
};

} // namespace rabeg
