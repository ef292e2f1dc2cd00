#pragma once

#include "HubRequest.h"
#include "HubStore.h"

#include <optional>

namespace rabeg {

class HubApi;
class TrainingHub;

// The trainer's routes on a training hub (docs/api/openapi.yaml, "training"): the class's status and scoreboard,
// the clock (pause, speed, jump) and the reset. Trainers only; on other hubs these routes do not exist.
class TrainingApi
{
public:
    TrainingApi(TrainingHub &hub, HubApi &api) : m_hub(hub), m_api(api) { }

    // The answer when the request is one of the training routes; nothing otherwise.
    std::optional<HubResponse> route(const HubRequest &request, const UserRecord &user);

private:
    HubResponse status(bool withResults);
    HubResponse postClock(const HubRequest &request);

    TrainingHub &m_hub;
    HubApi &m_api;
};

} // namespace rabeg
