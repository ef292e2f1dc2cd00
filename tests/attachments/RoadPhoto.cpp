#include "RoadPhoto.h"

#include <QBuffer>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QRandomGenerator>

namespace rabeg::test {

namespace {

// Grain over the whole picture, as a phone camera's sensor leaves it.
void addGrain(QImage &image, QRandomGenerator &random, int amount)
{
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int d = int(random.bounded(2 * amount + 1)) - amount;
            const QRgb p = line[x];
            line[x] = qRgb(std::clamp(qRed(p) + d, 0, 255), std::clamp(qGreen(p) + d, 0, 255),
                           std::clamp(qBlue(p) + d, 0, 255));
        }
    }
}

void pothole(QPainter &p, QRandomGenerator &random, QPointF centre, double w, double h)
{
    QPainterPath edge;
    const int points = 14;
    for (int i = 0; i <= points; ++i) {
        const double a = 2 * M_PI * i / points;
        const double r = 0.75 + 0.25 * random.generateDouble();
        const QPointF q(centre.x() + std::cos(a) * w * r, centre.y() + std::sin(a) * h * r);
        i == 0 ? edge.moveTo(q) : edge.lineTo(q);
    }
    // Broken asphalt around the hole, the hole's dark wall, then the rain water reflecting the sky.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(92, 86, 78));
    p.drawPath(QTransform().translate(centre.x(), centre.y()).scale(1.18, 1.25).translate(-centre.x(), -centre.y())
                   .map(edge));
    p.setBrush(QColor(48, 43, 38));
    p.drawPath(edge);
    QRadialGradient water(centre + QPointF(-w * 0.2, -h * 0.3), w);
    water.setColorAt(0, QColor(170, 176, 182));
    water.setColorAt(0.6, QColor(96, 100, 104));
    water.setColorAt(1, QColor(58, 56, 52));
    p.setBrush(water);
    p.drawPath(QTransform().translate(centre.x(), centre.y() + h * 0.1).scale(0.8, 0.7)
                   .translate(-centre.x(), -centre.y()).map(edge));
    // Loose gravel at the rim.
    for (int i = 0; i < int(w / 2); ++i) {
        const double a = 2 * M_PI * random.generateDouble();
        const double r = 1.0 + 0.35 * random.generateDouble();
        p.setBrush(QColor::fromHsv(30, 20, 90 + int(random.bounded(90))));
        const double s = 1.5 + random.generateDouble() * 3.5;
        p.drawEllipse(QPointF(centre.x() + std::cos(a) * w * r, centre.y() + std::sin(a) * h * r), s, s * 0.7);
    }
}

} // namespace

QImage roadPhoto(int width, int height, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double horizon = height * 0.36;

    QLinearGradient sky(0, 0, 0, horizon);
    sky.setColorAt(0, QColor(168, 178, 190));
    sky.setColorAt(1, QColor(214, 216, 214));
    p.fillRect(QRectF(0, 0, width, horizon), sky);
    // Trees and roofs along the road, far away.
    for (int i = 0; i < 40; ++i) {
        const double x = random.bounded(width);
        const double r = 30 + random.bounded(70);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor::fromHsv(95 + int(random.bounded(30)), 120 + int(random.bounded(80)), 70 + int(random.bounded(60))));
        p.drawEllipse(QPointF(x, horizon - r * 0.4), r, r * 0.8);
    }
    p.setBrush(QColor(150, 70, 50));
    p.drawPolygon(QPolygonF{{width * 0.70, horizon}, {width * 0.74, horizon - 60}, {width * 0.86, horizon - 60},
                            {width * 0.90, horizon}});

    // Verge: grass on both sides.
    p.fillRect(QRectF(0, horizon, width, height - horizon), QColor(88, 118, 58));
    // The road in perspective, with its kerbs.
    const QPolygonF road{{width * 0.44, horizon}, {width * 0.56, horizon}, {width * 1.05, double(height)},
                         {-width * 0.05, double(height)}};
    QLinearGradient asphalt(0, horizon, 0, height);
    asphalt.setColorAt(0, QColor(128, 126, 122));
    asphalt.setColorAt(1, QColor(84, 82, 79));
    p.setBrush(asphalt);
    p.drawPolygon(road);
    p.setPen(QPen(QColor(196, 192, 180), 10));
    p.drawLine(QPointF(width * 0.44, horizon), QPointF(-width * 0.05, height));
    p.drawLine(QPointF(width * 0.56, horizon), QPointF(width * 1.05, height));
    // A faded centre line.
    for (int i = 0; i < 9; ++i) {
        const double t0 = i / 9.0, t1 = t0 + 0.05;
        const auto at = [&](double t) { return QPointF(width * 0.5, horizon + (height - horizon) * t * t); };
        p.setPen(QPen(QColor(220, 214, 190, 150), 2 + 10 * t0));
        p.drawLine(at(t0), at(t1));
    }
    // Patched asphalt, then the cracks and the potholes, larger nearer the camera.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(70, 68, 66));
    p.drawRect(QRectF(width * 0.58, height * 0.62, width * 0.22, height * 0.12));
    p.setPen(QPen(QColor(40, 38, 36), 2));
    for (int i = 0; i < 26; ++i) {
        QPointF q(width * (0.15 + 0.7 * random.generateDouble()), height * (0.5 + 0.48 * random.generateDouble()));
        QPainterPath crack(q);
        for (int k = 0; k < 8; ++k) {
            q += QPointF(random.bounded(60) - 30, random.bounded(30) - 8);
            crack.lineTo(q);
        }
        p.setBrush(Qt::NoBrush);
        p.drawPath(crack);
    }
    pothole(p, random, {width * 0.40, height * 0.80}, width * 0.11, height * 0.07);
    pothole(p, random, {width * 0.66, height * 0.90}, width * 0.08, height * 0.05);
    pothole(p, random, {width * 0.52, height * 0.58}, width * 0.045, height * 0.025);
    pothole(p, random, {width * 0.30, height * 0.62}, width * 0.035, height * 0.02);
    p.end();
    addGrain(image, random, 9);
    return image;
}

QByteArray roadPhotoJpeg(int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    roadPhoto().save(&buffer, "JPEG", quality);
    return bytes;
}

} // namespace rabeg::test
