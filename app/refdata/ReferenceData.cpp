#include "ReferenceData.h"

namespace rabeg {
namespace {

template <typename T, typename Key>
void build(QHash<QString, qsizetype> &index, const QList<T> &list, Key key)
{
    index.clear();
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(list.at(i).*key, i);
}

template <typename T>
const T *find(const QHash<QString, qsizetype> &index, const QList<T> &list, const QString &key)
{
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &list.at(*it);
}

} // namespace

void ReferenceData::index()
{
    build(m_opd, opds, &Opd::code);
    build(m_agency, agencies, &Agency::code);
    build(m_service, services, &Service::code);
    build(m_category, categories, &Category::id);
    build(m_kecamatan, kecamatan, &Kecamatan::code);
    build(m_kelurahan, kelurahan, &Kelurahan::code);
    m_sop = SopCatalog::fromShipped(sopTemplates);
}

bool ReferenceData::hasOpd(QStringView code) const { return m_opd.contains(code.toString()); }
bool ReferenceData::hasAgency(QStringView code) const { return m_agency.contains(code.toString()); }
bool ReferenceData::hasCategory(QStringView id) const { return m_category.contains(id.toString()); }
bool ReferenceData::hasService(QStringView code) const { return m_service.contains(code.toString()); }
bool ReferenceData::hasKecamatan(QStringView code) const { return m_kecamatan.contains(code.toString()); }

const Opd *ReferenceData::opd(const QString &code) const { return find(m_opd, opds, code); }
const Agency *ReferenceData::agency(const QString &code) const { return find(m_agency, agencies, code); }
const Service *ReferenceData::service(const QString &code) const { return find(m_service, services, code); }
const Category *ReferenceData::category(const QString &id) const { return find(m_category, categories, id); }
const Kecamatan *ReferenceData::kecamatanByCode(const QString &code) const
{
    return find(m_kecamatan, kecamatan, code);
}

const Kelurahan *ReferenceData::kelurahanByCode(const QString &code) const
{
    return find(m_kelurahan, kelurahan, code);
}

QList<Kelurahan> ReferenceData::kelurahanOf(const QString &kecamatanCode) const
{
    QList<Kelurahan> result;
    for (const auto &k : kelurahan) {
        if (k.kecamatan == kecamatanCode)
            result.append(k);
    }
    return result;
}

const SopTemplate *ReferenceData::sopTemplate(const QString &opdCode, const QString &serviceCode) const
{
    const SopTemplate *best = nullptr;
    for (const auto &t : sopTemplates) {
        if (t.opd == opdCode && t.service == serviceCode && (!best || t.version > best->version))
            best = &t;
    }
    return best;
}

QString ReferenceData::routeName(const QString &code) const
{
    if (const Opd *o = opd(code))
        return o->name;
    if (const Agency *a = agency(code))
        return a->name;
    return code;
}

} // namespace rabeg
