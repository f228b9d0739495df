// clinic-intake-cli in English and French: --lang, then LC_ALL, LC_MESSAGES,
// LANG; only the words change, never "error: <field>:", the exit status or
// what scripts read.
#include "CliRunner.h"
#include "SampleIntake.h"
#include "SeededClinic.h"
#include "TestStaff.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

// An intake whose only problem is a pain intensity of 11.
std::string intensityEleven()
{
    json intake = sampleIntake();
    intake["pain"]["intensity"] = 11;
    return intake.dump();
}

const char* const kEnglishIntensity =
    "error: pain.intensity: must be an integer from 0 to 10, got 11";
const char* const kFrenchIntensity =
    "error: pain.intensity: doit être un nombre entier de 0 à 10, valeur reçue\u00a0: 11";

Run recommendBad(const QStringList& options, const QStringList& environment)
{
    return runCli(options + QStringList{QStringLiteral("recommend"), QStringLiteral("-")},
                  intensityEleven(), environment);
}

std::vector<std::string> csvLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find("\r\n", start);
        lines.push_back(text.substr(start, end - start));
        start = end == std::string::npos ? text.size() : end + 2;
    }
    return lines;
}

} // namespace

TEST_CASE("cli language: English by default whatever the test machine speaks", "[cli][language]")
{
    const Run run = recommendBad({}, {});
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK(run.errLines() == std::vector<std::string>{kEnglishIntensity});
}

TEST_CASE("cli language: --lang fr gives the French message with the same prefix and exit code",
          "[cli][language]")
{
    const Run run = recommendBad({QStringLiteral("--lang"), QStringLiteral("fr")}, {});
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK(run.errLines() == std::vector<std::string>{kFrenchIntensity});

    const Run equals = recommendBad({QStringLiteral("--lang=fr")}, {});
    CHECK(equals.errLines() == std::vector<std::string>{kFrenchIntensity});
}

TEST_CASE("cli language: LANG, LC_MESSAGES and LC_ALL choose, --lang beats them all",
          "[cli][language]")
{
    CHECK(recommendBad({}, {QStringLiteral("LANG=fr_CA.UTF-8")}).errLines() ==
          std::vector<std::string>{kFrenchIntensity});
    CHECK(recommendBad(
              {}, {QStringLiteral("LANG=fr_CA.UTF-8"), QStringLiteral("LC_MESSAGES=en_CA.UTF-8")})
              .errLines() == std::vector<std::string>{kEnglishIntensity});
    CHECK(
        recommendBad({}, {QStringLiteral("LANG=en_CA.UTF-8"), QStringLiteral("LC_ALL=fr_FR.UTF-8")})
            .errLines() == std::vector<std::string>{kFrenchIntensity});
    CHECK(recommendBad({QStringLiteral("--lang"), QStringLiteral("en")},
                       {QStringLiteral("LANG=fr_CA.UTF-8")})
              .errLines() == std::vector<std::string>{kEnglishIntensity});
    CHECK(recommendBad({QStringLiteral("--lang"), QStringLiteral("fr")},
                       {QStringLiteral("LANG=en_CA.UTF-8")})
              .errLines() == std::vector<std::string>{kFrenchIntensity});
}

TEST_CASE("cli language: --lang de is refused, naming the option", "[cli][language]")
{
    const Run run = recommendBad({QStringLiteral("--lang"), QStringLiteral("de")}, {});
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    CHECK(run.errLines() ==
          std::vector<std::string>{"error: --lang: must be en or fr, got \"de\""});
}

TEST_CASE("cli language: --help in French, JSON output the same in both", "[cli][language]")
{
    const Run help =
        runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("Commandes") != std::string::npos);
    CHECK(help.out.find("Suggérer une approche") != std::string::npos);
    CHECK(help.out.find("Suggest an approach") == std::string::npos);
    CHECK(help.out.find("--lang <LANG>") != std::string::npos);
    const Run english = runCli({QStringLiteral("--help")});
    CHECK(english.out.find("Commands:") != std::string::npos);

    const QStringList recommend{QStringLiteral("recommend"),
                                golden("10-anticoagulants-sciatica.json")};
    const Run inEnglish = runCli(recommend);
    const Run inFrench =
        runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + recommend);
    CHECK(inFrench.exitCode == inEnglish.exitCode);
    CHECK(json::parse(inFrench.out).at("approach") == json::parse(inEnglish.out).at("approach"));
}

TEST_CASE("cli language: a file that is not a database, in French", "[cli][language]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const QStringList arguments{QStringLiteral("--db"), path, QStringLiteral("--user"),
                                QStringLiteral("mona"), QStringLiteral("list")};
    const Run english = runCli(arguments, {}, {QStringLiteral("CLINIC_INTAKE_PASSWORD=x")});
    const Run french =
        runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + arguments, {},
               {QStringLiteral("CLINIC_INTAKE_PASSWORD=x")});
    CHECK(english.exitCode != 0);
    CHECK(french.exitCode == english.exitCode);
    CHECK(english.err.find("the file is not a Clinic Intake database, or it is damaged") !=
          std::string::npos);
    CHECK(french.err.rfind("error: ", 0) == 0);
    CHECK(french.err.find("le fichier n'est pas une base de données Clinic Intake, ou il est "
                          "endommagé") != std::string::npos);
}

TEST_CASE("cli language: CSV headers stay English, --labels fr gives French ones",
          "[cli][language][records]")
{
    const SeededClinic clinic;
    const Run english = clinic.as(test_staff::kManager, {QStringLiteral("export")});
    const Run french =
        clinic.as(test_staff::kManager,
                  {QStringLiteral("export"), QStringLiteral("--labels"), QStringLiteral("fr")});
    const Run frenchMessages =
        clinic.as(test_staff::kManager,
                  {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("export")});
    REQUIRE(english.exitCode == 0);
    REQUIRE(french.exitCode == 0);
    const auto englishLines = csvLines(english.out);
    const auto frenchLines = csvLines(french.out);
    REQUIRE(englishLines.size() >= 2);
    REQUIRE(frenchLines.size() == englishLines.size());
    CHECK(englishLines[0].rfind("intake_id,status,refer_out,visit_date,format,client_name,", 0) ==
          0);
    CHECK(frenchLines[0].rfind("N° de fiche,Statut,Orientation vers un médecin,Date de la visite,",
                               0) == 0);
    CHECK(std::count(frenchLines[0].begin(), frenchLines[0].end(), ',') ==
          std::count(englishLines[0].begin(), englishLines[0].end(), ','));
    // The rows are the same; so is everything with --lang fr alone.
    CHECK(std::vector<std::string>(frenchLines.begin() + 1, frenchLines.end()) ==
          std::vector<std::string>(englishLines.begin() + 1, englishLines.end()));
    CHECK(frenchMessages.out == english.out);

    const Run wrong =
        clinic.as(test_staff::kManager,
                  {QStringLiteral("export"), QStringLiteral("--labels"), QStringLiteral("de")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.errLines() ==
          std::vector<std::string>{"error: --labels: must be en or fr, got \"de\""});
}

TEST_CASE("cli language: rules check of a bad rules file in French, same field and exit code",
          "[cli][language][rules]")
{
    QTemporaryDir dir;
    auto rules = nlohmann::ordered_json::parse(readFile(QStringLiteral(CLINIC_DEFAULT_RULES)));
    rules["approach_rules"][0]["approach"] = "cupping";
    const QString path = writeFile(dir, "rules.json", rules.dump());
    const QStringList check{QStringLiteral("rules"), QStringLiteral("check"), path};
    const Run english = runCli(check);
    const Run french = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + check);
    CHECK(english.exitCode == 2);
    CHECK(french.exitCode == english.exitCode);
    CHECK(french.out.empty());
    CHECK(english.errLines() ==
          std::vector<std::string>{
              "error: approach_rules[0].approach: in rule \"referred-pain-pattern\": unknown "
              "approach \"cupping\"; must be trigger_point, deep_tissue, swedish or sacroiliac "
              "(referrals belong in referral_rules)"});
    CHECK(french.errLines() ==
          std::vector<std::string>{
              "error: approach_rules[0].approach: dans la règle \"referred-pain-pattern\"\u00a0: "
              "approche inconnue \"cupping\"\u00a0; doit être trigger_point, deep_tissue, swedish "
              "ou sacroiliac (les orientations vers un médecin vont dans referral_rules)"});
}

TEST_CASE("cli language: rules check warns in French about a text in English only",
          "[cli][language][rules]")
{
    QTemporaryDir dir;
    auto rules = nlohmann::ordered_json::parse(readFile(QStringLiteral(CLINIC_DEFAULT_RULES)));
    rules["focus_rules"][6]["reason"] = "Stands on one leg: gluteus medius.";
    const QString path = writeFile(dir, "one-language.json", rules.dump());
    const Run french = runCli({QStringLiteral("--lang"), QStringLiteral("fr"),
                               QStringLiteral("rules"), QStringLiteral("check"), path});
    CHECK(french.exitCode == 0); // a warning, not an error
    CHECK(french.errLines() ==
          std::vector<std::string>{"warning: focus_rules[6].reason: aucune version française (dans "
                                   "la règle \"focus-one-leg\")"});
    CHECK(french.out.find(
              "\u00a0: correct, version default-2026.2, 58 règles (23 referral_rules, ") !=
          std::string::npos);
    CHECK(french.out.find("\nexige toujours 18 questions\u00a0: screening.saddle_numbness, ") !=
          std::string::npos);
    CHECK(french.out.find("\n1 texte dans une seule langue (anglais et français attendus\u00a0; "
                          "voir les avertissements)") != std::string::npos);
    CHECK(french.out.find("one language only") == std::string::npos);

    // English stays as it was, with the singular for one text.
    const Run english = runCli({QStringLiteral("rules"), QStringLiteral("check"), path});
    CHECK(english.errLines() ==
          std::vector<std::string>{"warning: focus_rules[6].reason: no French version (in rule "
                                   "\"focus-one-leg\")"});
    CHECK(english.out.find("\n1 text in one language only (English and French expected; see the "
                           "warnings)") != std::string::npos);
}

TEST_CASE("cli language: rules show gives each reason in the command's language first, the "
          "other under it",
          "[cli][language]")
{
    const std::string english = "Numbness in the saddle area can mean cauda equina syndrome";
    const std::string french = "Une anesthésie en selle";
    const Run inEnglish = runCli({QStringLiteral("rules"), QStringLiteral("show")});
    REQUIRE(inEnglish.exitCode == 0);
    CHECK(inEnglish.out.find("    reason: " + english) != std::string::npos);
    CHECK(inEnglish.out.find("      fr: " + french) != std::string::npos);

    const Run inFrench = runCli({QStringLiteral("--lang"), QStringLiteral("fr"),
                                 QStringLiteral("rules"), QStringLiteral("show")});
    REQUIRE(inFrench.exitCode == 0);
    CHECK(inFrench.out.find("    raison\u00a0: " + french) != std::string::npos);
    CHECK(inFrench.out.find("      en: " + english) != std::string::npos);
}
