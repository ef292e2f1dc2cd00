#include "ItemCache.h"

#include <algorithm>

namespace rabeg {

void ItemCache::enterEpoch(qint64 epoch)
{
    if (epoch == m_epoch)
        return;
    m_blocks.clear();
    m_recent.clear();
    m_used = 0;
    m_epoch = epoch;
}

ItemCache::BlockPtr ItemCache::find(qint64 epoch, qint64 index)
{
    std::lock_guard lock(m_mutex);
    enterEpoch(epoch);
    const auto found = m_blocks.find(index);
    if (found == m_blocks.end()) {
        ++m_misses;
        return nullptr;
    }
    ++m_hits;
    m_recent.splice(m_recent.begin(), m_recent, found->second.recent);
    return found->second.block;
}

bool ItemCache::contains(qint64 epoch, qint64 index) const
{
    std::lock_guard lock(m_mutex);
    return epoch == m_epoch && m_blocks.count(index) > 0;
}

void ItemCache::insert(qint64 epoch, qint64 index, BlockPtr block)
{
    const qsizetype charge = block->charge();
    std::lock_guard lock(m_mutex);
    enterEpoch(epoch);
    if (charge > m_budget || m_blocks.count(index) > 0)
        return;
    while (m_used + charge > m_budget && !m_recent.empty()) {
        const auto oldest = m_blocks.find(m_recent.back());
        m_used -= oldest->second.block->charge();
        m_blocks.erase(oldest);
        m_recent.pop_back();
    }
    m_recent.push_front(index);
    m_blocks.emplace(index, Entry{std::move(block), m_recent.begin()});
    m_used += charge;
}

std::optional<ItemCache::Head> ItemCache::freshHead(qint64 nowMs) const
{
    std::lock_guard lock(m_mutex);
    if (!m_head || nowMs - m_headReadAt >= m_headMaxAgeMs || nowMs < m_headReadAt)
        return std::nullopt;
    return m_head;
}

void ItemCache::storeHead(Head head, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    if (m_head && m_head->epoch == head.epoch)
        head.seq = std::max(head.seq, m_head->seq); // an announcement may have gone past what this read saw
    m_head = head;
    m_headReadAt = nowMs;
}

void ItemCache::advance(qint64 head)
{
    std::lock_guard lock(m_mutex);
    if (m_head)
        m_head->seq = std::max(m_head->seq, head);
}

ItemCache::Stats ItemCache::stats() const
{
    std::lock_guard lock(m_mutex);
    return {m_hits, m_misses, m_used, qsizetype(m_blocks.size())};
}

} // namespace rabeg
