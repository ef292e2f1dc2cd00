#include "FuzzDemo.h"

#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"

#include <cstdio>
#include <cstdlib>

namespace rabeg::fuzz {

namespace {

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "fuzz set-up failed: %s\n", qPrintable(why));
    std::abort();
}

} // namespace

const FuzzDemo &fuzzDemo(int count)
{
    static const FuzzDemo demo = [count] {
        FuzzDemo made;
        auto reference = loadBuiltinReferenceData();
        if (!reference.ok())
            die(reference.error().message);
        made.reference = std::move(reference).value();
        const auto corpus = DemoCorpus::loadBuiltin();
        if (!corpus.ok())
            die(corpus.error().message);
        DemoOptions options;
        options.count = count;
        if (const Status failed = DemoGenerator(made.reference, corpus.value(), options).run([&made](const DemoComplaint &c) {
                made.complaints.append(c);
                return true;
            }))
            die(failed->message);
        return made;
    }();
    return demo;
}

} // namespace rabeg::fuzz
