// The GUI tests run on the offscreen platform unless told otherwise, also
// when CTest lists them at build time (no display there).
#define CATCH_CONFIG_RUNNER
#include "TestBackend.h"
#include "common/DesktopLanguage.h"

#include <QApplication>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // CLINIC_TEST_BACKEND=postgres without a cluster: skipped, or failed in CI.
    if (const int code = test_backend::exitCodeWithoutServer(argc, argv); code >= 0) {
        return code;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QTemporaryDir runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("clinic-intake-tests"));
    // English, whatever the machine's language, as the tests expect.
    applyDesktopLanguage(UiLanguage::English);
    return Catch::Session().run(argc, argv);
}
