#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace rabeg::json {

// The bytes the event log hashes and stores: RFC 8785 (JSON Canonicalization Scheme) restricted to integers
// within +-(2^53 - 1). Object keys sorted by UTF-16 code units, no whitespace, strings escaped as RFC 8785 says
// (only " \ and control characters: \b \f \n \r \t short forms, others \u00xx in lowercase hex; everything else,
// including non-ASCII, DEL and '/', written literally as UTF-8), integers in plain decimal, -0 as 0.
// Fails with a message naming the offending place (e.g. "$.payload.amount: ...") on a number that is not an
// integer or is out of range, on an undefined value, and on a string holding an unpaired UTF-16 surrogate.
rabeg::Result<QByteArray, QString> canonicalBytes(const QJsonValue &value);

// For values built by code that only holds integers and well-formed strings. Asserts in debug builds; a release
// build writes null for a number it cannot represent and U+FFFD for an unpaired surrogate, so it never throws
// or truncates.
QByteArray canonicalBytesUnchecked(const QJsonValue &value);

// SHA-256 of the bytes as 64 lowercase hex digits.
QByteArray sha256Hex(QByteArrayView bytes);

} // namespace rabeg::json
