#include "BenchProcesses.h"

#include "BenchCommon.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTcpServer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rabeg::bench {
namespace {

bool run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, args);
    return process.waitForFinished(300'000) && process.exitStatus() == QProcess::NormalExit
           && process.exitCode() == 0;
}

bool asPostgres(const QString &program, const QStringList &args)
{
    return run(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
}

} // namespace

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

Result<QString> ThrowawayPostgres::start()
{
    m_dir = QDir::tempPath() + u"/rabeg-bench-pg"_s;
    QDir(m_dir).removeRecursively();
    QDir().mkpath(m_dir);
    m_port = freePort();
    const QString bin = u"/usr/lib/postgresql/15/bin/"_s;
    if (!run(u"chown"_s, {u"postgres:postgres"_s, m_dir}))
        return Error{u"pg"_s, u"cannot hand "_s + m_dir + u" to the postgres user"_s};
    if (!asPostgres(bin + u"initdb"_s, {u"-D"_s, m_dir + u"/data"_s, u"-A"_s, u"trust"_s, u"-U"_s, u"postgres"_s,
                                        u"--no-sync"_s, u"-E"_s, u"UTF8"_s}))
        return Error{u"pg"_s, u"initdb failed"_s};
    if (!asPostgres(bin + u"pg_ctl"_s,
                    {u"-D"_s, m_dir + u"/data"_s, u"-l"_s, m_dir + u"/log"_s, u"-w"_s, u"-o"_s,
                     u"-p %1 -k %2 -c listen_addresses=127.0.0.1"_s.arg(m_port).arg(m_dir), u"start"_s}))
        return Error{u"pg"_s, u"pg_ctl start failed (see "_s + m_dir + u"/log)"_s};
    m_running = true;
    if (!asPostgres(u"psql"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s,
                                u"-c"_s, u"CREATE DATABASE rabeg_bench"_s}))
        return Error{u"pg"_s, u"CREATE DATABASE failed"_s};
    return u"postgresql://postgres@127.0.0.1:%1/rabeg_bench"_s.arg(m_port);
}

void ThrowawayPostgres::stop()
{
    if (m_running) {
        asPostgres(u"/usr/lib/postgresql/15/bin/pg_ctl"_s,
                   {u"-D"_s, m_dir + u"/data"_s, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
        m_running = false;
    }
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    m_dir.clear();
}

Result<QUrl> ServerProcess::startHub(const QString &binary, const QString &spec, int readThreads,
                                     const QStringList &extraArgs)
{
    m_process.setProgram(binary);
    // No deadline scheduler: its first pass would escalate the demo's overdue complaints (and rebuild the
    // schedule of a store imported without it) before the hub listens, and later passes would share the CPU.
    QStringList args{u"serve"_s, u"--store"_s, spec, u"--listen"_s, u"127.0.0.1:0"_s, u"--scheduler-interval"_s, u"0"_s};
    if (SqlHubStore::isPostgresSpec(spec)) // a SQLite demo store has its key beside it
        args += QStringList{u"--identity-key"_s, benchIdentityKeyFile()};
    if (readThreads >= 0)
        args += QStringList{u"--read-threads"_s, QString::number(readThreads)};
    m_process.setArguments(args + extraArgs);
    const auto out = waitForListening("listening on http://");
    if (!out.ok())
        return out.error();
    const qsizetype at = out->indexOf("listening on http://");
    const qsizetype end = out->indexOf(' ', at + 20);
    return QUrl(QString::fromLatin1(out->mid(at + 13, end - at - 13)));
}

Result<quint16> ServerProcess::startFloor(const QString &binary, const QString &answerFile, int threads)
{
    m_process.setProgram(binary);
    m_process.setArguments({u"--floor-server"_s, answerFile, u"--floor-threads"_s, QString::number(threads)});
    const auto out = waitForListening("floor listening on ");
    if (!out.ok())
        return out.error();
    const qsizetype at = out->indexOf("floor listening on ") + 19;
    return quint16(out->mid(at, out->indexOf('\n', at) - at).toUInt());
}

Result<QByteArray> ServerProcess::waitForListening(const QByteArray &marker)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"rabeg.*.debug=false"_s);
    m_process.setProcessEnvironment(env);
    m_process.start();
    if (!m_process.waitForStarted(10'000))
        return Error{u"server"_s, u"cannot start "_s + m_process.program()};
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120'000) {
        m_process.waitForReadyRead(1000);
        out += m_process.readAllStandardOutput();
        const qsizetype at = out.indexOf(marker);
        if (at >= 0 && out.indexOf(marker.endsWith(' ') ? '\n' : ' ', at + marker.size()) > 0)
            return out;
        if (m_process.state() != QProcess::Running)
            break;
    }
    return Error{u"server"_s, m_process.program() + u" did not start listening: "_s + QString::fromLocal8Bit(out)
                                  + QString::fromLocal8Bit(m_process.readAllStandardError())};
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

double ServerProcess::cpuSeconds() const
{
    QFile stat(u"/proc/%1/stat"_s.arg(m_process.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    if (fields.size() < 15)
        return 0;
    return (fields.at(13).toDouble() + fields.at(14).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace rabeg::bench
