#include <catch2/catch.hpp>

#include "demo/Prng.h"
#include "sync/PageSlices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

// A JSON value with strings that need escaping, nested containers and numbers, from the generator.
QJsonValue randomValue(Prng &prng, int depth)
{
    static const QStringList texts = {u"jalan rusak"_s,      u"quote \" and \\ backslash"_s, u"{[,:]}"_s,
                                      u"line\nbreak\ttab"_s, u"Kec. Serang — é ü 漢字 😀"_s,  u""_s,
                                      u"\u0001 ctl"_s};
    switch (depth > 3 ? prng.between(0, 3) : prng.between(0, 5)) {
    case 0:
        return texts.at(prng.between(0, int(texts.size()) - 1));
    case 1:
        return double(prng.between(-100000, 100000));
    case 2:
        return prng.chance(0.5);
    case 3:
        return QJsonValue::Null;
    case 4: {
        QJsonArray array;
        for (int i = prng.between(0, 4); i > 0; --i)
            array.append(randomValue(prng, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = prng.between(0, 4); i > 0; --i)
            object.insert(u"k%1 \"]"_s.arg(i), randomValue(prng, depth + 1));
        return object;
    }
    }
}

QJsonObject randomEvent(Prng &prng)
{
    return QJsonObject {{u"id"_s, prng.uuid().toString(QUuid::WithoutBraces)},
                        {u"type"_s, u"responded"_s},
                        {u"payload"_s, randomValue(prng, 0)},
                        {u"text"_s, u"he said \"}]\", then left\\"_s}};
}

QJsonObject parse(QByteArrayView text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
    INFO(text.toByteArray().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

} // namespace

TEST_CASE("a page's events are sliced from its bytes exactly as QJsonDocument reads them", "[sync][slices]")
{
    Prng prng(77);
    for (int round = 0; round < 300; ++round) {
        QJsonArray items;
        for (int i = prng.between(0, 6); i > 0; --i) {
            QJsonObject item {{u"seq"_s, prng.between(1, 1000)}};
            if (prng.chance(0.2)) {
                item.insert(u"removed"_s, prng.uuid().toString(QUuid::WithoutBraces));
            } else {
                if (prng.chance(0.7))
                    item.insert(u"event"_s, randomEvent(prng));
                item.insert(u"state"_s,
                            QJsonObject {{u"history"_s, u"not this one"_s}, {u"event"_s, randomValue(prng, 2)}});
                if (prng.chance(0.6)) {
                    QJsonArray history;
                    for (int h = prng.between(0, 5); h > 0; --h)
                        history.append(randomEvent(prng));
                    item.insert(u"history"_s, history);
                }
            }
            items.append(item);
        }
        const QJsonObject page {{u"store_id"_s, u"s"_s}, {u"before"_s, randomValue(prng, 0)},
                                {u"items"_s, items},     {u"next"_s, 12},
                                {u"more"_s, true},       {u"reference"_s, QJsonArray {randomEvent(prng)}}};
        const QByteArray bytes
            = QJsonDocument(page).toJson(round % 2 == 0 ? QJsonDocument::Compact : QJsonDocument::Indented);
        const auto slices = slicePageItems(bytes);
        REQUIRE(slices.has_value());
        const QJsonArray parsed = parse(bytes).value(u"items"_s).toArray();
        REQUIRE(slices->size() == parsed.size());
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            const QJsonObject item = parsed.at(i).toObject();
            const ItemSlices &sliced = slices->at(i);
            CHECK(sliced.event.isEmpty() == !item.contains(u"event"_s));
            if (!sliced.event.isEmpty())
                CHECK(parse(sliced.event) == item.value(u"event"_s).toObject());
            const QJsonArray history = item.value(u"history"_s).toArray();
            REQUIRE(sliced.history.size() == history.size());
            for (qsizetype h = 0; h < history.size(); ++h)
                CHECK(parse(sliced.history.at(h)) == history.at(h).toObject());
        }
    }
}

TEST_CASE("a page the slicer cannot follow gives no slices, so the parsed objects are stored", "[sync][slices]")
{
    CHECK_FALSE(slicePageItems(R"({"next":1})").has_value()); // no items
    CHECK_FALSE(slicePageItems(R"({"items":[],"items":[]})").has_value()); // items twice
    CHECK_FALSE(slicePageItems(R"({"items":[{"event":{},"event":{"a":1}}]})").has_value()); // event twice
    CHECK_FALSE(slicePageItems(R"({"items":[{"history":{}}]})").has_value()); // not an array
    CHECK_FALSE(slicePageItems(R"({"items":[{"event":{"a":"cut)").has_value()); // cut off
    CHECK_FALSE(slicePageItems(R"([1,2])").has_value());
    CHECK_FALSE(slicePageItems("").has_value());
    const auto empty = slicePageItems(R"( { "items" : [ ] } )");
    REQUIRE(empty.has_value());
    CHECK(empty->isEmpty());
}
