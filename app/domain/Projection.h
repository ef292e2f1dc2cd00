#pragma once

#include "Complaint.h"
#include "Event.h"

namespace rabeg {

// The projection: a complaint's state after one more event. The same fold runs on the hub (to keep the
// complaints table) and on clients (pending commands applied over the cached state). Unknown event types,
// kept raw by tolerant decoding, change nothing but the version.
Complaint apply(Complaint complaint, const Event &event);

} // namespace rabeg
