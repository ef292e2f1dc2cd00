#include "DemoGenerator.h"

#include "TextNoise.h"
#include "codec/WireTime.h"
#include "domain/Lifecycle.h"
#include "domain/Projection.h"

#include <QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
constexpr int kWibOffset = 7 * 3600;

// Services citizens complain about most get more weight; the rest share a small one.
int serviceWeight(const QString &code)
{
    static const QHash<QString, int> weights = {
        {u"ktp-el"_s, 60}, {u"kk"_s, 40},     {u"akta-kelahiran"_s, 22}, {u"jalan-rusak"_s, 70},
        {u"pju"_s, 45},    {u"sampah"_s, 50}, {u"drainase"_s, 30},      {u"banjir"_s, 20},
        {u"bansos"_s, 35}, {u"pkh"_s, 15},    {u"dtks"_s, 15},          {u"ppdb"_s, 25},
        {u"parkir"_s, 18}, {u"pkl"_s, 16},    {u"puskesmas"_s, 18},     {u"rsud"_s, 14},
        {u"izin-usaha"_s, 12}, {u"pbg-imb"_s, 10}, {u"sim"_s, 10},      {u"pajak-kendaraan"_s, 8},
        {u"listrik"_s, 9}, {u"air-bersih"_s, 9}, {u"bpjs"_s, 9},
    };
    return weights.value(code, 4);
}

// Walks one complaint through the lifecycle: each step is a command decided by the real state machine.
class Story
{
public:
    Story(Prng &prng, const ReferenceData &reference, QDateTime end) : m_prng(prng), m_reference(reference), m_end(end)
    {
    }

    // Returns false when the step would lie after `end` (the story stops there) or was refused (error set).
    bool act(CommandType type, const Actor &actor, const QDateTime &at, QJsonObject payload,
             const QString &workstation = u"WS-KOMINFO-01"_s)
    {
        return step(type, actor, at, std::move(payload), workstation, [this](int) { return m_prng.uuid(); });
    }

    // The same, its ids derived from the complaint and `name` rather than drawn from the generator's stream: a
    // step added to some stories leaves every other complaint of a seed as it was (tests find their cases in
    // the demo data by shape).
    bool actAside(CommandType type, const Actor &actor, const QDateTime &at, QJsonObject payload, const QString &name)
    {
        const QString base = m_id.toString(QUuid::WithoutBraces) + u'/' + name + u'/';
        return step(type, actor, at, std::move(payload), u"WS-KOMINFO-01"_s, [&base](int n) {
            return QUuid::createUuidV5(QUuid(), base + QString::number(n));
        });
    }

    bool step(CommandType type, const Actor &actor, const QDateTime &at, QJsonObject payload,
              const QString &workstation, const std::function<QUuid(int)> &nextId)
    {
        if (m_error || at > m_end)
            return false;
        int ids = 0;
        Command command{nextId(ids++), type, m_id, m_state ? m_state->version : 0, 1, std::move(payload)};
        DecisionContext context{actor, at, m_trackingId, &m_reference};
        const auto decision = decide(m_state, command, context);
        if (!decision.ok()) {
            m_error = Error{decision.error().code, u"demo story refused %1: %2"_s.arg(toCode(type),
                                                                                     decision.error().message)};
            return false;
        }
        for (const EventDraft &draft : decision.value()) {
            Event event;
            event.id = nextId(ids++);
            event.type = draft.type;
            event.typeName = toCode(draft.type);
            event.complaintId = m_id;
            event.version = (m_state ? m_state->version : 0) + 1;
            event.at = at;
            event.actor = actor;
            event.workstation = workstation;
            event.commandId = command.commandId;
            event.payload = draft.payload;
            m_state = apply(m_state.value_or(Complaint{}), event);
            m_events.append(event);
        }
        m_last = at;
        return true;
    }

    QUuid m_id;
    QString m_trackingId;
    std::optional<Complaint> m_state;
    QList<Event> m_events;
    QDateTime m_last;
    std::optional<Error> m_error;

private:
    Prng &m_prng;
    const ReferenceData &m_reference;
    QDateTime m_end;
};

Actor liaisonOf(const QString &opd) { return {u"liaison-"_s + opd.toLower(), Role::Liaison, opd}; }

} // namespace

DemoGenerator::DemoGenerator(const ReferenceData &reference, const DemoCorpus &corpus, DemoOptions options)
    : m_reference(reference), m_calendar(reference.calendar), m_corpus(corpus), m_options(std::move(options)),
      m_prng(m_options.seed)
{
    m_options.weeks = std::max(m_options.weeks, 12);
    for (const Service &service : reference.services) {
        m_services.append(&service);
        m_serviceWeights.append(serviceWeight(service.code));
    }
}

std::optional<Deadline> DemoGenerator::actingDeadline(const QList<Event> &history, BreachAction action) const
{
    for (const SlaClock &clock : m_reference.sla) {
        if (clock.breach != action)
            continue;
        const QList<Deadline> deadlines = computeDeadlines(history, {clock}, m_calendar, history.constLast().at);
        if (!deadlines.isEmpty() && deadlines.constFirst().cycle > 0 && !deadlines.constFirst().stoppedAt.isValid())
            return deadlines.constFirst();
    }
    return std::nullopt;
}

double DemoGenerator::slowness(const QString &opd) const
{
    // A stable, per-OPD pace so that the dashboard has OPDs that are reliably late and others that are not.
    // FNV-1a, not qHash: a seeded qHash differs between CPUs (AES-NI) and Qt versions, and demo data must not.
    std::uint64_t h = 0xcbf29ce484222325ULL ^ m_options.seed;
    for (const QChar ch : opd) {
        h ^= ch.unicode();
        h *= 0x100000001b3ULL;
    }
    return 0.6 + double(h % 100) / 60.0; // 0.6 .. 2.25
}

QDateTime DemoGenerator::officeTime(QDateTime at)
{
    // People act in office hours, Monday to Friday, 08:00-16:00 WIB.
    QDateTime wib = at.addSecs(kWibOffset);
    const int hour = wib.time().hour();
    if (hour < 8)
        wib = QDateTime(wib.date(), QTime(8, m_prng.between(0, 59)), Qt::UTC);
    else if (hour >= 16)
        wib = QDateTime(wib.date().addDays(1), QTime(8, m_prng.between(0, 59)), Qt::UTC);
    while (wib.date().dayOfWeek() > 5)
        wib = QDateTime(wib.date().addDays(1), QTime(8, m_prng.between(0, 59)), Qt::UTC);
    return wib.addSecs(-kWibOffset);
}

QString DemoGenerator::fill(const QString &text, const QString &kecamatanName, const QString &kelurahanName)
{
    QString out = text;
    const auto replace = [&out](const QString &key, const QString &value) { out.replace(key, value); };
    replace(u"{kelurahan}"_s, kelurahanName);
    replace(u"{kecamatan}"_s, kecamatanName);
    replace(u"{jalan}"_s, m_prng.pick(m_corpus.streets));
    replace(u"{tempat}"_s, m_prng.pick(m_corpus.places));
    replace(u"{sekolah}"_s, m_prng.pick(m_corpus.schools));
    replace(u"{rupiah}"_s, u"Rp%1.000"_s.arg(m_prng.pick(QList<int>{25, 50, 75, 100, 150, 200, 250, 300, 500})));
    replace(u"{hari}"_s, QString::number(m_prng.between(2, 30)));
    replace(u"{minggu}"_s, QString::number(m_prng.between(1, 8)));
    static const QStringList months = {u"Januari"_s, u"Februari"_s, u"Maret"_s, u"April"_s,
                                       u"Mei"_s,     u"Juni"_s,     u"Juli"_s,  u"Agustus"_s,
                                       u"September"_s, u"Oktober"_s, u"November"_s, u"Desember"_s};
    replace(u"{tanggal}"_s, u"%1 %2"_s.arg(m_prng.between(1, 28)).arg(m_prng.pick(months)));
    replace(u"{nomor}"_s, QString::number(m_prng.between(10, 480)));
    return out;
}

ReporterIdentity DemoGenerator::makeIdentity(const QString &kelurahanName)
{
    ReporterIdentity id;
    const bool female = m_prng.chance(0.45);
    id.name = m_prng.pick(m_corpus.firstNames) + u' ' + m_prng.pick(m_corpus.lastNames);
    // NIK: 36.73 is Kota Serang; then kecamatan, birth date (day + 40 for women), serial.
    const int day = m_prng.between(1, 28) + (female ? 40 : 0);
    id.nik = u"3673%1%2%3%4%5"_s.arg(m_prng.between(1, 6), 2, 10, QLatin1Char('0'))
                 .arg(day, 2, 10, QLatin1Char('0'))
                 .arg(m_prng.between(1, 12), 2, 10, QLatin1Char('0'))
                 .arg(m_prng.between(60, 99), 2, 10, QLatin1Char('0'))
                 .arg(m_prng.between(1, 9999), 4, 10, QLatin1Char('0'));
    id.phone = u"08%1%2"_s.arg(m_prng.pick(QList<int>{11, 12, 13, 21, 22, 52, 53, 57, 77, 78, 95, 96}))
                   .arg(m_prng.between(10000000, 99999999));
    if (m_prng.chance(0.3))
        id.email = id.name.toLower().replace(u' ', u'.') + u"@gmail.com"_s;
    id.address = m_prng.pick(m_corpus.streets) + u", "_s + kelurahanName;
    return id;
}

Result<DemoComplaint> DemoGenerator::makeOne(qint64 index)
{
    Prng &r = m_prng;
    const Service &service = *m_services.at(r.weighted(m_serviceWeights));
    const Kelurahan &kel = r.pick(m_reference.kelurahan);
    const Kecamatan *kec = m_reference.kecamatanByCode(kel.kecamatan);
    const QString kecName = kec ? kec->name : kel.kecamatan;

    const qint64 window = m_options.backlogDays > 0 ? qint64(m_options.backlogDays) * kDay
                                                    : qint64(m_options.weeks) * 7 * kDay;
    const QDateTime received = m_options.end.addSecs(-qint64(r.below(std::uint64_t(window))));

    Story story(r, m_reference, m_options.end);
    story.m_id = r.uuid();
    story.m_trackingId = u"SRG-%1-%2"_s.arg(received.date().year()).arg(index + 1, 7, 10, QLatin1Char('0'));

    // The text: a template of this service (or a generic one), its placeholders filled, then typing noise.
    const auto templates = m_corpus.templates.value(service.code);
    ComplaintTemplate text = templates.isEmpty()
                                 ? ComplaintTemplate{service.name + u" di "_s + kel.name,
                                                     u"Mohon ditindaklanjuti masalah "_s + service.name.toLower()
                                                         + u" di {kelurahan}, Kecamatan {kecamatan}."_s}
                                 : r.pick(templates);
    QString title = fill(text.title, kecName, kel.name);
    QString body = addTypingNoise(fill(text.body, kecName, kel.name), r, 0.35);
    DemoComplaint out;
    out.identity = makeIdentity(kel.name);
    if (r.chance(0.04)) // citizens often put their number or NIK in the text itself
        body += r.chance(0.5) ? u" Hubungi sy di "_s + out.identity.phone : u" NIK saya "_s + out.identity.nik;

    // Duplicates: the same problem reported again by a neighbour.
    auto &recent = m_recent[service.code];
    const bool duplicate = !recent.isEmpty() && r.chance(0.05);
    QUuid duplicateOf;
    if (duplicate) {
        const Recent &original = r.pick(recent);
        duplicateOf = original.id;
        title = original.title;
    }

    static const QList<Channel> channels = {Channel::Lapor, Channel::WalkIn, Channel::Phone, Channel::SocialMedia,
                                            Channel::Sms};
    const Channel channel = channels.at(r.weighted({60, 15, 12, 8, 5}));
    QJsonObject intake{{u"channel"_s, toCode(channel)},
                       {u"title"_s, title},
                       {u"body"_s, body},
                       {u"anonim"_s, r.chance(0.15)},
                       {u"rahasia"_s, r.chance(0.05)}};
    if (channel == Channel::Lapor)
        intake.insert(u"external_ref"_s, u"LPR%1"_s.arg(r.between(1000000, 9999999)));
    if (r.chance(0.85)) {
        intake.insert(u"kecamatan"_s, kel.kecamatan);
        intake.insert(u"kelurahan"_s, kel.code);
    }
    if (channel != Channel::Lapor)
        intake.insert(u"service"_s, service.code);

    const Actor operatorActor{r.pick(QStringList{u"operator"_s, u"op.rina"_s, u"op.dede"_s, u"op.asep"_s}),
                              Role::Operator, QString()};
    const Actor supervisor{u"supervisor"_s, Role::Supervisor, QString()};
    const Actor system{u"system"_s, Role::System, QString()};
    // Intake is recorded by whoever took it; LAPOR! imports by the operator on duty.
    story.act(CommandType::Intake, operatorActor, received, intake);

    QDateTime t = officeTime(received.addSecs(qint64(r.between(1, 60)) * kHour));
    const bool external = m_reference.hasAgency(service.route);
    const int triage = r.weighted({7, 4, 5, 84}); // reject, defer, duplicate-check, verify/forward
    if (duplicate) {
        story.act(CommandType::MarkDuplicate, operatorActor, t,
                  {{u"duplicate_of"_s, duplicateOf.toString(QUuid::WithoutBraces)}});
    } else if (triage == 0) {
        story.act(CommandType::Reject, operatorActor, t,
                  {{u"reason"_s, r.pick(QStringList{u"too_general"_s, u"not_public_service"_s, u"wrong_format"_s,
                                                    u"spam"_s})}});
    } else if (triage == 1) {
        if (story.act(CommandType::Defer, operatorActor, t, {{u"reason"_s, u"incomplete_information"_s}})) {
            t = officeTime(t.addSecs(qint64(r.between(1, 9)) * kDay));
            if (r.chance(0.6)) {
                story.act(CommandType::Resume, operatorActor, t,
                          {{u"note"_s, u"Pelapor sudah melengkapi lokasi dan foto."_s}});
            } else {
                story.act(CommandType::Reject, operatorActor, t, {{u"reason"_s, u"no_reply"_s}});
            }
        }
    }
    const bool verifiable = story.m_state && story.m_state->state == ComplaintState::Received;
    if (verifiable && external) {
        story.act(CommandType::NotOurAuthority, operatorActor, t, {{u"agency"_s, service.route}});
    } else if (verifiable) {
        const QString classification =
            QStringList{u"pengaduan"_s, u"aspirasi"_s, u"permintaan_informasi"_s}.at(r.weighted({80, 12, 8}));
        if (story.act(CommandType::Verify, operatorActor, t,
                      {{u"classification"_s, classification},
                       {u"category"_s, service.category},
                       {u"service"_s, service.code}})) {
            if (r.chance(0.5))
                story.act(CommandType::Claim, operatorActor, t, {});
            t = officeTime(t.addSecs(qint64(r.between(1, 30)) * kHour));
            QString opd = service.route;
            // About one in fifteen goes to the wrong OPD first and comes back.
            if (r.chance(0.07)) {
                const Opd &wrong = r.pick(m_reference.opds);
                if (wrong.code != opd
                    && story.act(CommandType::Dispatch, operatorActor, t, {{u"opd"_s, wrong.code}})) {
                    t = officeTime(t.addSecs(qint64(r.between(1, 5)) * kDay));
                    story.act(CommandType::Return, liaisonOf(wrong.code), t,
                              {{u"reason"_s, u"other_opd"_s},
                               {u"note"_s, QString(u"Bukan kewenangan kami, mohon diteruskan ke "_s + opd + u'.')}},
                              u"OPD-"_s + wrong.code);
                    t = officeTime(t.addSecs(qint64(r.between(2, 26)) * kHour));
                }
            }
            // The hub's scheduler escalates to the Ombudsman at the instant the follow-up clock runs out.
            const auto escalationOf = [](const Deadline &followup) {
                return QJsonObject{{u"reason"_s, u"Tindak lanjut OPD melewati tenggat."_s},
                                   {u"clock"_s, followup.clock},
                                   {u"cycle"_s, followup.cycle}};
            };
            const double pace = slowness(opd);
            if (story.act(CommandType::Dispatch, operatorActor, t, {{u"opd"_s, opd}})) {
                const QDateTime dispatched = t;
                const Actor liaison = liaisonOf(opd);
                const QString ws = u"OPD-"_s + opd;
                const bool stuck = r.chance(0.04 * pace);
                t = officeTime(t.addSecs(qint64(r.between(4, 120) * pace) * kHour));
                const bool acknowledged = story.act(CommandType::Acknowledge, liaison, t, {}, ws);
                if (acknowledged && r.chance(0.5)) {
                    story.act(CommandType::AddNote, liaison, t.addSecs(kHour),
                              {{u"text"_s, u"Sudah kami teruskan ke bidang teknis untuk survei lapangan."_s}}, ws);
                }
                // In seconds: whole days would truncate a fast OPD's 0.6 day to 0, before the note above.
                QDateTime respondAt = officeTime(t.addSecs(qint64(r.between(1, 9) * pace * kDay)));
                // Not followed up by the follow-up clock's due time (24:00 WIB of the 14th day as shipped): the hub's
                // scheduler escalates to the Ombudsman at that instant, as the deadline core computes it.
                const auto followup = actingDeadline(story.m_events, BreachAction::Escalate);
                if (followup && (stuck || respondAt > followup->dueAt))
                    story.act(CommandType::Escalate, system, followup->dueAt, escalationOf(*followup));
                if (acknowledged && !stuck
                    && story.act(CommandType::Respond, liaison, respondAt,
                                 {{u"response"_s, u"Terima kasih atas laporannya. Petugas kami telah menangani "
                                                  u"masalah ini; mohon dikonfirmasi bila masih terjadi."_s}},
                                 ws)) {
                    t = respondAt;
                    const int next = r.weighted({70, 5, 25}); // operator closes, reporter reopens, auto-close
                    if (next == 0) {
                        story.act(CommandType::Close, operatorActor,
                                  officeTime(t.addSecs(qint64(r.between(1, 8)) * kDay)),
                                  {{u"note"_s, u"Pelapor menyatakan sudah selesai."_s}});
                    } else if (next == 1) {
                        if (story.act(CommandType::Reopen, operatorActor,
                                      officeTime(t.addSecs(qint64(r.between(1, 6)) * kDay)),
                                      {{u"reason"_s, u"Pelapor menyatakan masalah belum selesai."_s}})) {
                            // Nobody follows the reopened complaint up in this story: its new follow-up cycle runs
                            // out and the scheduler escalates then, as above. Left to a hub's first start, these
                            // were all escalated at once, in the week the demo starts (its dashboard's trend).
                            const auto again = actingDeadline(story.m_events, BreachAction::Escalate);
                            if (again && !story.m_state->escalated)
                                story.actAside(CommandType::Escalate, system, again->dueAt,
                                               escalationOf(*again), u"escalate-reopened"_s);
                        }
                    } else {
                        // No reply within the auto-close window (10 working days as shipped): the hub closes
                        // at the instant the core says it ran out.
                        if (const auto autoclose = actingDeadline(story.m_events, BreachAction::Close))
                            story.act(CommandType::Close, system, autoclose->dueAt, {});
                    }
                }
            }
        }
    }
    if (story.m_error)
        return *story.m_error;

    if (recent.size() >= 16)
        recent.removeFirst();
    recent.append({story.m_id, title, body, kel.kecamatan, kel.code});
    out.complaint = *story.m_state;
    out.events = std::move(story.m_events);
    return out;
}

Status DemoGenerator::run(const std::function<bool(const DemoComplaint &)> &sink)
{
    if (m_services.isEmpty() || m_reference.kelurahan.isEmpty())
        return Error{u"no_reference_data"_s, u"the demo generator needs services and kelurahan"_s};
    for (qint64 i = 0; i < m_options.count; ++i) {
        auto one = makeOne(i);
        if (!one.ok())
            return one.error();
        if (!sink(one.value()))
            break;
    }
    return std::nullopt;
}

} // namespace rabeg
