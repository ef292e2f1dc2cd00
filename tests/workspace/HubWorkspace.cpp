#include "HubWorkspace.h"

#include "TestClient.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace rabeg::test {

HubWorkspace::HubWorkspace(TestHub &hub, const QString &user, bool throughProxy) : m_hub(hub), m_user(user)
{
    REQUIRE(m_dir.isValid());
    REQUIRE(m_language.use(u"en"_s));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_url = hub.url();
    if (throughProxy) {
        m_proxy = std::make_unique<FaultProxy>(quint16(hub.url().port()));
        m_url = m_proxy->url();
    }
    open();
}

void HubWorkspace::restart()
{
    m_workspace.reset();
    open();
}

void HubWorkspace::open()
{
    const QString &user = m_user;
    const QUrl &url = m_url;
    Workspace::Options options;
    options.cachePath = m_dir.filePath(user + u".sqlite"_s);
    options.user = user;
    options.sync = settingsFor(url, user, options.cachePath);
    options.settings = m_settings.get();
    options.cacheDescription = user + u".sqlite"_s;
    auto opened = Workspace::open(options, m_hub.reference(), m_language);
    INFO((opened.ok() ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    m_workspace = std::move(opened).value();
}

HubWorkspace::~HubWorkspace() = default;

ProjectedComplaint HubWorkspace::shown(const QUuid &id)
{
    const auto complaint = session().complaint(id);
    REQUIRE(complaint.ok());
    REQUIRE(complaint.value());
    return *complaint.value();
}

void HubWorkspace::waitFor(const std::function<bool()> &done, const char *what)
{
    INFO(what);
    REQUIRE(QTest::qWaitFor(done, 60000));
}

void HubWorkspace::waitForComplaint(const QUuid &id)
{
    waitFor([&] {
        const auto complaint = session().complaint(id);
        return complaint.ok() && complaint.value().has_value();
    }, "the first sync brings the complaint");
}

void HubWorkspace::hubMoved()
{
    REQUIRE(m_proxy);
    m_proxy->setUpstreamPort(quint16(m_hub.url().port()));
}

} // namespace rabeg::test
