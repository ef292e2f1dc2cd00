#pragma once

#include "TrainingScenario.h"
#include "core/Result.h"
#include "refdata/ReferenceData.h"

namespace rabeg {

// Reads a scenario file (docs/training.md) strictly: malformed JSON is refused with its line and column, and every
// other problem with its path inside the file, e.g. `complaints[3].expected.opd: unknown OPD "DINKESS"`. Codes
// are checked against the reference data with the scenario's own overrides applied.
class ScenarioLoader
{
public:
    explicit ScenarioLoader(const ReferenceData &reference) : m_reference(reference) { }

    Result<TrainingScenario> parse(const QByteArray &bytes) const;
    Result<TrainingScenario> load(const QString &path) const;
    // A roster file ({"trainers": [...], "trainees": [...]}) or a scenario file: only its roster is filled in.
    Result<TrainingScenario> parseRoster(const QByteArray &bytes) const;

    // The reference data a training hub serves for this scenario: the built-in data with its overrides.
    static ReferenceData withOverrides(const ReferenceData &reference, const TrainingScenario &scenario);

    static constexpr int kFormat = 1;

private:
    const ReferenceData &m_reference;
};

} // namespace rabeg
