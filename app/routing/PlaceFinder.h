#pragma once

#include "refdata/ReferenceData.h"

#include <QList>
#include <QString>

namespace rabeg {

// Finds which of the city's kecamatan a complaint text names, directly or through one of its kelurahan, so a
// kecamatan service can go to that kecamatan's own office when the form left the kecamatan empty.
class PlaceFinder
{
public:
    explicit PlaceFinder(const ReferenceData &reference);

    // The kecamatan code the text names, or empty. "Serang" alone is the city's name too: it counts only as
    // "kecamatan serang" or when no other place is named.
    QString kecamatanIn(const QString &text) const;

private:
    struct Place
    {
        QString needle; // lower case, words separated by one space
        QString kecamatan;
    };
    QList<Place> m_places;
};

} // namespace rabeg
