#include "TrainingWatermark.h"

#include <QFont>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace rabeg {

void paintTrainingWatermark(QPainter &painter, const QRectF &page)
{
    painter.save();
    painter.translate(page.center());
    painter.rotate(-35);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(page.width() / 14)); // the whole line fits across A4 at -35 degrees
    painter.setFont(font);
    painter.setPen(QColor(200, 30, 30, 60));
    const QRectF box(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2);
    painter.drawText(box, Qt::AlignCenter, u"TRAINING / PELATIHAN"_s);
    painter.restore();
}

} // namespace rabeg
