#include "HubRefusal.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// What a sentence takes from the hub's own: nothing, the first name in quotes ("the account \"andi\""), or the
// first number ("try again in 15 minutes").
enum class Figure { None, Quoted, Number };

struct Wording
{
    const char *code;
    const char *text;
    Figure figure = Figure::None;
};

// The codes a person can meet at a workstation, by what they did or by the hub's state. The request-shape codes
// (malformed_json, invalid_field, bad_parameter, method_not_allowed) mean this workstation and the hub disagree on
// the API, so they say so and keep the hub's sentence, which names the field.
const Wording kWordings[] = {
    // Signing in and the session
    {"bad_credentials", QT_TRANSLATE_NOOP("HubRefusal", "The user name or the password is wrong.")},
    {"account_locked",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "This account is locked after repeated failed logins. Try again in %1 minutes, "
                       "or ask an administrator to unlock it."),
     Figure::Number},
    {"too_many_attempts",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "Too many failed logins for this account or from this workstation. Try again in "
                       "%1 seconds."),
     Figure::Number},
    {"invalid_token", QT_TRANSLATE_NOOP("HubRefusal", "Your session has ended. Log in again.")},
    {"missing_token", QT_TRANSLATE_NOOP("HubRefusal", "Your session has ended. Log in again.")},
    {"scope_changed",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "Your role or OPD has changed. Log in again; this workstation syncs afresh and "
                       "keeps what it has not sent yet.")},
    {"role_not_allowed", QT_TRANSLATE_NOOP("HubRefusal", "Your role may not do this.")},
    {"trainer_only", QT_TRANSLATE_NOOP("HubRefusal", "Only a trainer runs the class.")},
    // Complaints
    {"not_found", QT_TRANSLATE_NOOP("HubRefusal", "The hub has no such complaint, or none that you may see.")},
    {"out_of_scope", QT_TRANSLATE_NOOP("HubRefusal", "This complaint is not in your OPD's care.")},
    {"wrong_state", QT_TRANSLATE_NOOP("HubRefusal", "This cannot be done to the complaint in its present state.")},
    {"conflict",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "Someone else changed this complaint after you read it. Compare both versions "
                       "and decide again.")},
    {"stale_decision",
     QT_TRANSLATE_NOOP("HubRefusal", "The complaint changed before the hub acted on it; the hub decides again.")},
    {"command_id_reused",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "The hub already took a different command under this command's id. Do it "
                       "again as a new command.")},
    {"complaint_exists", QT_TRANSLATE_NOOP("HubRefusal", "The hub already holds this complaint.")},
    {"already_escalated", QT_TRANSLATE_NOOP("HubRefusal", "This complaint has already gone to the Ombudsman.")},
    {"not_assigned", QT_TRANSLATE_NOOP("HubRefusal", "Nobody owns this complaint.")},
    {"unknown_assignee",
     QT_TRANSLATE_NOOP("HubRefusal", "The hub has no command center user \"%1\": choose a colleague from the list."),
     Figure::Quoted},
    {"inactive_assignee",
     QT_TRANSLATE_NOOP("HubRefusal", "The account \"%1\" is deactivated: choose a colleague who is still working."),
     Figure::Quoted},
    {"missing_reason", QT_TRANSLATE_NOOP("HubRefusal", "Choose a reason from the list.")},
    {"unknown_reason", QT_TRANSLATE_NOOP("HubRefusal", "The reason \"%1\" is not in the hub's list."), Figure::Quoted},
    {"missing_note", QT_TRANSLATE_NOOP("HubRefusal", "The reason \"other\" needs a note that explains it.")},
    {"missing_reporter_channel", QT_TRANSLATE_NOOP("HubRefusal", "Choose how the reporter was reached.")},
    {"unknown_reporter_channel",
     QT_TRANSLATE_NOOP("HubRefusal", "The hub does not know that way of reaching the reporter.")},
    {"missing_classification", QT_TRANSLATE_NOOP("HubRefusal", "Choose aspirasi, pengaduan or permintaan informasi.")},
    {"missing_title", QT_TRANSLATE_NOOP("HubRefusal", "A title must not be empty.")},
    {"missing_duplicate_of", QT_TRANSLATE_NOOP("HubRefusal", "Name the complaint this one duplicates.")},
    {"duplicate_of_self", QT_TRANSLATE_NOOP("HubRefusal", "A complaint cannot be a duplicate of itself.")},
    {"invalid_time", QT_TRANSLATE_NOOP("HubRefusal", "The time given is not a valid time.")},
    {"received_at_out_of_bounds",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "The time the complaint was received must lie within the last 30 days and not "
                       "in the future.")},
    {"unknown_category", QT_TRANSLATE_NOOP("HubRefusal", "The hub has no such category. Sync, then choose again.")},
    {"inactive_category", QT_TRANSLATE_NOOP("HubRefusal", "This category is no longer in use. Choose another.")},
    {"unknown_service", QT_TRANSLATE_NOOP("HubRefusal", "The hub has no such service. Sync, then choose again.")},
    {"inactive_service", QT_TRANSLATE_NOOP("HubRefusal", "This service is no longer in use. Choose another.")},
    {"unknown_kecamatan", QT_TRANSLATE_NOOP("HubRefusal", "The hub has no such kecamatan.")},
    {"unknown_opd", QT_TRANSLATE_NOOP("HubRefusal", "The hub has no such OPD. Sync, then choose again.")},
    {"inactive_opd", QT_TRANSLATE_NOOP("HubRefusal", "This OPD is no longer in use. Choose another.")},
    {"unknown_agency", QT_TRANSLATE_NOOP("HubRefusal", "The hub has no such agency. Sync, then choose again.")},
    {"inactive_agency", QT_TRANSLATE_NOOP("HubRefusal", "This agency is no longer in use. Choose another.")},
    {"no_checklist", QT_TRANSLATE_NOOP("HubRefusal", "This complaint has no SOP checklist to tick.")},
    {"unknown_step", QT_TRANSLATE_NOOP("HubRefusal", "The complaint's SOP checklist has no such step.")},
    {"step_already_done", QT_TRANSLATE_NOOP("HubRefusal", "The step \"%1\" is already done."), Figure::Quoted},
    {"step_not_done", QT_TRANSLATE_NOOP("HubRefusal", "The step \"%1\" is not done, so there is nothing to reopen."),
     Figure::Quoted},
    {"critical_steps_open",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "Critical SOP steps are not done yet. Tick them first, or give a reason to "
                       "respond anyway.")},
    // Attachments
    {"attachment_too_large",
     QT_TRANSLATE_NOOP("HubRefusal", "The file is larger than 10 MB. Send a smaller photo or split the document.")},
    {"attachment_type",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "This file is not a photo or a PDF: only JPEG, PNG and PDF files are accepted, "
                       "judged by their content, not their name.")},
    {"attachment_empty", QT_TRANSLATE_NOOP("HubRefusal", "The file is empty.")},
    {"invalid_file_name",
     QT_TRANSLATE_NOOP("HubRefusal", "The file's name is empty or too long. Rename the file and add it again.")},
    {"attachment_forbidden",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "Your role may not add attachments. The command center and the liaison of the "
                       "OPD holding the complaint may.")},
    {"attachment_not_found", QT_TRANSLATE_NOOP("HubRefusal", "This complaint has no such attachment.")},
    {"attachment_unreadable",
     QT_TRANSLATE_NOOP("HubRefusal", "The hub cannot read this attachment's file. Tell the hub's administrator.")},
    // The reporter's identity
    {"identity_forbidden", QT_TRANSLATE_NOOP("HubRefusal", "Your role may not see reporters' identities.")},
    {"identity_reveal_forbidden",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "Only a supervisor or an admin may reveal an anonymous reporter's identity, and "
                       "only with a stated reason.")},
    {"identity_anonymous", QT_TRANSLATE_NOOP("HubRefusal", "The reporter asked to stay anonymous.")},
    {"not_anonymous", QT_TRANSLATE_NOOP("HubRefusal", "The reporter is not anonymous: there is nothing to reveal.")},
    {"identity_key_missing",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "The hub was started without its identity key, so it cannot open reporters' "
                       "identities. Tell the hub's administrator.")},
    {"identity_key_wrong",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "The hub was started with the identity key of another store. Tell the hub's "
                       "administrator.")},
    // Accounts (the Users tab)
    {"unknown_user", QT_TRANSLATE_NOOP("HubRefusal", "The hub has no such account. Reload the list of users.")},
    {"duplicate_username",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "There is already an account \"%1\": choose another user name, or change that "
                       "account."),
     Figure::Quoted},
    {"invalid_username",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "A user name is 2 to 64 small letters, digits, dots, dashes or underscores, "
                       "starting with a letter or digit.")},
    {"invalid_name",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "Write the person's name: at most 120 characters, and not only spaces or "
                       "invisible characters.")},
    {"weak_password",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "This password is too weak. A password has at least 10 characters, 5 of them "
                       "different, does not contain the user name and is not a common word with "
                       "digits around it; a short phrase works well.")},
    {"deactivate_yourself",
     QT_TRANSLATE_NOOP("HubRefusal", "You cannot deactivate your own account: ask another admin to do it.")},
    {"own_role",
     QT_TRANSLATE_NOOP("HubRefusal", "You cannot take the admin role from yourself: ask another admin to do it.")},
    {"already_active", QT_TRANSLATE_NOOP("HubRefusal", "The account \"%1\" is already active."), Figure::Quoted},
    {"already_inactive", QT_TRANSLATE_NOOP("HubRefusal", "The account \"%1\" is already deactivated."), Figure::Quoted},
    {"nothing_changed",
     QT_TRANSLATE_NOOP("HubRefusal", "The account already has this role, OPD and name: change one of them.")},
    {"liaison_needs_opd",
     QT_TRANSLATE_NOOP("HubRefusal", "A liaison needs an OPD: choose the OPD whose complaints they follow up.")},
    {"opd_only_for_liaison",
     QT_TRANSLATE_NOOP("HubRefusal", "Only a liaison has an OPD: leave the OPD empty for this role.")},
    {"reason_required", QT_TRANSLATE_NOOP("HubRefusal", "Say why: the reason must not be empty.")},
    // Policy, calendar, SOP templates, reference data
    {"why_required", QT_TRANSLATE_NOOP("HubRefusal", "Say what changes and why.")},
    {"sop_version_taken",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "Someone published a version of this template meanwhile: reload the template "
                       "and publish again.")},
    {"sop_published_earlier",
     QT_TRANSLATE_NOOP("HubRefusal", "A version cannot be published before the previous one.")},
    {"not_your_opd", QT_TRANSLATE_NOOP("HubRefusal", "You may draft SOP templates for your own OPD only.")},
    {"draft_differs",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "The template differs from the draft it was submitted as. Open the draft again "
                       "and publish it as it was submitted.")},
    {"unknown_draft", QT_TRANSLATE_NOOP("HubRefusal", "The hub has no such submitted SOP draft.")},
    // The training class
    {"jump_backwards",
     QT_TRANSLATE_NOOP("HubRefusal", "The class clock only jumps forward; to start again, reset the class.")},
    {"bad_speed", QT_TRANSLATE_NOOP("HubRefusal", "The clock runs at 0 (paused) or from 1 to 600 times real time.")},
    // The hub itself
    {"storage_unavailable",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "The hub cannot reach its store right now. Try again in a moment; nothing was "
                       "lost.")},
    {"storage_error",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "The hub could not write to its store. Try again in a moment; if it happens "
                       "again, tell the hub's administrator.")},
    {"body_too_large", QT_TRANSLATE_NOOP("HubRefusal", "The request is larger than the hub takes (1 MB).")},
    {"malformed_json",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "The hub could not read this workstation's request (%1). This workstation and "
                       "the hub may be of different versions: tell the administrator.")},
    {"bad_parameter",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "The hub refused a field of this workstation's request (%1). This workstation "
                       "and the hub may be of different versions: tell the administrator.")},
    {"method_not_allowed",
     QT_TRANSLATE_NOOP("HubRefusal",
                       "The hub does not take this request (%1). This workstation and the hub may be "
                       "of different versions: tell the administrator.")},
};

// What is wrong with a field, as the shared core writes it after the field's path ("days[0].decree: a day off needs
// the decree it comes from, or provisional: true"): the calendar's and the SLA policy's checks (PolicyJson.cpp,
// PolicyVersions.cpp) and the field reader's (FieldReader.cpp), which an admin meets in the editors. %1 and %2
// stand for what the hub's sentence names there (a date, a code), matched and carried over.
const char *const kFieldProblems[] = {
    QT_TRANSLATE_NOOP("FieldProblem", "missing"),
    QT_TRANSLATE_NOOP("FieldProblem", "missing required field"),
    QT_TRANSLATE_NOOP("FieldProblem", "must not be empty"),
    QT_TRANSLATE_NOOP("FieldProblem", "longer than %1 characters"),
    QT_TRANSLATE_NOOP("FieldProblem", "at least one is needed"),
    QT_TRANSLATE_NOOP("FieldProblem", "expected an integer from %1 to %2"),
    QT_TRANSLATE_NOOP("FieldProblem", "\"%1\" is not %2"),
    QT_TRANSLATE_NOOP("FieldProblem", "\"%1\" is listed twice"),
    QT_TRANSLATE_NOOP("FieldProblem", "use working_days, calendar_days or hours"),
    QT_TRANSLATE_NOOP("FieldProblem", "use none, escalate or close"),
    QT_TRANSLATE_NOOP("FieldProblem", "a clock needs a name people read"),
    QT_TRANSLATE_NOOP("FieldProblem", "\"%1\" is defined twice"),
    QT_TRANSLATE_NOOP("FieldProblem", "\"%1\" cannot both start and stop the clock"),
    QT_TRANSLATE_NOOP("FieldProblem", "a policy needs at least one clock"),
    QT_TRANSLATE_NOOP("FieldProblem", "\"%1\" is not a date such as 2026-03-18"),
    QT_TRANSLATE_NOOP("FieldProblem", "use holiday, cuti_bersama, added_holiday or opd_working_day"),
    QT_TRANSLATE_NOOP("FieldProblem", "a day off needs its name (Nyepi, cuti bersama Idul Fitri...)"),
    QT_TRANSLATE_NOOP("FieldProblem", "a day off needs the decree it comes from, or provisional: true"),
    QT_TRANSLATE_NOOP("FieldProblem", "%1 is not a Saturday; an OPD opens on Saturdays only"),
    QT_TRANSLATE_NOOP("FieldProblem", "a working Saturday belongs to one OPD"),
    QT_TRANSLATE_NOOP("FieldProblem", "unknown OPD \"%1\""),
    QT_TRANSLATE_NOOP("FieldProblem", "only a working Saturday names an OPD; a day off is for every OPD"),
    QT_TRANSLATE_NOOP("FieldProblem", "%1 is listed twice for %2"),
    QT_TRANSLATE_NOOP("FieldProblem", "%1 is listed twice as a day off"),
};

// The problem after "path: ", in the user's language when it is one of the above; empty otherwise.
// Each source above as a whole-sentence pattern, each %1 or %2 matching what the hub's sentence has there;
// compiled once.
const QList<std::pair<const char *, QRegularExpression>> &fieldProblemPatterns()
{
    static const QList<std::pair<const char *, QRegularExpression>> patterns = [] {
        static const QRegularExpression marker(u"%[12]"_s);
        QList<std::pair<const char *, QRegularExpression>> out;
        for (const char *source : kFieldProblems) {
            const QString pattern = QString::fromUtf8(source);
            QString expression;
            qsizetype from = 0;
            for (const QRegularExpressionMatch &m : marker.globalMatch(pattern)) {
                expression += QRegularExpression::escape(pattern.mid(from, m.capturedStart() - from)) + u"(.+?)"_s;
                from = m.capturedEnd();
            }
            expression += QRegularExpression::escape(pattern.mid(from));
            out.append({source, QRegularExpression(u'^' + expression + u'$')});
        }
        return out;
    }();
    return patterns;
}

QString fieldProblem(const QString &problem)
{
    // The most literal pattern that matches wins: '"%1" is not %2' matches a wrong date too, whose own sentence
    // says more.
    const char *best = nullptr;
    QRegularExpressionMatch bestMatch;
    for (const auto &[source, pattern] : fieldProblemPatterns()) {
        const QRegularExpressionMatch match = pattern.match(problem);
        if (match.hasMatch() && (!best || qstrlen(source) > qstrlen(best))) {
            best = source;
            bestMatch = match;
        }
    }
    if (!best)
        return {};
    const QString translated = QCoreApplication::translate("FieldProblem", best);
    if (translated == QString::fromUtf8(best))
        return {}; // not translated (English): the hub's own sentence reads as well
    // All at once: a value holding "%2" (a code an admin typed) must not be filled in itself.
    switch (bestMatch.lastCapturedIndex()) {
    case 0:
        return translated;
    case 1:
        return translated.arg(bestMatch.captured(1));
    default:
        return translated.arg(bestMatch.captured(1), bestMatch.captured(2));
    }
}

// The request-shape codes keep the hub's whole sentence (it names the field) in place of %1.
bool keepsWholeSentence(const QString &code)
{
    return code == u"malformed_json"_s || code == u"bad_parameter"_s || code == u"method_not_allowed"_s;
}

QString figureOf(Figure figure, const QString &hubSentence)
{
    // From the first quote to the last: a name may hold quotes itself (an SOP step's title).
    static const QRegularExpression quoted(u"\"(.+)\""_s);
    static const QRegularExpression number(u"(\\d+)"_s);
    const QRegularExpressionMatch match = (figure == Figure::Quoted ? quoted : number).match(hubSentence);
    return match.hasMatch() ? match.captured(1) : QString();
}

// The shared core's contexts whose sentences the hub sends as they are written (no translator on the hub).
const char *const kCoreContexts[] = {"Lifecycle", "SopPublication", "Checklist", "IntakeText", "DomainText"};

} // namespace

QString HubRefusal::byCode(const QString &code, const QString &hubSentence)
{
    for (const Wording &wording : kWordings) {
        if (code != QLatin1StringView(wording.code))
            continue;
        const QString translated = tr(wording.text);
        // Untranslated (an English workstation): the hub's own sentence says the same with its particulars.
        if (translated == QString::fromUtf8(wording.text) && !hubSentence.isEmpty())
            return hubSentence;
        if (keepsWholeSentence(code))
            return translated.arg(hubSentence);
        if (wording.figure == Figure::None)
            return translated;
        const QString figure = figureOf(wording.figure, hubSentence);
        // Without its figure the sentence would read wrong ("in  minutes"): the hub's own, then.
        return figure.isEmpty() ? hubSentence : translated.arg(figure);
    }
    return {};
}

QString HubRefusal::text(const QString &code, const QString &hubSentence)
{
    if (code.isEmpty() && hubSentence.isEmpty())
        return {}; // not refused (a pending command)
    const QByteArray source = hubSentence.toUtf8();
    for (const char *context : kCoreContexts) {
        const QString translated = QCoreApplication::translate(context, source.constData());
        if (translated != hubSentence)
            return translated;
    }
    if (code == u"invalid_field"_s) {
        // "days[0].decree: a day off needs ...": the path as it is (it names the row and the field), the problem in
        // the user's language where it is a known one; the whole sentence is already said to be the hub's refusal
        // wherever it is shown ("Hub menolak penerbitan: days[0].decree: ...").
        const qsizetype colon = hubSentence.indexOf(u": "_s);
        const QString problem = colon > 0 ? fieldProblem(hubSentence.mid(colon + 2)) : QString();
        return problem.isEmpty() ? hubSentence : hubSentence.left(colon + 2) + problem;
    }
    const QString worded = byCode(code, hubSentence);
    if (!worded.isEmpty())
        return worded;
    return hubSentence.isEmpty() ? tr("The hub refused without saying why (%1).").arg(code) : hubSentence;
}

QString HubRefusal::fromBody(const QJsonObject &body)
{
    const QJsonObject error = body.value(u"error"_s).toObject();
    const QString sentence = error.value(u"message"_s).toString();
    if (sentence.isEmpty())
        return {};
    return text(error.value(u"code"_s).toString(), sentence);
}

QString HubRefusal::unreachable(const QString &problem)
{
    return tr("The hub cannot be reached (%1). Check the connection and try again.").arg(problem);
}

} // namespace rabeg
