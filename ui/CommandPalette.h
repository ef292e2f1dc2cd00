#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace rabeg {

// Ctrl+K: every action of the window by name. Typing filters (each word must appear), the arrows move, Enter
// runs the selected action after the palette closes. Actions that do not apply now are listed, greyed.
class CommandPalette final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    CommandPalette(const QList<QAction *> &actions, QWidget *parent = nullptr);

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);

    QList<QAction *> m_actions;
    QLineEdit *m_searchEdit = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace rabeg
