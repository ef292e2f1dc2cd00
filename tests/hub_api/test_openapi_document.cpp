#include "HubFixture.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace rabeg;

// docs/api/openapi.yaml is written by hand: these checks keep it from falling behind the routes and the error
// codes of HubApi. (Its validity as OpenAPI 3.0.3 is checked with openapi-spec-validator where available.)
TEST_CASE("the OpenAPI document names every route and every error code of the hub")
{
    QFile file(QStringLiteral(RABEG_SOURCE_DIR "/docs/api/openapi.yaml"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray yaml = file.readAll();
    CHECK(yaml.startsWith("openapi: 3.0.3\n"));
    for (const char *route : {"/api/v1/health:", "/api/v1/session:", "/api/v1/snapshot:", "/api/v1/events:",
                              "/api/v1/complaints/{id}:", "/api/v1/complaints/{id}/events:",
                              "/api/v1/complaints/{id}/identity:", "/api/v1/commands:", "/api/v1/complaints:",
                              "/api/v1/reference:", "/api/v1/notify:", "/api/v1/complaints/{id}/attachments:",
                              "/api/v1/complaints/{id}/attachments/{attachment_id}:"}) {
        INFO(route);
        CHECK(yaml.contains(QByteArray(QByteArray("\n  ") + route + '\n')));
    }
    for (const char *code :
         {"malformed_json", "invalid_field", "bad_parameter", "bad_credentials", "missing_token", "invalid_token",
          "scope_changed", "not_found", "method_not_allowed", "body_too_large", "storage_unavailable",
          "identity_forbidden", "identity_anonymous", "command_id_reused", "conflict", "role_not_allowed",
          "out_of_scope", "wrong_state", "unknown_command", "complaint_exists", "unknown_reason", "unknown_opd",
          "attachment_too_large", "headers_too_large", "malformed_request"}) {
        INFO(code);
        CHECK(yaml.contains(QByteArray(QByteArray("`") + code + '`')));
    }
    for (const char *schema : {"    Error:", "    Envelope:", "    Event:", "    ComplaintState:", "    Command:",
                               "    FeedItem:", "    SnapshotPage:", "    EventsPage:"}) {
        INFO(schema);
        CHECK(yaml.contains(QByteArray(QByteArray("\n") + schema + '\n')));
    }
}
