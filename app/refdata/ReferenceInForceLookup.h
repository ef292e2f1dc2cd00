#pragma once

#include "ReferenceData.h"
#include "domain/ReferenceActivity.h"

namespace rabeg {

// A reference lookup over reference data with the admins' changes folded in (ReferenceVersions): every lookup,
// and what was deactivated (ReferenceActivity), from data(). The lookups the lifecycle is given at the hub
// (HubReference) and on a workstation (SyncedSopReference) are these; each adds its SOP catalog.
class ReferenceInForceLookup : public ReferenceLookup, public ReferenceActivity
{
public:
    virtual const ReferenceData &data() const = 0;

    bool hasOpd(QStringView code) const override { return data().hasOpd(code); }
    bool hasAgency(QStringView code) const override { return data().hasAgency(code); }
    bool hasCategory(QStringView id) const override { return data().hasCategory(id); }
    bool hasService(QStringView code) const override { return data().hasService(code); }
    bool hasKecamatan(QStringView code) const override { return data().hasKecamatan(code); }
    bool isActiveOpd(QStringView code) const override;
    bool isActiveAgency(QStringView code) const override;
    bool isActiveCategory(QStringView id) const override;
    bool isActiveService(QStringView code) const override;
};

} // namespace rabeg
