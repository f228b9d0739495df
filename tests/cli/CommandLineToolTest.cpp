// clinic-intake-cli end to end: exit statuses, and what goes to stdout and
// what to stderr.
#include "CliRunner.h"
#include "IntakeGenerator.h"
#include "SampleIntake.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

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
    CHECK(version.out.find("clinic-intake-cli 0.") == 0);
}

TEST_CASE("cli: recommend prints the result JSON on stdout and nothing on stderr", "[cli]")
{
    const Run run =
        runCli({QStringLiteral("recommend"), golden("07-anticoagulants-sciatica.json")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.empty());
    const json result = json::parse(run.out);
    CHECK(result.at("approach") == "trigger_point");
    CHECK(result.at("pressure") == "light");
    CHECK(result.at("cautions").at(0).at("code") == "anticoagulants");
    CHECK(result.at("rules_version") == "default-2026.1");
}

TEST_CASE("cli: recommend reads standard input for -", "[cli]")
{
    const Run run = runCli({QStringLiteral("recommend"), QStringLiteral("-")},
                           readFile(golden("05-cauda-equina.json")));
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
                               QStringLiteral("recommend"), golden("01-acute-low-back.json")});
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
                            golden("01-acute-low-back.json")});
    CHECK(run.exitCode == 0);
    CHECK(json::parse(run.out).at("rules_version") == "clinic-test-1");

    const Run shown =
        runCli({QStringLiteral("--rules"), path, QStringLiteral("rules"), QStringLiteral("show")});
    CHECK(shown.out == rules.dump(2));
}

TEST_CASE("cli: a broken --rules file stops the run with exit 1, naming the rule", "[cli]")
{
    QTemporaryDir dir;
    auto rules = nlohmann::ordered_json::parse(readFile(QStringLiteral(CLINIC_DEFAULT_RULES)));
    rules["approach_rules"][0]["approach"] = "cupping";
    const QString path = writeFile(dir, "rules.json", rules.dump());
    const Run run = runCli({QStringLiteral("--rules"), path, QStringLiteral("recommend"),
                            golden("01-acute-low-back.json")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    CHECK(run.err.find("in rule \"referred-pain-pattern\": unknown approach \"cupping\"") !=
          std::string::npos);
}

TEST_CASE("cli: rules check and rules show", "[cli]")
{
    const Run good = runCli(
        {QStringLiteral("rules"), QStringLiteral("check"), QStringLiteral(CLINIC_DEFAULT_RULES)});
    CHECK(good.exitCode == 0);
    CHECK(good.out.find(": ok, version default-2026.1, 33 rules (9 referral_rules, 5 "
                        "approach_rules, 8 caution_rules, 1 adjustment_rules, 8 focus_rules, 2 "
                        "home_care_rules), sha256 ") != std::string::npos);

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

    const Run missing = runCli({QStringLiteral("rules"), QStringLiteral("check"),
                                QStringLiteral("/nonexistent/rules.json")});
    CHECK(missing.exitCode == 1);

    const Run shown = runCli({QStringLiteral("rules"), QStringLiteral("show")});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out == readFile(QStringLiteral(CLINIC_DEFAULT_RULES)));
}
