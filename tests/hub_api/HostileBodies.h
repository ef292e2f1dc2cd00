#pragma once
// JSON texts that are not one well-formed object (the strict parser refuses each), shared by the hostile-request
// tests of every route that takes a body.
#include <QByteArray>
#include <QList>

#include <utility>

namespace rabeg::test {

inline QByteArray nested(int depth, const QByteArray &inner = "1")
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

inline QList<std::pair<QByteArray, QByteArray>> malformedBodies()
{
    return {
        {"empty", ""},
        {"whitespace", "  \n "},
        {"truncated", "{\"type\":\"verify\""},
        {"an array", "[]"},
        {"null", "null"},
        {"a string", "\"intake\""},
        {"a number", "42"},
        {"trailing comma", "{\"a\":1,}"},
        {"single quotes", "{'type':'verify'}"},
        {"a comment", "{/* x */}"},
        {"byte order mark", "\xEF\xBB\xBF{}"},
        {"duplicate keys", "{\"type\":\"verify\",\"type\":\"close\"}"},
        {"text after the object", "{} {}"},
        {"NaN", "{\"base_version\":NaN}"},
        {"a huge number", "{\"base_version\":1e400}"},
        {"a fraction", "{\"base_version\":1.5}"},
        {"a leading zero", "{\"base_version\":01}"},
        {"deep nesting", "{\"payload\":" + nested(40) + "}"},
        {"very deep nesting", "{\"payload\":" + nested(200000) + "}"},
        {"invalid UTF-8", "{\"title\":\"\xC3\x28\"}"},
        {"overlong UTF-8", "{\"title\":\"\xC0\xAF\"}"},
        {"an encoded surrogate", "{\"title\":\"\xED\xA0\x80\"}"},
        {"a lone escaped surrogate", "{\"title\":\"\\ud800\"}"},
        {"a raw NUL", QByteArray("{\"title\":\"a") + '\0' + QByteArray("b\"}")},
        {"a raw control character", "{\"title\":\"a\x01b\"}"},
        {"a string of 300 KB", "{\"title\":\"" + QByteArray(300 * 1024, 'a') + "\"}"},
        {"a key of 300 KB", "{\"" + QByteArray(300 * 1024, 'k') + "\":1}"},
    };
}

} // namespace rabeg::test
