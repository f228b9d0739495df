// The core's messages follow language::apply(); the field paths, the codes
// and the CSV's rows do not.
#include "Harness.h"
#include "SampleIntake.h"
#include "export/CsvRecordRow.h"
#include "storage/StorageError.h"
#include "util/Language.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>
#include <memory>
#include <set>

namespace {

// French for the test, English again after it whatever happens. Qt installs
// translators only with an application object, which this test program
// otherwise does not need.
class InFrench
{
public:
    InFrench()
    {
        if (QCoreApplication::instance() == nullptr) {
            m_application = std::make_unique<QCoreApplication>(m_argc, m_argv);
        }
        language::apply(UiLanguage::French, {QStringLiteral("core")});
    }
    ~InFrench() { language::apply(UiLanguage::English, {QStringLiteral("core")}); }

private:
    int m_argc = 1;
    char m_name[11] = "core_tests";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QCoreApplication> m_application;
};

FieldErrors intensityEleven()
{
    nlohmann::json intake = sampleIntake();
    intake["pain"]["intensity"] = 11;
    return harness::parse(intake).errors;
}

} // namespace

TEST_CASE("core messages: a field error in French keeps its path", "[language]")
{
    const FieldErrors english = intensityEleven();
    REQUIRE(english.size() == 1);
    CHECK(english[0].toString() == "pain.intensity: must be an integer from 0 to 10, got 11");
    {
        const InFrench french;
        const FieldErrors errors = intensityEleven();
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].path == "pain.intensity");
        CHECK(errors[0].message == "doit être un nombre entier de 0 à 10, valeur reçue\u00a0: 11");
    }
    CHECK(intensityEleven() == english);
}

TEST_CASE("core messages: a storage error in French keeps its kind", "[language]")
{
    const StorageError english =
        StorageError::fromSqliteCode(26, "file is not a database", "reading the schema version");
    CHECK(std::string(english.what()) ==
          "reading the schema version failed: the file is not a Clinic Intake database, or it is "
          "damaged (file is not a database)");
    const InFrench french;
    const StorageError error =
        StorageError::fromSqliteCode(26, "file is not a database", "reading the schema version");
    CHECK(error.kind() == StorageError::Kind::Corrupt);
    CHECK(std::string(error.what()).find("n'est pas une base de données Clinic Intake") !=
          std::string::npos);
}

TEST_CASE("core messages: every CSV column has its own French header", "[language]")
{
    const QStringList english = csv_record::columnNames();
    const QStringList french = csv_record::frenchColumnNames();
    REQUIRE(french.size() == english.size());
    const std::set<QString> distinct(french.begin(), french.end());
    CHECK(distinct.size() == std::size_t(french.size()));
    for (int i = 0; i < french.size(); ++i) {
        INFO(english[i].toStdString());
        CHECK(french[i] != english[i]); // none left without a French header
        CHECK_FALSE(french[i].contains(QLatin1Char(',')));
    }
}
