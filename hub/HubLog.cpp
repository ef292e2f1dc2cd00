#include "HubLog.h"

Q_LOGGING_CATEGORY(lcHub, "rabeg.hub")
Q_LOGGING_CATEGORY(lcHubHttp, "rabeg.hub.http")
