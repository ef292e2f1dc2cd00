#include "AuditCommands.h"

#include "SqlHubStore.h"
#include "codec/WireTime.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "rabeg-hub: %s\n", qPrintable(message));
    return 1;
}

int usage(const char *text)
{
    std::fprintf(stderr, "usage: %s\n", text);
    return 2;
}

// An existing store only: these commands never create one.
std::unique_ptr<SqlHubStore> openExisting(const QString &spec, QString *error)
{
    if (spec.startsWith(u"sqlite:"_s) && !QFileInfo::exists(spec.mid(7))) {
        *error = u"There is no store at %1."_s.arg(spec.mid(7));
        return nullptr;
    }
    auto store = SqlHubStore::open(spec, StoreKind::Production, u"rabeg-hub-audit"_s);
    if (!store.ok()) {
        *error = store.error().message;
        return nullptr;
    }
    return std::move(store).value();
}

// Both chains, walked whole: the first break named, or nothing when both hold.
std::optional<QString> brokenChain(SqlHubStore &store)
{
    const auto events = store.verifyChain();
    if (!events.ok())
        return events.error().message;
    if (events.value())
        return u"the event log's chain is broken at seq %1"_s.arg(*events.value());
    const auto audit = store.verifyAuditChain();
    if (!audit.ok())
        return audit.error().message;
    if (audit.value())
        return u"the audit log's chain is broken at entry %1"_s.arg(*audit.value());
    return std::nullopt;
}

QDateTime parseDate(const QString &text, bool endOfDay)
{
    // A date is a WIB day (UTC+7): from its 00:00, or to the 00:00 after it.
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), QTimeZone(7 * 3600)).toUTC();
    return parseWireTime(text);
}

int verify(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption storeOption(u"store"_s, QString(), u"SPEC"_s);
    parser.addOption(storeOption);
    if (!parser.parse(QStringList{u"audit"_s} + args) || !parser.isSet(storeOption))
        return usage("rabeg-hub audit verify --store SPEC");
    QString error;
    auto store = openExisting(parser.value(storeOption), &error);
    if (!store)
        return fail(error);
    const auto broken = store->verifyChain();
    if (!broken.ok())
        return fail(broken.error().message);
    if (broken.value()) {
        std::printf("broken at seq %lld\n", *broken.value());
        return 1;
    }
    const auto audit = store->verifyAuditChain();
    if (!audit.ok())
        return fail(audit.error().message);
    if (audit.value()) {
        std::printf("audit log broken at entry %lld\n", *audit.value());
        return 1;
    }
    const auto auditHead = store->auditHead();
    std::printf("ok: the chain holds up to seq %lld; the audit log holds up to entry %lld\n", store->head().value_or(0),
                auditHead.ok() && auditHead.value() ? auditHead.value()->seq : 0);
    return 0;
}

int exportAudit(const QStringList &args)
{
    static constexpr char kUsage[] = "rabeg-hub audit export --store SPEC (--complaint TRACKING | --from DATE --to DATE) "
                                     "[--format json|pdf] --out FILE";
    QCommandLineParser parser;
    const QCommandLineOption storeOption(u"store"_s, QString(), u"SPEC"_s);
    const QCommandLineOption complaintOption(u"complaint"_s, QString(), u"TRACKING"_s);
    const QCommandLineOption fromOption(u"from"_s, QString(), u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, QString(), u"DATE"_s);
    const QCommandLineOption formatOption(u"format"_s, QString(), u"FORMAT"_s, u"json"_s);
    const QCommandLineOption outOption(u"out"_s, QString(), u"FILE"_s);
    const QCommandLineOption asOfOption(u"as-of"_s, QString(), u"ISO"_s); // the export's time (tests); default now
    parser.addOptions({storeOption, complaintOption, fromOption, toOption, formatOption, outOption, asOfOption});
    if (!parser.parse(QStringList{u"audit"_s} + args) || !parser.isSet(storeOption) || !parser.isSet(outOption)
        || parser.isSet(complaintOption) == (parser.isSet(fromOption) || parser.isSet(toOption))
        || parser.isSet(fromOption) != parser.isSet(toOption))
        return usage(kUsage);
    if (parser.value(formatOption) == u"pdf"_s)
        return fail(u"rabeg-hub links no Qt Gui, so it writes no PDF (docs/architecture.md): write JSON here, then "
                    u"`rabeg audit-export --in FILE.json --out FILE.pdf` on a workstation makes the PDF."_s);
    if (parser.value(formatOption) != u"json"_s)
        return fail(u"--format takes json or pdf."_s);
    const QDateTime now = parser.isSet(asOfOption) ? parseWireTime(parser.value(asOfOption)) : QDateTime::currentDateTimeUtc();
    if (!now.isValid())
        return fail(u"--as-of takes an ISO 8601 time with a zone."_s);

    QString error;
    auto store = openExisting(parser.value(storeOption), &error);
    if (!store)
        return fail(error);
    if (const auto broken = brokenChain(*store))
        return fail(*broken + u": nothing exported. `rabeg-hub audit verify` names the break."_s);
    const auto head = store->chainHead();
    const auto auditHead = store->auditHead();
    if (!head.ok() || !auditHead.ok())
        return fail(!head.ok() ? head.error().message : auditHead.error().message);

    QJsonObject scope;
    QList<QByteArray> events;
    QList<AuditEntry> audit;
    if (parser.isSet(complaintOption)) {
        const auto id = store->complaintByTracking(parser.value(complaintOption));
        if (!id.ok())
            return fail(id.error().message);
        if (id.value().isNull())
            return fail(u"There is no complaint %1 in this store."_s.arg(parser.value(complaintOption)));
        scope = {{u"complaint"_s, parser.value(complaintOption)}, {u"complaint_id"_s, id.value().toString(QUuid::WithoutBraces)}};
        auto history = store->storedHistoryOf(id.value());
        auto entries = store->auditEntries(id.value(), {}, {});
        if (!history.ok() || !entries.ok())
            return fail(!history.ok() ? history.error().message : entries.error().message);
        events = std::move(history).value();
        audit = std::move(entries).value();
    } else {
        const QDateTime from = parseDate(parser.value(fromOption), false);
        const QDateTime to = parseDate(parser.value(toOption), true);
        if (!from.isValid() || !to.isValid() || to <= from)
            return fail(u"--from and --to take dates (YYYY-MM-DD, days in WIB; --to included) or ISO 8601 times, "
                        u"--from before --to."_s);
        scope = {{u"from"_s, toWireTime(from)}, {u"to"_s, toWireTime(to)}};
        auto period = store->storedEventsBetween(from, to);
        auto entries = store->auditEntries({}, from, to);
        if (!period.ok() || !entries.ok())
            return fail(!period.ok() ? period.error().message : entries.error().message);
        events = std::move(period).value();
        audit = std::move(entries).value();
    }

    QJsonArray eventsJson;
    for (const QByteArray &text : std::as_const(events))
        eventsJson.append(QJsonDocument::fromJson(text).object());
    QJsonArray auditJson;
    for (const AuditEntry &entry : std::as_const(audit))
        auditJson.append(encodeAuditEntry(entry));
    const StoreInfo info = store->info();
    const QJsonObject document{
        {u"format"_s, u"rabeg-audit-export/1"_s},
        {u"store_id"_s, info.storeId},
        {u"kind"_s, toCode(info.kind)},
        {u"epoch"_s, info.epoch},
        {u"exported_at"_s, toWireTime(now)},
        {u"scope"_s, scope},
        {u"verified_against"_s,
         QJsonObject{{u"event_log"_s, QJsonObject{{u"head_seq"_s, head->first}, {u"head_hash"_s, head->second}}},
                     {u"audit_log"_s, QJsonObject{{u"head_seq"_s, auditHead.value() ? auditHead.value()->seq : 0},
                                                  {u"head_hash"_s, auditHead.value() ? auditHead.value()->hash
                                                                                     : QString()}}},
                     {u"result"_s, u"both chains hold from the first entry to these heads"_s}}},
        {u"events"_s, eventsJson},
        {u"audit"_s, auditJson}};
    QSaveFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0
        || !out.commit())
        return fail(u"cannot write %1: %2"_s.arg(parser.value(outOption), out.errorString()));

    AuditEntry exported;
    exported.at = now;
    exported.actor = u"rabeg-hub"_s;
    exported.action = u"audit_exported"_s;
    exported.detail = {{u"scope"_s, scope}, {u"events"_s, eventsJson.size()}, {u"audit_entries"_s, auditJson.size()},
                       {u"event_head_seq"_s, head->first}};
    if (const auto written = store->appendAudit(exported); !written.ok())
        return fail(written.error().message);
    std::printf("audit export: %lld events and %lld audit entries to %s, verified against seq %lld (%s)\n",
                qint64(eventsJson.size()), qint64(auditJson.size()), qPrintable(parser.value(outOption)), head->first,
                qPrintable(head->second));
    return 0;
}

} // namespace

int auditCommand(const QStringList &args)
{
    if (args.value(0) == u"verify"_s)
        return verify(args.mid(1));
    if (args.value(0) == u"export"_s)
        return exportAudit(args.mid(1));
    return usage("rabeg-hub audit verify --store SPEC\n       rabeg-hub audit export --store SPEC (--complaint TRACKING | "
                 "--from DATE --to DATE) [--format json|pdf] --out FILE");
}

int retentionCommand(const QStringList &args)
{
    static constexpr char kUsage[] = "rabeg-hub retention purge --store SPEC --older-than-days N [--as-of ISO]";
    QCommandLineParser parser;
    const QCommandLineOption storeOption(u"store"_s, QString(), u"SPEC"_s);
    const QCommandLineOption daysOption(u"older-than-days"_s, QString(), u"N"_s);
    const QCommandLineOption asOfOption(u"as-of"_s, QString(), u"ISO"_s); // the purge's time (tests); default now
    parser.addOptions({storeOption, daysOption, asOfOption});
    if (args.value(0) != u"purge"_s || !parser.parse(QStringList{u"retention"_s} + args.mid(1))
        || !parser.isSet(storeOption) || !parser.isSet(daysOption))
        return usage(kUsage);
    bool daysOk = false;
    const int days = parser.value(daysOption).toInt(&daysOk);
    if (!daysOk || days < 1 || days > 36500)
        return fail(u"--older-than-days takes a number of days from 1 to 36500."_s);
    const QDateTime now = parser.isSet(asOfOption) ? parseWireTime(parser.value(asOfOption)) : QDateTime::currentDateTimeUtc();
    if (!now.isValid())
        return fail(u"--as-of takes an ISO 8601 time with a zone."_s);
    QString error;
    auto store = openExisting(parser.value(storeOption), &error);
    if (!store)
        return fail(error);
    const QDateTime cutoff = now.addDays(-days);
    const auto purged = store->purgeIdentities(cutoff, days, now);
    if (!purged.ok())
        return fail(purged.error().message);
    std::printf("retention purge: %lld identities of complaints closed before %s deleted (audit log entry written)\n",
                purged.value(), qPrintable(toWireTime(cutoff)));
    return 0;
}

} // namespace rabeg
