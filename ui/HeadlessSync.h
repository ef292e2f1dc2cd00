#pragma once

namespace rabeg {

// `rabeg sync --hub URL --user NAME --password-file FILE --cache PATH`: one full sync without a display; exits
// 0, or non-zero with a sentence saying what failed.
int headlessSync(int argc, char *argv[]);

} // namespace rabeg
