#include "AuditExportPdf.h"

#include "PacketLayout.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : value.isDouble() ? QString::number(value.toInteger()) : QString();
}

// A hash in groups of 16 hex digits, so that it wraps in a narrow column instead of being cut off.
QString grouped(const QString &hash)
{
    QStringList parts;
    for (qsizetype i = 0; i < hash.size(); i += 16)
        parts.append(hash.mid(i, 16));
    return parts.join(u' ');
}

// A wire time ("2026-11-30T07:00:00.000Z") as "2026-11-30 07:00:00", which wraps between date and time.
QString timeText(const QString &wire) { return wire.left(19).replace(u'T', u' '); }

// An audit entry's detail, one "key: value" per field, nested objects as compact JSON.
QString detailText(const QJsonObject &detail)
{
    QStringList lines;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        const QJsonValue v = it.value();
        const QString value = v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                              : v.isBool() ? (v.toBool() ? u"true"_s : u"false"_s)
                              : v.isDouble() ? QString::number(v.toInteger())
                                             : v.toString();
        lines.append(it.key() + u": "_s + value);
    }
    return lines.join(u'\n');
}

} // namespace

Result<AuditExportPdf> AuditExportPdf::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(u"format"_s).toString() != u"rabeg-audit-export/1"_s)
        return Error{u"not_an_export"_s, tr("This is not an audit export written by rabeg-hub audit export.")};
    return AuditExportPdf(document.object());
}

Status AuditExportPdf::write(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14),
                                     QPageLayout::Millimeter));
    writer.setTitle(tr("Audit export"));
    writer.setCreator(u"Rabeg"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{u"cannot_write"_s, tr("Cannot write the PDF %1. Choose a folder you may write to.").arg(path)};
    paint(painter, writer);
    if (!painter.end() || !QFileInfo(path).isFile())
        return Error{u"cannot_write"_s, tr("Cannot write the PDF %1. Choose a folder you may write to.").arg(path)};
    return std::nullopt;
}

void AuditExportPdf::paint(QPainter &painter, QPagedPaintDevice &device) const
{
    const QJsonObject &d = m_document;
    PacketLayout layout(painter, device, tr("Rabeg audit export, store %1 — page %2").arg(text(d, u"store_id"_s), u"%1"_s));
    layout.setTrainingWatermark(text(d, u"kind"_s) == u"training"_s);
    layout.title(tr("Audit export for the Ombudsman"));
    const QJsonObject scope = d.value(u"scope"_s).toObject();
    const QString what = scope.contains(u"complaint"_s)
                             ? tr("Complaint %1").arg(text(scope, u"complaint"_s))
                             : tr("Period from %1 to %2 (UTC)").arg(text(scope, u"from"_s), text(scope, u"to"_s));
    layout.facts({{tr("Exported"), what},
                  {tr("Store"), tr("%1 (%2, epoch %3)").arg(text(d, u"store_id"_s), text(d, u"kind"_s), text(d, u"epoch"_s))},
                  {tr("Exported at"), timeText(text(d, u"exported_at"_s)) + u" UTC"_s}});

    layout.heading(tr("Verified against"));
    const QJsonObject against = d.value(u"verified_against"_s).toObject();
    const QJsonObject events = against.value(u"event_log"_s).toObject();
    const QJsonObject audit = against.value(u"audit_log"_s).toObject();
    layout.paragraph(tr("Both hash chains were walked from their first entry before the export; each entry's hash "
                        "covers the one before it, so these heads fix everything up to them."));
    layout.facts({{tr("Event log head"),
                   tr("seq %1, hash %2").arg(text(events, u"head_seq"_s), grouped(text(events, u"head_hash"_s)))},
                  {tr("Audit log head"),
                   tr("entry %1, hash %2").arg(text(audit, u"head_seq"_s), grouped(text(audit, u"head_hash"_s)))}});

    const QJsonArray eventList = d.value(u"events"_s).toArray();
    layout.heading(tr("Events (%1)").arg(eventList.size()));
    QList<QStringList> rows;
    for (const QJsonValue &value : eventList) {
        const QJsonObject e = value.toObject();
        const QJsonObject actor = e.value(u"actor"_s).toObject();
        rows.append({text(e, u"seq"_s), timeText(text(e, u"at"_s)), text(e, u"type"_s),
                     text(actor, u"user"_s) + u" ("_s + text(actor, u"role"_s) + u")"_s, grouped(text(e, u"hash"_s))});
    }
    layout.table({tr("Seq"), tr("Time (UTC)"), tr("Event"), tr("By"), tr("Hash")}, rows, {0.07, 0.15, 0.22, 0.2, 0.36});

    const QJsonArray entries = d.value(u"audit"_s).toArray();
    layout.heading(tr("Audit log entries (%1)").arg(entries.size()));
    rows.clear();
    for (const QJsonValue &value : entries) {
        const QJsonObject e = value.toObject();
        rows.append({text(e, u"seq"_s), timeText(text(e, u"at"_s)), text(e, u"actor"_s),
                     text(e, u"action"_s).replace(u'_', u' '), detailText(e.value(u"detail"_s).toObject()),
                     grouped(text(e, u"hash"_s))});
    }
    layout.table({tr("Entry"), tr("Time (UTC)"), tr("By"), tr("Action"), tr("Detail"), tr("Hash")}, rows,
                 {0.07, 0.14, 0.12, 0.14, 0.28, 0.25});
    layout.finish();
}

} // namespace rabeg
