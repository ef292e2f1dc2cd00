#pragma once

#include "sync/HeldIdentities.h"

#include <QColor>
#include <QListWidget>
#include <QUuid>

#include <memory>

namespace rabeg {

class OperatorSession;

// The intake form's list of the complaints taken in since it opened, each as the workstation knows it now:
// waiting for the hub (and whether its reporter's identity is held in memory only, which closing Rabeg would
// lose, or kept encrypted by the workstation's vault, which tells it when it seals one), on the hub with its tracking
// id, or refused by the hub with its sentence.
class IntakeLedger final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeLedger)

public:
    IntakeLedger(OperatorSession &session, std::shared_ptr<HeldIdentities> identities, QWidget *parent = nullptr);

    void add(const QUuid &complaint, const QString &title);
    void refresh();
    // The line shown for a complaint (for tests and the screen reader), empty when not in the list.
    QString lineOf(const QUuid &complaint) const;

private:
    QString describe(const QUuid &complaint, const QString &title, bool *problem) const;

    OperatorSession &m_session;
    std::shared_ptr<HeldIdentities> m_identities;
};

} // namespace rabeg
