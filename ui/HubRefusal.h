#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rabeg {

// What a user reads when the hub refuses. The hub answers every client in English ({"error": {"code", "message"}},
// docs/api/openapi.yaml), so the workstation words the refusal itself, in the user's language:
//  1. a sentence of the shared core (the lifecycle's, an SOP publication's) by that sentence's own translation,
//     when the hub's sentence is one of them word for word;
//  2. else by its code, from the list below (with the few figures a sentence needs, such as the minutes an account
//     stays locked, taken from the hub's sentence);
//  3. else the hub's own sentence, as it came: a code this workstation does not know (a newer hub) still says why.
class HubRefusal
{
    Q_DECLARE_TR_FUNCTIONS(HubRefusal)

public:
    static QString text(const QString &code, const QString &hubSentence);
    // From a reply's body; empty when the body has no error object with a sentence.
    static QString fromBody(const QJsonObject &body);
    // The hub did not answer at all (no HTTP status): `problem` is the network's own wording.
    static QString unreachable(const QString &problem);

private:
    static QString byCode(const QString &code, const QString &hubSentence);
};

} // namespace rabeg
