#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rabeg {

// Assign a complaint (or, in the handover, several) to a colleague of the command center: chosen from the
// colleagues this workstation knows of (OwnershipQuery::colleagues), or typed; the hub refuses a name it does not
// know as a command center user. The current owner is not offered.
class AssignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignDialog)

public:
    AssignDialog(const QString &title, const QStringList &colleagues, const QString &currentOwner,
                 QWidget *parent = nullptr);

    QString assignee() const;
    QJsonObject payload() const;
    void accept() override;

private:
    QComboBox *m_assigneeCombo = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QLabel *m_problemLabel = nullptr;
    QString m_currentOwner;
};

} // namespace rabeg
