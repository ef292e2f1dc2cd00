#include "RoutingSuggester.h"

#include "IndonesianTokenizer.h"
#include "store/RoutingHistoryRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

struct RoutingText
{
    Q_DECLARE_TR_FUNCTIONS(RoutingText)
};

const QString kKecamatanClass = u"KEC"_s;
// A reference keyword counts like 30 occurrences in past complaints: the curated words must not drown in a
// history's incidental ones (measured on tests/data/routing: 2 gave 71% top-1 after demo history, 30 gave 83%).
constexpr int kSeedWeight = 30;
constexpr int kReturnedWeight = 2; // a complaint that was mis-routed once teaches its final route twice
constexpr double kTableShare = 0.9; // a table rule's share of the confidence; the text has the rest
constexpr double kOutsideCategory = 0.05; // routes outside the given category keep this much of their posterior
constexpr int kHistoryPage = 1000; // a page learnt takes well under a second: how long a stop may wait

QString quoted(const QString &text)
{
    return u"\u201c"_s + text + u"\u201d"_s;
}

} // namespace

struct RoutingSuggester::Candidate
{
    QString route;
    double score = 0;
    QString placeNote; // how a kecamatan office was chosen
};

RoutingSuggester::RoutingSuggester(const ReferenceData &reference)
    : RoutingSuggester(reference, RoutingTable::fromReferenceData(reference))
{ }

RoutingSuggester::RoutingSuggester(const ReferenceData &reference, RoutingTable table)
    : m_reference(reference), m_table(std::move(table)), m_places(reference)
{
    // The seed: each service's name and keywords for its default route, each agency's name and what it handles.
    for (const Service &service : reference.services)
        m_classifier.addSeed(featuresOf(service.name, service.keywords.join(u". "_s)), classOf(service.route),
                             kSeedWeight);
    for (const Agency &agency : reference.agencies)
        m_classifier.addSeed(featuresOf(agency.name, agency.handles), agency.code, kSeedWeight);
    for (const Opd &opd : reference.opds)
        m_classifier.addSeed(featuresOf(opd.name, {}), classOf(opd.code), 1);
}

QString RoutingSuggester::classOf(const QString &route) const
{
    const Opd *opd = m_reference.opd(route);
    return opd && opd->kecamatanOffice ? kKecamatanClass : route;
}

QStringList RoutingSuggester::featuresOf(const QString &title, const QString &body)
{
    // The title is the citizen's own summary: its words count twice.
    const QStringList heading = IndonesianTokenizer::features(title);
    return heading + heading + IndonesianTokenizer::features(body);
}

void RoutingSuggester::learn(const RoutingExample &example)
{
    // Only the final route is learned; the OPDs that returned the complaint get nothing from it, and the final
    // route gets it twice, because a text that was routed wrong once is the kind the classifier must not miss.
    m_classifier.addDocument(featuresOf(example.title, example.body), classOf(example.route),
                             example.returnedBy.isEmpty() ? 1 : kReturnedWeight);
}

void RoutingSuggester::learn(const QList<RoutingExample> &examples)
{
    for (const RoutingExample &example : examples)
        learn(example);
}

Result<qsizetype> RoutingSuggester::learnFromCache(LocalCache &cache, const std::atomic<bool> *stop)
{
    const RoutingHistoryRepository history(cache);
    qsizetype learned = 0;
    qint64 after = 0;
    for (;;) {
        if (stop && stop->load())
            return Error {u"cancelled"_s, u"Learning from history was stopped after %1 complaints."_s.arg(learned)};
        auto page = history.page(after, kHistoryPage);
        if (!page)
            return page.error();
        learn(page->examples);
        learned += page->examples.size();
        if (page->examples.size() < kHistoryPage)
            return learned;
        after = page->lastRowId;
    }
}

QList<RoutingSuggester::Candidate> RoutingSuggester::classifierCandidates(const SuggestInput &input,
                                                                          const QStringList &features) const
{
    QList<Candidate> out;
    for (const NaiveBayesRouter::Score &score : m_classifier.classify(features)) {
        Candidate candidate {score.route, score.posterior, {}};
        if (score.route == kKecamatanClass) {
            // One office of the six: the complaint's kecamatan, else the one its text names, else the default.
            QString kecamatan = input.kecamatan;
            if (!kecamatan.isEmpty()) {
                candidate.placeNote = RoutingText::tr("the complaint's kecamatan");
            } else {
                kecamatan = m_places.kecamatanIn(input.title + u' ' + input.body);
                if (!kecamatan.isEmpty())
                    candidate.placeNote = RoutingText::tr("the kecamatan named in the text");
            }
            const QString office = u"KEC-"_s + kecamatan;
            candidate.route = m_reference.hasOpd(office) ? office : QString();
            if (candidate.route.isEmpty()) {
                candidate.placeNote = RoutingText::tr("no kecamatan known, the default office");
                for (const Service &service : m_reference.services) {
                    if (classOf(service.route) == kKecamatanClass) {
                        candidate.route = service.route;
                        break;
                    }
                }
            }
            if (candidate.route.isEmpty())
                continue;
        }
        out.append(candidate);
    }
    return out;
}

QString RoutingSuggester::evidenceSentence(const QString &route, const QStringList &features,
                                           const SuggestInput &input) const
{
    const QList<NaiveBayesRouter::Evidence> evidence = m_classifier.evidence(features, classOf(route), 2);
    const QString name = m_reference.routeName(route);
    if (evidence.isEmpty())
        return RoutingText::tr("No word of the text points to %1; it comes from how often past complaints went "
                               "there.")
            .arg(name);
    // Show the citizen's own words, not the stems the classifier counts.
    static const QRegularExpression kPunctuation(u"[^\\w-]"_s);
    QHash<QString, QString> surface;
    const QString text = input.title + u' ' + input.body;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList stems = IndonesianTokenizer::tokens(word);
        if (stems.size() == 1 && !surface.contains(stems.first()))
            surface.insert(stems.first(), word.toLower().remove(kPunctuation));
    }
    QStringList words;
    for (const NaiveBayesRouter::Evidence &e : evidence) {
        QStringList parts = e.feature.split(u'_');
        for (QString &part : parts)
            part = surface.value(part, part);
        words.append(quoted(parts.join(u' ')));
    }
    const qint64 documents = evidence.first().documents;
    if (documents > 0)
        return RoutingText::tr("%n past complaint(s) with %1 went to %2.", nullptr, int(documents))
            .arg(words.first(), name);
    return RoutingText::tr("%1 are words of the services of %2 in the reference data.").arg(words.join(u", "_s), name);
}

QList<RouteSuggestion> RoutingSuggester::suggest(const SuggestInput &input, int k) const
{
    const QStringList features = featuresOf(input.title, input.body);
    QList<Candidate> candidates = classifierCandidates(input, features);
    const auto returned = [&input](const QString &route) { return input.returnedBy.contains(route); };
    const QString textTop = candidates.isEmpty() ? QString() : candidates.first().route;

    const std::optional<RoutingRule> rule = m_table.find(input.service, input.kecamatan);
    const bool useRule = rule && !returned(rule->route);
    const QStringList categoryRoutes = !useRule && input.service.isEmpty() && !input.category.isEmpty()
        ? m_table.routesOfCategory(m_reference, input.category)
        : QStringList();

    candidates.removeIf([&](const Candidate &c) { return returned(c.route); });
    if (useRule) {
        for (Candidate &c : candidates)
            c.score *= 1 - kTableShare;
        const auto own = std::find_if(candidates.begin(), candidates.end(),
                                      [&rule](const Candidate &c) { return c.route == rule->route; });
        if (own != candidates.end())
            own->score += kTableShare;
        else
            candidates.append({rule->route, kTableShare, {}});
    } else if (!categoryRoutes.isEmpty()) {
        for (Candidate &c : candidates)
            c.score *= categoryRoutes.contains(c.route) ? 1 : kOutsideCategory;
    }
    double total = 0;
    for (const Candidate &c : std::as_const(candidates))
        total += c.score;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });

    QList<RouteSuggestion> out;
    for (const Candidate &c : std::as_const(candidates)) {
        if (out.size() >= k)
            break;
        RouteSuggestion s;
        s.route = c.route;
        s.external = m_reference.hasAgency(c.route);
        s.confidence = total > 0 ? c.score / total : 0;
        if (useRule && c.route == rule->route) {
            const Service *service = m_reference.service(rule->service);
            const QString serviceName = service ? service->name : rule->service;
            const Kecamatan *kecamatan = m_reference.kecamatanByCode(rule->kecamatan);
            s.reason = kecamatan
                ? RoutingText::tr("Routing table (rule version %1): %2 in kecamatan %3 goes to %4.")
                      .arg(QString::number(rule->version), serviceName, kecamatan->name, m_reference.routeName(c.route))
                : RoutingText::tr("Routing table (rule version %1): %2 goes to %3.")
                      .arg(QString::number(rule->version), serviceName, m_reference.routeName(c.route));
            s.source = SuggestionSource::RoutingTable;
            s.tableRule = true;
            if (textTop == c.route) {
                s.reason += u' ' + RoutingText::tr("The text agrees.");
                s.source = SuggestionSource::Combined;
            } else if (!textTop.isEmpty()) {
                s.reason
                    += u' ' + RoutingText::tr("The text alone would point to %1.").arg(m_reference.routeName(textTop));
                s.source = SuggestionSource::Combined;
            }
        } else if (categoryRoutes.contains(c.route)) {
            const Category *category = m_reference.category(input.category);
            s.reason = RoutingText::tr("The routing table sends category %1 to %2.")
                           .arg(category ? category->name : input.category, m_reference.routeName(c.route))
                + u' ' + evidenceSentence(c.route, features, input);
            s.source = SuggestionSource::Combined;
        } else {
            s.reason = evidenceSentence(c.route, features, input);
            s.source = SuggestionSource::Classifier;
        }
        if (!c.placeNote.isEmpty())
            s.reason += u' ' + RoutingText::tr("Office chosen by %1.").arg(c.placeNote);
        out.append(s);
    }
    if (!out.isEmpty() && !input.returnedBy.isEmpty()) {
        QStringList names;
        for (const QString &route : input.returnedBy)
            names.append(m_reference.routeName(route));
        out.first().reason += u' ' + RoutingText::tr("Not suggested again: returned by %1.").arg(names.join(u", "_s));
    }
    return out;
}

} // namespace rabeg
