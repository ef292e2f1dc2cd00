#pragma once

#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

namespace rabeg::test {

// A local cache in a temporary directory filled with `count` demo complaints (no hub).
struct DemoCache
{
    QTemporaryDir dir;
    LocalCache cache;
    ReferenceData reference = loadBuiltinReferenceData().value();

    explicit DemoCache(int count, const QString &connection = QStringLiteral("ui-test"))
    {
        REQUIRE(dir.isValid());
        REQUIRE_FALSE(cache.open(path(), connection));
        DemoOptions options;
        options.count = count;
        REQUIRE_FALSE(fillWithDemoData(cache, reference, DemoCorpus::loadBuiltin().value(), options));
    }
    QString path() const { return dir.filePath(QStringLiteral("ui.sqlite")); }
};

} // namespace rabeg::test
