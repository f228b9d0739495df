// libFuzzer entry point; the logic is in FuzzTargets.cpp, shared with the
// regression test that replays tests/fuzz/regressions/.
#include "FuzzTargets.h"

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

fuzz::JsonlImport* target = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // Qt SQL loads its SQLite driver as a plugin, which needs an application
    // object (given arguments of its own: libFuzzer's are not Qt's business).
    static int argc = 1;
    static char name[] = "jsonl_import_fuzzer";
    static char* argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    target = new fuzz::JsonlImport;
    // Registered after the application was made, so run before it goes: the
    // database closes and its temporary folder is removed on a normal exit.
    std::atexit([] { delete target; });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    target->run(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
