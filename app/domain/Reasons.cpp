#include "Reasons.h"

#include <QCoreApplication>

namespace rabeg {
namespace {

struct ReasonEntry
{
    ReasonList list;
    const char16_t *code;
    const char *label;
};

// Labels follow what LAPOR! administrators see (REFERENCE.md); English source, Indonesian in i18n/rabeg_id.ts.
constexpr ReasonEntry kReasons[] = {
    {ReasonList::Defer, u"incomplete_information", QT_TRANSLATE_NOOP("Reasons", "Information is incomplete")},
    {ReasonList::Defer, u"unclear_location", QT_TRANSLATE_NOOP("Reasons", "The location is unclear")},
    {ReasonList::Defer, u"evidence_needed", QT_TRANSLATE_NOOP("Reasons", "Supporting evidence is needed")},
    {ReasonList::Defer, u"wrong_format", QT_TRANSLATE_NOOP("Reasons", "Wrong format")},
    {ReasonList::Defer, u"other", QT_TRANSLATE_NOOP("Reasons", "Other (see note)")},
    {ReasonList::Reject, u"wrong_format", QT_TRANSLATE_NOOP("Reasons", "Wrong format")},
    {ReasonList::Reject, u"too_general", QT_TRANSLATE_NOOP("Reasons", "Too general")},
    {ReasonList::Reject, u"not_public_service",
     QT_TRANSLATE_NOOP("Reasons", "Not about the performance of a public service")},
    {ReasonList::Reject, u"abusive", QT_TRANSLATE_NOOP("Reasons", "Abusive or offensive content")},
    {ReasonList::Reject, u"spam", QT_TRANSLATE_NOOP("Reasons", "Spam or a test message")},
    {ReasonList::Reject, u"no_reply", QT_TRANSLATE_NOOP("Reasons", "The reporter did not supply the information asked")},
    {ReasonList::Reject, u"other", QT_TRANSLATE_NOOP("Reasons", "Other (see note)")},
    {ReasonList::Return, u"not_our_duty", QT_TRANSLATE_NOOP("Reasons", "Not this OPD's duty")},
    {ReasonList::Return, u"other_opd", QT_TRANSLATE_NOOP("Reasons", "Belongs to another OPD")},
    {ReasonList::Return, u"wrong_area", QT_TRANSLATE_NOOP("Reasons", "Outside this office's area")},
    {ReasonList::Return, u"insufficient_information",
     QT_TRANSLATE_NOOP("Reasons", "Not enough information to act on")},
    {ReasonList::Return, u"other", QT_TRANSLATE_NOOP("Reasons", "Other (see note)")},
};

} // namespace

QList<Reason> reasons(ReasonList list)
{
    QList<Reason> result;
    for (const auto &entry : kReasons) {
        if (entry.list == list)
            result.append({QString::fromUtf16(entry.code), QCoreApplication::translate("Reasons", entry.label)});
    }
    return result;
}

bool isKnownReason(ReasonList list, QStringView code)
{
    for (const auto &entry : kReasons) {
        if (entry.list == list && code == QStringView(entry.code))
            return true;
    }
    return false;
}

QString reasonLabel(ReasonList list, QStringView code)
{
    for (const auto &entry : kReasons) {
        if (entry.list == list && code == QStringView(entry.code))
            return QCoreApplication::translate("Reasons", entry.label);
    }
    return code.toString();
}

} // namespace rabeg
