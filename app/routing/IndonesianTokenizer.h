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
    // What the classifier counts: the stems in text order, then the character 3- to 5-grams of each stem with its
    // edges marked ("#<kt", "#ktp", ..., "#tp>"), which tie typos and unevenly stemmed words to the right one.
    static QStringList features(const QString &text);
    // The normalised, stemmed words alone (no grams).
    static QStringList tokens(const QString &text);

    // Pieces, public for tests.
    static QString normaliseWord(const QString &lowerWord); // slang/abbreviation -> standard word (or itself)
    static bool isStopWord(const QString &word);
    static QString stem(const QString &word); // conservative: particles, -kan/-an/-i, me-/di-/ber-/ter-/pe-
    static QStringList characterGrams(const QString &stem);
    // A stem, as opposed to a character gram: what an explanation may show to a person.
    static bool isWordFeature(const QString &feature);

    static constexpr int kMinGram = 3;
    static constexpr int kMaxGram = 5;
    static constexpr QChar kGramMark = u'#';
};

} // namespace rabeg
