#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rabeg {

// Words of the admin screens shared by the editors: a code of the policy's vocabulary (units, breach actions,
// calendar day kinds) as a person reads it, and who published the version in force, when and why.
QString adminCodeText(const QString &code);
QString publishedSentence(const QJsonObject &current, const QString &what);
// An instant as the admin screens show it: WIB, day first.
QString wibText(const QDateTime &at);

} // namespace rabeg
