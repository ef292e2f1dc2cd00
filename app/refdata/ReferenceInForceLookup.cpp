#include "ReferenceInForceLookup.h"

namespace rabeg {

bool ReferenceInForceLookup::isActiveOpd(QStringView code) const
{
    const Opd *opd = data().opd(code.toString());
    return opd && opd->active;
}

bool ReferenceInForceLookup::isActiveAgency(QStringView code) const
{
    const Agency *agency = data().agency(code.toString());
    return agency && agency->active;
}

bool ReferenceInForceLookup::isActiveCategory(QStringView id) const
{
    const Category *category = data().category(id.toString());
    return category && category->active;
}

bool ReferenceInForceLookup::isActiveService(QStringView code) const
{
    const Service *service = data().service(code.toString());
    return service && service->active;
}

} // namespace rabeg
