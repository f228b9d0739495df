// Issue 10's input findings, in the core: control characters in intake and
// rules texts, duplicate keys in rules files, NUL and trailing bytes. Both
// intake readers (the common case and the full one) must give the same
// outcome; see also tests/cli/AttackInputTest.cpp.
#include "Harness.h"
#include "SampleIntake.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "security/StaffSession.h"
#include "util/FixedClock.h"
#include "util/TextRules.h"
#include "validation/IntakeParser.h"

#include <QFile>
#include <catch2/catch.hpp>

using nlohmann::json;
using namespace std::string_literals;

namespace {

std::string defaultRulesText()
{
    QFile file(QStringLiteral(CLINIC_DEFAULT_RULES));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().toStdString();
}

// `text` with the first `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// The sample intake, written plainly, with `field` (a JSON member, written
// as `"key":"value"` in the text) set to the raw text `value`: control
// characters written escaped (\u001b) reach only the full reader; raw ones
// (DEL, C1) may reach the common-case reader too.
struct Case
{
    std::string path;
    std::string text;
};

bool refusedForControl(const IntakeParseResult& result, const std::string& path)
{
    for (const auto& error : result.errors) {
        if (error.path == path && error.message.find("must not contain control characters") == 0) {
            return true;
        }
    }
    return false;
}

std::vector<Case> controlCharacterCases()
{
    const std::string sample = sampleIntake().dump();
    const auto name = [&](const std::string& value) {
        return replaced(sample, "\"name\":\"Sam Example\"", "\"name\":\"" + value + "\"");
    };
    const auto member = [&](const std::string& key, const std::string& value) {
        return replaced(sample, "\"format\":", "\"" + key + "\":\"" + value + "\",\"format\":");
    };
    const auto clientMember = [&](const std::string& key, const std::string& value) {
        return replaced(sample, "\"name\":", "\"" + key + "\":\"" + value + "\",\"name\":");
    };
    const std::string clearance = "{\"date\":\"2026-01-05\",\"for\":[\"cancer_history\"],"
                                  "\"by\":\"Dr A";
    std::vector<Case> cases;
    for (const std::string& bad : {"\\u001b[30;40m"s, "\\u0000"s, "\\u007f"s, "\\u009b"s, "\x7f"s,
                                   "\xC2\x9B"s, "\xC2\x85x"s, "\\r"s}) {
        cases.push_back({"client.name", name("Ann" + bad + "Lee")});
        cases.push_back({"client.email", clientMember("email", "ann" + bad + "@example.org")});
        cases.push_back(
            {"medical_clearance.by", replaced(member("x", ""), "\"x\":\"\"",
                                              "\"medical_clearance\":" + clearance + bad + "\"}")});
        cases.push_back({"notes", member("notes", "line one" + bad + "line two")});
    }
    // One-line fields take no line break or tab inside either.
    for (const std::string& bad : {"\\n"s, "\\t"s}) {
        cases.push_back({"client.name", name("Ann" + bad + "Lee")});
        cases.push_back({"client.email", clientMember("email", "ann" + bad + "@example.org")});
    }
    return cases;
}

} // namespace

TEST_CASE("attack: control characters in intake texts are refused by both readers, naming the "
          "field",
          "[attack][validation]")
{
    const FixedClock clock(harness::kToday);
    const IntakeParser parser(clock);
    for (const auto& [path, text] : controlCharacterCases()) {
        INFO(path << ": " << text);
        const IntakeParseResult full = parser.parseFully(text);
        CHECK_FALSE(full.ok());
        CHECK(refusedForControl(full, path));
        CHECK_FALSE(parser.parseCommonCase(text).has_value());
        const IntakeParseResult combined = parser.parse(text);
        CHECK_FALSE(combined.ok());
        CHECK(combined.errors == full.errors);
    }
}

TEST_CASE("attack: a client named with ESC is refused with a message naming the field",
          "[attack][validation]")
{
    json intake = sampleIntake();
    intake["client"]["name"] = "Ann\x1b[30;40m";
    const auto parsed = harness::parse(intake);
    REQUIRE_FALSE(parsed.ok());
    CHECK(harness::hasError(parsed.errors, "client.name",
                            "must not contain control characters (found U+001B)"));
}

TEST_CASE("attack: NUL in a text field is refused at validation", "[attack][validation]")
{
    for (const auto& [block, field] :
         {std::pair("client", "name"), std::pair("client", "email"), std::pair("", "notes")}) {
        json intake = sampleIntake();
        const std::string value = "a\0b@example.org"s;
        if (std::string(block).empty()) {
            intake[field] = value;
        } else {
            intake[block][field] = value;
        }
        const auto parsed = harness::parse(intake);
        INFO(field);
        REQUIRE_FALSE(parsed.ok());
        CHECK(harness::hasErrorAt(parsed.errors, std::string(block).empty()
                                                     ? std::string(field)
                                                     : std::string(block) + "." + field));
    }
}

TEST_CASE("attack: notes keep line breaks and tabs, both readers alike", "[attack][validation]")
{
    const FixedClock clock(harness::kToday);
    const IntakeParser parser(clock);
    json intake = sampleIntake();
    intake["notes"] = "first line\n\tindented second line";
    const std::string text = intake.dump();
    const auto full = parser.parseFully(text);
    REQUIRE(full.ok());
    CHECK(*full.record->notes == "first line\n\tindented second line");
    CHECK(parser.parse(text).ok());
}

TEST_CASE("attack: trailing bytes after the intake's JSON value are refused",
          "[attack][validation]")
{
    const FixedClock clock(harness::kToday);
    const IntakeParser parser(clock);
    const std::string sample = sampleIntake().dump();
    for (const auto& text : {sample + "x", sample + "\0"s, sample + "\0{}"s, sample + sample,
                             sample + " // comment", sample + "]"}) {
        INFO(text);
        const auto parsed = parser.parse(text);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.errors.front().path == "record");
        CHECK(parsed.errors.front().message.find("not valid JSON") == 0);
        CHECK_FALSE(parser.parseCommonCase(text).has_value());
    }
    // The JSON parser took a NUL for the end of the input in rules files too.
    const auto rules = RuleSetLoader::fromJson(defaultRulesText() + "\0{\"version\": 1}"s);
    REQUIRE_FALSE(rules.ok());
    CHECK(rules.errors.front().message.find("not valid JSON: a NUL byte at byte") == 0);
}

TEST_CASE("attack: text_rules tells control characters apart", "[attack][validation]")
{
    using text_rules::Lines;
    CHECK_FALSE(
        text_rules::forbiddenCharacter(std::string_view("Zo\xC3\xAB Ann\xC2\xA0"), Lines::One));
    CHECK(text_rules::forbiddenCharacter(std::string_view("a\x1b"), Lines::Many) == U'\x1b');
    CHECK(text_rules::forbiddenCharacter(std::string_view("a\xC2\x9B"), Lines::One) == 0x9B);
    CHECK(text_rules::forbiddenCharacter(std::string_view("a\n\tb"), Lines::One) == U'\n');
    CHECK_FALSE(text_rules::forbiddenCharacter(std::string_view("a\n\tb"), Lines::Many));
    CHECK(text_rules::forbiddenCharacter(QStringLiteral("a") + QChar(0x85), Lines::Many) == 0x85);
    CHECK(text_rules::problemWith(QString(1001, QLatin1Char('x')), 1000, Lines::One) ==
          "must be at most 1000 characters, got 1001");
    CHECK(text_rules::problemWith(QStringLiteral("ok\r"), 1000, Lines::Many) ==
          "must not contain control characters (found U+000D); only line breaks and tabs are "
          "allowed");
}

TEST_CASE("attack: a rules file with a duplicate key is refused, at any depth",
          "[attack][rules-file]")
{
    const std::string rules = defaultRulesText();
    // The finding of issue 10: an emergency referral silently became routine.
    const std::string referral = replaced(rules, "\"refer_out\": \"emergency\",",
                                          "\"refer_out\": \"emergency\", \"refer_out\": "
                                          "\"routine\",");
    const auto loaded = RuleSetLoader::fromJson(referral);
    REQUIRE_FALSE(loaded.ok());
    CHECK(harness::hasError(loaded.errors, "referral_rules[0].refer_out",
                            "appears twice; give each key once"));

    const std::string top = replaced(rules, "\"version\":", "\"version\": \"x\", \"version\":");
    CHECK(harness::hasError(RuleSetLoader::fromJson(top).errors, "version",
                            "appears twice; give each key once"));

    const std::string deep = replaced(rules, "\"fact\": \"screening.saddle_numbness\"",
                                      "\"fact\": \"screening.saddle_numbness\", \"fact\": "
                                      "\"screening.fever_or_unwell\"");
    CHECK(harness::hasError(RuleSetLoader::fromJson(deep).errors, "referral_rules[0].when.fact",
                            "appears twice; give each key once"));
}

TEST_CASE("attack: control characters anywhere in a rules file are refused, naming the field",
          "[attack][rules-file]")
{
    const std::string rules = defaultRulesText();
    const std::string version =
        replaced(rules, "\"version\": \"default-2026.2\"", "\"version\": \"2026\\u001b[8m\"");
    const auto loaded = RuleSetLoader::fromJson(version);
    REQUIRE_FALSE(loaded.ok());
    CHECK(harness::hasError(loaded.errors, "version",
                            "must not contain control characters (found U+001B)"));

    const std::string reason =
        replaced(rules, "\"en\": \"Numbness in the saddle area",
                 "\"en\": \"\\n\\tforged line\\u0000 Numbness in the saddle area");
    CHECK(harness::hasError(RuleSetLoader::fromJson(reason).errors, "referral_rules[0].reason.en",
                            "must not contain control characters (found U+000A)"));
    // Each language's text is checked: the French too.
    const std::string french =
        replaced(rules, "\"fr\": \"Une anesthésie en selle", "\"fr\": \"\\u001b[8mUne anesthésie");
    CHECK(harness::hasError(RuleSetLoader::fromJson(french).errors, "referral_rules[0].reason.fr",
                            "must not contain control characters (found U+001B)"));

    const std::string description =
        replaced(rules, "\"en\": \"The clinic's", "\"en\": \"\xC2\x9B The clinic's");
    CHECK(harness::hasError(RuleSetLoader::fromJson(description).errors, "description.en",
                            "must not contain control characters (found U+009B)"));
}

TEST_CASE("attack: a record stored with control characters before they were refused is still "
          "read for the review rule",
          "[attack][validation]")
{
    // A version 1 record and a suggestion from before clinic-intake/2: the
    // review rule reads the record again, as today's rules do.
    json record = sampleIntakeVersion1();
    record["client"]["name"] = "Ann\x1b[30;40m\nforged";
    record["notes"] = "bell\x07";
    const nlohmann::ordered_json intake = {{"intake", record},
                                           {"suggestion", {{"approach", "swedish"}}}};
    const FixedClock clock(harness::kToday);
    const RuleEngine engine(RuleSetLoader::builtIn());
    std::vector<vocabulary::Question> missing;
    REQUIRE_NOTHROW(missing = StaffSession::questionsBlockingAccept(intake, engine, clock));
    CHECK_FALSE(missing.empty()); // version 1 could not tell "no" from "not asked"
}
