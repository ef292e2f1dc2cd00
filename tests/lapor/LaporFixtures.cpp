#include "LaporFixtures.h"

using namespace Qt::StringLiterals;

namespace rabeg::test {

QString laporData(const QString &file)
{
    return QStringLiteral(LAPOR_DATA) + u'/' + file;
}

QDateTime laporNow()
{
    return QDateTime(QDate(2026, 11, 30), QTime(4, 0), Qt::UTC);
}

} // namespace rabeg::test
