// clinic-intake-cli end to end: exit statuses, and what goes to stdout and
// what to stderr.
#include "CliRunner.h"
#include "IntakeGenerator.h"
#include "SampleIntake.h"
#include "storage/SchemaMigrations.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <libpq-fe.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

using nlohmann::json;

namespace {

json badIntake()
{
    json intake = sampleIntake();
    intake["pain"]["intensity"] = 11;
    intake["client"]["date_of_birth"] = "1990-02-30";
    return intake;
}

} // namespace

TEST_CASE("cli: --help and --version", "[cli]")
{
    const Run help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("recommend FILE") != std::string::npos);
    CHECK(help.out.find("rules check FILE") != std::string::npos);

    const Run version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.err.empty());
    // What a clinic (or a bug report) needs to know which program decided:
    // the project's version from CMake, the rules it suggests with, the
    // schema it writes, and the libraries it runs on as loaded.
    QFile rulesFile(QStringLiteral(CLINIC_DEFAULT_RULES));
    REQUIRE(rulesFile.open(QIODevice::ReadOnly));
    const std::string rulesVersion = json::parse(rulesFile.readAll().toStdString())["version"];
    CHECK(version.outLines() ==
          std::vector<std::string>{
              "clinic-intake-cli " CLINIC_PROJECT_VERSION,
              "rules: " + rulesVersion + " (built in)",
              "database schema: " + std::to_string(SchemaMigrations::kCurrentVersion),
              "Qt: " + std::string(qVersion()),
              "SQLite: " + std::string(sqlite3_libversion()),
              "libpq: " + std::to_string(PQlibVersion() / 10000) + "." +
                  std::to_string(PQlibVersion() % 10000),
          });
    // -v is the same, and so is French: scripts read these lines.
    CHECK(runCli({QStringLiteral("-v")}).out == version.out);
    CHECK(
        runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--version")}).out ==
        version.out);
}

TEST_CASE("cli: recommend prints the result JSON on stdout and nothing on stderr", "[cli]")
{
    const Run run =
        runCli({QStringLiteral("recommend"), golden("10-anticoagulants-sciatica.json")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.empty());
    const auto result = nlohmann::ordered_json::parse(run.out);
    CHECK(result.at("approach") == "swedish");
    CHECK(result.at("pressure") == "light");
    CHECK(result.at("cautions").at(0).at("code") == "anticoagulants");
    CHECK(result.at("rules_version") == "default-2026.2");
    // The spec's key order.
    std::vector<std::string> keys;
    for (const auto& item : result.items()) {
        keys.push_back(item.key());
    }
    CHECK(keys == std::vector<std::string>{"approach", "urgency", "pressure", "screening",
                                           "cleared", "focus_areas", "cautions", "home_care",
                                           "acuity", "age", "rationale", "rules_version"});
}

TEST_CASE("cli: recommend with an incomplete screening gives no approach and says why", "[cli]")
{
    const Run run = runCli({QStringLiteral("recommend"), golden("02-screening-incomplete.json")});
    CHECK(run.exitCode == 0);
    const json result = json::parse(run.out);
    CHECK(result.at("approach").is_null());
    CHECK(result.at("screening").at("unanswered") ==
          json{"severe_headache", "dizziness_or_neuro_signs", "varicose_veins"});
    CHECK(result.at("rationale").at(0).at("reason").get<std::string>().find("not asked: 3 ") !=
          std::string::npos);
}

TEST_CASE("cli: recommend names who cleared the client", "[cli]")
{
    const Run run = runCli({QStringLiteral("recommend"), golden("08-cleared-cancer-history.json")});
    CHECK(run.exitCode == 0);
    const json result = json::parse(run.out);
    CHECK(result.at("cleared") == json{"cancer_history"});
    CHECK(result.at("rationale")
              .at(0)
              .at("reason")
              .get<std::string>()
              .find("Dr. A. Roy on 2026-11-02") != std::string::npos);
}

TEST_CASE("cli: recommend reads standard input for -", "[cli]")
{
    const Run run = runCli({QStringLiteral("recommend"), QStringLiteral("-")},
                           readFile(golden("03-cauda-equina.json")));
    CHECK(run.exitCode == 0);
    const json result = json::parse(run.out);
    CHECK(result.at("approach") == "refer_out");
    CHECK(result.at("urgency") == "emergency");
}

TEST_CASE("cli: bad input gives exit 2, nothing on stdout, one error per line on stderr", "[cli]")
{
    const Run run = runCli({QStringLiteral("recommend"), QStringLiteral("-")}, badIntake().dump());
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK(run.errLines() == std::vector<std::string>{
                                "error: client.date_of_birth: not a calendar date: 1990-02-30",
                                "error: pain.intensity: must be an integer from 0 to 10, got 11"});
}

TEST_CASE("cli: an unreadable file gives exit 1", "[cli]")
{
    const Run run =
        runCli({QStringLiteral("recommend"), QStringLiteral("/nonexistent/intake.json")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    CHECK(run.err.find("error: cannot read /nonexistent/intake.json") == 0);
}

TEST_CASE("cli: usage mistakes give exit 1 with a hint", "[cli]")
{
    CHECK(runCli({}).exitCode == 1);
    CHECK(runCli({QStringLiteral("diagnose")}).exitCode == 1);
    CHECK(runCli({QStringLiteral("recommend")}).exitCode == 1);
    CHECK(runCli({QStringLiteral("--no-such-option")}).exitCode == 1);
    const Run badDay = runCli({QStringLiteral("--today"), QStringLiteral("tomorrow"),
                               QStringLiteral("recommend"), golden("01-complete-plain.json")});
    CHECK(badDay.exitCode == 1);
    CHECK(badDay.out.empty());
}

TEST_CASE("cli: --today sets the default visit date", "[cli]")
{
    json intake = sampleIntake(); // born 1980-06-15
    intake.erase("visit_date");
    const Run run = runCli({QStringLiteral("--today"), QStringLiteral("2040-06-15"),
                            QStringLiteral("recommend"), QStringLiteral("-")},
                           intake.dump());
    REQUIRE(run.exitCode == 0);
    CHECK(json::parse(run.out).at("age") == 60);
}

TEST_CASE("cli: recommend --jsonl gives one line per line, errors in place", "[cli]")
{
    json good = sampleIntake();
    const std::string input =
        good.dump() + "\n" + badIntake().dump() + "\r\n" + "\n" + good.dump() + "\n";
    const Run run = runCli(
        {QStringLiteral("recommend"), QStringLiteral("--jsonl"), QStringLiteral("-")}, input);
    CHECK(run.exitCode == 2);
    const auto lines = run.outLines();
    REQUIRE(lines.size() == 4);
    CHECK(json::parse(lines[0]).at("approach") == "swedish");
    const json refused = json::parse(lines[1]);
    CHECK(refused.at("line") == 2);
    REQUIRE(refused.at("errors").size() == 2);
    CHECK(refused.at("errors").at(0) ==
          json({{"path", "client.date_of_birth"}, {"message", "not a calendar date: 1990-02-30"}}));
    CHECK(json::parse(lines[2]).at("line") == 3); // the empty line
    CHECK(json::parse(lines[3]).at("approach") == "swedish");
    CHECK(run.err == "error: 2 of 4 lines were refused\n");
}

TEST_CASE("cli: recommend --jsonl over many good lines exits 0", "[cli]")
{
    IntakeGenerator generator(7);
    std::string input;
    for (int i = 0; i < 500; ++i) {
        input += generator.next().dump() + "\n";
    }
    QTemporaryDir dir;
    const QString path = writeFile(dir, "intakes.jsonl", input);
    const Run run = runCli({QStringLiteral("recommend"), QStringLiteral("--jsonl"), path});
    CHECK(run.exitCode == 0);
    CHECK(run.err.empty());
    const auto lines = run.outLines();
    REQUIRE(lines.size() == 500);
    for (const auto& line : lines) {
        CHECK(json::parse(line).contains("approach"));
    }
}

TEST_CASE("cli: --rules loads another rules file", "[cli]")
{
    QTemporaryDir dir;
    auto rules = nlohmann::ordered_json::parse(readFile(QStringLiteral(CLINIC_DEFAULT_RULES)));
    rules["version"] = "clinic-test-1";
    const QString path = writeFile(dir, "rules.json", rules.dump(2));

    const Run run = runCli({QStringLiteral("--rules"), path, QStringLiteral("recommend"),
                            golden("01-complete-plain.json")});
    CHECK(run.exitCode == 0);
    CHECK(json::parse(run.out).at("rules_version") == "clinic-test-1");

    const Run shown = runCli({QStringLiteral("--rules"), path, QStringLiteral("rules"),
                              QStringLiteral("show"), QStringLiteral("--json")});
    CHECK(shown.out == rules.dump(2));
}

TEST_CASE("cli: a broken --rules file stops the run with exit 1, naming the rule", "[cli]")
{
    QTemporaryDir dir;
    auto rules = nlohmann::ordered_json::parse(readFile(QStringLiteral(CLINIC_DEFAULT_RULES)));
    rules["approach_rules"][0]["approach"] = "cupping";
    const QString path = writeFile(dir, "rules.json", rules.dump());
    const Run run = runCli({QStringLiteral("--rules"), path, QStringLiteral("recommend"),
                            golden("01-complete-plain.json")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    CHECK(run.err.find("in rule \"referred-pain-pattern\": unknown approach \"cupping\"") !=
          std::string::npos);
}

TEST_CASE("cli: rules check warns about a text with no French or no English version", "[cli]")
{
    const Run good = runCli(
        {QStringLiteral("rules"), QStringLiteral("check"), QStringLiteral(CLINIC_DEFAULT_RULES)});
    CHECK(good.exitCode == 0);
    CHECK(good.err.empty());
    CHECK(good.out.find("one language only") == std::string::npos);

    QTemporaryDir dir;
    auto rules = nlohmann::ordered_json::parse(readFile(QStringLiteral(CLINIC_DEFAULT_RULES)));
    // A clinic's rule in English only, and a caution in French only.
    rules["focus_rules"][6]["reason"] = "Stands on one leg: gluteus medius.";
    rules["caution_rules"][8]["caution"]["text"].erase("en");
    const Run run = runCli({QStringLiteral("rules"), QStringLiteral("check"),
                            writeFile(dir, "one-language.json", rules.dump())});
    CHECK(run.exitCode == 0); // warnings, not errors: the file is used as it is
    CHECK(run.errLines() ==
          std::vector<std::string>{"warning: caution_rules[8].caution.text: no English version "
                                   "(in rule \"caution-older-adult\")",
                                   "warning: focus_rules[6].reason: no French version (in rule "
                                   "\"focus-one-leg\")"});
    CHECK(run.out.find(": ok, version default-2026.2") != std::string::npos);
    CHECK(run.out.find("\n2 texts in one language only") != std::string::npos);
}

TEST_CASE("cli: rules check and rules show", "[cli]")
{
    const Run good = runCli(
        {QStringLiteral("rules"), QStringLiteral("check"), QStringLiteral(CLINIC_DEFAULT_RULES)});
    CHECK(good.exitCode == 0);
    CHECK(good.out.find(": ok, version default-2026.2, 58 rules (23 referral_rules, 2 "
                        "notice_rules, 5 approach_rules, 13 caution_rules, 1 adjustment_rules, 1 "
                        "pressure_rules, 9 focus_rules, 4 home_care_rules), 17 sources, sha256 ") !=
          std::string::npos);
    // Which questions the file requires, and when.
    CHECK(good.out.find("\nrequires 18 questions always: screening.saddle_numbness, ") !=
          std::string::npos);
    CHECK(good.out.find("\nrequires 2 questions when {\"fact\":\"neck_involved\"}: "
                        "screening.severe_headache, screening.dizziness_or_neuro_signs\n") !=
          std::string::npos);
    CHECK(good.out.find("precautions.varicose_veins") != std::string::npos);
    CHECK(good.out.find("never requires") == std::string::npos);
    CHECK(good.out.find("without evidence") == std::string::npos);

    QTemporaryDir dir;
    auto rules = nlohmann::ordered_json::parse(readFile(QStringLiteral(CLINIC_DEFAULT_RULES)));
    rules["focus_rules"][1]["id"] = "focus-low-back";
    const QString broken = writeFile(dir, "broken.json", rules.dump());
    const Run bad = runCli({QStringLiteral("rules"), QStringLiteral("check"), broken});
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.empty());
    CHECK(bad.errLines() == std::vector<std::string>{
                                "error: focus_rules[1].id: in rule \"focus-low-back\": duplicate "
                                "id: another rule already has it"});

    // A file that asks less says so.
    auto fewer = nlohmann::ordered_json::parse(readFile(QStringLiteral(CLINIC_DEFAULT_RULES)));
    fewer["required_questions"].erase(1);
    fewer["focus_rules"][0].erase("evidence");
    const Run less = runCli({QStringLiteral("rules"), QStringLiteral("check"),
                             writeFile(dir, "fewer.json", fewer.dump())});
    CHECK(less.exitCode == 0);
    CHECK(less.out.find("never requires: screening.severe_headache, "
                        "screening.dizziness_or_neuro_signs") != std::string::npos);
    CHECK(less.out.find("rules without evidence: focus-low-back") != std::string::npos);

    auto old = nlohmann::ordered_json::parse(readFile(QStringLiteral(CLINIC_DEFAULT_RULES)));
    old["format"] = "clinic-intake-rules/1";
    const Run oldRun = runCli(
        {QStringLiteral("rules"), QStringLiteral("check"), writeFile(dir, "old.json", old.dump())});
    CHECK(oldRun.exitCode == 2);
    CHECK(oldRun.err.find("clinic-intake-rules/1") != std::string::npos);

    const Run missing = runCli({QStringLiteral("rules"), QStringLiteral("check"),
                                QStringLiteral("/nonexistent/rules.json")});
    CHECK(missing.exitCode == 1);

    const Run raw =
        runCli({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--json")});
    CHECK(raw.exitCode == 0);
    CHECK(raw.out == readFile(QStringLiteral(CLINIC_DEFAULT_RULES)));

    // Readable: each rule with what it does, its reason and its evidence; then the sources.
    const Run shown = runCli({QStringLiteral("rules"), QStringLiteral("show")});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.find("Rules default-2026.2") == 0);
    CHECK(shown.out.find("  red-flag-cancer-history: refers out: urgent (a clearance for "
                         "cancer_history clears it)\n    when: {\"fact\":\"screening.cancer_"
                         "history\"}\n    reason: ") != std::string::npos);
    CHECK(shown.out.find("  home-care-stay-active: adds stay_active\n    when: always\n") !=
          std::string::npos);
    CHECK(shown.out.find("    evidence: downie-2013, ifompt-red-flags\n") != std::string::npos);
    CHECK(shown.out.find("  caution-older-adult: caution older_adult, at most medium pressure") !=
          std::string::npos);
    CHECK(shown.out.find("\nsources (17)\n") != std::string::npos);
    CHECK(shown.out.find("  cochrane-massage-2015: Massage for low back pain (Cochrane review, "
                         "Furlan et al.) (2015)\n    supports: ") != std::string::npos);
}

TEST_CASE("cli: recommend --jsonl reads version 1 and version 2 lines alike", "[cli]")
{
    IntakeGenerator generator(11);
    std::string input;
    for (int i = 0; i < 200; ++i) {
        input += (i % 2 == 0 ? generator.next() : generator.nextVersion1()).dump() + "\n";
    }
    const Run run = runCli(
        {QStringLiteral("recommend"), QStringLiteral("--jsonl"), QStringLiteral("-")}, input);
    CHECK(run.exitCode == 0);
    const auto lines = run.outLines();
    REQUIRE(lines.size() == 200);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const json result = json::parse(lines[i]);
        CHECK(result.at("rules_version") == "default-2026.2");
        // A version 1 record never has a complete screening.
        if (i % 2 == 1) {
            CHECK(result.at("screening").at("complete") == false);
        }
    }
}
