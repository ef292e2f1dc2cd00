#pragma once

#include "domain/Command.h"
#include "domain/Event.h"
#include "refdata/ReferenceData.h"
#include "sop/Checklist.h"

#include <QCoreApplication>
#include <QHash>

namespace rabeg {

// What an event of the history, or a command not yet confirmed, says in words people read (translated).
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)

public:
    // An SOP step's key -> its name in the complaint's checklist ("2. Survei lapangan"), for the steps' events.
    using StepNames = QHash<QString, QString>;
    static StepNames stepNames(const Checklist &checklist);
    static QString of(const Event &event, const ReferenceData *reference = nullptr,
                      const StepNames *stepNames = nullptr);
    // A command that has no event yet (refused by the state machine, or held back): its kind and main value.
    static QString ofCommand(const Command &command, const ReferenceData *reference = nullptr);
};

} // namespace rabeg
