#pragma once

#include <QDateTime>
#include <QLineEdit>
#include <QLocale>

namespace rabeg {

// The trainer console's "jump to" field: a WIB time typed as every time of the client is shown (the locale's short
// format: "17/11/26 08.00" in Indonesian; single-digit days and hours and a four-digit year are taken too), or set
// from the class's clock. A line edit, not a QDateTimeEdit: Qt 6.4's edits section by section, and a whole time
// typed over the selected text (click, Ctrl+A, type) landed in the wrong sections and left the day as it was.
class JumpTimeEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JumpTimeEdit)

public:
    explicit JumpTimeEdit(QWidget *parent = nullptr);

    void setTime(const QDateTime &at); // shown in WIB
    QDateTime time() const; // in WIB; invalid when the text is not a time
    QString format() const { return QLocale().dateTimeFormat(QLocale::ShortFormat); }
    // A time written in that format ("17/11/26 08.00"), to show what to type.
    QString example() const { return QLocale().toString(QDateTime(QDate(2026, 11, 17), QTime(8, 0)), format()); }

    // `text` in `locale`'s short date-time format, as WIB wall time; two-digit years are this century's.
    static QDateTime parse(const QString &text, const QLocale &locale);
};

} // namespace rabeg
