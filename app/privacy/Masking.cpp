#include "Masking.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QRegularExpression &pattern()
{
    // Digits may be written with spaces, dots or dashes between groups ("0812-3456-7890", "3673 0101 ...").
    static const QRegularExpression re(
        uR"((?<![0-9])(?:(?:\+?62|0)8[0-9](?:[ .\-]?[0-9]){7,11}|[0-9](?:[ .\-]?[0-9]){15})(?![0-9]))"_s);
    return re;
}

const QStringList kTextFields = {u"title"_s, u"body"_s, u"address"_s, u"note"_s,
                                 u"text"_s,  u"response"_s, u"reason"_s};

} // namespace

QString maskPersonalNumbers(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out;
    qsizetype last = 0;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString number = match.captured();
        int kept = 0;
        for (QChar c : number) {
            if (c.isDigit() && kept < 4) {
                out += c;
                ++kept;
            } else {
                out += c.isDigit() ? u'*' : c;
            }
        }
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

bool containsPersonalNumber(const QString &text) { return pattern().match(text).hasMatch(); }

QJsonObject maskPersonalNumbers(const QJsonObject &object)
{
    QJsonObject out = object;
    for (const QString &field : kTextFields) {
        const auto it = out.find(field);
        if (it != out.end() && it->isString())
            *it = maskPersonalNumbers(it->toString());
    }
    return out;
}

} // namespace rabeg
