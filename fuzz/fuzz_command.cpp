// libFuzzer target: the command validator — the strict command decoder and the lifecycle's decide(), the code
// every client command meets on the hub. The first two bytes choose a complaint (or none, as for an intake) and
// an actor; the rest is the command's JSON. Properties: no crash or sanitizer report; every refusal says why;
// every event decided on passes the strict event schema, and the projection takes it.
#include "FuzzCheck.h"
#include "FuzzDemo.h"
#include "codec/DomainCodec.h"
#include "codec/PayloadSchema.h"
#include "domain/Lifecycle.h"
#include "domain/Projection.h"


#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

const Actor kActors[] = {
    {u"op.rina"_s, Role::Operator, {}},     {u"spv.dewi"_s, Role::Supervisor, {}},
    {u"liaison-dlh"_s, Role::Liaison, u"DLH"_s}, {u"liaison-disdukcapil"_s, Role::Liaison, u"DISDUKCAPIL"_s},
    {u"admin.iwan"_s, Role::Admin, {}},     {u"hub"_s, Role::System, {}},
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const fuzz::FuzzDemo &demo = fuzz::fuzzDemo(60);
    const int which = data[0] % (demo.complaints.size() + 1);
    const Actor &actor = kActors[data[1] % std::size(kActors)];
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const auto command = decodeCommandBytes(bytes);
    if (!command.ok()) {
        RABEG_FUZZ_CHECK(!command.error().message.isEmpty(), "a refused command says why");
        return 0;
    }
    std::optional<Complaint> current;
    if (which < demo.complaints.size())
        current = demo.complaints.at(which).complaint;

    DecisionContext context;
    context.actor = actor;
    context.now = QDateTime(QDate(2026, 11, 30), QTime(4, 0), Qt::UTC);
    context.newTrackingId = u"SRG-2611-99999"_s;
    context.reference = &demo.reference;
    const auto decided = decide(current, command.value(), context);
    if (!decided.ok()) {
        RABEG_FUZZ_CHECK(!decided.error().message.isEmpty(), "a refusal by the lifecycle says why");
        return 0;
    }
    Complaint complaint = current.value_or(Complaint{});
    qint64 version = current ? current->version : 0;
    for (const EventDraft &draft : decided.value()) {
        RABEG_FUZZ_CHECK(!checkEventPayload(draft.type, draft.payload, DecodeMode::Strict),
                         "the lifecycle only decides events its own schema accepts");
        Event event;
        event.id = QUuid::createUuid();
        event.type = draft.type;
        event.typeName = toCode(draft.type);
        event.complaintId = command.value().complaintId;
        event.version = ++version;
        event.at = context.now;
        event.actor = actor;
        event.commandId = command.value().commandId;
        event.payload = draft.payload;
        complaint = apply(complaint, event);
        const auto roundTrip = decodeEvent(encodeEvent(event), DecodeMode::Strict);
        RABEG_FUZZ_CHECK(roundTrip.ok(), "a decided event survives the wire");
    }
    return 0;
}
