#include "LaporImporter.h"

#include "LaporIds.h"
#include "LaporStatus.h"
#include "codec/DomainCodec.h"
#include "domain/DomainText.h"
#include "domain/Lifecycle.h"
#include "privacy/Masking.h"
#include "store/ComplaintRepository.h"
#include "store/LaporCacheQuery.h"
#include "store/OutboxView.h"
#include "store/ReadSnapshot.h"
#include "store/SqliteConnection.h"
#include "store/SyncRepository.h"
#include "sync/HeldIdentities.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

class LaporImportText
{
    Q_DECLARE_TR_FUNCTIONS(LaporImport)
};

using Kind = LaporRowOutcome::Kind;
using Action = LaporStatus::Action;

// The hub bounds a stated arrival to 30 days back; a day less leaves room for the time a queued intake waits.
constexpr int kStatedArrivalDays = 29;

QString wib(const QDateTime &at)
{
    return at.toTimeZone(QTimeZone(7 * 3600)).toString(u"dd/MM/yyyy HH:mm"_s);
}

QJsonObject intakePayload(const LaporReport &report, const QDateTime &now)
{
    QJsonObject p {{u"channel"_s, u"lapor"_s}, {u"external_ref"_s, report.trackingId}, {u"title"_s, report.title},
                   {u"body"_s, report.body},   {u"anonim"_s, report.anonim},           {u"rahasia"_s, report.rahasia}};
    if (!report.classification.isEmpty())
        p.insert(u"classification"_s, report.classification);
    if (!report.category.isEmpty())
        p.insert(u"category"_s, report.category);
    if (!report.kecamatan.isEmpty())
        p.insert(u"kecamatan"_s, report.kecamatan);
    if (!report.location.isEmpty())
        p.insert(u"address"_s, report.location);
    if (report.reportedAt >= now.addDays(-kStatedArrivalDays)) {
        p.insert(u"received_at"_s, report.reportedAt.toString(Qt::ISODateWithMs));
    } else {
        // Older than the hub lets anyone state: it arrives now, and the text keeps LAPOR!'s date.
        QString body = report.body + u"\n\n"_s
            + LaporImportText::tr("(Reported to LAPOR! on %1 WIB.)").arg(wib(report.reportedAt));
        p.insert(u"body"_s, body);
    }
    return p;
}

// Our command for a LAPOR! status, and the states in which it is already reflected (nothing to do).
struct Change
{
    CommandType type = CommandType::AddNote;
    QJsonObject payload;
    QList<ComplaintState> reflected;
};

Change changeFor(const LaporStatus &status, const LaporReport &report)
{
    const QString where = LaporImportText::tr("LAPOR! %1, status \"%2\"").arg(report.trackingId, report.status);
    switch (status.action) {
    case Action::Close:
        return {CommandType::Close, {{u"note"_s, where}}, {ComplaintState::Closed}};
    case Action::Reopen:
        return {CommandType::Reopen,
                {{u"reason"_s, LaporImportText::tr("The reporter reopened it on LAPOR! (%1).").arg(report.trackingId)}},
                {ComplaintState::InProgress, ComplaintState::Dispatched}};
    case Action::Forward:
        return {CommandType::NotOurAuthority,
                {{u"agency"_s, status.agency}, {u"note"_s, QString(where + u": "_s + report.agency)}},
                {ComplaintState::Forwarded}};
    case Action::Archive:
        return {CommandType::Reject, {{u"reason"_s, u"other"_s}, {u"note"_s, where}}, {ComplaintState::Rejected}};
    default:
        return {};
    }
}

} // namespace

int LaporImportResult::count(LaporRowOutcome::Kind kind) const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(), [kind](const auto &o) { return o.kind == kind; }));
}

LaporImporter::LaporImporter(LocalCache &cache, const ReferenceData &reference, std::function<QDateTime()> hubNow)
    : m_cache(cache), m_reference(reference), m_hubNow(std::move(hubNow))
{ }

Result<LaporImportResult> LaporImporter::import(LaporSource &source)
{
    auto batch = source.fetch();
    if (!batch.ok())
        return batch.error();
    LaporImportResult result;
    result.source = source.description();
    result.rowsRead = batch->rowsRead;
    result.problems = batch->problems;

    DecisionContext context;
    const QString scope = m_cache.meta(u"scope"_s); // "role/OPD" as the hub gave it; an operator until the first sync
    context.actor.role = fromCode<Role>(scope.section(u'/', 0, 0)).value_or(Role::Operator);
    context.actor.opd = scope.section(u'/', 1);
    context.now = m_hubNow();
    context.reference = &m_reference;
    if (!roleMayIssue(context.actor.role, CommandType::Intake))
        return Error {u"role_not_allowed"_s,
                      LaporImportText::tr("Only the command center takes in LAPOR! reports; "
                                          "this cache belongs to an OPD liaison.")};
    const qint64 epoch = m_cache.meta(u"epoch"_s).toLongLong();

    // Every row judged on the cache as of one moment: an intake the sync confirms meanwhile would otherwise be
    // neither cached nor queued for the row read between, and be queued a second time. Released before the writes.
    std::optional<ReadSnapshot> snapshot(std::in_place, m_cache.database());
    const auto refs = LaporCacheQuery(m_cache).externalRefs();
    if (!refs.ok())
        return refs.error();
    const ComplaintRepository complaints(m_cache);
    const OutboxView outbox(m_cache);

    QList<std::pair<QUuid, QString>> names; // reporters of intakes queued now or before, not yet confirmed
    // The free text of intakes queued now, as LAPOR! gave it, where the outbox keeps it masked (a NIK or phone
    // number a reporter wrote in the report): held in memory with the name and sent with the intake.
    QHash<QUuid, QJsonObject> texts;
    for (const LaporReport &report : batch->reports) {
        const auto outcome = [&](Kind kind, const QString &message) {
            result.outcomes.append({report.row, report.trackingId, kind, message});
        };
        const QUuid id = refs->value(report.trackingId, laporIds::complaintId(report.trackingId));
        const auto cached = complaints.find(id);
        if (!cached.ok())
            return cached.error();
        const auto waiting = outbox.forComplaint(id);
        if (!waiting.ok())
            return waiting.error();
        const LaporStatus status = LaporStatus::interpret(report.status, report.agency, m_reference);

        if (!cached.value()) {
            const QUuid intakeId = laporIds::intakeCommandId(report.trackingId);
            const bool queued = std::any_of(waiting->begin(), waiting->end(),
                                            [&](const OutboxEntry &e) { return e.command.commandId == intakeId; });
            if (queued) {
                outcome(Kind::Unchanged, LaporImportText::tr("Already queued for the hub, not sent yet."));
            } else {
                const QJsonObject typed = intakePayload(report, context.now);
                const QJsonObject masked = maskPersonalNumbers(typed);
                for (auto it = typed.constBegin(); it != typed.constEnd(); ++it) {
                    if (masked.value(it.key()) != it.value())
                        texts[id].insert(it.key(), it.value());
                }
                const Command intake {intakeId, CommandType::Intake, id, 0, epoch, masked};
                if (const auto decided = decide(std::nullopt, intake, context); !decided.ok()) {
                    outcome(Kind::Skipped, decided.error().message);
                    continue;
                }
                result.queued.append(intake);
                outcome(Kind::Intake, LaporImportText::tr("New complaint queued for the hub."));
            }
            if (!report.reporterName.isEmpty() || texts.contains(id))
                names.append({id, report.reporterName});
            if (status.action != Action::Nothing)
                outcome(Kind::Skipped,
                        LaporImportText::tr("Its LAPOR! status \"%1\" is applied once the hub has "
                                            "taken the report in: import the export again after the "
                                            "next sync.")
                            .arg(report.status));
            continue;
        }

        const Complaint &complaint = *cached.value();
        if (complaint.state == ComplaintState::Deferred && !report.reporterReply.isEmpty()) {
            // The reporter answered the city's question on LAPOR!: the answer resumes the complaint and its paused
            // clocks, as an answer the operator types would (the reporter loop). One command per cached version.
            const QUuid resumeId = laporIds::statusCommandId(report.trackingId, u"reporter_reply"_s, complaint.version);
            if (std::any_of(waiting->begin(), waiting->end(),
                            [&](const OutboxEntry &e) { return e.command.commandId == resumeId; })) {
                outcome(Kind::Unchanged,
                        LaporImportText::tr("The reporter's reply is already queued for the hub, not sent yet."));
                continue;
            }
            // An export keeps showing the reply it had: a reply that already resumed this complaint once does not
            // answer a later question.
            const auto history = complaints.history(complaint.id);
            if (!history.ok())
                return history.error();
            if (std::any_of(history->begin(), history->end(), [&](const Event &e) {
                    return e.type == EventType::Resumed
                        && e.payload.value(u"reporter_answer"_s).toString() == report.reporterReply;
                })) {
                outcome(Kind::Skipped, LaporImportText::tr("%1 waits for the reporter's answer; the reply on LAPOR! "
                                                           "is the one that answered an earlier question.")
                                           .arg(complaint.trackingId));
                continue;
            }
            if (!waiting->isEmpty()) {
                outcome(Kind::Skipped,
                        LaporImportText::tr("Commands on %1 are still waiting to be sent; import the export "
                                            "again after the next sync.")
                            .arg(complaint.trackingId));
                continue;
            }
            const Command resume {resumeId,
                                  CommandType::Resume,
                                  complaint.id,
                                  complaint.version,
                                  epoch,
                                  {{u"reporter_answer"_s, report.reporterReply}, {u"reporter_channel"_s, u"lapor"_s}}};
            if (const auto decided = decide(complaint, resume, context); !decided.ok()) {
                outcome(Kind::Skipped, LaporImportText::tr("The reporter's reply on LAPOR! cannot resume %1: %2")
                                           .arg(complaint.trackingId, decided.error().message));
                continue;
            }
            result.queued.append(resume);
            outcome(Kind::Change,
                    LaporImportText::tr("%1: the reporter's reply on LAPOR! resumes it (queued for the hub).")
                        .arg(complaint.trackingId));
            continue;
        }
        if (status.action == Action::Nothing) {
            outcome(Kind::Unchanged, LaporImportText::tr("Already in Rabeg as %1.").arg(complaint.trackingId));
            continue;
        }
        if (status.action == Action::NotApplied || status.action == Action::Unknown) {
            outcome(Kind::Skipped, status.reason);
            continue;
        }
        const Change change = changeFor(status, report);
        const QUuid commandId = laporIds::statusCommandId(report.trackingId, status.code, complaint.version);
        if (change.reflected.contains(complaint.state)) {
            outcome(Kind::Unchanged,
                    LaporImportText::tr("%1 already shows LAPOR!'s status \"%2\".")
                        .arg(complaint.trackingId, report.status));
            continue;
        }
        if (std::any_of(waiting->begin(), waiting->end(),
                        [&](const OutboxEntry &e) { return e.command.commandId == commandId; })) {
            outcome(Kind::Unchanged, LaporImportText::tr("The change is already queued for the hub, not sent yet."));
            continue;
        }
        if (!waiting->isEmpty()) {
            outcome(Kind::Skipped,
                    LaporImportText::tr("Commands on %1 are still waiting to be sent; import the export "
                                        "again after the next sync.")
                        .arg(complaint.trackingId));
            continue;
        }
        const Command command {commandId, change.type, complaint.id, complaint.version, epoch, change.payload};
        if (const auto decided = decide(complaint, command, context); !decided.ok()) {
            outcome(Kind::Skipped,
                    LaporImportText::tr("LAPOR! says \"%1\", but %2 cannot follow here: %3")
                        .arg(report.status, complaint.trackingId, decided.error().message));
            continue;
        }
        result.queued.append(command);
        outcome(Kind::Change,
                LaporImportText::tr("%1: %2 queued for the hub (LAPOR! status \"%3\").")
                    .arg(complaint.trackingId, commandText(change.type), report.status));
    }

    snapshot.reset();
    if (Status status = enqueue(result.queued, context.now))
        return *status;
    // Only once the intakes are safely queued: the sync sends each name with its intake and then forgets it.
    // Without a holder (the headless import) the hub gets the masked text and no name.
    for (const auto &[complaint, name] : std::as_const(names)) {
        if (!m_identities) {
            result.reportersLeftOut += name.isEmpty() ? 0 : 1;
            continue;
        }
        if (!m_identities->holds(complaint))
            m_identities->hold(complaint, ReporterIdentity {name, {}, {}, {}, {}}, texts.value(complaint));
        result.reportersHeld += name.isEmpty() ? 0 : 1;
    }
    return result;
}

Status LaporImporter::enqueue(const QList<Command> &commands, const QDateTime &now)
{
    if (commands.isEmpty())
        return std::nullopt;
    QSqlDatabase db = m_cache.database();
    if (beginWrite(db, u"cannot begin enqueuing the imported commands"_s))
        return Error {u"cache_busy"_s, LaporImportText::tr("The local cache cannot be written now; try again.")};
    SyncRepository repository(m_cache);
    for (const Command &command : commands) {
        if (Status status = repository.enqueue(command, now)) {
            db.rollback();
            return status;
        }
    }
    if (!db.commit()) {
        db.rollback();
        return Error {u"cache_busy"_s, LaporImportText::tr("The local cache cannot be written now; try again.")};
    }
    return std::nullopt;
}

} // namespace rabeg
