#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace rabeg::json {

// Bounds on what the parser accepts. The defaults fit a hub request body (nginx caps those at 1 MB too).
struct ParseLimits
{
    // Containers open at once; a top-level scalar has depth 0, "[[]]" has depth 2. The parser recurses once per
    // level, so values above kMaxSupportedDepth are lowered to it to keep the stack safe.
    int maxDepth = 32;
    qsizetype maxBytes = 1024 * 1024;
    // Measured in UTF-8 bytes after unescaping, for values and keys alike.
    qsizetype maxStringBytes = 256 * 1024;
};

inline constexpr int kMaxSupportedDepth = 1000;

// Where and why the input was refused. `offset` is in bytes; `line` and `column` count from 1, the column in
// characters. `message` is an English sentence that starts with the line and column, e.g.
// `line 3, column 7: duplicate key "title"`.
struct ParseError
{
    qsizetype offset = 0;
    int line = 1;
    int column = 1;
    QString message;
};

// Parses untrusted bytes (a network request) as RFC 8259 JSON, refusing anything a lenient parser would let
// through: invalid UTF-8 (overlong forms, encoded surrogates, truncated sequences), unpaired \u surrogates, a
// BOM, duplicate keys, comments, trailing commas, leading zeros, and every number that is not an integer within
// +-(2^53 - 1). A top-level scalar is accepted. Integers come back as exact QJsonValue doubles (-0 as 0).
// Strings keep every character, a leading U+FEFF included (QJsonDocument::fromJson and QString::fromUtf8 drop
// it in Qt 6.4, which would change a canonical hash).
rabeg::Result<QJsonValue, ParseError> parseStrict(QByteArrayView bytes, const ParseLimits &limits = {});

} // namespace rabeg::json
