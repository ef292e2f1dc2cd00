#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QSettings;

namespace rabeg {

// What the client remembers between starts, in the user's QSettings: the last hub, user name, certificate
// authority file and language. Never a password or a session token (those go to the OS keychain, or nowhere).
class ClientSettings
{
    Q_DECLARE_TR_FUNCTIONS(ClientSettings)

public:
    explicit ClientSettings(QSettings &settings) : m_settings(settings) { }

    QUrl hub() const;
    void setHub(const QUrl &hub);
    QString user() const;
    void setUser(const QString &user);
    QString caFile() const; // empty: the system's certificate authorities
    void setCaFile(const QString &path);
    QString language() const; // "id" until another is chosen
    void setLanguage(const QString &code);

    // What is wrong with a hub address or a certificate authority file, in a sentence; empty when nothing is.
    static QString hubProblem(const QUrl &hub);
    static QString caFileProblem(const QString &path);

private:
    QSettings &m_settings;
};

} // namespace rabeg
