#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace rabeg::test {

// A real rabeg-hub serve (the built executable, RABEG_HUB_EXE) on 127.0.0.1 with a free port; killed (SIGKILL, as
// a crash) when destroyed. Its standard output and error are read as they come, so a test can wait for a log line.
// run() runs one of its other commands (backup, restore, audit...) to the end.
class HubProcess
{
public:
    explicit HubProcess(const QStringList &serveArgs);
    ~HubProcess();
    Q_DISABLE_COPY_MOVE(HubProcess)

    // Waits until the output matches `pattern` (true) or the process ends or `ms` pass (false).
    bool waitFor(const QRegularExpression &pattern, int ms = 120'000);
    // Waits until `pattern` matches `count` times in the output.
    bool waitForCount(const QRegularExpression &pattern, int count, int ms = 120'000);
    bool waitUntilListening(int ms = 120'000);

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args);
    QUrl url() const { return m_url; }
    QString output() const { return m_output; }
    void kill();

private:
    QProcess m_process;
    QUrl m_url;
    QString m_output;
};

} // namespace rabeg::test
