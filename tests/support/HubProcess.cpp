#include "HubProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace rabeg::test {

namespace {

// One identity key for every hub this test process serves (a production hub needs one; the stores a test backs up,
// restores or shares between processes then all open with it), made by `rabeg-hub key generate`.
QStringList identityKeyArgs(const QStringList &serveArgs)
{
    if (serveArgs.contains(u"--identity-key"_s))
        return {};
    static QTemporaryDir dir;
    const QString file = dir.filePath(u"identity.key"_s);
    if (!QFile::exists(file))
        QProcess::execute(QStringLiteral(RABEG_HUB_EXE), {u"key"_s, u"generate"_s, u"--out"_s, file});
    return {u"--identity-key"_s, file};
}

} // namespace

HubProcess::HubProcess(const QStringList &serveArgs)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // The tests read the scheduler's log lines, whatever logging rules the test runs under.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"rabeg.hub.scheduler.info=true"_s);
    m_process.setProcessEnvironment(environment);
    m_process.start(QStringLiteral(RABEG_HUB_EXE), QStringList{u"serve"_s} + serveArgs + identityKeyArgs(serveArgs)
                                                       + QStringList{u"--listen"_s, u"127.0.0.1:0"_s,
                                                                     u"--password-cost"_s, u"minimal"_s});
}

HubProcess::~HubProcess() { kill(); }

bool HubProcess::waitFor(const QRegularExpression &pattern, int ms)
{
    const QDeadlineTimer deadline(ms);
    for (;;) {
        m_output += QString::fromUtf8(m_process.readAll());
        if (pattern.match(m_output).hasMatch())
            return true;
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(100);
    }
}

bool HubProcess::waitForCount(const QRegularExpression &pattern, int count, int ms)
{
    const QDeadlineTimer deadline(ms);
    for (;;) {
        m_output += QString::fromUtf8(m_process.readAll());
        int seen = 0;
        for (auto it = pattern.globalMatch(m_output); it.hasNext() && seen < count; it.next())
            ++seen;
        if (seen >= count)
            return true;
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(20);
    }
}

bool HubProcess::waitUntilListening(int ms)
{
    static const QRegularExpression listening(u"listening on (http://[0-9.]+:[0-9]+)"_s);
    if (!waitFor(listening, ms))
        return false;
    m_url = QUrl(listening.match(m_output).captured(1));
    return true;
}

void HubProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }
    m_output += QString::fromUtf8(m_process.readAll());
}

HubProcess::Run HubProcess::run(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(RABEG_HUB_EXE), args);
    process.waitForFinished(120'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace rabeg::test
