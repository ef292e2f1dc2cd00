#pragma once

#include <cstdio>
#include <cstdlib>

// A property the fuzzed code must keep. A broken one aborts, so libFuzzer saves the input that broke it.
#define RABEG_FUZZ_CHECK(condition, what)                                                                     \
    do {                                                                                                       \
        if (!(condition)) {                                                                                    \
            std::fprintf(stderr, "fuzz property broken: %s (%s:%d)\n", what, __FILE__, __LINE__);            \
            std::abort();                                                                                      \
        }                                                                                                      \
    } while (false)
