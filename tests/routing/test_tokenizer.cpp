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

TEST_CASE("Betawi and Serang colloquial words become the standard word before stemming")
{
    CHECK(IndonesianTokenizer::tokens(u"udh nunggu taun2 blm dapet"_s) == QStringList {u"tunggu"_s, u"tahun"_s, u"dapat"_s});
    CHECK(IndonesianTokenizer::tokens(u"ngantri dari subuh"_s) == QStringList {u"antre"_s, u"subuh"_s});
    CHECK(IndonesianTokenizer::tokens(u"air ledeng teu ngalir"_s) == QStringList {u"air"_s, u"pdam"_s, u"ngalir"_s});
    // Function words of complaint prose say nothing about where a complaint goes.
    CHECK(IndonesianTokenizer::tokens(u"padahal katanya cuma sebentar"_s) == QStringList {u"sebentar"_s});
}

TEST_CASE("the stemmer keeps pemerintah and digital whole")
{
    CHECK(IndonesianTokenizer::stem(u"pemerintah"_s) == u"pemerintah"_s);
    CHECK(IndonesianTokenizer::stem(u"digital"_s) == u"digital"_s);
}

TEST_CASE("a stem's character grams are its 3- to 5-letter pieces with the word's edges marked")
{
    CHECK(IndonesianTokenizer::characterGrams(u"ktp"_s)
          == QStringList {u"#<kt"_s, u"#ktp"_s, u"#tp>"_s, u"#<ktp"_s, u"#ktp>"_s, u"#<ktp>"_s});
    for (const QString &gram : IndonesianTokenizer::characterGrams(u"sampah"_s))
        CHECK_FALSE(IndonesianTokenizer::isWordFeature(gram));
    CHECK(IndonesianTokenizer::isWordFeature(u"sampah"_s));
}

TEST_CASE("a misspelt word shares most of its character grams with the right one")
{
    const QStringList right = IndonesianTokenizer::characterGrams(u"sampah"_s);
    const QStringList typo = IndonesianTokenizer::characterGrams(u"sampha"_s);
    qsizetype shared = 0;
    for (const QString &gram : typo)
        shared += right.contains(gram);
    CHECK(shared >= 6);
    CHECK(IndonesianTokenizer::tokens(u"sampha"_s) != IndonesianTokenizer::tokens(u"sampah"_s));
}

TEST_CASE("the classifier's features are the stems in text order, then the grams of each stem")
{
    const QStringList features = IndonesianTokenizer::features(u"Lampu merah MATI lagi"_s);
    REQUIRE(features.size() > 3);
    CHECK(features.mid(0, 3) == QStringList {u"lampu"_s, u"merah"_s, u"mati"_s});
    CHECK(features.mid(3) == IndonesianTokenizer::characterGrams(u"lampu"_s) + IndonesianTokenizer::characterGrams(u"merah"_s)
              + IndonesianTokenizer::characterGrams(u"mati"_s));
    CHECK(IndonesianTokenizer::features(u"..."_s).isEmpty());
}
