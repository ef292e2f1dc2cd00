#include "DeadlineCodec.h"

#include "WireTime.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rabeg {

QJsonArray encodeDeadlines(const QList<Deadline> &deadlines)
{
    QJsonArray out;
    for (const Deadline &d : deadlines) {
        QJsonObject json{{u"clock"_s, d.clock}, {u"cycle"_s, d.cycle}, {u"state"_s, toCode(d.state)}};
        if (d.dueAt.isValid())
            json.insert(u"due_at"_s, toWireTime(d.dueAt));
        out.append(json);
    }
    return out;
}

} // namespace rabeg
