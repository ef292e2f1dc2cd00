#include "NaiveBayesRouter.h"

#include "IndonesianTokenizer.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace rabeg {

NaiveBayesRouter::RouteCounts &NaiveBayesRouter::countsOf(const QString &route)
{
    return m_routes[route];
}

void NaiveBayesRouter::addDocument(const QStringList &features, const QString &route, int weight)
{
    if (route.isEmpty() || weight <= 0)
        return;
    RouteCounts &counts = countsOf(route);
    counts.documents += weight;
    m_documents += weight;
    // Each distinct feature once (a word's grams and the doubled title repeat many of them).
    QHash<QString, qint64> times;
    for (const QString &feature : features)
        ++times[feature];
    counts.tokens += weight * qint64(features.size());
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        counts.features[it.key()] += weight * it.value();
        m_vocabulary[it.key()] += weight * it.value();
        // Real documents, whatever their weight; words only, since only words are shown in a reason.
        if (IndonesianTokenizer::isWordFeature(it.key()))
            counts.documentFrequency[it.key()] += 1;
    }
}

void NaiveBayesRouter::addSeed(const QStringList &features, const QString &route, int weight)
{
    if (route.isEmpty() || weight <= 0)
        return;
    RouteCounts &counts = countsOf(route);
    for (const QString &feature : features) {
        counts.features[feature] += weight;
        counts.tokens += weight;
        m_vocabulary[feature] += weight;
    }
}

double NaiveBayesRouter::logLikelihood(const RouteCounts &counts, const QString &feature) const
{
    // Laplace smoothing over the whole vocabulary.
    return std::log(double(counts.features.value(feature) + 1) / double(counts.tokens + m_vocabulary.size()));
}

QList<NaiveBayesRouter::Score> NaiveBayesRouter::classify(const QStringList &features) const
{
    QList<Score> scores;
    if (m_routes.isEmpty())
        return scores;
    const double routeCount = double(m_routes.size());
    // Each word arrives with its character grams, so it is counted about ten times over and the posteriors would be
    // near 0 or 1. Scaling the log-likelihoods back to one count per word keeps the ranking and tempers confidence.
    qsizetype words = 0;
    for (const QString &feature : features)
        words += IndonesianTokenizer::isWordFeature(feature);
    const double perWord = features.isEmpty() || words == 0 ? 1.0 : double(words) / double(features.size());
    // Each known feature once, in text order, with how often the text has it (the title is repeated and a word's
    // grams overlap). A feature never seen anywhere says nothing about any route.
    struct Known
    {
        const QString *feature;
        int times;
    };
    QList<Known> known;
    QHash<QString, qsizetype> position;
    qint64 knownCount = 0;
    for (const QString &feature : features) {
        if (!m_vocabulary.contains(feature))
            continue;
        ++knownCount;
        const auto found = position.constFind(feature);
        if (found != position.cend()) {
            ++known[*found].times;
        } else {
            position.insert(feature, known.size());
            known.append({&feature, 1});
        }
    }
    const double vocabulary = double(m_vocabulary.size());
    QList<double> logs;
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        // Add-one prior too, so a route known only from its seed words still has a chance on an empty history.
        double log = std::log(double(it->documents + 1) / (double(m_documents) + routeCount));
        // Laplace: log P(f | route) = log(count + 1) - log(tokens + V). The denominator is the same for every
        // feature; the numerator is log 1 = 0 where the route never saw the feature, so only its own features cost.
        log -= double(knownCount) * std::log(double(it->tokens) + vocabulary);
        for (const Known &k : std::as_const(known)) {
            const qint64 count = it->features.value(*k.feature);
            if (count > 0)
                log += k.times * std::log(double(count + 1));
        }
        scores.append({it.key(), 0});
        logs.append(log * perWord);
    }
    const double top = *std::max_element(logs.cbegin(), logs.cend());
    double sum = 0;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        scores[i].posterior = std::exp(logs.at(i) - top);
        sum += scores.at(i).posterior;
    }
    for (Score &score : scores)
        score.posterior /= sum;
    std::sort(scores.begin(), scores.end(), [](const Score &a, const Score &b) {
        return a.posterior != b.posterior ? a.posterior > b.posterior : a.route < b.route;
    });
    return scores;
}

QList<NaiveBayesRouter::Evidence> NaiveBayesRouter::evidence(const QStringList &features, const QString &route,
                                                             int count) const
{
    const auto found = m_routes.constFind(route);
    if (found == m_routes.cend())
        return {};
    qint64 allTokens = 0;
    for (const RouteCounts &counts : m_routes)
        allTokens += counts.tokens;
    const double vocabulary = double(m_vocabulary.size());
    struct Weighed
    {
        QString feature;
        double weight;
    };
    QList<Weighed> weighed;
    QSet<QString> seen;
    for (const QString &feature : features) {
        if (!IndonesianTokenizer::isWordFeature(feature) || seen.contains(feature) || !m_vocabulary.contains(feature))
            continue;
        seen.insert(feature);
        // How much more likely the feature is under this route than under all the others together.
        const qint64 here = found->features.value(feature);
        const double inRoute = logLikelihood(*found, feature);
        const double elsewhere = std::log(double(m_vocabulary.value(feature) - here + 1)
                                          / (double(allTokens - found->tokens) + vocabulary));
        if (here > 0 && inRoute > elsewhere)
            weighed.append({feature, inRoute - elsewhere});
    }
    std::sort(weighed.begin(), weighed.end(), [](const Weighed &a, const Weighed &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.feature < b.feature;
    });
    QList<Evidence> out;
    for (qsizetype i = 0; i < weighed.size() && i < count; ++i)
        out.append({weighed.at(i).feature, found->documentFrequency.value(weighed.at(i).feature)});
    return out;
}

qint64 NaiveBayesRouter::documents(const QString &route) const
{
    return m_routes.value(route).documents;
}

QStringList NaiveBayesRouter::routes() const
{
    QStringList out = m_routes.keys();
    out.sort();
    return out;
}

bool NaiveBayesRouter::operator==(const NaiveBayesRouter &other) const
{
    return m_documents == other.m_documents && m_vocabulary == other.m_vocabulary && m_routes == other.m_routes;
}

} // namespace rabeg
