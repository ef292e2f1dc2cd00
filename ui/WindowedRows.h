#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace rabeg {

// The rows a table model shows over a long SQL list, held a few pages at a time: the model says how many rows there
// are (a COUNT), the view asks for rows, and the page holding a row is read when first asked for and dropped when it
// is the least recently used of more than `maxPages`. Nothing grows with the list: scrolling through a million
// rows holds at most maxPages * pageSize of them. The fetcher reads one page, given the page's first row and, when
// it is held, the last row of the page before it (so the model can continue a keyset instead of seeking).
// Shared by the inbox and the routing queue.
template <typename Row>
class WindowedRows
{
public:
    using Fetcher = std::function<Result<QList<Row>>(qint64 firstRow, const Row *previous)>;

    WindowedRows(int pageSize, int maxPages) : m_pageSize(pageSize), m_maxPages(maxPages) {}

    void setFetcher(Fetcher fetcher) { m_fetcher = std::move(fetcher); }
    // Forgets every held row; `total` rows from now on.
    void reset(qint64 total)
    {
        m_pages.clear();
        m_used.clear();
        m_total = total;
        m_error.reset();
    }
    qint64 total() const { return m_total; }
    int pageSize() const { return m_pageSize; }
    int heldPages() const { return int(m_pages.size()); }

    // The row, reading its page if needed; null past the end or when the read failed (see error()). The model may
    // complete it in place (columns derived when first shown); it stays valid until its page is dropped.
    Row *at(qint64 row)
    {
        if (row < 0 || row >= m_total)
            return nullptr;
        const qint64 page = row / m_pageSize;
        QList<Row> *rows = pageAt(page);
        const qsizetype offset = row - page * m_pageSize;
        return rows && offset < rows->size() ? &(*rows)[offset] : nullptr;
    }
    // The row only if its page is held (no read).
    const Row *held(qint64 row) const
    {
        const auto it = m_pages.constFind(row / m_pageSize);
        if (it == m_pages.cend())
            return nullptr;
        const qsizetype offset = row % m_pageSize;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }
    // Every held row with its number, for a search that must not read (a selection restored after a refresh).
    template <typename Visit>
    void forEachHeld(Visit visit) const
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            for (qsizetype i = 0; i < it->size(); ++i)
                visit(it.key() * m_pageSize + i, it->at(i));
        }
    }
    std::optional<Error> error() const { return m_error; }

private:
    QList<Row> *pageAt(qint64 page)
    {
        if (const auto it = m_pages.find(page); it != m_pages.end()) {
            touch(page);
            return &*it;
        }
        if (!m_fetcher)
            return nullptr;
        const Row *previous = nullptr;
        if (const auto before = m_pages.constFind(page - 1); before != m_pages.cend() && !before->isEmpty())
            previous = &before->constLast();
        Result<QList<Row>> rows = m_fetcher(page * m_pageSize, previous);
        if (!rows.ok()) {
            m_error = rows.error();
            return nullptr;
        }
        while (m_pages.size() >= m_maxPages && !m_used.isEmpty())
            m_pages.remove(m_used.takeFirst());
        m_pages.insert(page, std::move(rows.value()));
        m_used.append(page);
        return &m_pages[page];
    }
    void touch(qint64 page)
    {
        if (!m_used.isEmpty() && m_used.constLast() == page)
            return;
        m_used.removeOne(page);
        m_used.append(page);
    }

    const int m_pageSize;
    const int m_maxPages;
    Fetcher m_fetcher;
    QHash<qint64, QList<Row>> m_pages;
    QList<qint64> m_used; // least recently used first
    qint64 m_total = 0;
    std::optional<Error> m_error;
};

} // namespace rabeg
