#pragma once

#include <QDateTime>
#include <QString>

namespace rabeg::test {

// The LAPOR! fixtures' files (tests/lapor/data) and the hub time they are read at: TestHub's clock starts at
// 2026-11-30 04:00 UTC (11:00 WIB), so every fixture date but one lies within the 29 days an import may state.
QString laporData(const QString &file);
QDateTime laporNow();

} // namespace rabeg::test
