#pragma once

#include "refdata/ReferenceData.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rabeg {

class LocalCache;
class ReferenceAdminClient;

// OPDs and external agencies (docs/reference-admin.md): every one the last sync brought, active or deactivated,
// and a form that adds, renames or deactivates one with a reason (never deletes: complaints name them). The hub's
// refusal is shown as its sentence.
class OpdPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpdPanel)

public:
    OpdPanel(ReferenceAdminClient *client, LocalCache &cache, ReferenceData shipped, QWidget *parent = nullptr);

    enum class Action { Add, Rename, Deactivate };
    // Reads the OPDs and agencies from the cache again.
    void refresh();
    QTableWidget *table() const { return m_table; }
    QString message() const;
    // Fills the form as a person would (tests, the keyboard): the agency list when `agency`.
    void prepare(Action action, bool agency, const QString &code, const QString &name, const QString &reason);
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void say(const QString &sentence, bool refusal);
    void pick(int row);

    ReferenceAdminClient *m_client;
    LocalCache &m_cache;
    ReferenceData m_shipped;
    QTableWidget *m_table;
    QComboBox *m_kind;
    QComboBox *m_action;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_reason;
    QPushButton *m_apply;
    QLabel *m_formLabel;
    QList<QLabel *> m_fieldLabels; // kind, change, code, name, reason
    QLabel *m_message;
};

} // namespace rabeg
