#pragma once

#include <QFile>
#include <QList>

#include <algorithm>
#include <cmath>
#include <time.h>

// Small statistics every benchmark prints, header-only so that benchmarks of the client (no hub library) share
// them with BenchCommon's.
namespace rabeg::bench {

// The 1-minute load average (/proc/loadavg), printed beside each figure: other work on the machine shows in it.
inline double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1;
}

// Nearest-rank percentile (p in 0..100); 0 for no values.
inline double percentileOf(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(values.size()))), 1,
                                                 values.size());
    return values.at(rank - 1);
}

// The median, the mean of the two middle values for an even count; 0 for no values.
inline double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// CPU seconds of the calling thread, and of the whole process.
inline double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}

inline double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}

} // namespace rabeg::bench
