// libFuzzer entry point; the logic is in FuzzTargets.cpp, shared with the
// regression test that replays tests/fuzz/regressions/.
#include "FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::rulesLoader(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
