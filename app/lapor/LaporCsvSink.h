#pragma once

#include "LaporSink.h"

namespace rabeg {

// The follow-ups as a CSV file for upload to LAPOR! (UTF-8, comma-separated, one line per follow-up, times in WIB);
// the columns are documented in docs/lapor.md. The file is replaced whole or not at all.
class LaporCsvSink final : public LaporSink
{
public:
    explicit LaporCsvSink(QString path) : m_path(std::move(path)) { }

    QString description() const override { return m_path; }
    Status deliver(const QList<LaporFollowUp> &followUps) override;

    // The file's text (also for tests and previews).
    static QByteArray render(const QList<LaporFollowUp> &followUps);

private:
    QString m_path;
};

} // namespace rabeg
