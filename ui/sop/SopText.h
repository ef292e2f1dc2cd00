#pragma once

#include <QCoreApplication>
#include <QString>

namespace rabeg {

// Words the SOP screens share, translated: the roles that carry out steps (the codes of sop_templates.csv) and
// working-day counts.
class SopText
{
    Q_DECLARE_TR_FUNCTIONS(SopText)

public:
    static QString role(const QString &code);
    static QString workingDays(int days); // "3 working days"
    static QString medianDays(double days); // "median 4.5 d"
};

} // namespace rabeg
