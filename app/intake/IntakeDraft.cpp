#include "IntakeDraft.h"

#include "codec/PayloadSchema.h"
#include "codec/WireTime.h"
#include "privacy/Masking.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

struct IntakeText
{
    Q_DECLARE_TR_FUNCTIONS(IntakeText)
};

Error refuse(const QString &code, const QString &message)
{
    return Error {code, message};
}

} // namespace

bool isValidNik(const QString &nik)
{
    static const QRegularExpression sixteenDigits(u"^[0-9]{16}$"_s);
    return nik.isEmpty() || sixteenDigits.match(nik).hasMatch();
}

Result<PreparedIntake> prepareIntake(const IntakeDraft &draft, const QDateTime &hubNow)
{
    const QString title = draft.title.simplified();
    const QString body = draft.body.trimmed();
    if (title.isEmpty())
        return refuse(u"missing_title"_s,
                      IntakeText::tr("Write a title: a few words that say what the complaint is about."));
    if (title.size() > kMaxTitle)
        return refuse(u"title_too_long"_s,
                      IntakeText::tr("The title is longer than %1 characters; shorten it.").arg(kMaxTitle));
    if (body.isEmpty())
        return refuse(u"missing_body"_s, IntakeText::tr("Write the complaint's text as the reporter told it."));
    if (body.size() > kMaxBody)
        return refuse(u"body_too_long"_s,
                      IntakeText::tr("The text is longer than %1 characters; shorten it.").arg(kMaxBody));
    if (draft.address.size() > 300)
        return refuse(u"address_too_long"_s, IntakeText::tr("The address is longer than 300 characters; shorten it."));

    const ReporterIdentity &who = draft.identity;
    const QString nik = who.nik.trimmed();
    if (!isValidNik(nik))
        return refuse(u"invalid_nik"_s,
                      IntakeText::tr("A NIK has exactly 16 digits; the one typed has %n character(s). "
                                     "Check it on the reporter's KTP-el, or leave it empty.",
                                     nullptr, int(nik.size())));
    static const QRegularExpression phone(u"^\\+?[0-9][0-9 -]{6,18}[0-9]$"_s);
    if (!who.phone.trimmed().isEmpty() && !phone.match(who.phone.trimmed()).hasMatch())
        return refuse(u"invalid_phone"_s,
                      IntakeText::tr("The phone number may hold only digits, spaces, dashes and a "
                                     "leading +, 8 to 20 characters (e.g. 0812 3456 7890)."));
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!who.email.trimmed().isEmpty() && (!email.match(who.email.trimmed()).hasMatch() || who.email.size() > 200))
        return refuse(u"invalid_email"_s, IntakeText::tr("The e-mail address is not complete (e.g. nama@contoh.id)."));
    if (who.name.size() > 200)
        return refuse(u"name_too_long"_s, IntakeText::tr("The reporter's name is longer than 200 characters."));

    QJsonObject payload {{u"channel"_s, toCode(draft.channel)}, {u"title"_s, title}, {u"body"_s, body}};
    for (const auto &[key, value] :
         {std::pair {u"service"_s, draft.service}, std::pair {u"category"_s, draft.category},
          std::pair {u"kecamatan"_s, draft.kecamatan}, std::pair {u"kelurahan"_s, draft.kelurahan},
          std::pair {u"address"_s, draft.address.simplified()}}) {
        if (!value.isEmpty())
            payload.insert(key, value);
    }
    if (draft.anonim)
        payload.insert(u"anonim"_s, true);
    if (draft.rahasia)
        payload.insert(u"rahasia"_s, true);
    if (draft.receivedAt) {
        // The same bounds as the hub's (decideIntake), so that the operator hears it now rather than after the sync.
        const QDateTime at = draft.receivedAt->toUTC();
        if (!at.isValid() || (hubNow.isValid() && (at > hubNow || at < hubNow.addDays(-30))))
            return refuse(u"received_at_out_of_bounds"_s,
                          IntakeText::tr("The time the complaint was received must lie within the last 30 days and "
                                         "not in the future."));
        payload.insert(u"received_at"_s, toWireTime(at));
    }
    if (Status status = checkCommandPayload(CommandType::Intake, payload, DecodeMode::Strict))
        return refuse(status->code, IntakeText::tr("The hub would not accept this complaint: %1").arg(status->message));

    PreparedIntake out;
    const QJsonObject masked = maskPersonalNumbers(payload);
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (masked.value(it.key()) != it.value())
            out.unmaskedText.insert(it.key(), it.value());
    }
    out.command = Command {QUuid::createUuid(), CommandType::Intake, QUuid::createUuid(), 0, 0, masked};
    out.identity = ReporterIdentity {who.name.simplified(), nik, who.phone.trimmed(), who.email.trimmed(),
                                     who.address.simplified()};
    return out;
}

} // namespace rabeg
