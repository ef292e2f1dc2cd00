#include <catch2/catch.hpp>

#include "store/ComplaintRepository.h"
#include "store/DuplicateFinder.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

const QString kOriginal = u"Blangko KTP-el habis di Disdukcapil"_s;
const QString kDuplicate = u"KTP-el tidak bisa dicetak, blangko kosong"_s;

// A trainee's cache as a training hub fills it: every trainee's copy of the two complaints, the others' first.
QList<DuplicateCandidate> candidatesFor(const QString &kind)
{
    QTemporaryDir dir;
    const QString connection = u"training-duplicates-"_s + kind;
    QList<DuplicateCandidate> found;
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), connection));
        REQUIRE_FALSE(cache.setMeta(u"kind"_s, kind));
        ComplaintRepository repository(cache);
        REQUIRE_FALSE(repository.begin());
        const QDateTime start(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC);
        int n = 0;
        Complaint marked;
        for (const QString &trainee : {u"budi"_s, u"citra"_s, u"ani"_s}) {
            for (const QString &title : {kOriginal, kDuplicate}) {
                Complaint c;
                c.id = QUuid::createUuid();
                c.trackingId = u"SRG-2026-%1"_s.arg(++n, 7, 10, QLatin1Char('0'));
                c.receivedAt = start.addSecs(60 * n);
                c.updatedAt = c.receivedAt;
                c.title = u"[%1] %2"_s.arg(trainee, title);
                c.body = u"Sudah tiga kali ke kantor Disdukcapil, blangko KTP-el habis."_s;
                c.service = u"ktp-el"_s;
                c.kecamatan = u"SERANG"_s;
                c.assignee = trainee;
                REQUIRE_FALSE(repository.put(c, {}));
                if (trainee == u"ani"_s && title == kDuplicate)
                    marked = c;
            }
        }
        REQUIRE_FALSE(repository.commit());
        const auto candidates = DuplicateFinder(cache).candidates(marked);
        REQUIRE(candidates.ok());
        found = candidates.value();
    }
    QSqlDatabase::removeDatabase(connection);
    return found;
}

} // namespace

TEST_CASE("in a training class the duplicate dialog offers a trainee only their own copies, their original first")
{
    const QList<DuplicateCandidate> candidates = candidatesFor(u"training"_s);
    REQUIRE_FALSE(candidates.isEmpty());
    CHECK(candidates.at(0).title == u"[ani] "_s + kOriginal); // what Enter takes
    for (const DuplicateCandidate &c : candidates) {
        INFO(c.title.toStdString());
        CHECK(c.title.startsWith(u"[ani] "_s));
    }
}

TEST_CASE("outside training, complaints titled like training copies are all offered")
{
    QStringList titles;
    for (const DuplicateCandidate &c : candidatesFor(u"production"_s))
        titles.append(c.title);
    CHECK(titles.contains(u"[budi] "_s + kOriginal));
    CHECK(titles.contains(u"[ani] "_s + kOriginal));
}

TEST_CASE("a training copy is known by the user name the training hub puts before its title")
{
    CHECK(DuplicateFinder::trainingCopyPrefix(u"[peserta01] Banjir di Kasemen"_s) == u"[peserta01] "_s);
    CHECK(DuplicateFinder::trainingCopyPrefix(u"[pst.a_b-1] x"_s) == u"[pst.a_b-1] "_s);
    CHECK(DuplicateFinder::trainingCopyPrefix(u"Banjir [peserta01] di Kasemen"_s).isEmpty());
    CHECK(DuplicateFinder::trainingCopyPrefix(u"[Catatan] Banjir"_s).isEmpty());
}
