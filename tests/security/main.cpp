// QProcess and Qt SQL need an application object; Catch2 runs inside it.
#define CATCH_CONFIG_RUNNER
#include "TestBackend.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // CLINIC_TEST_BACKEND=postgres without a cluster: skipped, or failed in CI.
    if (const int code = test_backend::exitCodeWithoutServer(argc, argv); code >= 0) {
        return code;
    }
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
