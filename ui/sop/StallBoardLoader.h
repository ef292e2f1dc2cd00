#pragma once

#include "deadline/WorkingCalendar.h"
#include "sop/SopCatalog.h"
#include "store/LocalCache.h"
#include "store/StallBoardQuery.h"

#include <QObject>

#include <memory>

namespace rabeg {

class ReferenceData;

// Computes the stall board away from the GUI thread (an index range of the cache's SOP progress, but the first
// open of an older cache migrates and derives it, and a cold page cache is slow; BENCHMARKS.md): it lives on its own
// thread with its own connection to the cache file, opened there on first use, and its own copy
// of the shipped SOP catalog. The calendar is the one the cache adopted (the shipped one, or the latest an admin
// published), read again at each computation. Results go back by queued signals.
class StallBoardLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallBoardLoader)

public:
    StallBoardLoader(QString cachePath, const ReferenceData &reference);
    ~StallBoardLoader() override;

    // Runs on the loader's thread (call it through QMetaObject::invokeMethod).
    void compute(const QDateTime &now);

signals:
    void computed(const rabeg::StallBoardSnapshot &board);
    void failed(const QString &message);

private:
    QString m_path;
    SopCatalog m_catalog;
    std::unique_ptr<LocalCache> m_cache;
};

} // namespace rabeg
