#pragma once

#include <QString>
#include <QUuid>

namespace rabeg {

// The ids a training hub gives what it makes itself: the same store, trainee and scenario key always give the same
// complaint, and each scripted act the same command id, so that a restarted hub, or two ticks racing, never
// repeats an arrival or an OPD's answer (the log refuses a second command with a known id). The store id is part
// of every name: a reset class (a new store id) gets new complaints that no old cache can confuse.
namespace trainingIds {

QUuid complaint(const QString &storeId, const QString &trainee, const QString &key);
QUuid intakeCommand(const QUuid &complaint);
QUuid assignCommand(const QUuid &complaint);
// A scripted OPD's act on one follow-up cycle of a complaint ("acknowledge", "return").
QUuid botCommand(const QUuid &complaint, const QString &action, int cycle);
// A reference event a class publishes for its scenario's override of an OPD or agency ("opd_added", code).
QUuid referenceCommand(const QString &classId, const QString &type, const QString &code);

} // namespace trainingIds
} // namespace rabeg
