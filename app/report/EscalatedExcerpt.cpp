#include "EscalatedExcerpt.h"

#include <QMap>

#include <algorithm>

namespace rabeg {

bool EscalatedExcerpt::cut() const
{
    return std::any_of(groups.cbegin(), groups.cend(), [](const Group &g) { return g.more > 0; });
}

EscalatedExcerpt EscalatedExcerpt::of(const QList<EscalatedComplaint> &escalated, int perOpd)
{
    // QMap orders the OPD codes; the command center (the empty code) is moved last, as in the per-OPD table.
    QMap<QString, Group> byOpd;
    for (const EscalatedComplaint &row : escalated) {
        Group &group = byOpd[row.opd];
        group.opd = row.opd;
        if (group.listed.size() < perOpd)
            group.listed.append(row);
        else
            ++group.more;
    }
    EscalatedExcerpt excerpt;
    excerpt.total = int(escalated.size());
    for (auto it = byOpd.cbegin(); it != byOpd.cend(); ++it) {
        if (!it.key().isEmpty())
            excerpt.groups.append(it.value());
    }
    if (const auto center = byOpd.constFind(QString()); center != byOpd.cend())
        excerpt.groups.append(center.value());
    return excerpt;
}

} // namespace rabeg
