#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace rabeg {

// The certificate authority file (PEM) a workstation trusts for an https hub: typed, or chosen in a file dialog
// that opens without blocking the window. Empty: the system's authorities.
class CaFileEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaFileEdit)

public:
    explicit CaFileEdit(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    void setReadOnly(bool readOnly);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void retranslate();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_browse = nullptr;
};

} // namespace rabeg
