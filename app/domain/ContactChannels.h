#pragma once

#include <QList>
#include <QString>

namespace rabeg {

// How the command center reached a reporter, or how the reporter answered (the reporter loop: a defer asks for
// information, a resume records the answer). A fixed list, so reports can count by channel; the codes are wire
// values of the Deferred and Resumed payloads ("reporter_channel").
struct ContactChannel
{
    QString code;
    QString label; // translated, for people
};

QList<ContactChannel> contactChannels();
bool isKnownContactChannel(QStringView code);
// The translated label, or the code itself when unknown (a newer hub's channel).
QString contactChannelLabel(QStringView code);

} // namespace rabeg
