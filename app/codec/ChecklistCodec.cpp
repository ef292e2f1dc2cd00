#include "ChecklistCodec.h"

#include "WireTime.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QJsonValue timeOrNull(const QDateTime &at) { return at.isValid() ? QJsonValue(toWireTime(at)) : QJsonValue(); }
QJsonValue numberOrNull(int n) { return n > 0 ? QJsonValue(n) : QJsonValue(); }

} // namespace

QJsonValue encodeChecklist(const Checklist &c)
{
    if (!c.exists())
        return QJsonValue();
    QJsonArray steps;
    for (const ChecklistStep &s : c.steps)
        steps.append(QJsonObject{{u"key"_s, s.key},
                                 {u"title"_s, s.title},
                                 {u"expected_days"_s, s.expectedDays},
                                 {u"role"_s, s.role},
                                 {u"critical"_s, s.critical},
                                 {u"done_at"_s, timeOrNull(s.doneAt)},
                                 {u"phone_report"_s, s.phoneReport}});
    return QJsonObject{{u"template"_s, c.templateId},
                       {u"version"_s, c.version},
                       {u"template_known"_s, c.templateKnown},
                       {u"started_at"_s, timeOrNull(c.startedAt)},
                       {u"steps"_s, steps},
                       {u"current_step"_s, numberOrNull(c.currentStep)},
                       {u"current_due_at"_s, timeOrNull(c.currentDueAt)},
                       {u"days_at_step"_s, c.daysAtStep},
                       {u"stalled_step"_s, numberOrNull(c.stalledStep)},
                       {u"days_over"_s, c.daysOver}};
}

} // namespace rabeg
