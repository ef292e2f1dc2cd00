#pragma once

#include "FieldReader.h"
#include "domain/Enums.h"

#include <QJsonObject>

namespace rabeg {

// The fields each command and each event may carry, with their types and limits. The strict codec checks every
// payload against its schema, so the lifecycle only has to judge what the values mean.
Status checkCommandPayload(CommandType type, const QJsonObject &payload, DecodeMode mode);
Status checkEventPayload(EventType type, const QJsonObject &payload, DecodeMode mode);

// Limits shared by the UI (to stop typing) and the codec (to refuse).
inline constexpr int kMaxTitle = 200;
inline constexpr int kMaxBody = 20000;
inline constexpr int kMaxNote = 4000;
inline constexpr int kMaxResponse = 8000;
inline constexpr int kMaxReason = 1000;

} // namespace rabeg
