#pragma once

#include "refdata/ReferenceData.h"

#include <QString>

namespace rabeg {

// What a LAPOR! status seen in an export asks of our complaint (docs/lapor.md, "Statuses"). LAPOR!'s statuses that
// only say the report reached the city, or that mirror the city's own work, ask nothing: that work is ours, and it
// goes back to LAPOR! by the export.
struct LaporStatus
{
    enum class Action {
        Nothing, // belum terverifikasi, terverifikasi, diteruskan to the city, diproses, ditindaklanjuti, empty
        Close, // selesai, ditutup: the reporter or LAPOR! closed it after the city's response
        Reopen, // dibuka kembali: the reporter was not satisfied with the response
        Forward, // diteruskan / dialihkan to an institution outside the city's authority (agencies.csv)
        Archive, // diarsipkan: LAPOR!'s administrator archived it; rejected here with reason "other"
        NotApplied, // a status known but not ours to copy (ditunda), or a forward to an unknown institution
        Unknown, // a status not in the table
    };

    Action action = Action::Nothing;
    QString code; // the status, normalised ("selesai", "dibuka_kembali"...), part of the command's id
    QString agency; // Forward: our agency code
    QString reason; // NotApplied / Unknown: why, for the person importing

    // `status` and `institution` as the export wrote them.
    static LaporStatus interpret(const QString &status, const QString &institution, const ReferenceData &reference);
};

} // namespace rabeg
