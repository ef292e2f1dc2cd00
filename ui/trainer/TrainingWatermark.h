#pragma once

#include <QRectF>

class QPainter;

namespace rabeg {

// The mark every print made in a training class carries, across the page: TRAINING / PELATIHAN, in both
// languages whatever the interface language, so that no paper from a class is mistaken for a real one.
void paintTrainingWatermark(QPainter &painter, const QRectF &page);

} // namespace rabeg
