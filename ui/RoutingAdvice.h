#pragma once

#include "domain/Complaint.h"
#include "routing/RoutingSuggester.h"

#include <QObject>

#include <memory>

namespace rabeg {

// The routing suggestions the screens show beside a dispatch (app/routing: the routing table plus what resolved
// history teaches), never applied without the operator. Learning from the cache's history runs on its own thread
// with its own connection; until it is done, the table and the services' own words suggest.
class RoutingAdvice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingAdvice)

public:
    explicit RoutingAdvice(const ReferenceData &reference, QObject *parent = nullptr);
    ~RoutingAdvice() override;

    // Learns the resolved complaints of the cache file, off the GUI thread; `learned` says when and how many.
    void learnFrom(const QString &cachePath);
    QList<RouteSuggestion> suggest(const Complaint &complaint, const QStringList &returnedBy = {}, int k = 3) const;

signals:
    void learned(qsizetype examples);

private:
    std::shared_ptr<const RoutingSuggester> m_suggester;
    const ReferenceData &m_reference;
    class QThread *m_thread = nullptr;
};

} // namespace rabeg
