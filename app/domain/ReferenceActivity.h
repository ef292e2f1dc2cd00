#pragma once

#include <QStringView>

namespace rabeg {

// What a reference lookup knows beyond ReferenceLookup when the admins' changes are folded into it
// (docs/reference-admin.md): which OPDs, agencies, categories and services were deactivated. A deactivated one
// stays known (complaints already name it and keep working), but new work may not name it. The lookups the
// lifecycle is given at the hub (HubReference) and on a workstation (SyncedSopReference) implement both
// interfaces; the lifecycle asks for this one (a cross-cast), and a lookup without it (a test fixture, the
// shipped data alone) has nothing deactivated.
class ReferenceActivity
{
public:
    virtual ~ReferenceActivity() = default;
    virtual bool isActiveOpd(QStringView code) const = 0;
    virtual bool isActiveAgency(QStringView code) const = 0;
    virtual bool isActiveCategory(QStringView id) const = 0;
    virtual bool isActiveService(QStringView code) const = 0;
};

} // namespace rabeg
