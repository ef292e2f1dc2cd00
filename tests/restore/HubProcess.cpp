#include "HubProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rabeg::test {

HubProcess::HubProcess(const QStringList &serveArgs)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral(RABEG_HUB_EXE), QStringList{u"serve"_s} + serveArgs + QStringList{
                        u"--listen"_s, u"127.0.0.1:0"_s, u"--password-cost"_s, u"minimal"_s});
    static const QRegularExpression listening(u"listening on (http://[0-9.]+:[0-9]+)"_s);
    const QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process.readAll());
        if (const auto match = listening.match(m_output); match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return;
        }
    }
    m_output += QString::fromUtf8(m_process.readAll());
}

HubProcess::~HubProcess() { kill(); }

void HubProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

HubProcess::Run HubProcess::run(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(RABEG_HUB_EXE), args);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace rabeg::test
