#pragma once

#include <QList>
#include <QUuid>

#include <cstdint>

namespace rabeg {

// xoshiro256** seeded by splitmix64: the same seed gives the same sequence on every platform and compiler,
// which std::uniform_int_distribution does not promise. Used for demo and test data, never for secrets.
class Prng
{
public:
    explicit Prng(std::uint64_t seed);

    std::uint64_t next();
    // Uniform in [0, bound), bound > 0, without modulo bias.
    std::uint64_t below(std::uint64_t bound);
    int between(int low, int high); // inclusive
    bool chance(double probability);
    double unit(); // [0, 1)
    QUuid uuid();  // a version-4 UUID made from this generator's bits

    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(qsizetype(below(std::uint64_t(items.size()))));
    }
    // Index chosen by integer weights.
    int weighted(const QList<int> &weights);

private:
    std::uint64_t m_s[4];
};

} // namespace rabeg
