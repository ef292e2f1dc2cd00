#include "KeymapDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rabeg {

KeymapDialog::KeymapDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("keymapDialog"));
    setWindowTitle(tr("Keys"));
    auto *table = new QTableWidget(0, 2, this);
    table->setObjectName(QStringLiteral("keymapTableWidget"));
    table->setAccessibleName(tr("Keys"));
    table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
        table->setItem(row, 1, new QTableWidgetItem(action->text().remove(QLatin1Char('&'))));
    }
    table->resizeColumnsToContents();
    table->setMinimumSize(table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60,
                          table->fontMetrics().height() * 22);
    auto *note = new QLabel(tr("Every action is also in the command palette (Ctrl+K). The full keymap is in "
                               "docs/keymap.md."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

} // namespace rabeg
