// The database commands of clinic-intake-cli end to end: what they print,
// their exit statuses, and that a refused request stores nothing.
#include "CliRunner.h"
#include "IntakeGenerator.h"
#include "SampleIntake.h"
#include "TestBackend.h"
#include "TestStaff.h"
#include "storage/Database.h"
#include "util/FixedClock.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

// Runs the tool on a database in a temporary folder that has the three test
// accounts; as the manager unless the test says otherwise.
class ClinicFolder
{
public:
    ClinicFolder()
    {
        const FixedClock clock(QDate(2026, 11, 21));
        test_staff::createIn(*m_database.open(clock), clock);
    }

    QString path() const { return m_database.path(); }
    QString location() const { return m_database.location(); }

    Run cli(const QStringList& arguments, const std::string& input = {}) const
    {
        return cliAs(test_staff::kManager, arguments, input);
    }
    Run cliAs(const QString& user, QStringList arguments, const std::string& input = {}) const
    {
        arguments.prepend(user);
        arguments.prepend(QStringLiteral("--user"));
        arguments.prepend(location());
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, input,
                      m_database.cliEnvironment() +
                          QStringList{QStringLiteral("CLINIC_INTAKE_PASSWORD=") +
                                      test_staff::passwordOf(user)});
    }
    const QTemporaryDir& folder() const { return m_database.folderDir(); }

    int intakeCount() const
    {
        const Run list = cli({QStringLiteral("list"), QStringLiteral("--limit"),
                              QStringLiteral("0"), QStringLiteral("--json")});
        REQUIRE(list.exitCode == 0);
        return int(json::parse(list.out).size());
    }

private:
    BackendDatabase m_database;
};

std::string jsonl(int count, std::uint64_t seed)
{
    IntakeGenerator generator(seed);
    std::string text;
    for (int i = 0; i < count; ++i) {
        text += generator.next().dump() + "\n";
    }
    return text;
}

} // namespace

TEST_CASE("cli: init, add, show, list", "[cli][records]")
{
    ClinicFolder clinic;
    const Run init = clinic.cli({QStringLiteral("init")});
    CHECK(init.exitCode == 0);
    CHECK(init.out.find("database ready") == 0);

    const Run add = clinic.cli({QStringLiteral("add"), golden("03-cauda-equina.json")});
    REQUIRE(add.exitCode == 0);
    CHECK(add.err.empty());
    const json added = json::parse(add.out);
    CHECK(added.at("id") == 1);
    CHECK(added.at("suggestion").at("urgency") == "emergency");

    const Run again = clinic.cli({QStringLiteral("add"), golden("03-cauda-equina.json")});
    CHECK(json::parse(again.out).at("returning_client") == true);

    const Run show = clinic.cli({QStringLiteral("show"), QStringLiteral("1")});
    CHECK(show.exitCode == 0);
    CHECK(json::parse(show.out).at("intake").at("client").at("name") == "Eli Stone");

    const Run list = clinic.cli({QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    // Referrals cannot be missed in a list.
    CHECK(list.outLines().size() == 3);
    CHECK(list.outLines()[1].find("!! REFER OUT (EMERGENCY) !!") != std::string::npos);
}

TEST_CASE("cli: bad input to add gives exit 2 and stores nothing", "[cli][records]")
{
    ClinicFolder clinic;
    json bad = sampleIntake();
    bad["pain"]["locations"] = {"elbow"};
    const Run add = clinic.cli({QStringLiteral("add"), QStringLiteral("-")}, bad.dump());
    CHECK(add.exitCode == 2);
    CHECK(add.out.empty());
    CHECK(add.err.find("error: pain.locations[0]: must be one of") == 0);
    CHECK(clinic.cli({QStringLiteral("init")}).exitCode == 0);
    CHECK(clinic.intakeCount() == 0);
}

TEST_CASE("cli: import is all or nothing and names the bad line", "[cli][records]")
{
    ClinicFolder clinic;
    json bad = sampleIntake();
    bad["client"].erase("name");
    const std::string text = jsonl(20, 1) + bad.dump() + "\n" + jsonl(5, 2);
    const Run refused = clinic.cli({QStringLiteral("import"), QStringLiteral("-")}, text);
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.empty());
    CHECK(refused.errLines().at(0) == "error: line 21: client.name: is required but missing");
    CHECK(clinic.intakeCount() == 0);

    const Run imported = clinic.cli({QStringLiteral("import"), QStringLiteral("-")}, jsonl(25, 3));
    CHECK(imported.exitCode == 0);
    CHECK(imported.out == "imported 25 intakes (ids 1 to 25)\n");
    CHECK(clinic.intakeCount() == 25);
}

TEST_CASE("cli: review accepts or overrides, an override needs a reason", "[cli][records]")
{
    ClinicFolder clinic;
    REQUIRE(clinic.cli({QStringLiteral("add"), golden("01-complete-plain.json")}).exitCode == 0);

    const Run noReason = clinic.cliAs(test_staff::kTherapist,
                                      {QStringLiteral("review"), QStringLiteral("1"),
                                       QStringLiteral("--override"), QStringLiteral("swedish"),
                                       QStringLiteral("--pressure"), QStringLiteral("light")});
    CHECK(noReason.exitCode == 2);
    CHECK(noReason.err == "error: reason: an override needs a reason\n");

    const Run badApproach =
        clinic.cli({QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--override"),
                    QStringLiteral("cupping"), QStringLiteral("--reason"), QStringLiteral("x")});
    CHECK(badApproach.exitCode == 2);

    const Run missing =
        clinic.cli({QStringLiteral("review"), QStringLiteral("7"), QStringLiteral("--accept")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err == "error: there is no intake 7\n");

    const Run overridden = clinic.cliAs(
        test_staff::kTherapist,
        {QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--override"),
         QStringLiteral("swedish"), QStringLiteral("--pressure"), QStringLiteral("light"),
         QStringLiteral("--reason"), QStringLiteral("Bruises easily"), QStringLiteral("--note"),
         QStringLiteral("Good session")});
    CHECK(overridden.exitCode == 0);
    const json details = json::parse(clinic.cli({QStringLiteral("show"), QStringLiteral("1")}).out);
    CHECK(details.at("status") == "reviewed");
    REQUIRE(details.at("reviews").size() == 1);
    CHECK(details.at("reviews")[0].at("reason") == "Bruises easily");
    CHECK(details.at("reviews")[0].at("reviewer") == "ben");
    CHECK(details.at("reviews")[0].at("session_note") == "Good session");
}

TEST_CASE("cli: a version already reviewed gets another review only with --additional",
          "[cli][records]")
{
    ClinicFolder clinic;
    REQUIRE(clinic.cli({QStringLiteral("add"), golden("01-complete-plain.json")}).exitCode == 0);
    const QStringList accept = {QStringLiteral("review"), QStringLiteral("1"),
                                QStringLiteral("--accept")};
    REQUIRE(clinic.cliAs(test_staff::kTherapist, accept).exitCode == 0);

    const Run again = clinic.cli(accept);
    CHECK(again.exitCode == 2);
    CHECK_THAT(again.err,
               Catch::StartsWith("error: review: intake 1 version 1 was reviewed meanwhile (1 "
                                 "review not seen; the newest by ben at ") &&
                   Catch::EndsWith("accepted); nothing was stored; give --additional to store "
                                   "yours as one more review\n"));
    json details = json::parse(clinic.cli({QStringLiteral("show"), QStringLiteral("1")}).out);
    CHECK(details.at("reviews").size() == 1);

    const Run additional = clinic.cli(accept + QStringList{QStringLiteral("--additional")});
    CHECK(additional.exitCode == 0);
    details = json::parse(clinic.cli({QStringLiteral("show"), QStringLiteral("1")}).out);
    CHECK(details.at("reviews").size() == 2);
}

TEST_CASE("cli: amend keeps the old version", "[cli][records]")
{
    ClinicFolder clinic;
    REQUIRE(clinic.cli({QStringLiteral("add"), golden("01-complete-plain.json")}).exitCode == 0);
    const Run amend = clinic.cli(
        {QStringLiteral("amend"), QStringLiteral("1"), golden("07-fragility-fracture.json")});
    CHECK(amend.exitCode == 0);
    CHECK(json::parse(amend.out).at("version") == 2);
    const json details = json::parse(clinic.cli({QStringLiteral("show"), QStringLiteral("1")}).out);
    CHECK(details.at("versions").size() == 2);
    CHECK(details.at("versions")[0].at("suggestion").at("approach") == "trigger_point");
    CHECK(details.at("suggestion").at("approach") == "refer_out");
}

TEST_CASE("cli: amend with the current version unchanged exits 2 and stores nothing",
          "[cli][records]")
{
    ClinicFolder clinic;
    REQUIRE(clinic.cli({QStringLiteral("add"), golden("01-complete-plain.json")}).exitCode == 0);
    REQUIRE(clinic
                .cliAs(test_staff::kTherapist,
                       {QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--accept")})
                .exitCode == 0);
    const Run same = clinic.cli(
        {QStringLiteral("amend"), QStringLiteral("1"), golden("01-complete-plain.json")});
    CHECK(same.exitCode == 2);
    CHECK(same.out.empty());
    CHECK(same.err ==
          "error: intake: nothing changed: version 1 already says this; no new version stored\n");
    const json details = json::parse(clinic.cli({QStringLiteral("show"), QStringLiteral("1")}).out);
    CHECK(details.at("versions").size() == 1);
    CHECK(details.at("status") == "reviewed");
}

TEST_CASE("cli: list filters and rejects bad filters", "[cli][records]")
{
    ClinicFolder clinic;
    REQUIRE(clinic.cli({QStringLiteral("import"), QStringLiteral("-")}, jsonl(40, 4)).exitCode ==
            0);
    const Run referrals = clinic.cli({QStringLiteral("list"), QStringLiteral("--approach"),
                                      QStringLiteral("refer_out"), QStringLiteral("--json")});
    CHECK(referrals.exitCode == 0);
    for (const auto& row : json::parse(referrals.out)) {
        CHECK(row.at("refer_out") == true);
    }
    const Run badDate = clinic.cli(
        {QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("01/02/2026")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err == "error: --from: not a date written YYYY-MM-DD: 01/02/2026\n");
    const Run badStatus =
        clinic.cli({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("done")});
    CHECK(badStatus.exitCode == 2);
    CHECK(badStatus.err == "error: --status: must be pending or reviewed, got \"done\"\n");
    CHECK(badStatus.out.empty());
    // Words are exact: no other case, no label.
    const Run badApproach = clinic.cli(
        {QStringLiteral("list"), QStringLiteral("--approach"), QStringLiteral("Swedish")});
    CHECK(badApproach.exitCode == 2);
    CHECK(badApproach.err == "error: --approach: must be trigger_point, deep_tissue, swedish, "
                             "sacroiliac or refer_out, got \"Swedish\"\n");
    CHECK(badApproach.out.empty());

    // Review one intake that has a plan, so that both statuses are stored.
    qint64 planned = 0;
    for (const auto& row :
         json::parse(clinic.cli({QStringLiteral("list"), QStringLiteral("--json")}).out)) {
        if (planned == 0 && row.at("approach").is_string() && row.at("refer_out") == false) {
            planned = row.at("id").get<qint64>();
        }
    }
    REQUIRE(planned > 0);
    REQUIRE(
        clinic
            .cli({QStringLiteral("review"), QString::number(planned), QStringLiteral("--override"),
                  QStringLiteral("swedish"), QStringLiteral("--pressure"), QStringLiteral("light"),
                  QStringLiteral("--reason"), QStringLiteral("Bruises easily")})
            .exitCode == 0);
    const Run pending = clinic.cli({QStringLiteral("list"), QStringLiteral("--status"),
                                    QStringLiteral("pending"), QStringLiteral("--json")});
    CHECK(pending.exitCode == 0);
    CHECK(json::parse(pending.out).size() == 39);
    for (const auto& row : json::parse(pending.out)) {
        CHECK(row.at("status") == "pending");
    }
    const Run reviewed = clinic.cli({QStringLiteral("list"), QStringLiteral("--status"),
                                     QStringLiteral("reviewed"), QStringLiteral("--json")});
    CHECK(reviewed.exitCode == 0);
    REQUIRE(json::parse(reviewed.out).size() == 1);
    CHECK(json::parse(reviewed.out).at(0).at("id") == planned);
    CHECK(json::parse(reviewed.out).at(0).at("status") == "reviewed");
    // An empty --status is no filter, as before.
    const Run both = clinic.cli(
        {QStringLiteral("list"), QStringLiteral("--status"), QString(), QStringLiteral("--json")});
    CHECK(both.exitCode == 0);
    CHECK(json::parse(both.out).size() == 40);
}

TEST_CASE("cli: export writes CSV or JSON atomically, audit shows it", "[cli][records]")
{
    ClinicFolder clinic;
    REQUIRE(clinic.cli({QStringLiteral("import"), QStringLiteral("-")}, jsonl(30, 5)).exitCode ==
            0);
    const QString csvPath = clinic.folder().filePath(QStringLiteral("out.csv"));
    const Run csv = clinic.cli(
        {QStringLiteral("export"), QStringLiteral("-o"), csvPath, QStringLiteral("--bom")});
    CHECK(csv.exitCode == 0);
    const std::string content = readFile(csvPath);
    CHECK(content.rfind("\xEF\xBB\xBFintake_id,status,", 0) == 0);
    CHECK(Run::lines(content).size() == 31); // header and 30 rows

    const Run jsonExport =
        clinic.cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(jsonExport.exitCode == 0);
    CHECK(json::parse(jsonExport.out).size() == 30);

    const Run nowhere = clinic.cli({QStringLiteral("export"), QStringLiteral("-o"),
                                    clinic.folder().filePath(QStringLiteral("no/dir/x.csv"))});
    CHECK(nowhere.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(clinic.folder().filePath(QStringLiteral("no/dir/x.csv"))));

    const Run audit = clinic.cli({QStringLiteral("audit"), QStringLiteral("--json")});
    REQUIRE(audit.exitCode == 0);
    // The accounts, then each command's sign-in before what it did.
    json entries;
    for (const auto& entry : json::parse(audit.out)) {
        if (entry.at("action") != "login" && entry.at("action") != "user add") {
            entries.push_back(entry);
        }
    }
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].at("action") == "import");
    CHECK(entries[0].at("actor") == "mona");
    CHECK(entries[0].at("records") == "intakes 1-30");
    CHECK(entries[1].at("action") == "export");
    CHECK(entries[2].at("action") == "export");
}

TEST_CASE("cli: backup makes an owner-only copy, check passes on it", "[cli][records]")
{
    ClinicFolder clinic;
    REQUIRE(clinic.cli({QStringLiteral("import"), QStringLiteral("-")}, jsonl(10, 6)).exitCode ==
            0);
    const QString copy = clinic.folder().filePath(QStringLiteral("copy.sqlite"));
    const Run backup = clinic.cli({QStringLiteral("backup"), copy});
    CHECK(backup.exitCode == 0);
    CHECK(QFileInfo(copy).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const Run again = clinic.cli({QStringLiteral("backup"), copy});
    CHECK(again.exitCode == 2); // never overwrites

    const QStringList manager = {QStringLiteral("--user"), test_staff::kManager};
    const QStringList password = {QStringLiteral("CLINIC_INTAKE_PASSWORD=") +
                                  test_staff::passwordOf(test_staff::kManager)};
    const Run check = runCli(
        QStringList{QStringLiteral("--db"), copy, QStringLiteral("check")} + manager, {}, password);
    CHECK(check.exitCode == 0);
    const Run listCopy = runCli(QStringList{QStringLiteral("--db"), copy, QStringLiteral("list"),
                                            QStringLiteral("--json")} +
                                    manager,
                                {}, password);
    CHECK(json::parse(listCopy.out).size() == 10);
}

TEST_CASE("cli: check fails on a damaged file, commands on a missing database fail",
          "[cli][records][sqlite]")
{
    QTemporaryDir folder;
    const QString garbage = writeFile(folder, "garbage.sqlite", std::string(8192, 'g'));
    const Run check = runCli({QStringLiteral("--db"), garbage, QStringLiteral("check"),
                              QStringLiteral("--user"), QStringLiteral("mona")});
    CHECK(check.exitCode == 1);
    CHECK(check.err.find("not a Clinic Intake database") != std::string::npos);

    const QString absent = folder.filePath(QStringLiteral("absent.sqlite"));
    const Run list = runCli({QStringLiteral("--db"), absent, QStringLiteral("list"),
                             QStringLiteral("--user"), QStringLiteral("mona")});
    CHECK(list.exitCode == 1);
    CHECK(list.err.find("create one with the init command") != std::string::npos);
    CHECK_FALSE(QFileInfo::exists(absent));
}

namespace {

std::string joined(const json& words, const char* separator)
{
    std::string text;
    for (const auto& word : words) {
        text += (text.empty() ? "" : separator) + word.get<std::string>();
    }
    return text;
}

Run reviewAs(const ClinicFolder& clinic, const char* id, const QStringList& options)
{
    return clinic.cliAs(test_staff::kTherapist,
                        QStringList{QStringLiteral("review"), QString::fromLatin1(id)} + options);
}

} // namespace

TEST_CASE("cli: a suggestion without a plan is listed as screening incomplete, and --accept is "
          "refused with exit 2 naming the questions",
          "[cli][records][screening]")
{
    ClinicFolder clinic;
    const Run add = clinic.cli({QStringLiteral("add"), golden("02-screening-incomplete.json")});
    REQUIRE(add.exitCode == 0);
    const json suggestion = json::parse(add.out).at("suggestion");
    REQUIRE(suggestion.at("approach").is_null());
    const json unanswered = suggestion.at("screening").at("unanswered");
    REQUIRE(unanswered.size() == 3);

    const Run list = clinic.cli({QStringLiteral("list")});
    REQUIRE(list.outLines().size() == 2);
    CHECK(list.outLines()[1].find("\tscreening incomplete") != std::string::npos);
    const json rows =
        json::parse(clinic.cli({QStringLiteral("list"), QStringLiteral("--json")}).out);
    CHECK(rows.at(0).at("approach").is_null());
    CHECK(rows.at(0).at("refer_out") == false);

    const json shown = json::parse(clinic.cli({QStringLiteral("show"), QStringLiteral("1")}).out);
    CHECK(shown.at("suggestion").at("approach").is_null());
    CHECK(shown.at("accept").at("allowed") == false);
    CHECK(shown.at("accept").at("why") == "screening incomplete");
    CHECK(shown.at("accept").at("not_asked") == unanswered);

    const Run accept = reviewAs(clinic, "1", {QStringLiteral("--accept")});
    CHECK(accept.exitCode == 2);
    CHECK(accept.out.empty());
    CHECK(accept.err == "error: screening: intake 1 cannot be accepted: the screening is "
                        "incomplete, 3 questions not asked: " +
                            joined(unanswered, ", ") +
                            "; amend the intake to complete the screening, or override with a "
                            "reason\n");
    json details = json::parse(clinic.cli({QStringLiteral("show"), QStringLiteral("1")}).out);
    CHECK(details.at("status") == "pending");
    CHECK(details.at("reviews").empty());

    // An override, with its reason, is still possible.
    const Run overridden =
        reviewAs(clinic, "1",
                 {QStringLiteral("--override"), QStringLiteral("swedish"),
                  QStringLiteral("--pressure"), QStringLiteral("light"), QStringLiteral("--reason"),
                  QStringLiteral("Asked the neck questions in person: both no")});
    CHECK(overridden.exitCode == 0);
    details = json::parse(clinic.cli({QStringLiteral("show"), QStringLiteral("1")}).out);
    CHECK(details.at("status") == "reviewed");
    CHECK(details.at("reviews").at(0).at("decision") == "overridden");

    const json audit =
        json::parse(clinic.cli({QStringLiteral("audit"), QStringLiteral("--json")}).out);
    int refusals = 0;
    for (const auto& entry : audit) {
        if (entry.at("action") == "refused") {
            ++refusals;
            CHECK(entry.at("actor") == test_staff::kTherapist.toStdString());
            CHECK(entry.at("records") == "intake 1 version 1");
        }
    }
    CHECK(refusals == 1);
}

TEST_CASE("cli: a version 1 record is stored as version 1, amend with version 2 completes the "
          "screening and it can be accepted",
          "[cli][records][screening]")
{
    ClinicFolder clinic;
    const std::string version1 = readFile(golden("13-version-1-record.json"));
    REQUIRE(clinic.cli({QStringLiteral("add"), QStringLiteral("-")}, version1).exitCode == 0);
    REQUIRE(clinic
                .cli({QStringLiteral("import"), QStringLiteral("-")},
                     json::parse(version1).dump() + "\n")
                .exitCode == 0);
    for (const char* id : {"1", "2"}) {
        const json shown =
            json::parse(clinic.cli({QStringLiteral("show"), QString::fromLatin1(id)}).out);
        CHECK(shown.at("intake").at("format") == "clinic-intake/1");
        CHECK(shown.at("intake").contains("red_flags"));
        CHECK(shown.at("accept").at("allowed") == false);
    }
    const Run refused = reviewAs(clinic, "1", {QStringLiteral("--accept")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("error: screening: intake 1 cannot be accepted: the screening is "
                           "incomplete, 26 questions not asked: saddle_numbness, ") == 0);

    const Run amend = clinic.cli(
        {QStringLiteral("amend"), QStringLiteral("1"), golden("01-complete-plain.json")});
    REQUIRE(amend.exitCode == 0);
    CHECK(json::parse(amend.out).at("suggestion").at("screening").at("complete") == true);
    json shown = json::parse(clinic.cli({QStringLiteral("show"), QStringLiteral("1")}).out);
    CHECK(shown.at("accept").at("allowed") == true);
    CHECK_FALSE(shown.at("accept").contains("why"));
    CHECK(shown.at("accept").at("not_asked").empty());

    const Run accept = reviewAs(clinic, "1", {QStringLiteral("--accept")});
    CHECK(accept.exitCode == 0);
    CHECK(accept.out == "review 1 saved for intake 1: accepted\n");
    shown = json::parse(clinic.cli({QStringLiteral("show"), QStringLiteral("1")}).out);
    CHECK(shown.at("reviews").at(0).at("version") == 2);
    CHECK(shown.at("versions").at(0).at("intake").at("format") == "clinic-intake/1");
    CHECK(shown.at("intake").at("format") == "clinic-intake/2");

    // The JSON export has each record as stored; the CSV a column per question.
    const json exported = json::parse(
        clinic.cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")})
            .out);
    CHECK(exported.at(0).at("versions").at(0).at("intake").at("format") == "clinic-intake/1");
    CHECK(exported.at(1).at("intake").at("format") == "clinic-intake/1");
    const Run csv = clinic.cli({QStringLiteral("export")});
    REQUIRE(csv.exitCode == 0);
    const std::string header = csv.outLines().at(0);
    CHECK(header.find(",saddle_numbness,bladder_or_bowel_change,") != std::string::npos);
    CHECK(header.find(",avoid_areas,clearance_date,clearance_codes,clearance_by,") !=
          std::string::npos);
    CHECK(header.find(",screening_complete,cleared,") != std::string::npos);
}

TEST_CASE("cli: add, amend and review run again with their --save-id store nothing more",
          "[cli][records][save-id]")
{
    ClinicFolder clinic;
    const auto actions = [&](const std::string& action) {
        int found = 0;
        for (const auto& entry :
             json::parse(clinic.cli({QStringLiteral("audit"), QStringLiteral("--json")}).out)) {
            found += entry.at("action") == action ? 1 : 0;
        }
        return found;
    };
    const QStringList add = {QStringLiteral("add"), golden("01-complete-plain.json"),
                             QStringLiteral("--save-id"), QStringLiteral("desk-1-add")};
    const Run first = clinic.cli(add);
    REQUIRE(first.exitCode == 0);
    // A retry prints what the first run stored.
    const Run retry = clinic.cli(add);
    CHECK(retry.exitCode == 0);
    CHECK(retry.out == first.out);
    CHECK(clinic.intakeCount() == 1);
    CHECK(actions("add") == 1);
    // Without --save-id each run is a save of its own.
    REQUIRE(clinic.cli({QStringLiteral("add"), golden("01-complete-plain.json")}).exitCode == 0);
    REQUIRE(clinic.cli({QStringLiteral("add"), golden("01-complete-plain.json")}).exitCode == 0);
    CHECK(clinic.intakeCount() == 3);

    // The same id with another record: refused, naming the field.
    const Run other = clinic.cli({QStringLiteral("add"), golden("07-fragility-fracture.json"),
                                  QStringLiteral("--save-id"), QStringLiteral("desk-1-add")});
    CHECK(other.exitCode == 2);
    CHECK(other.out.empty());
    CHECK(other.err.find("error: save id: desk-1-add was already used for a new intake of "
                         "intake 1") == 0);
    CHECK(clinic.intakeCount() == 3);

    const QStringList amend = {QStringLiteral("amend"), QStringLiteral("1"),
                               golden("07-fragility-fracture.json"), QStringLiteral("--save-id"),
                               QStringLiteral("desk-1-amend")};
    const Run amended = clinic.cli(amend);
    REQUIRE(amended.exitCode == 0);
    const Run amendedAgain = clinic.cli(amend);
    CHECK(amendedAgain.exitCode == 0);
    CHECK(amendedAgain.out == amended.out);
    CHECK(actions("amend") == 1);

    const QStringList review = {QStringLiteral("review"), QStringLiteral("1"),
                                QStringLiteral("--accept"), QStringLiteral("--save-id"),
                                QStringLiteral("room-2-review")};
    const Run reviewed = clinic.cliAs(test_staff::kTherapist, review);
    REQUIRE(reviewed.exitCode == 0);
    const Run reviewedAgain = clinic.cliAs(test_staff::kTherapist, review);
    CHECK(reviewedAgain.exitCode == 0);
    CHECK(reviewedAgain.out == reviewed.out);
    CHECK(actions("review") == 1);
    const json details = json::parse(clinic.cli({QStringLiteral("show"), QStringLiteral("1")}).out);
    CHECK(details.at("versions").size() == 2);
    CHECK(details.at("reviews").size() == 1);
}
