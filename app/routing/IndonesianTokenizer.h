#pragma once

#include <QString>
#include <QStringList>

namespace rabeg {

// Turns citizen Indonesian into classifier features: lower case, diacritics and punctuation removed, slang and
// abbreviations normalised ("gak" -> "tidak", "jln" -> "jalan"), stop words dropped, light stemming.
// Deterministic and stateless.
class IndonesianTokenizer
{
public:
    // What the classifier counts: the stems, in text order (see the .cpp for why no bigrams).
    static QStringList features(const QString &text);
    // The normalised, stemmed words alone (no bigrams).
    static QStringList tokens(const QString &text);

    // Pieces, public for tests.
    static QString normaliseWord(const QString &lowerWord); // slang/abbreviation -> standard word (or itself)
    static bool isStopWord(const QString &word);
    static QString stem(const QString &word); // conservative: particles, -kan/-an/-i, me-/di-/ber-/ter-/pe-
};

} // namespace rabeg
