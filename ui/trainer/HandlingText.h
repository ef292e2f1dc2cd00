#pragma once

#include "training/TraineeScore.h"

#include <QCoreApplication>

namespace rabeg {

// A decision of the result sheet in the words a trainee reads ("Dispatch to Dinas ...", "Not our authority →
// Polresta Serang Kota", "Duplicate of “...”", "Reject: <the reason's label>"), never the API's codes.
class HandlingText
{
    Q_DECLARE_TR_FUNCTIONS(HandlingText)

public:
    // `words`: the API's words, said as they are when the hub sent no parts (an older hub).
    static QString of(const Handling &handling, const QString &words);
};

} // namespace rabeg
