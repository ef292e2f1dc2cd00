#include "HubStoreFixture.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace hubtest;

// PostgreSQL only: SQLite has one writer at a time by construction. Two hub processes append at once; the first
// has taken its seq and is held open (a test hook runs just before its commit) while the second tries to commit;
// a reader pages by seq in between. The advisory lock must make the second wait, so that the reader's cursor
// never passes a seq that commits later; without it the reader skips that event forever.

namespace {

struct Interleaving
{
    qint64 cursor = 0; // the reader's cursor before both commits
    qint64 seq1 = 0; // committer 1's event (took its seq first, committed late)
    qint64 seq2 = 0; // committer 2's event
    bool secondWaitedOnLock = false; // committer 2 was seen waiting for the advisory lock
    bool secondCommittedFirst = false; // committer 2 had finished while committer 1 was still open
    QList<qint64> readWhileHeld; // what the reader got while committer 1 was held open
    qint64 nextWhileHeld = 0; // and where its cursor went
    QList<qint64> readAfter; // what the reader got from there after both committed
    QList<qint64> inLog; // what the log holds after the first cursor
    qint64 firstBadSeq = 0; // verifyChain()'s verdict, 0 when intact
};

// Waits for a thread before the stores it may be blocked on go away; a thread that never ends is left behind
// (the test has failed already) rather than destroyed while running.
class JoinOnExit
{
public:
    explicit JoinOnExit(QThread *thread) : m_thread(thread) { }
    ~JoinOnExit()
    {
        if (m_thread && !m_thread->wait(QDeadlineTimer(60'000)))
            (void)m_thread.release();
    }
    Q_DISABLE_COPY_MOVE(JoinOnExit)
    QThread *get() const { return m_thread.get(); }

private:
    std::unique_ptr<QThread> m_thread;
};

QList<qint64> seqsOf(const FeedPage &page)
{
    QList<qint64> seqs;
    for (const FeedItem &item : page.items)
        seqs.append(item.seq);
    return seqs;
}

qint64 firstSeqOf(const CommandOutcome &outcome)
{
    return outcome.body.value(u"events"_s).toArray().first().toObject().value(u"seq"_s).toInteger();
}

bool waitersOnAdvisoryLock(SqlHubStore &observer)
{
    QSqlQuery q(observer.database());
    return q.exec(u"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"_s) && q.next()
        && q.value(0).toLongLong() > 0;
}

Interleaving interleave(HubFixture &hub, bool appendLock)
{
    Interleaving seen;
    const QUuid first = hub.dispatched(kDishub, u"Lampu PJU mati"_s);
    const QUuid second = hub.dispatched(kPupr, u"Jalan berlubang"_s);

    const std::unique_ptr<SqlHubStore> reader = hub.openAnother(u"hub-store-test-reader"_s);
    {
        const auto page = reader->events(0, 1000, operatorActor());
        REQUIRE(page.ok());
        REQUIRE_FALSE(page->more);
        seen.cursor = page->next;
    }

    // Committer 2: another hub process, on its own connection in its own thread.
    const AppendRequest request2 = hub.request(
        liaisonOf(kPupr),
        hub.command(CommandType::AddNote, second, notePayload(u"Tim sudah ke lokasi."_s), hub.versionOf(second)));
    const QString spec = hub.spec();
    std::optional<CommandOutcome> outcome2;
    QString problem2;
    JoinOnExit committer2(QThread::create([&outcome2, &problem2, request2, spec, appendLock] {
        auto store = SqlHubStore::open(spec, StoreKind::Production, u"hub-store-test-committer-2"_s);
        if (!store.ok()) {
            problem2 = store.error().message;
            return;
        }
        store.value()->setAppendLockForTesting(appendLock);
        const auto outcome = store.value()->execute(request2);
        if (outcome.ok())
            outcome2 = outcome.value();
        else
            problem2 = outcome.error().message;
    }));

    // Committer 1: this fixture's store, held open after taking its seq. No REQUIRE in here: it runs inside the
    // store's transaction; what it sees is checked afterwards.
    SqlHubStore &store1 = hub.sqlStore();
    store1.setAppendLockForTesting(appendLock);
    store1.setBeforeCommitForTesting([&] {
        committer2.get()->start();
        QElapsedTimer waited;
        waited.start();
        if (appendLock) {
            while (!(seen.secondWaitedOnLock = waitersOnAdvisoryLock(*reader)) && waited.elapsed() < 10'000)
                QThread::msleep(5);
            seen.secondCommittedFirst = committer2.get()->isFinished();
        } else {
            seen.secondCommittedFirst = committer2.get()->wait(QDeadlineTimer(10'000));
        }
        const auto page = reader->events(seen.cursor, 1000, operatorActor());
        if (page.ok()) {
            seen.readWhileHeld = seqsOf(page.value());
            seen.nextWhileHeld = page->next;
        }
    });
    const CommandOutcome outcome1
        = hub.execute(hub.request(liaisonOf(kDishub),
                                  hub.command(CommandType::AddNote, first,
                                              notePayload(u"Petugas UPT PJU dijadwalkan."_s), hub.versionOf(first))));
    store1.setBeforeCommitForTesting({});
    store1.setAppendLockForTesting(true);
    requireOk(outcome1);
    seen.seq1 = firstSeqOf(outcome1);

    REQUIRE(committer2.get()->wait(QDeadlineTimer(30'000)));
    INFO("committer 2: " << problem2.toStdString());
    REQUIRE(outcome2.has_value());
    requireOk(*outcome2);
    seen.seq2 = firstSeqOf(*outcome2);

    const auto after = reader->events(seen.nextWhileHeld, 1000, operatorActor());
    REQUIRE(after.ok());
    seen.readAfter = seqsOf(after.value());
    const auto whole = reader->events(seen.cursor, 1000, operatorActor());
    REQUIRE(whole.ok());
    seen.inLog = seqsOf(whole.value());
    const auto verdict = reader->verifyChain();
    REQUIRE(verdict.ok());
    seen.firstBadSeq = verdict.value().value_or(0);
    return seen;
}

} // namespace

TEST_CASE("with the append lock, a reader paging by seq never skips an event that commits late",
          "[hub_store][postgres]")
{
    HubFixture hub(Backend::Postgres);
    const Interleaving seen = interleave(hub, true);

    CHECK(seen.secondWaitedOnLock);
    CHECK_FALSE(seen.secondCommittedFirst);
    CHECK(seen.seq1 < seen.seq2);
    // While committer 1 was open the reader got nothing and its cursor stayed put...
    CHECK(seen.readWhileHeld.isEmpty());
    CHECK(seen.nextWhileHeld == seen.cursor);
    // ...so afterwards it gets both events, in seq order.
    CHECK(seen.readAfter == QList<qint64> {seen.seq1, seen.seq2});
    CHECK(seen.inLog == QList<qint64> {seen.seq1, seen.seq2});
    CHECK(seen.firstBadSeq == 0);
}

TEST_CASE("without the append lock, a reader paging by seq skips an event that commits late", "[hub_store][postgres]")
{
    HubFixture hub(Backend::Postgres);
    const Interleaving seen = interleave(hub, false);

    // The sequence alone: committer 2 took the later seq but committed first.
    CHECK_FALSE(seen.secondWaitedOnLock);
    CHECK(seen.secondCommittedFirst);
    CHECK(seen.seq1 < seen.seq2);
    // The reader saw seq2 and moved its cursor past seq1, which had not committed yet...
    CHECK(seen.readWhileHeld == QList<qint64> {seen.seq2});
    CHECK(seen.nextWhileHeld == seen.seq2);
    // ...and never gets it, although it is in the log.
    CHECK(seen.readAfter.isEmpty());
    CHECK(seen.inLog == QList<qint64> {seen.seq1, seen.seq2});
    CHECK_FALSE(seen.readWhileHeld.contains(seen.seq1));
    // Both chained to the same head: the chain forks at seq2 as well.
    CHECK(seen.firstBadSeq == seen.seq2);
}
