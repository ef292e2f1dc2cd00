#include "RouteDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rabeg {

RouteDialog::RouteDialog(const QString &title, const QString &okText, const QList<Choice> &choices, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("routeDialog"));
    setWindowTitle(title);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("routeFilterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Filter the list"));
    m_filterEdit->setPlaceholderText(tr("Type to filter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("routeListWidget"));
    m_list->setAccessibleName(tr("OPDs and agencies"));
    for (const Choice &choice : choices) {
        auto *item = new QListWidgetItem(choice.code + QStringLiteral(" — ") + choice.name, m_list);
        item->setData(Qt::UserRole, choice.code);
    }
    m_list->setMinimumWidth(m_list->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 64);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 14);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_suggestionLabel = new QLabel(this);
    m_suggestionLabel->setObjectName(QStringLiteral("routeSuggestionLabel"));
    m_suggestionLabel->setWordWrap(true);
    m_suggestionLabel->setVisible(false);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("routeNoteLineEdit"));
    m_noteEdit->setAccessibleName(tr("Note"));
    m_noteEdit->setPlaceholderText(tr("Note (optional)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &RouteDialog::filter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_suggestionLabel);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noteEdit);
    layout->addWidget(buttons);
    // Focus in the filter: typing narrows the list, the arrows move in it (forwarded below), Enter confirms.
    m_filterEdit->setFocus();
    m_filterEdit->installEventFilter(this);
}

void RouteDialog::suggest(const QString &code, const QString &why)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == code) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
        }
    }
    m_suggestionLabel->setText(why);
    m_suggestionLabel->setVisible(!why.isEmpty());
}

void RouteDialog::filter(const QString &text)
{
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (m_list->currentItem() == nullptr || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
}

bool RouteDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QKeyEvent copy(QEvent::KeyPress, key, Qt::NoModifier);
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString RouteDialog::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

QString RouteDialog::note() const { return m_noteEdit->text().trimmed(); }

} // namespace rabeg
