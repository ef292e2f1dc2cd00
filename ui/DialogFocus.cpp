#include "DialogFocus.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>

namespace rabeg {

void returnFocusWhenClosed(QDialog *dialog)
{
    QPointer<QWidget> back = QApplication::focusWidget();
    if (!back)
        back = dialog->parentWidget();
    QObject::connect(dialog, &QDialog::finished, dialog, [back] {
        if (!back)
            return;
        back->activateWindow();
        QApplication::setActiveWindow(back->window());
        back->setFocus(Qt::OtherFocusReason);
    });
}

} // namespace rabeg
