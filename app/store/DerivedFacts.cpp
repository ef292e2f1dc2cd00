#include "DerivedFacts.h"

#include "ClockCycleWriter.h"
#include "ReportFactsWriter.h"
#include "ReportStallsWriter.h"
#include "SopProgress.h"
#include "SopProgressWriter.h"

using namespace Qt::StringLiterals;

namespace rabeg {

std::vector<std::unique_ptr<DerivedFactWriter>> makeDerivedFactWriters(LocalCache &cache)
{
    Q_UNUSED(cache)
    std::vector<std::unique_ptr<DerivedFactWriter>> writers;
    writers.push_back(std::make_unique<ClockCycleWriter>(cache));
    writers.push_back(std::make_unique<SopProgressWriter>(cache));
    writers.push_back(std::make_unique<ReportFactsWriter>(cache));
    writers.push_back(std::make_unique<ReportStallsWriter>(cache));
    return writers;
}

QStringList derivedFactsSchemaStep()
{
    QStringList statements;
    statements.append(ClockCycleWriter::schema());
    statements.append(sopProgressSchema());
    statements.append(reportFactsSchema());
    statements.append(u"DELETE FROM meta WHERE key = 'deadline_policy'"_s);
    return statements;
}

} // namespace rabeg
