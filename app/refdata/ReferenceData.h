#pragma once

#include "ReferenceTypes.h"
#include "domain/ReferenceLookup.h"
#include "sop/SopCatalog.h"

#include <QHash>

namespace rabeg {

// All reference data of one store, with lookups by code. Value type; cheap to copy (implicitly shared lists).
class ReferenceData final : public ReferenceLookup
{
public:
    QList<Opd> opds;
    QList<Agency> agencies;
    QList<Kecamatan> kecamatan;
    QList<Kelurahan> kelurahan;
    QList<Category> categories;
    QList<Service> services;
    QList<SlaClock> sla;
    QList<CalendarDay> calendar;
    QList<SopTemplate> sopTemplates;

    // Rebuilds the lookup indexes after the lists change.
    void index();

    bool hasOpd(QStringView code) const override;
    bool hasAgency(QStringView code) const override;
    bool hasCategory(QStringView id) const override;
    bool hasService(QStringView code) const override;
    bool hasKecamatan(QStringView code) const override;
    // Built by index() from sopTemplates (shipped versions) plus the generic template.
    const SopCatalog *sopCatalog() const override { return &m_sop; }

    const Opd *opd(const QString &code) const;
    const Agency *agency(const QString &code) const;
    const Service *service(const QString &code) const;
    const Category *category(const QString &id) const;
    const Kecamatan *kecamatanByCode(const QString &code) const;
    QList<Kelurahan> kelurahanOf(const QString &kecamatanCode) const;
    const Kelurahan *kelurahanByCode(const QString &code) const;
    const SopTemplate *sopTemplate(const QString &opd, const QString &service) const;

    // The display name of an OPD or agency code (the code itself when unknown).
    QString routeName(const QString &code) const;

private:
    QHash<QString, qsizetype> m_opd, m_agency, m_service, m_category, m_kecamatan, m_kelurahan;
    SopCatalog m_sop;
};

} // namespace rabeg
