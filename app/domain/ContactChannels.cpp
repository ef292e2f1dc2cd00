#include "ContactChannels.h"

#include <QCoreApplication>

namespace rabeg {
namespace {

struct ChannelEntry
{
    const char16_t *code;
    const char *label;
};

constexpr ChannelEntry kChannels[] = {
    {u"phone", QT_TRANSLATE_NOOP("ContactChannels", "Phone call")},
    {u"sms", QT_TRANSLATE_NOOP("ContactChannels", "SMS")},
    {u"whatsapp", QT_TRANSLATE_NOOP("ContactChannels", "WhatsApp")},
    {u"email", QT_TRANSLATE_NOOP("ContactChannels", "E-mail")},
    {u"letter", QT_TRANSLATE_NOOP("ContactChannels", "Letter")},
    {u"in_person", QT_TRANSLATE_NOOP("ContactChannels", "In person at the office")},
    {u"lapor", QT_TRANSLATE_NOOP("ContactChannels", "LAPOR! message")},
};

} // namespace

QList<ContactChannel> contactChannels()
{
    QList<ContactChannel> out;
    for (const ChannelEntry &entry : kChannels)
        out.append({QString::fromUtf16(entry.code), QCoreApplication::translate("ContactChannels", entry.label)});
    return out;
}

bool isKnownContactChannel(QStringView code)
{
    for (const ChannelEntry &entry : kChannels) {
        if (code == QStringView(entry.code))
            return true;
    }
    return false;
}

QString contactChannelLabel(QStringView code)
{
    for (const ChannelEntry &entry : kChannels) {
        if (code == QStringView(entry.code))
            return QCoreApplication::translate("ContactChannels", entry.label);
    }
    return code.toString();
}

} // namespace rabeg
