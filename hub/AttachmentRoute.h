#pragma once

#include "HubClock.h"
#include "HubRequest.h"
#include "HubStore.h"

namespace rabeg {

// Files attached to a complaint (docs/attachments.md; docs/api/openapi.yaml):
//   POST /api/v1/complaints/{id}/attachments         the file's bytes as the body (any Content-Type), its name in
//        X-Rabeg-File-Name (percent-encoded UTF-8), optionally X-Rabeg-Command-Id (a UUID: a retry after a lost
//        answer adds nothing twice). JPEG, PNG, WebP or PDF judged by the bytes, at most kMaxBytes.
//   GET  /api/v1/complaints/{id}/attachments/{aid}   the bytes, with the type found at upload
// Who may upload: the command center's roles and the liaison of the OPD holding the complaint (the lifecycle's
// add_attachment rule); who may download: whoever may read the complaint. The bytes are stored by the hub in the
// same transaction as the attachment_added event, which carries only the metadata, so it syncs to every cache
// without the file.
class AttachmentRoute
{
public:
    static constexpr qsizetype kMaxBytes = 10 * 1024 * 1024;

    AttachmentRoute(HubStore &store, const HubClock &clock) : m_store(store), m_clock(clock) { }

    static bool handles(const QString &path);
    static bool isUpload(const HubRequest &request);
    // `appended`: set when an attachment_added event went into the log.
    HubResponse handle(const HubRequest &request, const UserRecord &user, QJsonObject envelope, bool &appended);

private:
    HubResponse upload(const QUuid &complaintId, const HubRequest &request, const UserRecord &user,
                       QJsonObject envelope, bool &appended);
    HubResponse download(const QUuid &complaintId, const QUuid &attachmentId, const UserRecord &user);

    HubStore &m_store;
    const HubClock &m_clock;
};

} // namespace rabeg
