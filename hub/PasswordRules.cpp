#include "PasswordRules.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Words a guesser tries first here: the city, the office, the system, and the usual ones.
const QStringList &guessableWords()
{
    static const QStringList words {u"password"_s, u"passw0rd"_s, u"sandi"_s,    u"katasandi"_s, u"rahasia"_s,
                                    u"admin"_s,    u"administrator"_s, u"operator"_s, u"serang"_s, u"banten"_s,
                                    u"kominfo"_s,  u"diskominfo"_s, u"lapor"_s,   u"rabeg"_s,     u"indonesia"_s,
                                    u"merdeka"_s,  u"bismillah"_s, u"qwerty"_s,   u"asdf"_s,      u"abcdef"_s,
                                    u"sayang"_s,   u"welcome"_s,   u"selamat"_s,  u"kota"_s,      u"pemkot"_s};
    return words;
}

} // namespace

std::optional<QString> passwordProblem(const QString &password, const QString &username)
{
    if (password.size() < 10)
        return u"A password needs at least 10 characters."_s;
    if (password.size() > 1024)
        return u"A password has at most 1024 characters."_s;
    const QString lower = password.toLower();
    if (username.size() >= 3 && lower.contains(username.toLower()))
        return u"A password must not contain the user name."_s;
    if (QSet<QChar>(password.cbegin(), password.cend()).size() < 5)
        return u"A password needs at least 5 different characters."_s;
    // What is left once the guessable words, digits and punctuation are gone must still be a real word or two.
    QString rest = lower;
    for (const QString &word : guessableWords())
        rest.remove(word);
    rest.removeIf([](QChar c) { return !c.isLetter(); });
    if (rest.size() < 4)
        return u"This password is a common word with digits or symbols around it; choose a longer phrase."_s;
    return std::nullopt;
}

} // namespace rabeg
