#pragma once

#include "SavedFilters.h"
#include "refdata/ReferenceData.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace rabeg {

// Above the inbox: full-text search, the quick filters (state, OPD, category, kecamatan, overdue, escalated, pending,
// stalled, assigned to me)
// and the operator's saved filters; a drill-down's "only these complaints" shows as a removable chip with its label.
// It only says what to show (InboxCriteria); the model asks SQL.
class InboxFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxFilterBar)

public:
    InboxFilterBar(const ReferenceData &reference, std::unique_ptr<SavedFilters> saved, QWidget *parent = nullptr);
    ~InboxFilterBar() override;

    InboxCriteria criteria() const;
    void setCriteria(const InboxCriteria &criteria);
    void focusSearch();
    void setOpdFilterShown(bool shown);
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QWidget *onlyChip() const { return m_onlyChip; }
    // Saves the current filters under `name` (the save button asks for the name).
    void saveAs(const QString &name);
    // Fills the OPD, category and kecamatan lists again from the reference data, keeping what is chosen (after a
    // sync brought an admin's change, ReferenceInForce::changed).
    void fillChoices();

signals:
    void criteriaChanged(const rabeg::InboxCriteria &criteria);
    // Enter in the search field: the list should take the focus.
    void searchSubmitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitSoon();
    void emitNow();
    void reloadSaved();
    void applySaved(int index);
    void askNameAndSave();
    void showOnlyChip();

    const ReferenceData &m_reference;
    std::unique_ptr<SavedFilters> m_saved;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QComboBox *m_opdCombo = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QComboBox *m_kecamatanCombo = nullptr;
    QCheckBox *m_overdueCheck = nullptr;
    QCheckBox *m_escalatedCheck = nullptr;
    QCheckBox *m_pendingCheck = nullptr;
    QCheckBox *m_stalledCheck = nullptr;
    QCheckBox *m_mineCheck = nullptr; // "assigned to me": the saved filters' user
    QComboBox *m_savedCombo = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QTimer *m_typingTimer = nullptr;
    QWidget *m_onlyChip = nullptr;
    QLabel *m_onlyLabel = nullptr;
    QToolButton *m_onlyRemoveButton = nullptr;
    QList<QUuid> m_onlyIds; // the drill-down's complaints while the chip shows
    QString m_onlyText;
    bool m_applying = false;
};

} // namespace rabeg
