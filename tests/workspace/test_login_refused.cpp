// A workstation whose login the hub refuses for another reason than its password: the status bar says why, in
// the user's language, with how long to wait (the hub's sentence is English and was only in a tooltip).
#include "HubWorkspace.h"
#include "Language.h"
#include "MainWindow.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

TEST_CASE("a workstation whose login the hub throttles says so in Indonesian, with how long to wait")
{
    TestHub hub({20, StoreKind::Demo, true});
    // Someone guessed the operator's password five times: the hub throttles the account, the right password too.
    QNetworkAccessManager network;
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest request(hub.url().resolved(QUrl(u"/api/v1/session"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, R"({"username":"operator","password":"tebakan-salah"})");
        REQUIRE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 401);
        reply->deleteLater();
    }
    HubWorkspace w(hub, u"operator"_s, false);
    Language indonesian;
    REQUIRE(indonesian.use(u"id"_s));
    auto *label = w.window().findChild<QLabel *>(u"syncStatusLabel"_s);
    REQUIRE(label);
    w.waitFor([&] { return label->text().contains(u"Terlalu banyak percobaan masuk"_s); },
              "the status bar says the hub throttles the login");
    CHECK(label->text().contains(u"detik"_s)); // how long to wait, from the hub's sentence
    CHECK_FALSE(label->text().contains(u"log in again"_s));
    CHECK(label->toolTip().contains(u"Terlalu banyak percobaan masuk"_s));
    // The long sentence does not make the window need more than a 1366 px laptop screen.
    CHECK(w.window().minimumSizeHint().expandedTo(w.window().minimumSize()).width() <= 1366);

    // The hub goes away: the refusal no longer says why the sync stands, and goes (its "29 seconds" went stale).
    hub.stop();
    w.waitFor([&] { return !label->text().contains(u"Terlalu banyak percobaan masuk"_s); },
              "the status bar drops the refusal once the hub does not answer");
    CHECK(label->text().contains(u"Luring"_s));
}
