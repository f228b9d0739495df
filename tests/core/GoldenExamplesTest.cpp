// Every NN-name.json in tests/golden is an intake; NN-name.expected.json is
// the complete output the default rules must give for it (a copy of the
// spec's examples). Everything is compared, keys and their order included,
// except the free texts: rationale[].reason and cautions[].text. New files are
// picked up without touching this test. Each runs in English and in French:
// identical but for the texts.
#include "Harness.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

namespace {

nlohmann::ordered_json readJson(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return nlohmann::ordered_json::parse(file.readAll().toStdString());
}

// The output without its free texts, which the rules file words its own way.
nlohmann::ordered_json withoutTexts(nlohmann::ordered_json result)
{
    for (auto& line : result.at("rationale")) {
        line.erase("reason");
    }
    for (auto& caution : result.at("cautions")) {
        caution.erase("text");
    }
    return result;
}

std::vector<std::string> keysOf(const nlohmann::ordered_json& object)
{
    std::vector<std::string> keys;
    for (const auto& item : object.items()) {
        keys.push_back(item.key());
    }
    return keys;
}

} // namespace

TEST_CASE("golden examples give the expected recommendation", "[golden]")
{
    const QDir folder(QStringLiteral(CLINIC_GOLDEN_DIR));
    const QStringList expectedFiles =
        folder.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
    // The spec ships thirteen; fewer means the discovery or the copy broke.
    REQUIRE(expectedFiles.size() >= 13);

    for (const QString& expectedFile : expectedFiles) {
        const QString intakeFile =
            QString(expectedFile)
                .replace(QStringLiteral(".expected.json"), QStringLiteral(".json"));
        DYNAMIC_SECTION(intakeFile.toStdString())
        {
            REQUIRE(folder.exists(intakeFile));
            const auto expected = readJson(folder.filePath(expectedFile));
            const auto intake = readJson(folder.filePath(intakeFile));
            const auto parsed = harness::parseText(intake.dump());
            REQUIRE(parsed.ok());
            const RuleEngine engine(RuleSetLoader::builtIn());
            const auto actual = nlohmann::ordered_json::parse(
                engine.recommend(*parsed.record).toJson(engine.ruleSet(), *parsed.record));

            CHECK(keysOf(actual) == keysOf(expected));
            CHECK(keysOf(actual.at("screening")) == keysOf(expected.at("screening")));
            const auto want = withoutTexts(expected);
            const auto got = withoutTexts(actual);
            for (const auto& [field, value] : want.items()) {
                INFO("field " << field);
                CHECK(got.at(field).dump() == value.dump());
            }
            // The free texts exist, even though their wording is the file's own.
            for (const auto& line : actual.at("rationale")) {
                CHECK_FALSE(line.at("reason").get<std::string>().empty());
                CHECK(line.at("reason").get<std::string>().find('{') == std::string::npos);
            }
            for (const auto& caution : actual.at("cautions")) {
                CHECK_FALSE(caution.at("text").get<std::string>().empty());
            }

            // In French: the same result but for the texts, each its own
            // French (the default file gives every text in both languages).
            const auto french = nlohmann::ordered_json::parse(
                engine.recommend(*parsed.record)
                    .toJson(engine.ruleSet(), *parsed.record, UiLanguage::French));
            CHECK(keysOf(french) == keysOf(actual));
            CHECK(withoutTexts(french).dump() == got.dump());
            for (std::size_t i = 0; i < actual.at("rationale").size(); ++i) {
                const auto reason = french["rationale"][i].at("reason").get<std::string>();
                INFO("rationale " << i << ": " << reason);
                CHECK_FALSE(reason.empty());
                CHECK(reason.find('{') == std::string::npos);
                CHECK(reason != actual["rationale"][i].at("reason").get<std::string>());
            }
            for (std::size_t i = 0; i < actual.at("cautions").size(); ++i) {
                const auto text = french["cautions"][i].at("text").get<std::string>();
                CHECK_FALSE(text.empty());
                CHECK(text != actual["cautions"][i].at("text").get<std::string>());
            }
        }
    }
}
