#include "HubStoreFixture.h"
#include "codec/DomainCodec.h"
#include "json/CanonicalJson.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace hubtest;

namespace {

// Sixty events over a dozen complaints, by operators and liaisons.
void fillLog(HubFixture &hub)
{
    for (int i = 0; i < 12; ++i) {
        const char16_t *opd = i % 2 ? kDishub : kPupr;
        const QUuid id = hub.dispatched(opd, u"Keluhan nomor %1"_s.arg(i));
        hub.sendOk(liaisonOf(opd), CommandType::Acknowledge, id);
        hub.sendOk(liaisonOf(opd), CommandType::AddNote, id, notePayload(u"Pelapor ditemui, catatan %1"_s.arg(i)));
    }
}

// The first seq whose hash does not hold; 0 when the chain is intact (seq starts at 1).
qint64 firstBadSeq(HubFixture &hub)
{
    const auto verdict = hub.store().verifyChain();
    INFO("verifyChain: " << (verdict.ok() ? std::string() : verdict.error().message.toStdString()));
    REQUIRE(verdict.ok());
    return verdict.value().value_or(0);
}

// A note in the middle of the log, and the seq right after it.
std::pair<qint64, qint64> middleNoteAndNext(HubFixture &hub)
{
    const qint64 note = hub.scalar(u"SELECT MIN(seq) FROM events WHERE type = ? AND seq > ?"_s,
                                   {toCode(EventType::NoteAdded), hub.head() / 2});
    const qint64 next = hub.scalar(u"SELECT MIN(seq) FROM events WHERE seq > ?"_s, {note});
    return {note, next};
}

} // namespace

TEST_CASE("the hash chain holds after many appends, and every stored event is strictly valid", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    fillLog(hub);
    REQUIRE(hub.head() >= 60);

    CHECK(firstBadSeq(hub) == 0);

    QSqlQuery q(hub.db());
    REQUIRE(q.exec(u"SELECT seq, json, hash FROM events ORDER BY seq"_s));
    QString previous = QString::fromLatin1(kGenesisHash);
    int count = 0;
    while (q.next()) {
        const QByteArray bytes = q.value(1).toString().toUtf8();
        const auto event = decodeEventBytes(bytes);
        INFO("seq " << q.value(0).toLongLong() << ": "
                    << (event.ok() ? std::string() : event.error().message.toStdString()));
        REQUIRE(event.ok());
        CHECK(event->seq == q.value(0).toLongLong());
        CHECK(event->prevHash == previous);
        CHECK(event->hash == q.value(2).toString());
        // Stored as the exact canonical bytes the hash was taken over.
        CHECK(json::canonicalBytesUnchecked(QJsonDocument::fromJson(bytes).object()) == bytes);
        previous = event->hash;
        ++count;
    }
    CHECK(count == hub.head());
}

TEST_CASE("verifyChain finds the first event that was tampered with", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    fillLog(hub);
    REQUIRE(firstBadSeq(hub) == 0);
    const auto [note, next] = middleNoteAndNext(hub);

    SECTION("an edited payload")
    {
        hub.exec(u"UPDATE events SET json = replace(json, 'Pelapor ditemui', 'Pelapor tidak ditemui') WHERE seq = ?"_s,
                 {note});
        REQUIRE(hub.scalar(u"SELECT COUNT(*) FROM events WHERE json LIKE '%tidak ditemui%'"_s) == 1);
        CHECK(firstBadSeq(hub) == note);
    }
    SECTION("an edited payload whose own hash was made again")
    {
        QSqlQuery q(hub.db());
        q.prepare(u"SELECT json FROM events WHERE seq = ?"_s);
        q.addBindValue(note);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        auto event = decodeEventBytes(q.value(0).toString().toUtf8());
        REQUIRE(event.ok());
        Event forged = event.value();
        forged.payload.insert(u"text"_s, u"Pelapor menarik pengaduannya."_s);
        forged.hash = eventHash(forged);
        const QString json = QString::fromUtf8(json::canonicalBytesUnchecked(encodeEvent(forged)));
        hub.exec(u"UPDATE events SET json = ?, hash = ? WHERE seq = ?"_s, {json, forged.hash, note});
        // The event holds in itself, but the next one was chained to the original.
        CHECK(firstBadSeq(hub) == next);
    }
    SECTION("a deleted event")
    {
        hub.exec(u"DELETE FROM events WHERE seq = ?"_s, {note});
        CHECK(firstBadSeq(hub) == next);
    }
    SECTION("a reordered pair")
    {
        hub.exec(u"UPDATE events SET seq = ? WHERE seq = ?"_s, {-note, note});
        hub.exec(u"UPDATE events SET seq = ? WHERE seq = ?"_s, {note, next});
        hub.exec(u"UPDATE events SET seq = ? WHERE seq = ?"_s, {next, -note});
        CHECK(firstBadSeq(hub) == note);
    }
}
