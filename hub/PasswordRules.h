#pragma once

#include <QString>

#include <optional>

namespace rabeg {

// The rules for the password of a real account (docs/security.md, "Passwords"): long rather than clever, as NIST
// SP 800-63B advises — at least 10 characters, not the user name, not a handful of repeated characters, not a word
// everyone in the office would guess with digits around it. Demo and training accounts are exempt.
// A sentence naming what is wrong, or nothing when the password may be used.
std::optional<QString> passwordProblem(const QString &password, const QString &username);

} // namespace rabeg
