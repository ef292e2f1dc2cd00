#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace rabeg {

// An OPD's answer to a complaint (respond). Ctrl+Enter sends; Enter starts a new line.
class ResponseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseDialog)

public:
    explicit ResponseDialog(const QString &trackingId, QWidget *parent = nullptr);

    QString response() const;
    QString overrideReason() const;

private:
    QPlainTextEdit *m_edit = nullptr;
    QLineEdit *m_overrideEdit = nullptr;
};

} // namespace rabeg
