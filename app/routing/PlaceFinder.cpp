#include "PlaceFinder.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Lower case letters and digits, every other run of characters one space, with a space at each end.
QString flatten(const QString &text)
{
    QString out = u" "_s;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.endsWith(u' '))
            out.append(u' ');
    }
    if (!out.endsWith(u' '))
        out.append(u' ');
    return out;
}

} // namespace

PlaceFinder::PlaceFinder(const ReferenceData &reference)
{
    // A kelurahan name shared by two kecamatan (Sukawana) says nothing.
    QHash<QString, QString> owner;
    for (const Kelurahan &k : reference.kelurahan) {
        const QString needle = flatten(k.name);
        const auto found = owner.constFind(needle);
        owner.insert(needle, found == owner.cend() || *found == k.kecamatan ? k.kecamatan : QString());
    }
    for (const Kecamatan &k : reference.kecamatan) {
        const QString name = flatten(k.name);
        m_places.append({u" kecamatan"_s + name, k.code});
        m_places.append({u" kec"_s + name, k.code});
        if (name != u" serang "_s)
            m_places.append({name, k.code});
    }
    for (const Kelurahan &k : reference.kelurahan) {
        const QString needle = flatten(k.name);
        if (!owner.value(needle).isEmpty() && needle != u" serang "_s)
            m_places.append({needle, k.kecamatan});
    }
}

QString PlaceFinder::kecamatanIn(const QString &text) const
{
    const QString flat = flatten(text);
    // The place named first in the text wins ("dari Kasemen ke kantor di Cipocok" is about Kasemen).
    qsizetype best = -1;
    QString kecamatan;
    for (const Place &place : m_places) {
        const qsizetype at = flat.indexOf(place.needle);
        if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            kecamatan = place.kecamatan;
        }
    }
    return kecamatan;
}

} // namespace rabeg
