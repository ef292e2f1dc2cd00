#include "RoutingAdvice.h"

#include "UiLog.h"
#include "store/LocalCache.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace rabeg {

RoutingAdvice::RoutingAdvice(const ReferenceData &reference, QObject *parent)
    : QObject(parent), m_suggester(std::make_shared<RoutingSuggester>(reference)), m_reference(reference)
{
}

RoutingAdvice::~RoutingAdvice()
{
    if (m_thread) {
        m_stopping = true; // closing with a large history waited minutes for the learning to end
        m_thread->wait();
        delete m_thread;
    }
}

void RoutingAdvice::learnFrom(const QString &cachePath)
{
    if (m_thread)
        return;
    // A copy for the thread: the Workspace re-assigns the reference data after a sync on the GUI thread.
    m_thread = QThread::create([this, cachePath, reference = m_reference] {
        auto suggester = std::make_shared<RoutingSuggester>(reference);
        LocalCache cache;
        if (Status status = cache.open(cachePath, u"rabeg-routing-learn"_s)) {
            qCWarning(lcUi).noquote() << "routing suggestions learn nothing from history:" << status->message;
            return;
        }
        const auto examples = suggester->learnFromCache(cache, &m_stopping);
        cache.close();
        if (m_stopping)
            return;
        if (!examples.ok()) {
            qCWarning(lcUi).noquote() << "routing suggestions learn nothing from history:" << examples.error().message;
            return;
        }
        // Handed to the GUI thread, which swaps it in; the old one stays valid for whoever still holds it.
        const qsizetype count = examples.value();
        QMetaObject::invokeMethod(this, [this, suggester, count] {
            if (m_table) // published while it learnt
                suggester->setTable(*m_table);
            m_suggester = suggester;
            m_learned = count;
            qCInfo(lcUi).noquote() << tr("Routing suggestions learned from %n resolved complaints.", nullptr, int(count));
            emit learned(count);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"rabeg-routing-learn"_s);
    m_thread->start(QThread::LowPriority);
}

void RoutingAdvice::useTable(const RoutingTable &table)
{
    m_table = table;
    // Swapped, not changed in place: whoever still holds the old suggester keeps a valid one.
    auto next = std::make_shared<RoutingSuggester>(*m_suggester);
    next->setTable(table);
    m_suggester = next;
}

QList<RouteSuggestion> RoutingAdvice::suggest(const Complaint &complaint, const QStringList &returnedBy, int k) const
{
    SuggestInput input;
    input.title = complaint.title;
    input.body = complaint.body;
    input.category = complaint.category;
    input.service = complaint.service;
    input.kecamatan = complaint.kecamatan;
    input.returnedBy = returnedBy;
    QList<RouteSuggestion> suggestions = m_suggester->suggest(input, k + 2);
    suggestions.removeIf([this](const RouteSuggestion &s) {
        const Opd *opd = m_reference.opd(s.route);
        const Agency *agency = m_reference.agency(s.route);
        return (opd && !opd->active) || (agency && !agency->active);
    });
    return suggestions.mid(0, k);
}

} // namespace rabeg
