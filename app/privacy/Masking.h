#pragma once

#include <QJsonObject>
#include <QString>

namespace rabeg {

// Numbers that look like a NIK (16 digits) or an Indonesian phone number (08..., +628..., 628...) inside free
// text are personal data (UU 27/2022). The hub masks them in everything it sends to caches; the unmasked text
// comes only with the identity fetch, for roles allowed to see it. Masking keeps the first four characters, so
// an operator still sees that a number was there ("3673************", "0812*******").
QString maskPersonalNumbers(const QString &text);
bool containsPersonalNumber(const QString &text);

// Masks the free-text fields of a complaint state or an event payload (title, body, address, note, text,
// response, reason); other fields are left as they are.
QJsonObject maskPersonalNumbers(const QJsonObject &object);

} // namespace rabeg
