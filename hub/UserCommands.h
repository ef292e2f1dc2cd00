#pragma once

#include <QStringList>

namespace rabeg {

// rabeg-hub user add|password|revoke|unlock --store SPEC --username U ... (docs/deployment.md, "Accounts"):
//   add      [--role R] [--opd CODE] [--name NAME]   a new account; its password on standard input
//   password                                         a new password on standard input; the user's sessions end
//   revoke                                           every session of the user ends now
//   unlock                                           the login limits of the account start afresh
int userCommand(const QStringList &args);

} // namespace rabeg
