#include "SopCatalog.h"

#include "SopTemplateJson.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

QString sopTemplateId(const QString &opd, const QString &service)
{
    if (opd == QStringView(kSopAny) && service == QStringView(kSopAny))
        return u"generic"_s;
    return opd + u'/' + service;
}

const SopTemplate &genericSopTemplate()
{
    // Titles are data, in Indonesian like sop_templates.csv: they travel in events and checklists unchanged.
    // The middle step is the work itself, so it gates the answer; the answer does not gate itself.
    static const SopTemplate generic{QString::fromUtf16(kSopAny), QString::fromUtf16(kSopAny), 1,
                                     {{1, u"telaah-aduan"_s, u"Telaah aduan dan disposisi ke bidang"_s, 1,
                                       u"liaison"_s, false},
                                      {2, u"tindak-lanjut"_s, u"Tindak lanjut oleh bidang teknis"_s, 5,
                                       u"petugas_teknis"_s, true},
                                      {3, u"jawab-pelapor"_s, u"Konfirmasi hasil dan jawaban ke pelapor"_s, 1,
                                       u"liaison"_s, false}}};
    return generic;
}

SopCatalog::SopCatalog() { m_templates.insert(u"generic"_s, {{genericSopTemplate(), {}}}); }

SopCatalog SopCatalog::fromShipped(const QList<SopTemplate> &shipped)
{
    QList<SopTemplate> ordered = shipped;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const SopTemplate &a, const SopTemplate &b) { return a.version < b.version; });
    SopCatalog catalog;
    for (const SopTemplate &sop : std::as_const(ordered)) {
        // The shipped files are validated on load; a gap in their versions is kept as it is. A shipped generic
        // template replaces the built-in one of the same version.
        QList<Published> &versions = catalog.m_templates[sopTemplateId(sop.opd, sop.service)];
        if (!versions.isEmpty() && versions.last().sop.version == sop.version)
            versions.last().sop = sop;
        else
            versions.append({sop, {}});
    }
    return catalog;
}

Status SopCatalog::publish(const SopTemplate &version, const QDateTime &at)
{
    QList<Published> &versions = m_templates[sopTemplateId(version.opd, version.service)];
    const int expected = versions.isEmpty() ? 1 : versions.last().sop.version + 1;
    if (version.version != expected)
        return Error{u"sop_version_taken"_s,
                     u"%1 version %2 cannot be published: the next version is %3."_s.arg(
                         sopTemplateId(version.opd, version.service))
                         .arg(version.version)
                         .arg(expected)};
    if (!versions.isEmpty() && versions.last().since.isValid() && at < versions.last().since)
        return Error{u"sop_published_earlier"_s, u"a version cannot be published before the previous one"_s};
    SopTemplate numbered = version;
    for (qsizetype i = 0; i < numbered.steps.size(); ++i)
        numbered.steps[i].number = int(i + 1);
    versions.append({numbered, at});
    return std::nullopt;
}

Status SopCatalog::learn(const Event &event)
{
    if (event.typeName != QStringView(kSopPublishedType))
        return std::nullopt;
    const auto sop = decodeSopTemplate(event.payload, u"payload"_s, DecodeMode::Tolerant);
    if (!sop.ok())
        return sop.error();
    if (find(sopTemplateId(sop->opd, sop->service), sop->version))
        return std::nullopt;
    return publish(sop.value(), event.at);
}

const SopTemplate *SopCatalog::newestAt(const QString &id, const QDateTime &at) const
{
    const auto it = m_templates.constFind(id);
    if (it == m_templates.constEnd())
        return nullptr;
    const SopTemplate *found = nullptr;
    for (const Published &p : *it) {
        if (!p.since.isValid() || p.since <= at)
            found = &p.sop;
    }
    return found;
}

const SopTemplate &SopCatalog::inForce(const QString &opd, const QString &service, const QDateTime &at) const
{
    if (const SopTemplate *own = newestAt(sopTemplateId(opd, service), at))
        return *own;
    if (const SopTemplate *generic = newestAt(u"generic"_s, at))
        return *generic;
    return genericSopTemplate();
}

const SopTemplate *SopCatalog::find(const QString &templateId, int version) const
{
    const auto it = m_templates.constFind(templateId);
    if (it == m_templates.constEnd())
        return templateId == u"generic"_s && version == 1 ? &genericSopTemplate() : nullptr;
    for (const Published &p : *it) {
        if (p.sop.version == version)
            return &p.sop;
    }
    return nullptr;
}

int SopCatalog::latestVersion(const QString &opd, const QString &service) const
{
    const auto it = m_templates.constFind(sopTemplateId(opd, service));
    return it == m_templates.constEnd() || it->isEmpty() ? 0 : it->last().sop.version;
}

QList<SopTemplate> SopCatalog::latest() const
{
    QStringList ids = m_templates.keys();
    ids.sort();
    QList<SopTemplate> result;
    for (const QString &id : std::as_const(ids)) {
        if (!m_templates.value(id).isEmpty())
            result.append(m_templates.value(id).last().sop);
    }
    return result;
}

} // namespace rabeg
