#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "domain/Complaint.h"

namespace rabeg {

struct DuplicateCandidate
{
    QString id;
    QString trackingId;
    QString title;
    QDateTime receivedAt;
    ComplaintState state = ComplaintState::Received;
    double score = 0; // FTS5 bm25: lower is more similar
};

// Complaints that may say the same thing as a given one: its title and body's words (any of them) ranked by
// FTS5's bm25 among the cached complaints of the same service and kecamatan, the most similar first. In a training
// cache, a trainee's copy ("[user] ..." from the training hub) is offered only the same trainee's copies.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(LocalCache &cache) : m_cache(cache) {}

    Result<QList<DuplicateCandidate>> candidates(const Complaint &complaint, int limit = 10) const;

    // The words of a text worth matching on: letters and digits, four or more characters, common words left out.
    static QStringList significantWords(const QString &text, int max = 16);
    // "[user] " when the title is a training copy's, as the training hub writes it; empty otherwise.
    static QString trainingCopyPrefix(const QString &title);

private:
    LocalCache &m_cache;
};

} // namespace rabeg
