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
        m_thread->wait();
        delete m_thread;
    }
}

void RoutingAdvice::learnFrom(const QString &cachePath)
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, cachePath] {
        auto suggester = std::make_shared<RoutingSuggester>(m_reference);
        LocalCache cache;
        if (Status status = cache.open(cachePath, u"rabeg-routing-learn"_s)) {
            qCWarning(lcUi).noquote() << "routing suggestions learn nothing from history:" << status->message;
            return;
        }
        const auto examples = suggester->learnFromCache(cache);
        cache.close();
        if (!examples.ok()) {
            qCWarning(lcUi).noquote() << "routing suggestions learn nothing from history:" << examples.error().message;
            return;
        }
        // Handed to the GUI thread, which swaps it in; the old one stays valid for whoever still holds it.
        const qsizetype count = examples.value();
        QMetaObject::invokeMethod(this, [this, suggester, count] {
            m_suggester = suggester;
            qCInfo(lcUi).noquote() << tr("Routing suggestions learned from %n resolved complaints.", nullptr, int(count));
            emit learned(count);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"rabeg-routing-learn"_s);
    m_thread->start(QThread::LowPriority);
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
    return m_suggester->suggest(input, k);
}

} // namespace rabeg
