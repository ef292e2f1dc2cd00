#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rabeg {

// Multinomial naive Bayes over tokenizer features (stems and their character grams), route = class. Laplace
// (add-one) smoothing, log-probabilities, posteriors normalised over the known routes and tempered to one count per
// word (a word and its grams are not independent evidence). Counts are integers, so learning document by document
// gives exactly the state of learning them all at once, in any order.
class NaiveBayesRouter
{
public:
    struct Score
    {
        QString route;
        double posterior = 0;
    };

    struct Evidence // why the text points to a route: its strongest words and how many past documents had them
    {
        QString feature;
        qint64 documents = 0; // past (non-seed) documents of this route that contain the feature
    };

    // A resolved document: counts toward the route's prior and its word counts, `weight` times.
    void addDocument(const QStringList &features, const QString &route, int weight = 1);
    // Seed vocabulary (reference data names and keywords): word counts only, no prior, no document count.
    void addSeed(const QStringList &features, const QString &route, int weight);

    // Every known route with its posterior, best first. Empty when nothing was learned or seeded.
    QList<Score> classify(const QStringList &features) const;
    // The words (never character grams) of this text that most favour `route` over the others, strongest first.
    QList<Evidence> evidence(const QStringList &features, const QString &route, int count = 3) const;

    qint64 documents() const { return m_documents; }
    qint64 documents(const QString &route) const;
    QStringList routes() const;
    qsizetype vocabularySize() const { return m_vocabulary.size(); }

    bool operator==(const NaiveBayesRouter &other) const;

private:
    struct RouteCounts
    {
        qint64 documents = 0;
        qint64 tokens = 0;
        QHash<QString, qint64> features;
        QHash<QString, qint64> documentFrequency; // documents (not seeds) containing the feature

        bool operator==(const RouteCounts &) const = default;
    };

    RouteCounts &countsOf(const QString &route);
    double logLikelihood(const RouteCounts &counts, const QString &feature) const;

    QHash<QString, RouteCounts> m_routes;
    QHash<QString, qint64> m_vocabulary; // feature -> total count over all routes
    qint64 m_documents = 0;
};

} // namespace rabeg
