#pragma once

#include <QString>
#include <QUrl>

namespace rabeg {

class Workspace;

// Gives a workspace's window the trainer console: a tab that appears (and comes to the front, once) when the sync
// says the hub is a training hub and the user a trainer, and stays hidden for everyone else. The console talks to
// the hub with the workstation's session: the token of a fresh login, else the one the keychain kept.
void attachTrainerConsole(Workspace &workspace, const QUrl &hub, const QString &user, const QString &caFile);

} // namespace rabeg
