// Replays the fuzzers' seed corpus and every input in tests/fuzz/regressions/
// through the same target functions the fuzzers call (tests/fuzz/FuzzTargets),
// so an input that once crashed stays fixed in the normal build. A file named
// refused-* must be refused, accepted-* accepted; every file must pass the
// targets' checks. A *.expand.json file stands for an input too large to keep
// in the repository: {"parts": [{"text": "...", "times": N}, ...]} is the
// input, each part's text repeated `times` times (default 1).
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace {

std::string expand(const std::string& recipe)
{
    const auto parts = nlohmann::json::parse(recipe).at("parts");
    std::string input;
    for (const auto& part : parts) {
        const std::string text = part.at("text");
        const std::size_t times = part.value("times", std::size_t(1));
        input.reserve(input.size() + text.size() * times);
        for (std::size_t i = 0; i < times; ++i) {
            input += text;
        }
    }
    return input;
}

struct Case
{
    QString name;
    std::string input;
};

std::vector<Case> casesIn(const QString& folder)
{
    std::vector<Case> cases;
    const auto files = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
    for (const auto& info : files) {
        if (info.fileName() == QLatin1String("README.md")) {
            continue;
        }
        QFile file(info.filePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        std::string content = file.readAll().toStdString();
        if (info.fileName().endsWith(QLatin1String(".expand.json"))) {
            content = expand(content);
        }
        cases.push_back({info.fileName(), std::move(content)});
    }
    return cases;
}

template <typename Run> void replay(const std::string& target, Run&& run)
{
    const QString root = QStringLiteral(CLINIC_FUZZ_DIR);
    const QString name = QString::fromStdString(target);
    auto cases = casesIn(root + QStringLiteral("/corpus/") + name);
    const auto regressions = casesIn(root + QStringLiteral("/regressions/") + name);
    CHECK_FALSE(cases.empty());
    cases.insert(cases.end(), regressions.begin(), regressions.end());
    for (const auto& testCase : cases) {
        INFO(target << ": " << testCase.name.toStdString() << " (" << testCase.input.size()
                    << " bytes)");
        fuzz::Outcome outcome{};
        try {
            outcome = run(testCase.input);
        } catch (const std::exception& error) {
            FAIL("threw: " << error.what());
        }
        if (testCase.name.startsWith(QLatin1String("refused-"))) {
            CHECK(outcome == fuzz::Outcome::Refused);
        } else if (testCase.name.startsWith(QLatin1String("accepted-"))) {
            CHECK(outcome == fuzz::Outcome::Accepted);
        }
    }
}

} // namespace

TEST_CASE("the intake parser's fuzz inputs are accepted or refused cleanly", "[fuzz]")
{
    replay("intake_parser", [](const std::string& input) { return fuzz::intakeParser(input); });
}

TEST_CASE("the rules loader's fuzz inputs are accepted or refused cleanly", "[fuzz]")
{
    replay("rules_loader", [](const std::string& input) { return fuzz::rulesLoader(input); });
}

TEST_CASE("the JSONL import's fuzz inputs are accepted or refused cleanly", "[fuzz]")
{
    fuzz::JsonlImport import;
    replay("jsonl_import", [&](const std::string& input) { return import.run(input); });
}
