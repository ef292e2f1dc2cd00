#include "AdminText.h"

#include "codec/WireTime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rabeg {

QString adminCodeText(const QString &code)
{
    const auto t = [](const char *text) { return QCoreApplication::translate("AdminText", text); };
    if (code == u"working_days")
        return t("working days");
    if (code == u"calendar_days")
        return t("calendar days");
    if (code == u"hours")
        return t("hours");
    if (code == u"none")
        return t("nothing");
    if (code == u"escalate")
        return t("escalate to the Ombudsman");
    if (code == u"close")
        return t("close the complaint");
    if (code == u"holiday")
        return t("national holiday");
    if (code == u"cuti_bersama")
        return t("cuti bersama");
    if (code == u"added_holiday")
        return t("day off added at short notice");
    if (code == u"opd_working_day")
        return t("OPD working Saturday");
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
