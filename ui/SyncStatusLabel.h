#pragma once

#include "sync/SyncEngine.h"

#include <QLabel>

namespace rabeg {

// Always visible in the status bar: online or offline, when the cache last matched the hub, pending commands,
// conflicts and refusals, and the last error in the tooltip.
class SyncStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusLabel)

public:
    explicit SyncStatusLabel(QWidget *parent = nullptr);
    void setStatus(const rabeg::SyncStatus &status);
    void setStartFailure(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    SyncStatus m_status;
    QString m_failure;
    bool m_known = false;
};

} // namespace rabeg
