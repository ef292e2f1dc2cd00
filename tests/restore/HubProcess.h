#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace rabeg::test {

// A real rabeg-hub process (the built executable): `serve` on 127.0.0.1 with a free port, stopped (SIGKILL,
// as a crash) when destroyed. run() runs one of its other commands to the end.
class HubProcess
{
public:
    explicit HubProcess(const QStringList &serveArgs);
    ~HubProcess();
    Q_DISABLE_COPY_MOVE(HubProcess)

    bool started() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    QString output() const { return m_output; }
    void kill();

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args);

private:
    QProcess m_process;
    QUrl m_url;
    QString m_output;
};

} // namespace rabeg::test
