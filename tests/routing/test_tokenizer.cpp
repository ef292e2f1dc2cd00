#include <catch2/catch.hpp>

#include "routing/IndonesianTokenizer.h"

using namespace Qt::StringLiterals;
using rabeg::IndonesianTokenizer;

TEST_CASE("text is lower-cased and loses punctuation, diacritics, numbers and stop words")
{
    CHECK(IndonesianTokenizer::tokens(u"Tolong!!! Lampu JALAN di RT 03 mati, sdh 2 minggu..."_s)
          == QStringList {u"lampu"_s, u"jalan"_s, u"rt"_s, u"mati"_s, u"minggu"_s});
    CHECK(IndonesianTokenizer::tokens(u"Café rusak"_s) == QStringList {u"cafe"_s, u"rusak"_s});
}

TEST_CASE("slang and abbreviations become the standard word")
{
    CHECK(IndonesianTokenizer::tokens(u"jln rusak gak diperbaiki"_s)
          == QStringList {u"jalan"_s, u"rusak"_s, u"baik"_s});
    CHECK(IndonesianTokenizer::normaliseWord(u"gak"_s) == u"tidak"_s);
    CHECK(IndonesianTokenizer::normaliseWord(u"jln"_s) == u"jalan"_s);
    CHECK(IndonesianTokenizer::tokens(u"ke puskes dan capil"_s) == QStringList {u"puskesmas"_s, u"disdukcapil"_s});
    CHECK(IndonesianTokenizer::tokens(u"dirawat di RS"_s) == QStringList {u"rawat"_s, u"rumah"_s, u"sakit"_s});
}

TEST_CASE("the stemmer removes particles, possessives, suffixes and prefixes")
{
    CHECK(IndonesianTokenizer::stem(u"sampahnya"_s) == u"sampah"_s);
    CHECK(IndonesianTokenizer::stem(u"dibersihkan"_s) == u"bersih"_s);
    CHECK(IndonesianTokenizer::stem(u"diperbaiki"_s) == u"baik"_s);
    CHECK(IndonesianTokenizer::stem(u"pelayanan"_s) == u"layan"_s);
    CHECK(IndonesianTokenizer::stem(u"dilayani"_s) == u"layan"_s);
    CHECK(IndonesianTokenizer::stem(u"pemadaman"_s) == u"padam"_s);
    CHECK(IndonesianTokenizer::stem(u"berlubang"_s) == u"lubang"_s);
    CHECK(IndonesianTokenizer::stem(u"menutup"_s) == u"tutup"_s);
    CHECK(IndonesianTokenizer::stem(u"membuang"_s) == u"buang"_s);
    CHECK(IndonesianTokenizer::stem(u"menyapu"_s) == u"sapu"_s);
    CHECK(IndonesianTokenizer::stem(u"kerusakan"_s) == u"rusak"_s);
    CHECK(IndonesianTokenizer::stem(u"ktpnya"_s) == u"ktp"_s);
}

TEST_CASE("the stemmer leaves short words, agency abbreviations and look-alike words alone")
{
    for (const QString &word : {u"jalan"_s, u"taman"_s, u"mati"_s, u"dinkes"_s, u"dishub"_s, u"terminal"_s,
                                u"sekolah"_s, u"petugas"_s, u"bersih"_s, u"pedagang"_s})
        CHECK(IndonesianTokenizer::stem(word) == word);
    CHECK(IndonesianTokenizer::stem(u"sekolahnya"_s) == u"sekolah"_s);
}

TEST_CASE("the classifier's features are the stems in text order")
{
    CHECK(IndonesianTokenizer::features(u"Lampu merah MATI lagi"_s) == QStringList {u"lampu"_s, u"merah"_s, u"mati"_s});
    CHECK(IndonesianTokenizer::features(u"..."_s).isEmpty());
}
