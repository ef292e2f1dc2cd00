// The `rabeg` executable only hands over to the client library, so tests drive the same code.
#include "ClientMain.h"

int main(int argc, char *argv[]) { return rabeg::clientMain(argc, argv); }
