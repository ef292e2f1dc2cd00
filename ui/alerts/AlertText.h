#pragma once

#include "alerts/Alert.h"

#include <QCoreApplication>

namespace rabeg {

// What the notification list and the tray say for an alert, translated.
class AlertText
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)

public:
    // The kind, as the mute menu lists it ("New complaints in the inbox").
    static QString kindName(AlertKind kind);
    // One line: what happened, to which complaint.
    static QString headline(const Alert &alert);
    // The digest's heading: when it was gathered for and how many alerts it holds.
    static QString digestTitle(const QDateTime &digestAt, int count);
};

} // namespace rabeg
