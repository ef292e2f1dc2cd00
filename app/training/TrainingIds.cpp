#include "TrainingIds.h"

using namespace Qt::StringLiterals;

namespace rabeg::trainingIds {
namespace {

// A fixed namespace for UUIDv5 names of training objects (made once with uuidgen).
const QUuid kNamespace(u"6f0d2c4e-8a51-4c9b-9a77-3e52b1d0c7a4"_s);

QString text(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

QUuid complaint(const QString &storeId, const QString &trainee, const QString &key)
{
    return QUuid::createUuidV5(kNamespace, u"complaint/%1/%2/%3"_s.arg(storeId, trainee, key));
}

QUuid intakeCommand(const QUuid &complaint)
{
    return QUuid::createUuidV5(kNamespace, u"intake/"_s + text(complaint));
}

QUuid assignCommand(const QUuid &complaint)
{
    return QUuid::createUuidV5(kNamespace, u"assign/"_s + text(complaint));
}

QUuid botCommand(const QUuid &complaint, const QString &action, int cycle)
{
    return QUuid::createUuidV5(kNamespace, u"bot/%1/%2/%3"_s.arg(text(complaint), action).arg(cycle));
}

QUuid referenceCommand(const QString &classId, const QString &type, const QString &code)
{
    return QUuid::createUuidV5(kNamespace, u"reference/%1/%2/%3"_s.arg(classId, type, code));
}

} // namespace rabeg::trainingIds
