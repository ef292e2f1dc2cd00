#pragma once

#include "refdata/ReferenceData.h"
#include "routing/RoutingTable.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rabeg {

class LocalCache;
class ReferenceAdminClient;

// The routing table editor (docs/reference-admin.md): the version in force as the last sync brought it, edited as a
// draft (service, kecamatan or empty for every one, OPD or agency), a dry run of the draft over the complaints of
// a week in the cache (offline; the last ISO week in WIB by default), and Publish with a reason. The hub's
// refusal is shown as its sentence; so is the workstation's own check of the draft, which is the hub's.
class RoutingTablePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingTablePanel)

public:
    RoutingTablePanel(ReferenceAdminClient *client, LocalCache &cache, ReferenceData shipped,
                      std::function<QDateTime()> hubNow, QWidget *parent = nullptr);

    // Reads the version in force from the cache again (a draft being edited is kept).
    void refresh();
    QTableWidget *rules() const { return m_rules; }
    QTableWidget *dryRun() const { return m_results; }
    QString message() const;
    int loadedVersion() const { return m_version; }
    QList<RoutingRule> draft() const;
    void runDryRun();
    void publish();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load(bool force);
    void say(const QString &sentence, bool refusal);

    ReferenceAdminClient *m_client;
    LocalCache &m_cache;
    ReferenceData m_shipped;
    std::function<QDateTime()> m_hubNow;
    int m_version = -1;
    bool m_dirty = false;
    QLabel *m_versionLabel;
    QTableWidget *m_rules;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_reload;
    QLabel *m_weekLabel;
    QDateEdit *m_week;
    QPushButton *m_run;
    QLabel *m_summary;
    QTableWidget *m_results;
    QLineEdit *m_reason;
    QPushButton *m_publish;
    QLabel *m_message;
};

} // namespace rabeg
