#pragma once

#include "OperatorSession.h"

#include <QJsonObject>
#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace rabeg {

// The reporter's identity in a complaint's detail, as DESIGN.md allows it ("What each client may see"): asked of
// the hub on demand (GET /api/v1/complaints/{id}/identity, role-checked and audited there), only online, on the
// sync thread; shown with the unmasked text and held in this widget's labels only: never in the cache, the log or
// the settings, and forgotten when another complaint is shown or the detail goes away. Where the role may see
// identities and a keychain holds the vault's key, what was fetched is also sealed into the workstation's vault
// (WorkstationVault), and shown from there when the hub cannot be reached, each such view queued for the audit log. For an anonymous reporter,
// operators see that it is hidden; a supervisor or an admin may reveal it with a reason (RevealDialog), once.
// When the hub cannot be asked, or refuses, a sentence says why.
class IdentityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityPanel)

public:
    // `keys`: the widget whose children the two keys act in (the detail view).
    IdentityPanel(OperatorSession &session, QWidget *keys, QWidget *parent = nullptr);
    ~IdentityPanel() override;

    // The complaint in the detail; another one forgets the identity shown.
    void showFor(const QUuid &id, const QString &trackingId, bool anonim);
    void forget();
    QList<QAction *> actions() const;
    QAction *showAction() const { return m_showAction; }
    QAction *revealAction() const { return m_revealAction; }
    // Asks the hub; the reveal with a reason given (the dialog's answer, or a test).
    void fetch();
    void revealWith(const QString &reason);
    bool identityShown() const;

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void reveal();
    void ask(const QByteArray &method, const QString &path, const QJsonObject &body);
    void answered(quint64 ticket, int status, const QJsonObject &body, const QString &problem);
    void showIdentity(const QJsonObject &answer, bool kept = false);
    // Offline: the identity from this workstation's vault, the view queued; false when it keeps none.
    bool showKept();
    QString offlineSentence() const;
    void say(const QString &sentence, bool problem);
    void refreshState();
    void retranslate();

    OperatorSession &m_session;
    QUuid m_id;
    QString m_trackingId;
    bool m_anonim = false;
    bool m_revealing = false; // the request in flight is a reveal
    quint64 m_ticket = 0; // the request in flight; 0: none
    QLabel *m_headingLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_identityLabel = nullptr;
    QPushButton *m_showButton = nullptr;
    QPushButton *m_revealButton = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_revealAction = nullptr;
};

} // namespace rabeg
