#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QtGlobal>

#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace rabeg {

// The stored page items (FeedItems.h) of whole blocks of the log, kept in the hub process's memory and shared by its
// read threads, so that a PostgreSQL store's pull pages for readers who see every event are copied from memory
// instead of crossing the database's socket again (BENCHMARKS.md, P7). A block is the items of seqs
// [index * kBlockSeqs + 1, (index + 1) * kBlockSeqs]; it is kept only once the head has passed its last seq, when
// (appends being serialized) every event in it has committed and none can be added, so it never changes. A new epoch
// (a restore) means another log: the blocks of the old one are dropped at the first read that sees it. The least
// recently read blocks go first once the budget is used.
//
// The head and the epoch a page goes up to are shared too: read from the store at most once per `headMaxAgeMs`
// (a PostgreSQL round trip, parsed and planned, cost as much as copying the page from memory), and raised at once by
// every head the process announces (its own appends, its scheduler's, other processes' NOTIFY: HubServer::announce),
// before the notice goes out, so a workstation woken by a notice finds the new events. A head from the store or an
// announcement is safe to page up to: every seq below it has committed. A reader whose cursor is past the shared head
// (it learned of newer events elsewhere) reads the store. Without announcements (LISTEN lost) a page lags the log
// by at most `headMaxAgeMs`.
class ItemCache final
{
public:
    // Small enough that a page read from the store while the cache fills carries little beyond what it needs (it
    // reads whole blocks: a page of 500 from a cursor inside a block reads up to 63 items before it, 63 after).
    static constexpr qint64 kBlockSeqs = 64;

    struct Block
    {
        QList<qint64> seqs; // ascending; a seq rolled back leaves a gap
        QList<qsizetype> ends;    // where each item ends in `bytes`
        QByteArray bytes;         // the items back to back

        QByteArrayView item(qsizetype i) const
        {
            const qsizetype begin = i == 0 ? 0 : ends.at(i - 1);
            return QByteArrayView(bytes).sliced(begin, ends.at(i) - begin);
        }
        void append(qint64 seq, QByteArrayView item)
        {
            seqs.append(seq);
            bytes.append(item);
            ends.append(bytes.size());
        }
        qsizetype charge() const { return bytes.size() + seqs.size() * qsizetype(sizeof(qint64) * 2) + 128; }
    };
    using BlockPtr = std::shared_ptr<const Block>;

    static constexpr qint64 kDefaultHeadMaxAgeMs = 200;

    explicit ItemCache(qsizetype budgetBytes, qint64 headMaxAgeMs = kDefaultHeadMaxAgeMs)
        : m_budget(budgetBytes), m_headMaxAgeMs(headMaxAgeMs)
    {
    }
    Q_DISABLE_COPY_MOVE(ItemCache)

    static qint64 blockOf(qint64 seq) { return (seq - 1) / kBlockSeqs; }
    static qint64 firstSeqOf(qint64 index) { return index * kBlockSeqs + 1; }
    static qint64 lastSeqOf(qint64 index) { return (index + 1) * kBlockSeqs; }

    // The block `index` of the log of `epoch`, or null.
    BlockPtr find(qint64 epoch, qint64 index);
    // Whether the block is kept, without counting a read.
    bool contains(qint64 epoch, qint64 index) const;
    // Keeps a whole block (its last seq at or below the head it was read under).
    void insert(qint64 epoch, qint64 index, BlockPtr block);

    struct Head
    {
        qint64 seq = 0;
        qint64 epoch = 0;
    };
    // The shared head, if the store was read for it within the last headMaxAgeMs (steady clock, milliseconds).
    std::optional<Head> freshHead(qint64 nowMs) const;
    void storeHead(Head head, qint64 nowMs);
    // An announced head: raises the shared head (not its age; the epoch is only ever read from the store).
    void advance(qint64 head);

    struct Stats
    {
        qint64 hits = 0;
        qint64 misses = 0;
        qsizetype bytes = 0;
        qsizetype blocks = 0;
    };
    Stats stats() const;

private:
    void enterEpoch(qint64 epoch); // with the lock held

    struct Entry
    {
        BlockPtr block;
        std::list<qint64>::iterator recent;
    };
    mutable std::mutex m_mutex;
    const qsizetype m_budget;
    const qint64 m_headMaxAgeMs;
    std::optional<Head> m_head;
    qint64 m_headReadAt = 0;
    qsizetype m_used = 0;
    qint64 m_epoch = 0;
    std::list<qint64> m_recent; // most recently read first
    std::unordered_map<qint64, Entry> m_blocks;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace rabeg
