#pragma once

#include "domain/Reasons.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rabeg {

class ReporterContactFields;

// A reason from the core's fixed list (defer, reject, or an OPD's return) and a note; "other" needs the note.
// A defer also records what was asked of the reporter and through which channel (the reporter loop); Ctrl+Enter
// accepts from any field.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    ReasonDialog(ReasonList list, const QString &title, const QString &okText, QWidget *parent = nullptr);
    ~ReasonDialog() override;

    QJsonObject payload() const;
    void accept() override;

private:
    QComboBox *m_reasonCombo = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QLabel *m_problemLabel = nullptr;
    std::unique_ptr<ReporterContactFields> m_reporter; // a defer's question to the reporter
};

} // namespace rabeg
