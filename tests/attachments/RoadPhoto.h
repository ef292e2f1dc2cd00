#pragma once

#include <QByteArray>
#include <QImage>

namespace rabeg::test {

// A photo-like picture of a damaged road (asphalt with potholes holding rain water, cracks, a kerb, grass, trees
// and a grey sky), drawn here so that no real person's photo is used; deterministic for a given seed.
QImage roadPhoto(int width = 1600, int height = 1066, quint32 seed = 7);
// The same as a JPEG file's bytes.
QByteArray roadPhotoJpeg(int quality = 88);

} // namespace rabeg::test
