#pragma once

#include "RouteSuggestion.h"
#include "core/Result.h"
#include "refdata/ReferenceData.h"

#include <QList>

namespace rabeg {

class RoutingSuggester;

// A wrong top-1 suggestion, counted: the labelled route and what was suggested instead.
struct ConfusionPair
{
    QString expected;
    QString suggested;
    int count = 0;
};

struct RoutingEvaluationResult
{
    int total = 0;
    int top1 = 0;
    int top3 = 0;
    QList<ConfusionPair> confusions; // most frequent first, then by codes

    double top1Accuracy() const { return total ? double(top1) / total : 0; }
    double top3Accuracy() const { return total ? double(top3) / total : 0; }
};

// Reads a labelled file: one JSON object per line {"title","body","route"}; blank lines are skipped. Refuses the
// whole file on the first problem, naming the line ("labelled.jsonl:12: unknown route \"DISHUBB\"").
Result<QList<RoutingExample>> readLabelledComplaints(const QString &path, const ReferenceData &reference);

// Suggests each example with its service hidden (title and body only) and counts top-1/top-3 hits and confusions.
RoutingEvaluationResult evaluateRouting(const RoutingSuggester &suggester, const QList<RoutingExample> &examples);

} // namespace rabeg
