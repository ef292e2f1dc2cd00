#pragma once

namespace rabeg {

// Parses the command line, installs the language, opens the local cache and shows the main window.
int clientMain(int argc, char *argv[]);

} // namespace rabeg
