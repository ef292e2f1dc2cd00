// The `rabeg-hub` executable only parses its command line in HubMain, so tests reach the same code.
#include "HubMain.h"

int main(int argc, char *argv[]) { return rabeg::hubMain(argc, argv); }
