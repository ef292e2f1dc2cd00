#pragma once

#include "ComplaintDetailView.h"
#include "InboxFilterBar.h"
#include "InboxModel.h"
#include "InboxView.h"
#include "MainWindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

namespace rabeg::test {

// Drives a main window with the keyboard alone, as an operator would: every step is a key event sent to the
// widget that has the focus (or to the dialog in front), never a direct call.
class WorkspaceDriver
{
public:
    explicit WorkspaceDriver(MainWindow &window) : m_window(window)
    {
        m_window.show();
        m_window.activateWindow();
        QApplication::setActiveWindow(&m_window);
        REQUIRE(QTest::qWaitForWindowActive(&m_window));
    }

    // The widget keys go to: the dialog in front if any, else the window's focus widget.
    QWidget *target() const
    {
        if (QWidget *modal = QApplication::activeModalWidget())
            return modal->focusWidget() ? modal->focusWidget() : modal;
        return QApplication::focusWidget() ? QApplication::focusWidget() : &m_window;
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target(), key, modifiers);
        QApplication::processEvents();
    }
    void type(const QString &text)
    {
        QTest::keyClicks(target(), text);
        QApplication::processEvents();
    }
    // Ctrl+F, the words, Enter: the list takes the focus with the first match selected.
    void search(const QString &words)
    {
        key(Qt::Key_F, Qt::ControlModifier);
        REQUIRE(QApplication::focusWidget() == m_window.inbox()->filterBar()->searchEdit());
        type(words);
        key(Qt::Key_Return);
        REQUIRE(QApplication::focusWidget() == m_window.inbox()->table());
    }
    // The dialog a key opened, of the given object name (REQUIREd).
    QWidget *dialog(const char *objectName)
    {
        QWidget *modal = nullptr;
        REQUIRE(QTest::qWaitFor([&] {
            modal = QApplication::activeModalWidget();
            return modal && modal->objectName() == QLatin1String(objectName);
        }, 5000));
        return modal;
    }
    QString detailText() const { return m_window.inbox()->detail()->text(); }
    QUuid selected() const { return m_window.inbox()->currentComplaint(); }

private:
    MainWindow &m_window;
};

} // namespace rabeg::test
