#include "EscalationPacketCommand.h"

#include "HeadlessCache.h"
#include "Language.h"
#include "packet/EscalationPacketPdf.h"
#include "store/EscalationPacketQuery.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rabeg {
int EscalationPacketCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption complaintOption(u"complaint"_s, u"Tracking number, LAPOR! reference or id."_s,
                                             u"TRACKING_OR_ID"_s);
    const QCommandLineOption outOption(u"out"_s, u"The PDF file to write."_s, u"FILE"_s);
    const QCommandLineOption cacheOption(u"cache"_s, u"The local cache file."_s, u"PATH"_s);
    const QCommandLineOption languageOption(u"language"_s, u"id (default) or en."_s, u"CODE"_s, u"id"_s);
    const QCommandLineOption atOption(u"at"_s, u"Hub time to judge the deadlines at, ISO 8601 (default: now)."_s,
                                      u"TIME"_s);
    parser.addOptions({complaintOption, outOption, cacheOption, languageOption, atOption});
    parser.addPositionalArgument(u"escalation-packet"_s, u"escalation-packet"_s);
    const QString usage = u"usage: rabeg escalation-packet --complaint TRACKING_OR_ID --out FILE [--cache PATH] "
                          u"[--language id|en] [--at TIME]"_s;
    if (!parser.parse(arguments)) {
        err << "rabeg escalation-packet: " << parser.errorText() << "\n" << usage << "\n";
        return Usage;
    }
    if (parser.positionalArguments() != QStringList {u"escalation-packet"_s} || !parser.isSet(outOption)
        || !parser.isSet(complaintOption)) {
        err << usage << "\n";
        return Usage;
    }
    Language language;
    if (!language.use(parser.value(languageOption))) {
        err << "rabeg escalation-packet: unknown language \"" << parser.value(languageOption) << "\": use id or en\n";
        return Usage;
    }
    const HeadlessCache opened =
        HeadlessCache::open(u"escalation-packet"_s, parser.value(cacheOption), u"rabeg-escalation-packet"_s, err);
    if (!opened.ok())
        return opened.exitCode;
    LocalCache &cache = *opened.cache;
    const ReferenceData &reference = opened.reference;
    // Hub time is the only time; without a hub at hand the machine's clock stands in for it (as `rabeg report`),
    // unless the packet is to be judged at a given instant (a packet made again for the same day).
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (parser.isSet(atOption)) {
        at = QDateTime::fromString(parser.value(atOption), Qt::ISODateWithMs);
        if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
            err << "rabeg escalation-packet: \"" << parser.value(atOption)
                << "\" is not a time such as 2026-11-19T10:00:00+07:00\n";
            return Usage;
        }
        at = at.toUTC();
    }
    const auto packet = escalationPacketOf(cache, parser.value(complaintOption), at);
    if (!packet) {
        err << "rabeg escalation-packet: " << packet.error().message << "\n";
        return Failed;
    }
    const QString path = parser.value(outOption);
    if (Status status = EscalationPacketPdf(packet.value(), &reference).write(path)) {
        err << "rabeg escalation-packet: " << status->message << "\n";
        return Failed;
    }
    out << "Wrote " << path << " (" << packet->complaint.trackingId << ", " << packet->daysOverdue
        << " days overdue)\n";
    return Done;
}

int EscalationPacketCommand::main(int argc, char *argv[])
{
    bool platformGiven = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    for (int i = 1; i < argc; ++i)
        platformGiven = platformGiven || qstrcmp(argv[i], "-platform") == 0;
    if (!platformGiven)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Rabeg"_s);
    QGuiApplication::setOrganizationName(u"Diskominfo Kota Serang"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(QCoreApplication::arguments(), out, err);
}

} // namespace rabeg
