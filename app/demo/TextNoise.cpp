#include "TextNoise.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

struct Abbreviation
{
    const char16_t *word;
    const char16_t *chat;
};

constexpr Abbreviation kAbbreviations[] = {
    {u"yang", u"yg"},   {u"tidak", u"tdk"},    {u"sudah", u"sdh"},     {u"sudah", u"udah"},
    {u"belum", u"blm"}, {u"dengan", u"dgn"},   {u"untuk", u"utk"},     {u"karena", u"krn"},
    {u"saja", u"aja"},  {u"bapak", u"bpk"},    {u"tolong", u"tlg"},    {u"sampai", u"sampe"},
    {u"banget", u"bgt"}, {u"gimana", u"gmn"}, {u"sekarang", u"skrg"}, {u"terima kasih", u"makasih"},
};

} // namespace

QString addTypingNoise(const QString &text, Prng &prng, double level)
{
    QString out = text;
    for (const auto &a : kAbbreviations) {
        const QString word = QString::fromUtf16(a.word);
        if (out.contains(word) && prng.chance(level))
            out.replace(word, QString::fromUtf16(a.chat));
    }
    if (prng.chance(level * 0.5))
        out = out.toLower();
    // A few slips of the thumb: a swapped pair or a doubled letter inside a longer word.
    const int slips = prng.chance(level) ? prng.between(1, 2) : 0;
    for (int i = 0; i < slips && out.size() > 12; ++i) {
        const qsizetype at = 1 + qsizetype(prng.below(std::uint64_t(out.size() - 3)));
        if (!out.at(at).isLetter() || !out.at(at + 1).isLetter())
            continue;
        if (prng.chance(0.5)) {
            const QChar c = out.at(at);
            out[at] = out.at(at + 1);
            out[at + 1] = c;
        } else {
            out.insert(at, out.at(at));
        }
    }
    return out;
}

} // namespace rabeg
