#include "IndonesianTokenizer.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Citizen spellings seen in SMS, WhatsApp and LAPOR! texts, mapped to the standard word. Only words that change
// meaning for routing or are very common; an unknown slang word is simply its own feature.
const QHash<QString, QString> &slang()
{
    static const QHash<QString, QString> map = {
        {u"gak"_s, u"tidak"_s},         {u"ga"_s, u"tidak"_s},
        {u"nggak"_s, u"tidak"_s},       {u"ngga"_s, u"tidak"_s},
        {u"enggak"_s, u"tidak"_s},      {u"gk"_s, u"tidak"_s},
        {u"tdk"_s, u"tidak"_s},         {u"tak"_s, u"tidak"_s},
        {u"jln"_s, u"jalan"_s},         {u"jl"_s, u"jalan"_s},
        {u"jalanan"_s, u"jalan"_s},     {u"yg"_s, u"yang"_s},
        {u"dgn"_s, u"dengan"_s},        {u"sdh"_s, u"sudah"_s},
        {u"udh"_s, u"sudah"_s},         {u"udah"_s, u"sudah"_s},
        {u"dah"_s, u"sudah"_s},         {u"blm"_s, u"belum"_s},
        {u"belom"_s, u"belum"_s},       {u"krn"_s, u"karena"_s},
        {u"karna"_s, u"karena"_s},      {u"tp"_s, u"tapi"_s},
        {u"lg"_s, u"lagi"_s},           {u"kalo"_s, u"kalau"_s},
        {u"klo"_s, u"kalau"_s},         {u"sy"_s, u"saya"_s},
        {u"org"_s, u"orang"_s},         {u"rmh"_s, u"rumah"_s},
        {u"skrg"_s, u"sekarang"_s},     {u"skrng"_s, u"sekarang"_s},
        {u"dr"_s, u"dari"_s},           {u"utk"_s, u"untuk"_s},
        {u"untk"_s, u"untuk"_s},        {u"bkn"_s, u"bukan"_s},
        {u"tlg"_s, u"tolong"_s},        {u"mhn"_s, u"mohon"_s},
        {u"byk"_s, u"banyak"_s},        {u"bln"_s, u"bulan"_s},
        {u"thn"_s, u"tahun"_s},         {u"hr"_s, u"hari"_s},
        {u"bpk"_s, u"bapak"_s},         {u"sklh"_s, u"sekolah"_s},
        {u"kmrn"_s, u"kemarin"_s},      {u"dpt"_s, u"dapat"_s},
        {u"jg"_s, u"juga"_s},           {u"aja"_s, u"saja"_s},
        {u"bener"_s, u"benar"_s},       {u"ampe"_s, u"sampai"_s},
        {u"sampe"_s, u"sampai"_s},      {u"gimana"_s, u"bagaimana"_s},
        {u"gmn"_s, u"bagaimana"_s},     {u"knp"_s, u"kenapa"_s},
        {u"kpn"_s, u"kapan"_s},         {u"bgt"_s, u"banget"_s},
        {u"dlm"_s, u"dalam"_s},         {u"sm"_s, u"sama"_s},
        {u"trs"_s, u"terus"_s},         {u"msh"_s, u"masih"_s},
        {u"lbh"_s, u"lebih"_s},         {u"pd"_s, u"pada"_s},
        {u"puskes"_s, u"puskesmas"_s},  {u"pkm"_s, u"puskesmas"_s},
        {u"capil"_s, u"disdukcapil"_s}, {u"dukcapil"_s, u"disdukcapil"_s},
        {u"ektp"_s, u"ktp"_s},          {u"ktpel"_s, u"ktp"_s},
        {u"akte"_s, u"akta"_s},         {u"sekolahan"_s, u"sekolah"_s},
        {u"ujan"_s, u"hujan"_s},        {u"aer"_s, u"air"_s},
        {u"got"_s, u"selokan"_s},       {u"comberan"_s, u"selokan"_s},
        {u"mampet"_s, u"tersumbat"_s},  {u"lobang"_s, u"lubang"_s},
        {u"bolong"_s, u"lubang"_s},     {u"ancur"_s, u"hancur"_s},
        {u"jukir"_s, u"juru_parkir"_s}, {u"listik"_s, u"listrik"_s},
        {u"sampa"_s, u"sampah"_s},      {u"sekola"_s, u"sekolah"_s},
        {u"rs"_s, u"rumah_sakit"_s},    {u"rsu"_s, u"rsud"_s},
        // Betawi/Serang colloquial verbs and spellings (the standard word the stemmer knows).
        {u"kagak"_s, u"tidak"_s},       {u"teu"_s, u"tidak"_s},
        {u"ngurus"_s, u"urus"_s},
        {u"nunggu"_s, u"tunggu"_s},     {u"nungguin"_s, u"tunggu"_s},
        {u"dapet"_s, u"dapat"_s},       {u"pake"_s, u"pakai"_s},
        {u"dipake"_s, u"dipakai"_s},    {u"liat"_s, u"lihat"_s},
        {u"ngeliat"_s, u"lihat"_s},     {u"malem"_s, u"malam"_s},
        {u"taun"_s, u"tahun"_s},        {u"deket"_s, u"dekat"_s},
        {u"abis"_s, u"habis"_s},        {u"dateng"_s, u"datang"_s},
        {u"nanya"_s, u"tanya"_s},       {u"ngambil"_s, u"ambil"_s},
        {u"ngantri"_s, u"antre"_s},     {u"ngantre"_s, u"antre"_s},
        {u"antri"_s, u"antre"_s},       {u"antrian"_s, u"antrean"_s},
        {u"kasian"_s, u"kasihan"_s},    {u"nyampe"_s, u"sampai"_s},
        {u"trus"_s, u"terus"_s},
        {u"pdhl"_s, u"padahal"_s},      {u"mslh"_s, u"masalah"_s},
        {u"bbrp"_s, u"beberapa"_s},     {u"ortu"_s, u"orang_tua"_s},
        {u"ngamen"_s, u"amen"_s},       {u"ngemis"_s, u"emis"_s},
        {u"nyapu"_s, u"sapu"_s},        {u"ngangkut"_s, u"angkut"_s},
        {u"ngaspal"_s, u"aspal"_s},     {u"ngebut"_s, u"kebut"_s},
        {u"mulu"_s, u"melulu"_s},       {u"doang"_s, u"saja"_s},
        {u"cuman"_s, u"cuma"_s},        {u"gede"_s, u"besar"_s},
        {u"duit"_s, u"uang"_s},         {u"nyetrum"_s, u"setrum"_s},
        {u"ledeng"_s, u"pdam"_s},       {u"damkar"_s, u"pemadam_kebakaran"_s},
        {u"sktm"_s, u"surat_keterangan_tidak_mampu"_s},
    };
    return map;
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> set = {
        u"yang"_s,     u"dan"_s,
        u"di"_s,       u"ke"_s,
        u"dari"_s,     u"ini"_s,
        u"itu"_s,      u"untuk"_s,
        u"dengan"_s,   u"pada"_s,
        u"adalah"_s,   u"ada"_s,
        u"sudah"_s,    u"telah"_s,
        u"sangat"_s,   u"saya"_s,
        u"kami"_s,     u"kita"_s,
        u"aku"_s,      u"mohon"_s,
        u"tolong"_s,   u"pak"_s,
        u"bu"_s,       u"bapak"_s,
        u"ibu"_s,      u"min"_s,
        u"admin"_s,    u"sih"_s,
        u"dong"_s,     u"nih"_s,
        u"ya"_s,       u"yah"_s,
        u"juga"_s,     u"karena"_s,
        u"tapi"_s,     u"tetapi"_s,
        u"namun"_s,    u"atau"_s,
        u"jadi"_s,     u"akan"_s,
        u"bisa"_s,     u"belum"_s,
        u"tidak"_s,    u"bukan"_s,
        u"lagi"_s,     u"masih"_s,
        u"kalau"_s,    u"jika"_s,
        u"agar"_s,     u"supaya"_s,
        u"sehingga"_s, u"saja"_s,
        u"banget"_s,   u"terima"_s,
        u"kasih"_s,    u"makasih"_s,
        u"thanks"_s,   u"assalamualaikum"_s,
        u"wr"_s,       u"wb"_s,
        u"hormat"_s,   u"kota"_s,
        u"sejak"_s,    u"sampai"_s,
        u"hingga"_s,   u"oleh"_s,
        u"para"_s,     u"nya"_s,
        u"dia"_s,      u"mereka"_s,
        u"kamu"_s,     u"anda"_s,
        u"kapan"_s,    u"kenapa"_s,
        u"mengapa"_s,  u"bagaimana"_s,
        u"apa"_s,      u"apakah"_s,
        u"siapa"_s,    u"sama"_s,
        u"terus"_s,    u"lebih"_s,
        u"dalam"_s,    u"sekarang"_s,
        u"tersebut"_s, u"seperti"_s,
        u"hanya"_s,    u"pun"_s,
        u"lah"_s,      u"kok"_s,
        u"deh"_s,      u"kan"_s,
        u"tuh"_s,      u"gitu"_s,
        u"begitu"_s,   u"sekali"_s,
        u"mas"_s,      u"mba"_s,
        u"mbak"_s,     u"kak"_s,
        u"gan"_s,      u"wah"_s,
        u"hal"_s,      u"mau"_s,
        u"ingin"_s,    u"harus"_s,
        u"segera"_s,   u"sedang"_s,
        u"setiap"_s,   u"tiap"_s,
        u"semua"_s,    u"banyak"_s,
        u"the"_s,      u"udah"_s,
        u"pas"_s,      u"padahal"_s,
        u"cuma"_s,     u"malah"_s,
        u"kata"_s,     u"katanya"_s,
        u"lalu"_s,     u"pernah"_s,
        u"dulu"_s,     u"sering"_s,
        u"beberapa"_s, u"melulu"_s,
        u"sendiri"_s,  u"buat"_s,
        u"bikin"_s,    u"kayak"_s,
        u"kasihan"_s,  u"gimana"_s,
        u"begini"_s,   u"mana"_s,
        u"sini"_s,     u"situ"_s,
        u"biar"_s,     u"nanti"_s,
    };
    return set;
}

// Abbreviations and names that the affix rules would mangle ("dinkes" is not di- + nkes, "terminal" not ter-).
const QSet<QString> &protectedWords()
{
    static const QSet<QString> set = {
        u"dinkes"_s,     u"dinsos"_s,    u"dishub"_s,    u"dindik"_s,   u"disdukcapil"_s, u"diskominfo"_s,
        u"disnaker"_s,   u"dinas"_s,     u"dindikbud"_s, u"terminal"_s, u"pemkot"_s,      u"pemprov"_s,
        u"perkim"_s,     u"perumdam"_s,  u"pedagang"_s,  u"pelajar"_s,  u"pemuda"_s,      u"peta"_s,
        u"berita"_s,     u"bersih"_s,    u"beras"_s,     u"besar"_s,    u"pengemis"_s,    u"perempuan"_s,
        u"pertama"_s,    u"petugas"_s,   u"ternak"_s,    u"teras"_s,    u"meteran"_s,     u"meter"_s,
        u"media"_s,      u"mesin"_s,     u"menteri"_s,   u"dinding"_s,  u"diare"_s,       u"demam"_s,
        u"desil"_s,      u"mekar"_s,     u"pesangon"_s,  u"pensiun"_s,  u"keluarga"_s,    u"kendaraan"_s,
        u"pendidikan"_s, u"pemakaman"_s, u"kekerasan"_s, u"sekolah"_s,  u"masalah"_s,     u"pelatihan"_s,
        u"perawat"_s,    u"beton"_s,     u"pemadam"_s,   u"digital"_s,  u"diskon"_s,      u"direktur"_s,
        u"pemerintah"_s, u"kemarin"_s,   u"pesisir"_s,   u"perahu"_s,
    };
    return set;
}

QString stripDiacritics(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

// The words of a text: letters and digits, lower case, diacritics removed; "jalan2" (reduplication) -> "jalan".
QStringList words(const QString &text)
{
    const QString plain = stripDiacritics(text.toLower());
    QStringList out;
    QString word;
    const auto flush = [&] {
        while (word.size() > 2 && word.back() == u'2' && word.at(word.size() - 2).isLetter())
            word.chop(1);
        if (!word.isEmpty())
            out.append(word);
        word.clear();
    };
    for (const QChar c : plain) {
        if (c.isLetterOrNumber())
            word.append(c);
        else
            flush();
    }
    flush();
    return out;
}

} // namespace

QString IndonesianTokenizer::normaliseWord(const QString &lowerWord)
{
    return slang().value(lowerWord, lowerWord);
}

bool IndonesianTokenizer::isStopWord(const QString &word)
{
    return stopWords().contains(word);
}

QString IndonesianTokenizer::stem(const QString &input)
{
    if (protectedWords().contains(input) || input.size() < 5)
        return input;
    QString w = input;
    // Particles and the possessive -nya.
    for (const QString &particle : {u"nya"_s, u"lah"_s, u"kah"_s, u"pun"_s}) {
        if (w.endsWith(particle) && w.size() - 3 >= (particle == u"nya"_s ? 3 : 5)) {
            w.chop(3);
            break;
        }
    }
    // Derivational suffixes, conservatively (a short stem keeps its ending: "jalan", "taman", "mati").
    bool confix = false;
    // ke-...-an and pe-...-an are confixes, ke-/pe-...-kan are not: kerusakan -> kerusak, perbaikan -> perbaik.
    const bool anConfix = w.startsWith(u"ke"_s) || w.startsWith(u"pe"_s);
    if (w.endsWith(u"kan"_s) && !anConfix && w.size() - 3 >= 5) {
        w.chop(3);
    } else if (w.endsWith(u"an"_s) && w.size() - 2 >= 5) {
        w.chop(2);
        confix = true;
    } else if (w.endsWith(u'i') && w.size() - 1 >= 5 && !isVowel(w.at(w.size() - 2))) {
        w.chop(1);
    }
    // Prefixes: at most two (di-per-baik-i), each leaving at least four letters.
    for (int round = 0; round < 2; ++round) {
        const QString before = w;
        const auto rest = [&w](qsizetype n) { return w.size() - n >= 4; };
        if (w.startsWith(u"di"_s) && rest(2)) {
            w.remove(0, 2);
        } else if (w.startsWith(u"ke"_s) && confix && rest(2)) {
            w.remove(0, 2); // ke-...-an: kerusakan -> rusak, kecamatan is protected
        } else if (w.startsWith(u"meng"_s) || w.startsWith(u"peng"_s)) {
            if (rest(4))
                w.remove(0, 4);
        } else if (w.startsWith(u"meny"_s) || w.startsWith(u"peny"_s)) {
            if (rest(3))
                w = u's' + w.mid(4); // menyapu -> sapu
        } else if (w.startsWith(u"mem"_s) || w.startsWith(u"pem"_s)) {
            if (rest(3))
                w = (isVowel(w.at(3)) ? u"p"_s : QString()) + w.mid(3); // memotong -> potong, membuang -> buang
        } else if (w.startsWith(u"men"_s) || w.startsWith(u"pen"_s)) {
            if (rest(3))
                w = (isVowel(w.at(3)) ? u"t"_s : QString()) + w.mid(3); // menutup -> tutup, mendaftar -> daftar
        } else if (w.startsWith(u"ber"_s) || w.startsWith(u"ter"_s) || w.startsWith(u"per"_s)) {
            if (rest(3))
                w = isVowel(w.at(3)) && w.at(0) == u'p' ? w.mid(2) : w.mid(3); // perumah -> rumah
        } else if ((w.startsWith(u"me"_s) || w.startsWith(u"pe"_s)) && w.size() > 2
                   && QStringView(u"lrwyn").contains(w.at(2)) && rest(2)) {
            w.remove(0, 2); // melapor -> lapor, pelayan -> layan
        }
        if (w == before)
            break;
    }
    return w;
}

QStringList IndonesianTokenizer::tokens(const QString &text)
{
    QStringList out;
    for (const QString &raw : words(text)) {
        const QString normal = normaliseWord(raw);
        for (const QString &word : normal.split(u'_')) { // "rs" -> "rumah sakit"
            if (word.size() < 2 || isStopWord(word))
                continue;
            bool digits = true;
            for (const QChar c : word)
                digits = digits && c.isDigit();
            if (!digits)
                out.append(stem(word));
        }
    }
    return out;
}

QStringList IndonesianTokenizer::characterGrams(const QString &stem)
{
    // "<ktp>" -> "#<kt", "#ktp", "#tp>", "#<ktp", ..., "#<ktp>": the word's edges are marked, so a prefix or an
    // ending is its own gram. A misspelt word still shares most of its grams with the right one ("sampha" and
    // "sampah" share "#<sam", "#samp", ...), and so does a word the stemmer cut differently ("ungsi"/"ungs").
    const QString marked = u'<' + stem + u'>';
    QStringList out;
    for (qsizetype n = kMinGram; n <= kMaxGram; ++n) {
        for (qsizetype at = 0; at + n <= marked.size(); ++at)
            out.append(kGramMark + marked.mid(at, n));
    }
    return out;
}

bool IndonesianTokenizer::isWordFeature(const QString &feature)
{
    return !feature.startsWith(kGramMark);
}

QStringList IndonesianTokenizer::features(const QString &text)
{
    // The stems, then the character grams of each. Bigrams of neighbouring stems were measured too: trained on the
    // demo history they made top-1 worse, because template phrases ("rumah warga", "anak sekolah") became strong
    // evidence for whatever route their template had. Grams stay inside one word, so they carry no phrase.
    const QStringList stems = tokens(text);
    QStringList out = stems;
    for (const QString &stem : stems)
        out += characterGrams(stem);
    return out;
}

} // namespace rabeg
