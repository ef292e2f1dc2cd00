#pragma once

#include "domain/Reasons.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rabeg {

// A reason from the core's fixed list (defer, reject, or an OPD's return) and a note; "other" needs the note.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    ReasonDialog(ReasonList list, const QString &title, const QString &okText, QWidget *parent = nullptr);

    QJsonObject payload() const;
    void accept() override;

private:
    QComboBox *m_reasonCombo = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QLabel *m_problemLabel = nullptr;
};

} // namespace rabeg
