#pragma once

#include "refdata/ReferenceData.h"
#include "store/LocalCache.h"

#include <QTextStream>

#include <memory>

namespace rabeg {

// What a headless command (`rabeg report`, `rabeg escalation-packet`) works on: the cache named by --cache, else
// the only cache in the client's data folder, opened, with the built-in reference data. On failure the command's
// sentence ("rabeg <command>: ...") is written to `err` and `exitCode` is 2 (the cache is not named) or 1.
struct HeadlessCache
{
    std::unique_ptr<LocalCache> cache;
    ReferenceData reference;
    QString path;
    int exitCode = 0;

    bool ok() const { return exitCode == 0; }
    // `named`: the value of --cache, empty when not given; `connection`: the database connection's name.
    static HeadlessCache open(const QString &command, const QString &named, const QString &connection,
                              QTextStream &err);
};

} // namespace rabeg
