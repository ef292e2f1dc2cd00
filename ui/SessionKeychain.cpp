#include "SessionKeychain.h"

#include "UiLog.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace rabeg {

SessionKeychain::SessionKeychain(const QString &service, QObject *parent) : QObject(parent), m_service(service) { }

QString SessionKeychain::account(const QUrl &hub, const QString &user)
{
    QUrl url = hub.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveQuery
                            | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if ((url.scheme() == u"https"_s && url.port() == 443) || (url.scheme() == u"http"_s && url.port() == 80))
        url.setPort(-1);
    if (url.path() == u"/"_s)
        url.setPath(QString());
    return user + u'@' + url.toString();
}

QString SessionKeychain::unavailableMessage()
{
    return tr("No system keychain is available, so your session cannot be remembered: you will be asked for your "
              "password each time.");
}

void SessionKeychain::reportProblem(QKeychain::Job *job)
{
    // qtkeychain names the backend's problem in English; the log keeps it for the admin, the person reads ours.
    qCWarning(lcUi).noquote() << "the system keychain cannot be used:" << job->errorString();
    emit unavailable(job->error() == QKeychain::AccessDeniedByUser || job->error() == QKeychain::AccessDenied
                         ? tr("The system keychain refused access, so your session cannot be remembered: you will "
                              "be asked for your password each time.")
                         : unavailableMessage());
}

void SessionKeychain::read(const QUrl &hub, const QString &user)
{
    // No parent: the job deletes itself once the keychain has answered (autoDelete). A job owned by this object
    // would be deleted with it while libsecret still holds its callback, which then crashes the application;
    // the connection below goes with this object instead.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(account(hub, user));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            emit tokenRead(static_cast<QKeychain::ReadPasswordJob *>(done)->textData().toLatin1());
        else if (done->error() == QKeychain::EntryNotFound)
            emit tokenRead({});
        else
            reportProblem(done);
    });
    job->start();
}

void SessionKeychain::store(const QUrl &hub, const QString &user, const QByteArray &token)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(account(hub, user));
    job->setTextData(QString::fromLatin1(token)); // a token is ASCII (base64url): kept as the text it is
    connect(job, &QKeychain::Job::finished, this,
            [this](QKeychain::Job *done) { finished(done, &SessionKeychain::stored); });
    job->start();
}

void SessionKeychain::forget(const QUrl &hub, const QString &user)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(account(hub, user));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::EntryNotFound)
            emit forgotten(); // nothing was kept: nothing to forget
        else
            finished(done, &SessionKeychain::forgotten);
    });
    job->start();
}

void SessionKeychain::finished(QKeychain::Job *job, void (SessionKeychain::*done)())
{
    if (job->error() == QKeychain::NoError)
        emit(this->*done)();
    else
        reportProblem(job);
}

} // namespace rabeg
