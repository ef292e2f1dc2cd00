#pragma once

// What every screenshot program in tests/ (not a test: run by hand after changing a screen) shares: the Fusion
// style, the language (Indonesian unless told otherwise), the output folder (default docs/screenshots of the
// source tree, RABEG_SOURCE_DIR) and a grab that says which file it wrote. Header-only: the programs link no
// Catch2 library.
#include "Language.h"

#include <QApplication>
#include <QDir>
#include <QWidget>

#include <cstdio>

namespace rabeg::test {

// argv: [DIR [LANGUAGE]]
class ScreenshotRun
{
public:
    ScreenshotRun(int argc, char *argv[], const QString &sourceDir)
        : m_out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : sourceDir + QStringLiteral("/docs/screenshots"))
    {
        QApplication::setStyle(QStringLiteral("Fusion"));
        m_language.use(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("id"));
        QDir().mkpath(m_out);
    }

    // Shows the widget, lets it lay out and paint, and saves its grab as DIR/NAME; false (and a line) on failure.
    bool save(QWidget &widget, const QString &name) const
    {
        widget.show();
        QApplication::processEvents();
        QApplication::processEvents();
        const QString path = m_out + u'/' + name;
        const bool ok = widget.grab().save(path);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
        return ok;
    }

private:
    QString m_out;
    Language m_language;
};

} // namespace rabeg::test
