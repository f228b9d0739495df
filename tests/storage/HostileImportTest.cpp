// A JSONL file with a 100 MB line: refused naming the line, nothing imported,
// quickly and without reading the line into memory. The input comes from a
// stream buffer that makes its bytes as they are read, so the test itself
// holds no 100 MB either.
#include "SampleIntake.h"
#include "TestDatabase.h"
#include "batch/JsonlRecommender.h"
#include "validation/IntakeParser.h"
#include "workflow/IntakeImporter.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <sstream>
#include <streambuf>

namespace {

// prefix, then `count` bytes of `filler` made 64 KiB at a time, then suffix.
class GeneratedInput : public std::streambuf
{
public:
    GeneratedInput(std::string prefix, char filler, std::size_t count, std::string suffix)
        : m_prefix(std::move(prefix)), m_suffix(std::move(suffix)), m_fill(64 * 1024, filler),
          m_fillLeft(count)
    {}

    std::size_t bytesServed() const { return m_served; }

protected:
    int_type underflow() override
    {
        for (;;) {
            switch (m_part++) {
            case 0:
                if (!m_prefix.empty()) {
                    return serve(m_prefix, m_prefix.size());
                }
                break;
            case 1:
                if (m_fillLeft > 0) {
                    --m_part; // more filler next time
                    const std::size_t size = std::min(m_fill.size(), m_fillLeft);
                    m_fillLeft -= size;
                    return serve(m_fill, size);
                }
                break;
            case 2:
                if (!m_suffix.empty()) {
                    return serve(m_suffix, m_suffix.size());
                }
                break;
            default:
                return traits_type::eof();
            }
        }
    }

private:
    int_type serve(std::string& source, std::size_t size)
    {
        m_served += size;
        setg(source.data(), source.data(), source.data() + size);
        return traits_type::to_int_type(*gptr());
    }

    std::string m_prefix;
    std::string m_suffix;
    std::string m_fill;
    std::size_t m_fillLeft;
    int m_part = 0;
    std::size_t m_served = 0;
};

// The peak resident memory of this process (VmHWM), in KiB; reset first when
// the kernel allows it (writing 5 to clear_refs), so that what earlier tests
// used does not hide what this one uses.
long peakMemoryKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            return std::stol(line.substr(6));
        }
    }
    return -1;
}

void resetPeakMemory()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

constexpr std::size_t kHundredMegabytes = 100 * 1000 * 1000;

} // namespace

TEST_CASE("import refuses a 100 MB line fast, in bounded memory, naming the line",
          "[storage][import][hostile]")
{
    TestDatabase test;
    const std::string good = sampleIntake().dump();
    GeneratedInput source(good + "\n{\"notes\": \"", 'a', kHundredMegabytes, "\"}\n" + good + "\n");
    std::istream in(&source);
    const IntakeParser parser(test.clock());

    resetPeakMemory();
    const long peakBefore = peakMemoryKiB();
    const auto start = std::chrono::steady_clock::now();
    const ImportResult result =
        IntakeImporter(test.storage(), parser, test.engine())
            .run(in, QStringLiteral("manager"), QStringLiteral("2026-11-21T12:00:00.000Z"));
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const long peakAfter = peakMemoryKiB();

    CHECK(source.bytesServed() > kHundredMegabytes); // it did go through the whole line
    CHECK(result.lines == 3);
    CHECK(result.imported == 0);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 2);
    CHECK(result.errors[0].error.toString() ==
          "record: longer than 1 MiB; an intake is a few kilobytes");
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == 0);
    CHECK(seconds < 20.0); // about 0.1 s here; reading the line into memory took longer
    // At most 1 MiB of the line is ever held (bounded::readLine), so the peak
    // grows by a few MiB at most, not by 100 MB. Loose, for sanitizer builds.
    INFO("peak memory " << peakBefore << " KiB before, " << peakAfter << " KiB after");
    if (peakBefore > 0 && peakAfter > 0) {
        CHECK(peakAfter - peakBefore < 48 * 1024);
    }
}

TEST_CASE("import: a line just under the limit is parsed, one just over is refused",
          "[storage][import][hostile]")
{
    TestDatabase test;
    const IntakeParser parser(test.clock());
    auto intake = sampleIntake();
    intake["notes"] = "";
    const std::string empty = intake.dump();
    // Notes that make the line exactly 1 MiB, and one byte more.
    const std::string atLimit = empty.substr(0, empty.find("\"notes\":\"") + 9) +
                                std::string(IntakeParser::kMaxTextBytes - empty.size(), 'a') +
                                empty.substr(empty.find("\"notes\":\"") + 9);
    REQUIRE(atLimit.size() == IntakeParser::kMaxTextBytes);
    const std::string overLimit = atLimit.substr(0, 20) + "a" + atLimit.substr(20);

    std::istringstream in(atLimit + "\n" + overLimit + "\r\n");
    const ImportResult result =
        IntakeImporter(test.storage(), parser, test.engine())
            .run(in, QStringLiteral("manager"), QStringLiteral("2026-11-21T12:00:00.000Z"));
    REQUIRE(result.errors.size() == 2);
    // The first line is read whole: its problem is the notes' length, not the line's.
    CHECK(result.errors[0].line == 1);
    CHECK(result.errors[0].error.path == "notes");
    CHECK(result.errors[1].line == 2);
    CHECK(result.errors[1].error.path == "record");
    CHECK(result.errors[1].error.message.rfind("longer than 1 MiB", 0) == 0);
}

TEST_CASE("recommend --jsonl reports a 100 MB line and goes on with the next",
          "[storage][import][hostile]")
{
    TestDatabase test;
    const std::string good = sampleIntake().dump();
    GeneratedInput source(good + "\n", 'x', kHundredMegabytes, "\n" + good + "\n");
    std::istream in(&source);
    std::ostringstream out;
    const IntakeParser parser(test.clock());
    const auto summary = JsonlRecommender(parser, test.engine()).run(in, out);
    CHECK(summary.lines == 3);
    CHECK(summary.badLines == 1);
    std::istringstream lines(out.str());
    std::string line;
    std::vector<std::string> outputs;
    while (std::getline(lines, line)) {
        outputs.push_back(line);
    }
    REQUIRE(outputs.size() == 3);
    CHECK(outputs[1] == "{\"line\":2,\"errors\":[{\"path\":\"record\",\"message\":\"longer than 1 "
                        "MiB; an intake is a few kilobytes\"}]}");
    CHECK(outputs[2].find("\"approach\"") != std::string::npos);
}
