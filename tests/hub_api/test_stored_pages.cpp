// Pull and snapshot pages are spliced from the log's stored canonical text (hub/PageWriter, hub/StoredJson) rather
// than decoded and encoded again. These tests hold them to what the decoded path sends, masking included.
#include "HubFixture.h"

#include "StoredJson.h"
#include "codec/DomainCodec.h"
#include "json/CanonicalJson.h"
#include "privacy/Masking.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

// What the API sent before pages were spliced: each row decoded, encoded again and masked.
QJsonObject decodedEvent(const Event &event)
{
    QJsonObject json = encodeEvent(event);
    json.insert(u"payload"_s, maskPersonalNumbers(event.payload));
    return json;
}

QJsonArray decodedHistory(const QList<Event> &events)
{
    QJsonArray out;
    for (const Event &event : events)
        out.append(decodedEvent(event));
    return out;
}

QJsonArray decodedFeedItems(const FeedPage &page)
{
    QJsonArray items;
    for (const FeedItem &item : page.items) {
        QJsonObject json{{u"seq"_s, item.seq}};
        if (!item.removed.isNull()) {
            json.insert(u"removed"_s, uuidText(item.removed));
        } else {
            json.insert(u"event"_s, decodedEvent(*item.event));
            json.insert(u"state"_s, maskPersonalNumbers(encodeComplaint(*item.state)));
            if (!item.history.isEmpty())
                json.insert(u"history"_s, decodedHistory(item.history));
        }
        items.append(json);
    }
    return items;
}

QJsonArray decodedSnapshotItems(const SnapshotPage &page)
{
    QJsonArray items;
    for (const SnapshotEntry &entry : page.entries)
        items.append(QJsonObject{{u"state"_s, maskPersonalNumbers(encodeComplaint(entry.state))},
                                 {u"history"_s, decodedHistory(entry.history)}});
    return items;
}

// Texts with personal numbers written in the ways people write them, and texts that only look a little like them.
const QStringList kTexts = {
    u"NIK saya 3673012345678901 mohon dibantu"_s,
    u"hubungi 0812-3456-7890 atau +62 812 3456 7891"_s,
    u"telp 6281234567890."_s,
    u"3673 0101 2345 6789"_s,
    u"baris satu\nNIK\t3673012345678902\r\n\"kutip\" \\ garis"_s,
    u"kontrol"_s + QChar(0x01) + u"081234567890"_s + QChar(0x1f),
    u"nomor 0812345678901234567890 terlalu panjang"_s,
    u"RT 02 RW 05 no. 12, 08.30 WIB, tanggal 17-03-2026"_s,
    u"SRG-2026-0000123 dan 2026-03-17T10:00:00Z"_s,
    u"jalan rusak depan sekolah, é à ü 😀"_s,
    u"1234567890 bukan telepon, 0712345678 juga bukan"_s,
    u"nik 3673.0101.2345.6789, hp 0812 3456 78, wa 62-812-3456-7890"_s,
    u"tiket 2026-000123 jam 10.15-11.45, 08--1234567890"_s,
};

} // namespace

TEST_CASE("the masking scan leaves stored text alone only where masking would change nothing")
{
    for (const QString &text : kTexts) {
        INFO(text.toStdString());
        // Ids and numbers outside the free-text fields are never masked, even when their digits look like a phone.
        const QJsonObject state{{u"title"_s, text},
                                {u"body"_s, text},
                                {u"opd"_s, u"DISHUB"_s},
                                {u"version"_s, 3},
                                {u"id"_s, u"08123456-7890-4123-8456-789012345678"_s},
                                {u"duplicate_of"_s, u"12345678-0812-3456-7890-123456789012"_s}};
        const QByteArray stateText = json::canonicalBytesUnchecked(state);
        if (!containsPersonalNumber(text))
            CHECK(maskPersonalNumbers(state) == state);
        CHECK(QJsonDocument::fromJson(StoredJson::maskedState(stateText)).object() == maskPersonalNumbers(state));
        // What pages splice (appendMasked*, which skips the copy when nothing is masked): the same.
        QByteArray appendedState = "[";
        StoredJson::appendMaskedState(appendedState, stateText);
        CHECK(QJsonDocument::fromJson(appendedState + "]").array().at(0).toObject() == maskPersonalNumbers(state));

        const QJsonObject payload{{u"note"_s, text},
                                  {u"nested"_s, QJsonObject{{u"note"_s, text}}},
                                  {u"duplicate_of"_s, u"08123456-7890-4123-8456-789012345678"_s}};
        const QJsonObject event{{u"type"_s, u"note_added"_s}, {u"payload"_s, payload}, {u"workstation"_s, text}};
        const QByteArray eventText = json::canonicalBytesUnchecked(event);
        // Only the payload's own text fields are masked: the workstation, ids and deeper objects are not.
        QJsonObject expected = event;
        expected.insert(u"payload"_s, maskPersonalNumbers(payload));
        CHECK(QJsonDocument::fromJson(StoredJson::maskedEvent(eventText)).object() == expected);
        QByteArray appendedEvent = "[";
        StoredJson::appendMaskedEvent(appendedEvent, eventText);
        CHECK(QJsonDocument::fromJson(appendedEvent + "]").array().at(0).toObject() == expected);
    }
}

TEST_CASE("pull and snapshot pages spliced from stored text equal the decoded pages for every role")
{
    HubFixture hub(150);
    const QByteArray rina = hub.login(u"op.rina"_s);
    // Complaints whose text needs masking, and one that enters and leaves a liaison's scope (history, removed).
    for (const QString &text : kTexts)
        hub.intake(rina, u"Aduan "_s + text.left(20), text);
    const QUuid moved = hub.dispatched(u"DISHUB"_s, u"Lampu mati, hub 081234567890"_s);
    hub.run(hub.login(u"liaison-dishub"_s), u"return"_s, moved, {{u"reason"_s, u"other_opd"_s}, {u"note"_s, u"pelapor 081234567891"_s}});

    const QList<std::pair<QString, Actor>> readers = {
        {u"op.rina"_s, {u"op.rina"_s, Role::Operator, {}}},
        {u"liaison-dishub"_s, {u"liaison-dishub"_s, Role::Liaison, u"DISHUB"_s}},
        {u"liaison-dlh"_s, {u"liaison-dlh"_s, Role::Liaison, u"DLH"_s}},
    };
    for (const auto &[username, actor] : readers) {
        INFO(username.toStdString());
        const QByteArray token = hub.login(username);
        for (const int limit : {7, 1000}) {
            qint64 after = 0;
            bool more = true;
            while (more) {
                const HubResponse answer = hub.get(token, u"/api/v1/events?after=%1&limit=%2"_s.arg(after).arg(limit));
                REQUIRE(answer.status == 200);
                const QJsonObject body = answer.object();
                const auto page = hub.store().events(after, limit, actor);
                REQUIRE(page.ok());
                CHECK(body.value(u"items"_s).toArray() == decodedFeedItems(page.value()));
                CHECK(body.value(u"next"_s).toInteger() == page->next);
                CHECK(body.value(u"more"_s).toBool() == page->more);
                CHECK(body.value(u"store_id"_s).toString() == hub.storeId());
                after = page->next;
                more = page->more;
            }
        }
        QString key;
        do {
            const HubResponse answer =
                hub.get(token, u"/api/v1/snapshot?limit=40"_s + (key.isEmpty() ? QString() : u"&after="_s + key));
            REQUIRE(answer.status == 200);
            const QJsonObject body = answer.object();
            const auto page = hub.store().snapshot(key, 40, actor);
            REQUIRE(page.ok());
            CHECK(body.value(u"items"_s).toArray() == decodedSnapshotItems(page.value()));
            CHECK(body.contains(u"head"_s) == key.isEmpty());
            CHECK(body.value(u"next"_s).toString() == page->next);
            key = page->next;
        } while (!key.isEmpty());
    }
}
