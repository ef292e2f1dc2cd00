#include "Prng.h"

namespace rabeg {
namespace {

std::uint64_t splitmix64(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

} // namespace

Prng::Prng(std::uint64_t seed)
{
    for (auto &s : m_s)
        s = splitmix64(seed);
}

std::uint64_t Prng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

std::uint64_t Prng::below(std::uint64_t bound)
{
    const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % bound);
    std::uint64_t value;
    do {
        value = next();
    } while (value >= limit);
    return value % bound;
}

int Prng::between(int low, int high) { return low + int(below(std::uint64_t(high - low + 1))); }

double Prng::unit() { return double(next() >> 11) * 0x1.0p-53; }

bool Prng::chance(double probability) { return unit() < probability; }

QUuid Prng::uuid()
{
    const std::uint64_t hi = next();
    const std::uint64_t lo = next();
    QUuid id(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0fff) | 0x4000), uchar(((lo >> 56) & 0x3f) | 0x80),
             uchar(lo >> 48), uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
             uchar(lo));
    return id;
}

int Prng::weighted(const QList<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = int(below(std::uint64_t(total)));
    for (int i = 0; i < weights.size(); ++i) {
        if (roll < weights.at(i))
            return i;
        roll -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

} // namespace rabeg
