#include "SopDemoCache.h"

#include "demo/DemoCorpus.h"
#include "demo/DemoSopTicks.h"
#include "store/ComplaintRepository.h"

using namespace Qt::StringLiterals;

namespace rabeg::sopdemo {

Status fillCache(LocalCache &cache, const ReferenceData &reference, const DemoOptions &options,
                 const std::function<void(qint64)> &progress)
{
    const auto corpus = DemoCorpus::loadBuiltin();
    if (!corpus.ok())
        return corpus.error();
    DemoSopTicks ticks(reference, options);
    DemoFillHooks hooks;
    hooks.amend = [&ticks](DemoComplaint &demo) { return ticks.add(demo); };
    hooks.progress = progress;
    return fillWithDemoData(cache, reference, corpus.value(), options, hooks);
}

} // namespace rabeg::sopdemo
