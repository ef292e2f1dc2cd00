#pragma once

#include "PendingProjection.h"
#include "refdata/ReferenceData.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rabeg {

// The command of this complaint that the hub stopped (a conflict: someone else changed it first; or a refusal),
// with both versions side by side — what you asked over the version you saw, and what the hub has now, with the
// changes made meanwhile — and the two ways out: send it again over the hub's version, or discard it.
// Hidden while nothing is stopped.
class ConflictPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictPanel)

public:
    explicit ConflictPanel(const ReferenceData &reference, QWidget *parent = nullptr);

    // `history` is the cached history (to show what others did after the command's base version).
    void show(const ProjectedComplaint &complaint, const QList<Event> &history);
    void clear();
    QString stoppedCommandId() const { return m_commandId; }

signals:
    void retryRequested(const QString &commandId);
    void discardRequested(const QString &commandId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    const ReferenceData &m_reference;
    QLabel *m_titleLabel = nullptr;
    QTableWidget *m_versionsTable = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    std::optional<ProjectedComplaint> m_complaint;
    QList<Event> m_history;
    QString m_commandId;
};

} // namespace rabeg
