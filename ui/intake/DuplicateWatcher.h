#pragma once

#include "domain/Complaint.h"
#include "store/LocalCache.h"

#include <QObject>

class QListWidget;
class QTimer;

namespace rabeg {

// The intake form's "maybe the same complaint": while the operator types, the complaints of the local cache that
// share the draft's words (and its service and kecamatan, when chosen) are listed, the most similar first
// (DuplicateFinder, FTS5). The search runs once typing pauses, not at every key.
class DuplicateWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicateWatcher)

public:
    DuplicateWatcher(LocalCache &cache, QListWidget *list, QObject *parent = nullptr);

    // The draft changed: search again after a pause.
    void draftChanged(const Complaint &draft);
    // Searches now (after the pause, or when a test or the form wants it at once).
    void searchNow();
    int shown() const;

signals:
    void searched(int found);

private:
    LocalCache &m_cache;
    QListWidget *m_list;
    QTimer *m_pause;
    Complaint m_draft;
};

} // namespace rabeg
