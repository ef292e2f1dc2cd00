// libFuzzer target: the strict JSON parser and the canonical writer, which every request body and every stored
// event go through. Properties: no crash or sanitizer report on any bytes; whatever parses has a canonical form,
// the canonical form parses again to the same value, and writing it again gives the same bytes.
#include "FuzzCheck.h"
#include "json/CanonicalJson.h"
#include "json/JsonParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace rabeg::json;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = parseStrict(bytes);
    if (!parsed.ok()) {
        RABEG_FUZZ_CHECK(!parsed.error().message.isEmpty(), "a refusal says why");
        RABEG_FUZZ_CHECK(parsed.error().offset >= 0 && parsed.error().offset <= qsizetype(size),
                         "a refusal points inside the input");
        return 0;
    }
    const auto canonical = canonicalBytes(parsed.value());
    RABEG_FUZZ_CHECK(canonical.ok(), "a parsed value has a canonical form");
    const auto again = parseStrict(canonical.value());
    RABEG_FUZZ_CHECK(again.ok(), "the canonical form parses");
    RABEG_FUZZ_CHECK(again.value() == parsed.value(), "the canonical form holds the same value");
    const auto twice = canonicalBytes(again.value());
    RABEG_FUZZ_CHECK(twice.ok() && twice.value() == canonical.value(), "canonical writing is idempotent");
    return 0;
}
