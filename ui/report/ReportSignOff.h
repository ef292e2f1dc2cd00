#pragma once

#include <QDateTime>
#include <QString>

namespace rabeg {

// What the report's last page adds by hand: the supervisor's notes and who signs (the Kepala Dinas, by name and
// NIP, kept in the settings: report/signer_name, report/signer_nip, report/signer_title).
struct ReportSignOff
{
    QString notes;
    QString signerName;
    QString signerNip;
    QString signerTitle; // empty: "Kepala Dinas" in the report's language
    QString place = QStringLiteral("Serang");
    QDateTime printedAt; // UTC; shown in WIB
};

} // namespace rabeg
