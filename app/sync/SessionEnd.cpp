#include "SessionEnd.h"

#include "HubClient.h"
#include "TrustedCa.h"

using namespace Qt::StringLiterals;

namespace rabeg {

Status endHubSession(const QUrl &hub, const QString &caFile, const QByteArray &token, int timeoutMs)
{
    HubClient client(hub);
    client.setToken(token);
    client.setTimeoutMs(timeoutMs);
    if (!caFile.isEmpty()) {
        auto tls = pinnedTlsConfiguration(caFile);
        if (!tls.ok())
            return tls.error();
        client.setTlsConfiguration(tls.value());
    }
    const auto reply = client.remove(u"/api/v1/session"_s);
    if (!reply.ok())
        return reply.error();
    if (reply->status == 204 || reply->status == 401)
        return std::nullopt;
    return Error{u"logout_refused"_s, u"The hub did not end the session: %1"_s.arg(reply->errorMessage())};
}

} // namespace rabeg
