#pragma once

#include "demo/DemoGenerator.h"
#include "refdata/ReferenceData.h"

#include <QList>

namespace rabeg::fuzz {

// Reference data and a handful of demo complaints in every state the generator reaches, made once per fuzzer
// process: the fuzzed commands and requests are judged against real histories, not empty ones.
struct FuzzDemo
{
    ReferenceData reference;
    QList<DemoComplaint> complaints;
};

const FuzzDemo &fuzzDemo(int count);

} // namespace rabeg::fuzz
