#pragma once

#include <QString>
#include <QStringList>

namespace rabeg {

// The fixed reason lists of LAPOR! (defer, reject) and of OPD returns. "other" needs a free-text note.
enum class ReasonList { Defer, Reject, Return };

struct Reason
{
    QString code;
    QString label; // translated, for people
};

QList<Reason> reasons(ReasonList list);
bool isKnownReason(ReasonList list, QStringView code);
QString reasonLabel(ReasonList list, QStringView code);
inline constexpr char16_t kOtherReason[] = u"other";

} // namespace rabeg
