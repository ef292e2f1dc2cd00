#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace rabeg {

// Under the template editor (docs/sop.md, "Publication through the hub"): why this version is published (the
// event records it), and what this workstation's publications are waiting for: sent when the hub is reachable
// (pending), refused with the hub's sentence (drop it to try again), and, for an admin, liaisons' drafts to publish.
class SopPublicationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopPublicationPanel)

public:
    struct Row
    {
        enum class Kind { Pending, Refused, Draft };
        Kind kind = Kind::Pending;
        QString key; // the outbox entry's command id, or the draft event's id
        QString text;
    };

    explicit SopPublicationPanel(QWidget *parent = nullptr);

    QString reason() const;
    void clearReason();
    void setRows(const QList<Row> &rows);
    QListWidget *list() const { return m_list; }

signals:
    void dropRequested(const QString &commandId);
    void draftChosen(const QString &draftEventId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QList<Row> m_rows;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_listLabel = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_dropButton = nullptr;
    QPushButton *m_draftButton = nullptr;
};

} // namespace rabeg
