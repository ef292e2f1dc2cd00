#include "JumpTimeEdit.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QTimeZone kWib(7 * 3600);

} // namespace

JumpTimeEdit::JumpTimeEdit(QWidget *parent) : QLineEdit(parent) { }

void JumpTimeEdit::setTime(const QDateTime &at)
{
    setText(QLocale().toString(at.toTimeZone(kWib), format()));
}

QDateTime JumpTimeEdit::time() const
{
    return parse(text(), QLocale());
}

QDateTime JumpTimeEdit::parse(const QString &text, const QLocale &locale)
{
    // "d" and "H" read one or two digits, so "7/11/26 8.05" is read as well as "07/11/26 08.05".
    QString relaxed = locale.dateTimeFormat(QLocale::ShortFormat);
    for (const QString &twice : {u"dd"_s, u"MM"_s, u"HH"_s, u"hh"_s}) // not "ddd" or "MMM" (names)
        relaxed.replace(QRegularExpression(u"\\b"_s + twice + u"\\b"_s), twice.left(1));
    const bool shortYear = relaxed.contains(u"yy"_s) && !relaxed.contains(u"yyyy"_s);
    QDateTime read = locale.toDateTime(text.trimmed(), relaxed);
    if (read.isValid() && shortYear)
        read = read.addYears(100); // Qt 6.4 reads "yy" as 19yy; a class is never in the last century
    if (!read.isValid() && shortYear)
        read = locale.toDateTime(text.trimmed(), QString(relaxed).replace(u"yy"_s, u"yyyy"_s));
    if (!read.isValid())
        return {};
    return QDateTime(read.date(), read.time(), kWib);
}

} // namespace rabeg
