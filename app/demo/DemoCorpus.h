#pragma once

#include "core/Result.h"

#include <QHash>
#include <QStringList>

namespace rabeg {

struct ComplaintTemplate
{
    QString title;
    QString body;
};

// The raw material of demo complaints (resources/demo/*.csv): invented citizen texts per service with
// placeholders, and Kota Serang's streets, places, schools and common names.
struct DemoCorpus
{
    QHash<QString, QList<ComplaintTemplate>> templates; // by service code
    QStringList streets;
    QStringList places;
    QStringList schools;
    QStringList firstNames;
    QStringList lastNames;

    static Result<DemoCorpus> load(const QString &directory);
    static Result<DemoCorpus> loadBuiltin(); // ":/demo"
};

} // namespace rabeg
