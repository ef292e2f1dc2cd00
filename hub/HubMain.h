#pragma once

namespace rabeg {

// rabeg-hub COMMAND ...: the hub's command-line entry point.
int hubMain(int argc, char *argv[]);

} // namespace rabeg
