#pragma once

#include "intake/IntakeDraft.h"
#include "sync/HeldIdentities.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rabeg {

class DuplicateWatcher;
class IntakeLedger;
class OperatorSession;

// The intake form for walk-in and phone complaints (issue 7; docs/operator-guide.md, "Formulir pengaduan").
// Submitting makes the complaint at once, offline too: a client-made id, the intake command in the outbox and a
// provisional row in the cache (IntakeQueue), shown pending in the inbox until the hub gives its tracking number.
// The reporter's identity never reaches the disk in the clear: it is held in memory (HeldIdentities), sealed in the
// workstation's vault where the role and an OS keychain allow (WorkstationVault), and joins the intake only when
// the sync sends it. Every field is reached by Tab; Ctrl+Enter submits; Esc closes.
class IntakeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeDialog)

public:
    IntakeDialog(OperatorSession &session, std::shared_ptr<HeldIdentities> identities, std::function<void()> syncSoon,
                 QWidget *parent = nullptr);

    // What the form holds now, as the draft to check.
    IntakeDraft draft() const;
    // Submits what is typed: the complaint id when queued, a null id (the sentence shown in the form) when not.
    QUuid submit();
    DuplicateWatcher *duplicates() const { return m_duplicates; }
    IntakeLedger *ledger() const { return m_ledger; }
    QString problem() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *makeComplaintFields();
    QWidget *makeReporterFields();
    void fillKelurahan();
    void draftChanged();
    void identityChanged();
    void clearForNext();
    void showProblem(const QString &code, const QString &message);

    OperatorSession &m_session;
    std::shared_ptr<HeldIdentities> m_identities;
    std::function<void()> m_syncSoon;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_kecamatan = nullptr;
    QComboBox *m_kelurahan = nullptr;
    QLineEdit *m_address = nullptr;
    QCheckBox *m_anonim = nullptr;
    QCheckBox *m_rahasia = nullptr;
    QCheckBox *m_earlier = nullptr;
    QDateTimeEdit *m_receivedAt = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nik = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_nikHint = nullptr;
    QLabel *m_identityWarning = nullptr;
    QListWidget *m_duplicateList = nullptr;
    DuplicateWatcher *m_duplicates = nullptr;
    IntakeLedger *m_ledger = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_submitButton = nullptr;
};

} // namespace rabeg
