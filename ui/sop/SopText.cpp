#include "SopText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rabeg {

QString SopText::role(const QString &code)
{
    if (code == u"liaison")
        return tr("OPD liaison");
    if (code == u"petugas_teknis")
        return tr("Technical officer");
    if (code == u"kepala_bidang")
        return tr("Head of division");
    if (code == u"kepala_dinas")
        return tr("Head of the OPD");
    return code;
}

QString SopText::workingDays(int days)
{
    return tr("%n working day(s)", nullptr, days);
}

QString SopText::medianDays(double days)
{
    // Medians of an even count end in .5; anything else is a whole number.
    return tr("median %1 d").arg(QLocale().toString(days, 'f', days == int(days) ? 0 : 1));
}

} // namespace rabeg
