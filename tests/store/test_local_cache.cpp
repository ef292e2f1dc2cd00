#include <catch2/catch.hpp>

#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

struct DemoCache
{
    QTemporaryDir dir;
    LocalCache cache;
    ReferenceData reference = loadBuiltinReferenceData().value();
    QList<ReporterIdentity> identities;

    explicit DemoCache(int count)
    {
        REQUIRE(dir.isValid());
        REQUIRE_FALSE(cache.open(path(), u"test-cache"_s));
        const DemoCorpus corpus = DemoCorpus::loadBuiltin().value();
        DemoOptions options;
        options.count = count;
        // Remember the identities the generator made, to search the file for them.
        DemoGenerator(reference, corpus, options).run([this](const DemoComplaint &demo) {
            identities.append(demo.identity);
            return true;
        });
        REQUIRE_FALSE(fillWithDemoData(cache, reference, corpus, options));
    }
    QString path() const { return dir.filePath(u"cache.sqlite"_s); }
};

QString pragma(LocalCache &cache, const QString &name)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"PRAGMA "_s + name));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("a new cache gets the current schema, WAL and synchronous=NORMAL")
{
    QTemporaryDir dir;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"c.sqlite"_s), u"schema-test"_s));
    CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);
    CHECK(pragma(cache, u"journal_mode"_s) == u"wal"_s);
    CHECK(pragma(cache, u"synchronous"_s) == u"1"_s); // NORMAL, not Debian's FULL default for WAL
    CHECK(pragma(cache, u"foreign_keys"_s) == u"1"_s);
}

TEST_CASE("a cache made by a newer Rabeg is refused with a sentence, not opened")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.sqlite"_s);
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(path, u"newer-1"_s));
        REQUIRE_FALSE(cache.setMeta(u"schema_version"_s, u"99"_s));
    }
    LocalCache cache;
    const Status status = cache.open(path, u"newer-2"_s);
    REQUIRE(status);
    CHECK(status->code == u"cache_too_new"_s);
    CHECK(status->message.contains(u"newer version of Rabeg"_s));
}

TEST_CASE("a file that is not a database gives an error instead of a crash")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"garbage.sqlite"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    LocalCache cache;
    const Status status = cache.open(path, u"garbage"_s);
    REQUIRE(status);
    CHECK_FALSE(status->message.isEmpty());
}

TEST_CASE("demo complaints round-trip through the cache with their histories")
{
    DemoCache demo(300);
    ComplaintRepository repository(demo.cache);
    CHECK(repository.count().value() == 300);

    const auto first = repository.page(std::nullopt, 1);
    REQUIRE(first.ok());
    REQUIRE(first->size() == 1);
    const QUuid id = QUuid::fromString(first->first().id);
    const auto complaint = repository.find(id);
    REQUIRE(complaint.ok());
    REQUIRE(complaint.value().has_value());
    const auto history = repository.history(id);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->first().type == EventType::Received);
    CHECK(history->last().version == complaint.value()->version);
    CHECK(complaint.value()->trackingId == first->first().trackingId);
}

TEST_CASE("keyset pages of the inbox cover every complaint once, newest first")
{
    DemoCache demo(1000);
    ComplaintRepository repository(demo.cache);
    QSet<QString> seen;
    std::optional<InboxCursor> after;
    QDateTime previous;
    int pages = 0;
    for (;;) {
        const auto page = repository.page(after, 137);
        REQUIRE(page.ok());
        if (page->isEmpty())
            break;
        ++pages;
        for (const InboxRow &row : page.value()) {
            CHECK_FALSE(seen.contains(row.id));
            seen.insert(row.id);
            if (previous.isValid())
                CHECK(row.receivedAt <= previous);
            previous = row.receivedAt;
        }
        after = InboxCursor{page->last().receivedAt.toString(Qt::ISODateWithMs), page->last().id};
    }
    CHECK(seen.size() == 1000);
    CHECK(pages == 8);
}

TEST_CASE("no reporter identity is written to the cache file")
{
    DemoCache demo(400);
    demo.cache.close();
    QByteArray bytes;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile f(demo.path() + suffix);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    REQUIRE(bytes.size() > 0);
    // The generator puts a phone number or NIK into about 4% of bodies on purpose (citizens do); the hub will
    // mask those (privacy issue). Names and the identity records themselves must never be here.
    int names = 0;
    for (const ReporterIdentity &identity : demo.identities) {
        if (bytes.contains(identity.name.toUtf8()) && identity.name.size() > 12)
            ++names;
        if (!identity.email.isEmpty())
            CHECK_FALSE(bytes.contains(identity.email.toUtf8()));
    }
    // A common name can occur in a complaint text by chance; an identity table would hold all 400.
    CHECK(names < 10);
}
