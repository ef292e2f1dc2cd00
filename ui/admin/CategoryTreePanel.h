#pragma once

#include "refdata/ReferenceData.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rabeg {

class LocalCache;
class ReferenceAdminClient;

// The category and service tree (docs/reference-admin.md) as the last sync brought it: root categories, their
// child categories, and the services under each with their default route (the routing table in force, by the
// OPD's or agency's name in force), active or deactivated. A form adds, renames, moves or deactivates a category
// or a service with a reason, through POST /api/v1/admin/categories and /services (never deletes: complaints name
// them). The hub's refusal is shown as its sentence. A service's route is changed in the Routing table tab.
class CategoryTreePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryTreePanel)

public:
    CategoryTreePanel(ReferenceAdminClient *client, LocalCache &cache, ReferenceData shipped,
                      QWidget *parent = nullptr);

    enum class Action { Add, Rename, Move, Deactivate };
    // Reads the tree from the cache again (shipped data plus the synced reference events).
    void refresh();
    QTreeWidget *tree() const { return m_tree; }
    // The row of a category id or a service code, or null.
    QTreeWidgetItem *itemOf(const QString &code, bool service) const;
    QString message() const;
    // Fills the form as a person would (tests, the keyboard). `place` is the parent category of a category (empty:
    // a root) or the category of a service.
    void prepare(Action action, bool service, const QString &code, const QString &name, const QString &place,
                 const QString &reason);
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void say(const QString &sentence, bool refusal);
    void pick(QTreeWidgetItem *item);
    void fillPlaces();
    void enableFields();
    bool service() const;

    ReferenceAdminClient *m_client;
    LocalCache &m_cache;
    ReferenceData m_shipped;
    QList<Category> m_categories; // as last read, for the place list
    QTreeWidget *m_tree;
    QComboBox *m_kind;
    QComboBox *m_action;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_place;
    QLineEdit *m_reason;
    QPushButton *m_apply;
    QLabel *m_formLabel;
    QLabel *m_hint;
    QList<QLabel *> m_fieldLabels; // kind, change, code, name, place, reason
    QLabel *m_message;
};

} // namespace rabeg
