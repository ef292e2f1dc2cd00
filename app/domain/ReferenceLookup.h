#pragma once

#include <QStringView>

namespace rabeg {

class SopCatalog;

// What the lifecycle needs to know of the reference data to refuse a dispatch to an OPD that does not exist.
// ReferenceData implements it; tests may pass a small fixture.
class ReferenceLookup
{
public:
    virtual ~ReferenceLookup() = default;
    virtual bool hasOpd(QStringView code) const = 0;
    virtual bool hasAgency(QStringView code) const = 0;
    virtual bool hasCategory(QStringView id) const = 0;
    virtual bool hasService(QStringView code) const = 0;
    virtual bool hasKecamatan(QStringView code) const = 0;
    // The SOP templates a dispatch instantiates and the respond gate reads; without them (nullptr) a dispatch
    // records no checklist and respond is not gated.
    virtual const SopCatalog *sopCatalog() const { return nullptr; }
};

} // namespace rabeg
