#pragma once

#include "core/Result.h"
#include "training/TraineeScore.h"

#include <QCoreApplication>
#include <QDateTime>

class QPainter;
class QPagedPaintDevice;

namespace rabeg {

// A trainee's printable result sheet: the scores and one line per scenario complaint (expected, done, right or
// wrong, time to triage, deadline), painted with QPainter so it is the same on paper and in the PDF, with the
// TRAINING / PELATIHAN watermark on every page.
class ResultSheet
{
    Q_DECLARE_TR_FUNCTIONS(ResultSheet)

public:
    struct Header
    {
        QString scenario;
        int classNumber = 1;
        QDateTime hubTime; // when the scores were taken
    };

    ResultSheet(Header header, TraineeScore score) : m_header(std::move(header)), m_score(std::move(score)) { }

    void paint(QPagedPaintDevice &device) const;
    // The table's cells, one list per scenario complaint, as the sheet prints them.
    QList<QStringList> lines() const;
    Status writePdf(const QString &file) const;

private:
    Header m_header;
    TraineeScore m_score;
};

} // namespace rabeg
