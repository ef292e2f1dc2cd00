#include "LaporCsvSink.h"

#include "refdata/CsvTable.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

class LaporCsvSinkText
{
    Q_DECLARE_TR_FUNCTIONS(LaporExport)
};

} // namespace

QByteArray LaporCsvSink::render(const QList<LaporFollowUp> &followUps)
{
    QString text = u"ID Tracking,Nomor Rabeg,Tanggal Tindak Lanjut,Jenis Tindak Lanjut,Instansi,Isi Tindak Lanjut\n"_s;
    const QTimeZone wib(7 * 3600);
    for (const LaporFollowUp &f : followUps) {
        const QStringList fields = {f.trackingId, f.cityNumber,  f.at.toTimeZone(wib).toString(u"dd/MM/yyyy HH:mm"_s),
                                    f.kind,       f.institution, f.text};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        text += quoted.join(u',') + u'\n';
    }
    return text.toUtf8();
}

Status LaporCsvSink::deliver(const QList<LaporFollowUp> &followUps)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {u"unwritable"_s,
                      LaporCsvSinkText::tr("%1 cannot be written: %2").arg(m_path, file.errorString())};
    file.write(render(followUps));
    if (!file.commit())
        return Error {u"unwritable"_s,
                      LaporCsvSinkText::tr("%1 cannot be written: %2").arg(m_path, file.errorString())};
    return std::nullopt;
}

} // namespace rabeg
