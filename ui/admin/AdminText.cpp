#include "AdminText.h"

#include "codec/WireTime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rabeg {

QString adminCodeText(const QString &code)
{
    // Each text written out in a translate() call, so that lupdate finds it (a helper taking the text would hide
    // them: the combo boxes showed English in Indonesian).
    if (code == u"working_days")
        return QCoreApplication::translate("AdminText", "working days");
    if (code == u"calendar_days")
        return QCoreApplication::translate("AdminText", "calendar days");
    if (code == u"hours")
        return QCoreApplication::translate("AdminText", "hours");
    if (code == u"none")
        return QCoreApplication::translate("AdminText", "nothing");
    if (code == u"escalate")
        return QCoreApplication::translate("AdminText", "escalate to the Ombudsman");
    if (code == u"close")
        return QCoreApplication::translate("AdminText", "close the complaint");
    if (code == u"holiday")
        return QCoreApplication::translate("AdminText", "national holiday");
    if (code == u"cuti_bersama")
        return QCoreApplication::translate("AdminText", "cuti bersama");
    if (code == u"added_holiday")
        return QCoreApplication::translate("AdminText", "day off added at short notice");
    if (code == u"opd_working_day")
        return QCoreApplication::translate("AdminText", "OPD working Saturday");
    return code;
}

QString wibText(const QDateTime &at)
{
    return at.toUTC().addSecs(7 * 3600).toString(u"dd-MM-yyyy HH:mm"_s) + u" WIB"_s;
}

QString publishedSentence(const QJsonObject &current, const QString &what)
{
    const int version = current.value(u"version"_s).toInt();
    if (version == 0)
        return QCoreApplication::translate("AdminText", "%1 in force: version 0, as shipped with Rabeg.").arg(what);
    const QDateTime at = parseWireTime(current.value(u"published_at"_s).toString());
    return QCoreApplication::translate("AdminText", "%1 in force: version %2, published by %3 on %4: %5")
        .arg(what)
        .arg(version)
        .arg(current.value(u"published_by"_s).toString(), at.isValid() ? wibText(at) : QString(),
             current.value(u"why"_s).toString());
}

} // namespace rabeg
