#pragma once

#include "LogBook.h"

#include <QWidget>

class QPlainTextEdit;

namespace rabeg {

// The log screen: the in-app log, newest at the bottom; warnings and errors stand out.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(QWidget *parent = nullptr);

    QString text() const;

private:
    void add(const LogBook::Line &line);

    QPlainTextEdit *m_edit = nullptr;
};

} // namespace rabeg
