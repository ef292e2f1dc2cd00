#include "HubLog.h"

Q_LOGGING_CATEGORY(lcHub, "rabeg.hub")
Q_LOGGING_CATEGORY(lcHubHttp, "rabeg.hub.http")
Q_LOGGING_CATEGORY(lcHubScheduler, "rabeg.hub.scheduler")
Q_LOGGING_CATEGORY(lcHubNotify, "rabeg.hub.notify")
