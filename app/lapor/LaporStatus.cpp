#include "LaporStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

class LaporStatusText
{
    Q_DECLARE_TR_FUNCTIONS(LaporStatus)
};

// The city itself, or one of its OPDs: a report "diteruskan" there is simply ours.
bool isTheCity(const QString &institution, const ReferenceData &reference)
{
    const QString v = institution.simplified().toCaseFolded();
    if (v.isEmpty() || v.contains(u"kota serang"_s))
        return true;
    for (const Opd &opd : reference.opds) {
        if (opd.code.toCaseFolded() == v || opd.name.toCaseFolded() == v)
            return true;
    }
    return false;
}

QString agencyCode(const QString &institution, const ReferenceData &reference)
{
    const QString v = institution.simplified().toCaseFolded();
    for (const Agency &agency : reference.agencies) {
        const QString name = agency.name.toCaseFolded();
        if (agency.code.toCaseFolded() == v || name == v || (v.size() >= 3 && name.contains(v)))
            return agency.code;
    }
    return {};
}

} // namespace

LaporStatus LaporStatus::interpret(const QString &status, const QString &institution, const ReferenceData &reference)
{
    LaporStatus s;
    const QString v = status.simplified().toCaseFolded();
    s.code = QString(v).replace(u' ', u'_');
    static const QStringList nothing = {u""_s,
                                        u"belum terverifikasi"_s,
                                        u"belum diverifikasi"_s,
                                        u"menunggu verifikasi"_s,
                                        u"terverifikasi"_s,
                                        u"diproses"_s,
                                        u"dalam proses"_s,
                                        u"sedang diproses"_s,
                                        u"ditindaklanjuti"_s,
                                        u"menunggu tindak lanjut"_s};
    if (nothing.contains(v)) {
        s.action = Action::Nothing;
    } else if (v == u"selesai"_s || v == u"ditutup"_s) {
        s.action = Action::Close;
    } else if (v == u"dibuka kembali"_s) {
        s.action = Action::Reopen;
    } else if (v == u"diteruskan"_s || v == u"dialihkan"_s || v == u"didisposisikan"_s) {
        if (isTheCity(institution, reference)) {
            s.action = Action::Nothing;
        } else if (const QString code = agencyCode(institution, reference); !code.isEmpty()) {
            s.action = Action::Forward;
            s.agency = code;
        } else {
            s.action = Action::NotApplied;
            s.reason = LaporStatusText::tr("LAPOR! passed it on to \"%1\", which is neither the city nor an external "
                                           "agency Rabeg knows; forward it by hand (not our authority).")
                           .arg(institution);
        }
    } else if (v == u"diarsipkan"_s) {
        s.action = Action::Archive;
    } else if (v == u"ditunda"_s) {
        s.action = Action::NotApplied;
        s.reason = LaporStatusText::tr("LAPOR!'s administrator deferred it; a deferral here is the operator's own "
                                       "decision (defer, with the question to the reporter).");
    } else {
        s.action = Action::Unknown;
        s.reason = LaporStatusText::tr("The LAPOR! status \"%1\" is not in the table of docs/lapor.md; nothing was "
                                       "changed.")
                       .arg(status);
    }
    return s;
}

} // namespace rabeg
