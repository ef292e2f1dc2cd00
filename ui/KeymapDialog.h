#pragma once

#include <QDialog>

namespace rabeg {

// F1: every key of the window, read from the actions themselves (so it can never disagree with them), and
// where the full keymap is documented (docs/keymap.md).
class KeymapDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeymapDialog)

public:
    KeymapDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace rabeg
