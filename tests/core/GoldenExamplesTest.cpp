// Every NN-name.json in tests/golden is an intake; NN-name.expected.json is
// what the default rules must decide for it. New files are picked up
// without touching this test.
#include "Harness.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

namespace {

nlohmann::json readJson(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return nlohmann::json::parse(file.readAll().toStdString());
}

} // namespace

TEST_CASE("golden examples give the expected recommendation", "[golden]")
{
    const QDir folder(QStringLiteral(CLINIC_GOLDEN_DIR));
    const QStringList expectedFiles =
        folder.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
    // The spec ships eight; fewer means the discovery or the copy broke.
    REQUIRE(expectedFiles.size() >= 8);

    for (const QString& expectedFile : expectedFiles) {
        const QString intakeFile =
            QString(expectedFile)
                .replace(QStringLiteral(".expected.json"), QStringLiteral(".json"));
        DYNAMIC_SECTION(intakeFile.toStdString())
        {
            REQUIRE(folder.exists(intakeFile));
            const auto expected = readJson(folder.filePath(expectedFile));
            const auto actual = harness::recommend(readJson(folder.filePath(intakeFile)));

            REQUIRE(!expected.empty());
            for (const auto& [field, value] : expected.items()) {
                INFO("field " << field);
                if (field == "cautions") {
                    // The expected file lists only the codes; each real caution has a text too.
                    CHECK(harness::cautionCodes(actual) == harness::words(value));
                    for (const auto& caution : actual.at("cautions")) {
                        CHECK_FALSE(caution.at("text").get<std::string>().empty());
                    }
                } else {
                    CHECK(actual.at(field) == value);
                }
            }
            // Left out of the expected files, but required of the real output.
            CHECK(actual.at("rules_version") == "default-2026.1");
            REQUIRE(actual.at("rationale").is_array());
            CHECK_FALSE(actual.at("rationale").empty());
            for (const auto& line : actual.at("rationale")) {
                CHECK_FALSE(line.at("rule").get<std::string>().empty());
                CHECK_FALSE(line.at("reason").get<std::string>().empty());
            }
        }
    }
}
