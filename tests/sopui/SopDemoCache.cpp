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
    Prng prng(demoSopTickSeed(options.seed));
    DemoFillHooks hooks;
    hooks.amend = [&](DemoComplaint &demo) { return addDemoSopTicks(demo, reference, options.end, prng); };
    hooks.progress = progress;
    return fillWithDemoData(cache, reference, corpus.value(), options, hooks);
}

} // namespace rabeg::sopdemo
