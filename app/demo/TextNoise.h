#pragma once

#include "Prng.h"

#include <QString>

namespace rabeg {

// Makes a clean template read like something typed on a phone: chat abbreviations (yg, tdk, sdh), missing
// capitals, a doubled letter or two swapped ones. Deterministic for a given generator state.
QString addTypingNoise(const QString &text, Prng &prng, double level);

} // namespace rabeg
