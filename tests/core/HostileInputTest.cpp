// Absurd and hostile input: every limit is refused with a message that names
// the field (or the record, or the line), fast, and without taking memory in
// proportion to the input. See also tests/storage/HostileImportTest.cpp and
// the fuzzers in tests/fuzz/.
#include "Harness.h"
#include "SampleIntake.h"
#include "rules/RuleSetLoader.h"
#include "util/BoundedInput.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <chrono>
#include <sstream>

using nlohmann::json;

namespace {

std::string repeated(std::string_view text, std::size_t times)
{
    std::string out;
    out.reserve(text.size() * times);
    for (std::size_t i = 0; i < times; ++i) {
        out += text;
    }
    return out;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string defaultRulesText()
{
    QFile file(QStringLiteral(CLINIC_DEFAULT_RULES));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().toStdString();
}

bool allValidUtf8(const FieldErrors& errors)
{
    for (const auto& error : errors) {
        if (!bounded::isValidUtf8(error.path) || !bounded::isValidUtf8(error.message)) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("a client name of a million characters is refused, naming the field", "[hostile]")
{
    json intake = sampleIntake();
    intake["client"]["name"] = std::string(1000000, 'a'); // under 1 MiB of text in all
    const auto parsed = harness::parseText(intake.dump());
    INFO(harness::describe(parsed.errors));
    REQUIRE(parsed.errors.size() == 1);
    CHECK(parsed.errors[0].toString() ==
          "client.name: must be at most 200 characters, got 1000000");

    // Characters, not bytes, and the same through validate(), which has no text limit.
    intake["client"]["name"] = repeated("é", 1000000);
    const FixedClock clock(harness::kToday);
    const auto validated = IntakeParser(clock).validate(intake);
    REQUIRE(validated.errors.size() == 1);
    CHECK(validated.errors[0].toString() ==
          "client.name: must be at most 200 characters, got 1000000");
}

TEST_CASE("every free-text field has the spec's limit", "[hostile]")
{
    json intake = sampleIntake();
    intake["client"]["phone"] = std::string(41, '1');
    intake["client"]["email"] = std::string(250, 'a') + "@b.org";
    intake["notes"] = repeated("ü", 4001);
    const auto parsed = harness::parse(intake);
    INFO(harness::describe(parsed.errors));
    CHECK(parsed.errors.size() == 3);
    CHECK(
        harness::hasError(parsed.errors, "client.phone", "must be at most 40 characters, got 41"));
    CHECK(harness::hasError(parsed.errors, "client.email",
                            "must be at most 254 characters, got 256"));
    CHECK(harness::hasError(parsed.errors, "notes", "must be at most 4000 characters, got 4001"));

    intake = sampleIntake();
    intake["notes"] = repeated("ü", 4000);
    intake["client"]["name"] = repeated("ü", 200);
    CHECK(harness::parse(intake).ok());
}

TEST_CASE("a record over 1 MiB is refused before it is parsed", "[hostile]")
{
    json intake = sampleIntake();
    intake["notes"] = std::string(IntakeParser::kMaxTextBytes, 'a');
    const std::string text = intake.dump();
    const auto start = std::chrono::steady_clock::now();
    const auto parsed = harness::parseText(text);
    CHECK(secondsSince(start) < 0.5);
    REQUIRE(parsed.errors.size() == 1);
    CHECK(parsed.errors[0].toString() == "record: longer than 1 MiB; an intake is a few kilobytes");
    CHECK(IntakeParser::tooLongError() == parsed.errors[0]);
}

TEST_CASE("nesting is limited to 16 levels", "[hostile]")
{
    const auto deep = harness::parseText(repeated("[", 100000) + repeated("]", 100000));
    REQUIRE(deep.errors.size() == 1);
    CHECK(deep.errors[0].toString() ==
          "record: nested more than 16 levels deep; this is not an intake record");

    // 16 levels still parse (and the extra field is refused as unknown); 17 do not.
    json intake = sampleIntake();
    const std::string text = intake.dump();
    const auto withExtra = [&](int levels) {
        return text.substr(0, text.size() - 1) + ", \"extra\": " + repeated("[", levels - 1) +
               repeated("]", levels - 1) + "}";
    };
    const auto sixteen = harness::parseText(withExtra(16));
    REQUIRE(sixteen.errors.size() == 1);
    CHECK(sixteen.errors[0].toString() == "extra: unknown field");
    const auto seventeen = harness::parseText(withExtra(17));
    REQUIRE(seventeen.errors.size() == 1);
    CHECK(seventeen.errors[0].path == "record");
}

TEST_CASE("a number too large for a double is a JSON error, not a crash", "[hostile]")
{
    json intake = sampleIntake();
    std::string text = intake.dump();
    const auto at = text.find("\"intensity\":") + 12;
    text.replace(at, text.find_first_of(",}", at) - at, "1e999");
    const auto parsed = harness::parseText(text);
    REQUIRE(parsed.errors.size() == 1);
    CHECK(parsed.errors[0].toString() == "record: not valid JSON: number overflow parsing '1e999'");
}

TEST_CASE("error messages are valid UTF-8 and short whatever the input", "[hostile]")
{
    // The JSON library quotes the bytes it choked on.
    const auto badByte = harness::parseText("{\"format\": \"\xff\xfe\"}");
    REQUIRE(badByte.errors.size() == 1);
    CHECK(badByte.errors[0].message.rfind("not valid JSON: ", 0) == 0);
    CHECK(allValidUtf8(badByte.errors));

    const auto unterminated = harness::parseText("{\"notes\": \"" + std::string(500000, 'x'));
    REQUIRE(unterminated.errors.size() == 1);
    CHECK(unterminated.errors[0].message.size() < 300);

    // A field name of a megabyte is shortened in the path.
    json intake = sampleIntake();
    intake[std::string(1000000, 'k')] = 1;
    const auto longKey = harness::parseText(intake.dump());
    REQUIRE(longKey.errors.size() == 1);
    CHECK(longKey.errors[0].path == std::string(60, 'k') + "...");
    CHECK(longKey.errors[0].message == "unknown field");

    // An empty field name still gives a path (found by the JSONL fuzzer).
    intake = sampleIntake();
    intake[""] = 1;
    intake["client"][""] = true;
    const auto emptyKey = harness::parse(intake);
    INFO(harness::describe(emptyKey.errors));
    CHECK(harness::hasError(emptyKey.errors, "\"\"", "unknown field"));
    CHECK(harness::hasError(emptyKey.errors, "client.\"\"", "unknown field"));
}

TEST_CASE("a record with 80,000 fields is refused quickly, with at most 50 problems listed",
          "[hostile]")
{
    std::string text = "{";
    for (int i = 0; i < 40000; ++i) {
        text += "\"k" + std::to_string(i) + "\":1,\"k" + std::to_string(i) + "\":2,";
    }
    text += "\"format\":\"clinic-intake/2\"}";
    REQUIRE(text.size() < IntakeParser::kMaxTextBytes);
    const auto start = std::chrono::steady_clock::now();
    const auto parsed = harness::parseText(text);
    CHECK(secondsSince(start) < 10.0); // a list of seen keys took minutes here
    INFO(harness::describe(parsed.errors));
    REQUIRE(parsed.errors.size() == IntakeParser::kMaxErrors + 1);
    CHECK(parsed.errors[0].toString() == "k0: appears twice; give each field once");
    // 40,000 duplicates, 40,000 unknown fields, client and pain missing.
    CHECK(parsed.errors.back().toString() == "record: and " +
                                                 std::to_string(80002 - IntakeParser::kMaxErrors) +
                                                 " more problems; fix the ones above first");
}

TEST_CASE("version 2's blocks and lists stay bounded however large", "[hostile]")
{
    const auto timed = [](const std::string& text) {
        const auto start = std::chrono::steady_clock::now();
        auto parsed = harness::parseText(text);
        CHECK(secondsSince(start) < 5.0);
        CHECK_FALSE(parsed.ok());
        CHECK(parsed.errors.size() <= IntakeParser::kMaxErrors + 1);
        CHECK(allValidUtf8(parsed.errors));
        return parsed.errors;
    };

    // 50,000 unknown screening questions.
    json intake = sampleIntake();
    for (int i = 0; i < 50000; ++i) {
        intake["screening"]["q" + std::to_string(i)] = "no";
    }
    auto errors = timed(intake.dump());
    REQUIRE(errors.size() == IntakeParser::kMaxErrors + 1);
    CHECK(errors.back().toString() == "record: and " +
                                          std::to_string(50000 - IntakeParser::kMaxErrors) +
                                          " more problems; fix the ones above first");

    // A clearance for 100,000 codes, all but the first repeated.
    intake = sampleIntake();
    intake["medical_clearance"] = {{"date", "2026-11-02"},
                                   {"for", json(std::vector<std::string>(100000, "child"))}};
    errors = timed(intake.dump());
    REQUIRE(errors.size() == IntakeParser::kMaxErrors + 1);
    CHECK(errors[0].toString() == "medical_clearance.for[1]: \"child\" is listed twice");

    // 100,000 areas to avoid that are not areas.
    intake = sampleIntake();
    intake["avoid_areas"] = json(std::vector<int>(100000, 1));
    errors = timed(intake.dump());
    REQUIRE(errors.size() == IntakeParser::kMaxErrors + 1);
    CHECK(errors[0].path == "avoid_areas[0]");

    // An answer of 300 kB is shown shortened; so is an unknown code.
    intake = sampleIntake();
    intake["screening"]["saddle_numbness"] = std::string(300000, 'y');
    intake["medical_clearance"] = {
        {"date", "2026-11-02"}, {"for", {repeated("é", 100000)}}, {"by", std::string(300000, 'b')}};
    errors = timed(intake.dump());
    INFO(harness::describe(errors));
    REQUIRE(errors.size() == 3);
    for (const auto& error : errors) {
        CHECK(error.message.size() < 200);
    }
    CHECK(harness::hasError(errors, "medical_clearance.by",
                            "must be at most 200 characters, got 300000"));
    CHECK(harness::hasErrorAt(errors, "screening.saddle_numbness"));
    CHECK(harness::hasErrorAt(errors, "medical_clearance.for[0]"));
}

TEST_CASE("a rules file over 4 MiB is refused, from text and from a file", "[hostile][rules-file]")
{
    std::string text = defaultRulesText();
    text.insert(text.rfind('}'),
                ", \"description\": \"" + std::string(RuleSetLoader::kMaxFileBytes, 'a') + "\"");
    const auto start = std::chrono::steady_clock::now();
    const auto fromText = RuleSetLoader::fromJson(text);
    CHECK(secondsSince(start) < 0.5);
    REQUIRE(fromText.errors.size() == 1);
    CHECK(fromText.errors[0].toString() ==
          "rules: the file has " + std::to_string(text.size()) +
              " bytes, more than 4 MiB; a rules file is a few dozen kilobytes");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.data(), qint64(text.size()));
    file.close();
    const auto fromFile = RuleSetLoader::fromFile(path);
    REQUIRE(fromFile.errors.size() == 1);
    CHECK(fromFile.errors[0].path == path.toStdString());
    CHECK(fromFile.errors[0].message.find("more than 4 MiB") != std::string::npos);
    CHECK_FALSE(fromFile.unreadable);
}

TEST_CASE("rules nested deeper than 64 levels are refused before compiling",
          "[hostile][rules-file]")
{
    // Made as text: a JSON value this deep would overflow the stack of dump() too.
    auto rules = json::parse(defaultRulesText());
    rules["referral_rules"][0]["when"] = "@@";
    const std::string text = rules.dump();
    const auto nested = [&text](std::size_t levels) {
        std::string out = text;
        out.replace(out.find("\"@@\""), 4,
                    repeated("{\"not\": ", levels) + "{\"fact\": \"screening.fever_or_unwell\"}" +
                        repeated("}", levels));
        return out;
    };
    // Compiling conditions recurses: 100,000 levels overflowed the stack.
    const auto deep = RuleSetLoader::fromJson(nested(100000));
    REQUIRE(deep.errors.size() == 1);
    CHECK(deep.errors[0].toString() ==
          "rules: nested more than 64 levels deep; conditions need only a few");

    // The rule sits 3 levels deep and its fact test is one more.
    const auto deepest = RuleSetLoader::fromJson(nested(RuleSetLoader::kMaxNestingDepth - 4));
    INFO(harness::describe(deepest.errors));
    CHECK(deepest.ok());
    CHECK_FALSE(RuleSetLoader::fromJson(nested(RuleSetLoader::kMaxNestingDepth - 3)).ok());
}

TEST_CASE("rules: number overflow, long keys and many problems", "[hostile][rules-file]")
{
    std::string text = defaultRulesText();
    const auto at = text.find("\"at_least\":") + 11;
    text.replace(at, text.find_first_of(",}", at) - at, " 1e999");
    const auto overflow = RuleSetLoader::fromJson(text);
    REQUIRE(overflow.errors.size() == 1);
    CHECK(overflow.errors[0].toString() ==
          "rules: not valid JSON: number overflow parsing '1e999'");

    auto rules = json::parse(defaultRulesText());
    rules[std::string(1000000, 'k')] = 1;
    const auto longKey = RuleSetLoader::fromJson(rules.dump());
    REQUIRE(longKey.errors.size() == 1);
    CHECK(longKey.errors[0].path == std::string(60, 'k') + "...");

    rules = json::parse(defaultRulesText());
    for (int i = 0; i < 5000; ++i) {
        rules["focus_rules"].push_back({{"id", "r" + std::to_string(i)}, {"oops", i}});
    }
    const auto many = RuleSetLoader::fromJson(rules.dump());
    REQUIRE(many.errors.size() == RuleSetLoader::kMaxErrors + 1);
    CHECK(many.errors.back().path == "rules");
    CHECK(many.errors.back().message.find("more problems") != std::string::npos);
    CHECK(allValidUtf8(many.errors));
}

TEST_CASE("bounded::readLine reads like getline and skips what is too long", "[hostile]")
{
    const std::size_t chunk = 16 * 1024; // the reader's buffer: lines around it matter
    for (const std::size_t length : {std::size_t(0), std::size_t(1), chunk - 2, chunk - 1, chunk,
                                     chunk + 1, 2 * chunk - 1, 2 * chunk, 3 * chunk + 7}) {
        for (const bool finalNewline : {true, false}) {
            INFO("a line of " << length << " bytes, final newline " << finalNewline);
            const std::string line(length, 'x');
            std::istringstream in(line + "\n" + line + "\nnext" + (finalNewline ? "\n" : ""));
            std::string read;
            CHECK(bounded::readLine(in, read, length) == bounded::LineStatus::Read);
            CHECK(read == line);
            if (length > 0) {
                CHECK(bounded::readLine(in, read, length - 1) == bounded::LineStatus::TooLong);
                CHECK(read.empty());
            } else {
                CHECK(bounded::readLine(in, read, 0) == bounded::LineStatus::Read);
            }
            CHECK(bounded::readLine(in, read, length) ==
                  (length >= 4 ? bounded::LineStatus::Read : bounded::LineStatus::TooLong));
            CHECK(bounded::readLine(in, read, 100) == bounded::LineStatus::End);
            CHECK(bounded::readLine(in, read, 100) == bounded::LineStatus::End);
            CHECK_FALSE(in.bad());
        }
    }
    // A long line's memory is given back when the buffer is reused.
    std::istringstream in(std::string(1000000, 'y') + "\nshort\n");
    std::string read;
    CHECK(bounded::readLine(in, read, 2000000) == bounded::LineStatus::Read);
    CHECK(bounded::readLine(in, read, 2000000) == bounded::LineStatus::Read);
    CHECK(read == "short");
    CHECK(read.capacity() < 100000);
}

TEST_CASE("bounded::excerpt cuts between characters and replaces broken bytes", "[hostile]")
{
    CHECK(bounded::excerpt("abc", 10) == "abc");
    CHECK(bounded::excerpt("abcdef", 3) == "abc...");
    CHECK(bounded::excerpt("aé", 2) == "a...");
    CHECK(bounded::excerpt("a\xff"
                           "b",
                           10) == "a?b");
    CHECK(bounded::excerpt("\xed\xa0\x80", 10) == "???"); // a UTF-16 surrogate
    CHECK(bounded::isValidUtf8("Zoë 李 😀"));
    CHECK_FALSE(bounded::isValidUtf8("\xc0\xaf"));         // overlong '/'
    CHECK_FALSE(bounded::isValidUtf8("\xf4\x90\x80\x80")); // above U+10FFFF
    CHECK(bounded::sizeText(bounded::kMiB) == "1 MiB");
    CHECK(bounded::sizeText(4 * bounded::kMiB) == "4 MiB");
}
