#include "IdentityKeychain.h"

#include "SessionKeychain.h"
#include "UiLog.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace rabeg {

IdentityKeychain::IdentityKeychain(const QString &service, QObject *parent) : QObject(parent), m_service(service) { }

QString IdentityKeychain::account(const QUrl &hub, const QString &user)
{
    return SessionKeychain::account(hub, user) + u" identity-key"_s;
}

void IdentityKeychain::read(const QUrl &hub, const QString &user)
{
    // No parent: the job deletes itself once the keychain has answered (autoDelete). A job owned by this object
    // would be deleted with it while libsecret still holds its callback, which then crashes the application;
    // the connection below goes with this object instead.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(account(hub, user));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError) {
            emit keyRead(static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData());
        } else if (done->error() == QKeychain::EntryNotFound) {
            emit keyRead({});
        } else {
            qCWarning(lcUi).noquote() << "the identity key cannot be read from the keychain:" << done->errorString();
            emit unavailable(done->errorString());
        }
    });
    job->start();
}

void IdentityKeychain::store(const QUrl &hub, const QString &user, const QByteArray &key)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(account(hub, user));
    job->setBinaryData(key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError) {
            emit stored();
        } else {
            qCWarning(lcUi).noquote() << "the identity key cannot be kept in the keychain:" << done->errorString();
            emit unavailable(done->errorString());
        }
    });
    job->start();
}

void IdentityKeychain::forget(const QUrl &hub, const QString &user)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(account(hub, user));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
            qCWarning(lcUi).noquote() << "the identity key cannot be deleted from the keychain:" << done->errorString();
        emit forgotten();
    });
    job->start();
}

} // namespace rabeg
