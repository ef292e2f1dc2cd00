// The Catch2 runner for tests of the core and the hub: a QCoreApplication lives for the whole run, so
// QObjects, event loops and Qt Sql work inside test cases.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
