#pragma once

#include "sop/Checklist.h"

#include <QDateTime>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rabeg {

class ChecklistModel;

// A complaint's SOP checklist for its detail view (docs/sop.md): the template version it runs, each step with
// its expected working days, critical mark, and who did it when (a phone report says so); the stalled step
// tinted, with the core's sentence ("Stalled at step 3: Verifikasi data di SIAK, 4 working days over") above.
// Ticking and reopening are requests: the widget emits the step's key with the note (or the reason to reopen), and
// the caller issues CompleteStep / ReopenStep, whose result comes back through setChecklist.
class ChecklistWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistWidget)

public:
    explicit ChecklistWidget(QWidget *parent = nullptr);

    // The checklist derived at hub time (ChecklistQuery::checklist or checklistOf). Keeps the selected step.
    void setChecklist(const Checklist &checklist);
    void clear();
    const Checklist &checklist() const;
    // The steps ticked or reopened here that the hub has not confirmed yet (by key): their rows say "pending".
    void setPendingSteps(const QSet<QString> &keys);
    // Whether this user may tick and reopen steps of this complaint now (role, scope, state): off by default.
    void setEditable(bool editable);
    // Someone in the command center ticks from a phone report: the tick button says so.
    void setPhoneReport(bool phoneReport);

    QString selectedStep() const; // the selected step's key, empty when none
    void selectStep(const QString &key);

signals:
    void completeStepRequested(const QString &stepKey, const QString &note);
    void reopenStepRequested(const QString &stepKey, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void requestComplete();
    void requestReopen();

    ChecklistModel *m_model = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_stallLabel = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QPushButton *m_completeButton = nullptr;
    QPushButton *m_reopenButton = nullptr;
    bool m_editable = false;
    bool m_phoneReport = false;
};

} // namespace rabeg
