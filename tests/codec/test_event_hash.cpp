#include "CodecSamples.h"

#include <QFile>

#include <vector>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

struct GoldenVector
{
    QByteArray event;
    QByteArray canonical;
    QByteArray hash;
};

// Reads tests/data/codec/event_golden.txt (its header says how the values were made).
std::vector<GoldenVector> loadGolden()
{
    QFile file(QStringLiteral(RABEG_TEST_DATA "/codec/event_golden.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    std::vector<GoldenVector> vectors;
    GoldenVector current;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype tab = line.indexOf('\t');
        REQUIRE(tab > 0);
        const QByteArray key = line.left(tab);
        const QByteArray value = line.mid(tab + 1);
        if (key == "event") {
            current = {value, {}, {}};
        } else if (key == "canonical") {
            current.canonical = value;
        } else {
            REQUIRE(key == "hash");
            current.hash = value;
            vectors.push_back(current);
        }
    }
    return vectors;
}

} // namespace

TEST_CASE("the golden events give the committed canonical bytes and sha256sum hashes", "[codec][hash]")
{
    const std::vector<GoldenVector> vectors = loadGolden();
    REQUIRE(vectors.size() == 3);
    QString previous = QString::fromLatin1(kGenesisHash);
    for (const GoldenVector &vector : vectors) {
        const auto event = decodeEventBytes(vector.event);
        INFO((event.ok() ? std::string() : event.error().message.toStdString()));
        REQUIRE(event.ok());
        INFO(toCode(event.value().type).toStdString());
        CHECK(event.value().prevHash == previous);
        CHECK(eventCanonicalBytes(event.value()).toStdString() == vector.canonical.toStdString());
        CHECK(eventHash(event.value()) == QString::fromLatin1(vector.hash));
        CHECK(event.value().hash == QString::fromLatin1(vector.hash));
        previous = event.value().hash;
    }
}

TEST_CASE("the hash covers every field but the hashes and it covers the previous hash", "[codec][hash]")
{
    const std::vector<GoldenVector> vectors = loadGolden();
    REQUIRE_FALSE(vectors.empty());
    const Event original = decodeEventBytes(vectors.front().event).value();
    const QString hash = eventHash(original);

    Event changed = original;
    changed.hash = u"ffff"_s;
    CHECK(eventHash(changed) == hash);

    changed = original;
    changed.prevHash = QString::fromLatin1(QByteArray(64, '1'));
    CHECK(eventHash(changed) != hash);
    changed = original;
    changed.seq += 1;
    CHECK(eventHash(changed) != hash);
    changed = original;
    changed.at = changed.at.addMSecs(1);
    CHECK(eventHash(changed) != hash);
    changed = original;
    changed.actor.user = u"op.dede"_s;
    CHECK(eventHash(changed) != hash);
    changed = original;
    changed.workstation = u"WS-KOMINFO-02"_s;
    CHECK(eventHash(changed) != hash);
    changed = original;
    changed.payload.insert(u"rahasia"_s, false);
    CHECK(eventHash(changed) != hash);
}

TEST_CASE("the canonical bytes do not depend on the order or spacing the event arrived in", "[codec][hash]")
{
    const QByteArray spaced = R"({ "payload" : { "note" : "Diterima." } , "type" : "acknowledged",
        "seq" : 9, "version" : 4, "id" : "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b",
        "complaint_id" : "0b6c7a52-9e1f-4c3d-a5b7-c9d1e3f5a7b9", "at" : "2026-12-01T08:05:33.007+07:00",
        "actor" : { "opd" : "DISHUB", "user" : "liaison-dishub", "role" : "liaison" },
        "workstation" : "OPD-DISHUB", "command_id" : "f0e1d2c3-b4a5-4968-8776-655443322110" })";
    const auto event = decodeEventBytes(spaced);
    INFO((event.ok() ? std::string() : event.error().message.toStdString()));
    REQUIRE(event.ok());
    CHECK(eventCanonicalBytes(event.value()).toStdString()
          == R"({"actor":{"opd":"DISHUB","role":"liaison","user":"liaison-dishub"},"at":"2026-12-01T01:05:33.007Z",)"
             R"("command_id":"f0e1d2c3-b4a5-4968-8776-655443322110","complaint_id":"0b6c7a52-9e1f-4c3d-a5b7-)"
             R"(c9d1e3f5a7b9","id":"e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b","payload":{"note":"Diterima."},"seq":9,)"
             R"("type":"acknowledged","version":4,"workstation":"OPD-DISHUB"})");
}
