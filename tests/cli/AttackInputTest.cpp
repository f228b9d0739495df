// Issue 10's input and terminal findings, end to end: control characters are
// refused at intake and never reach the terminal raw from stored data (a
// client name with ESC hid an emergency referral in `list`, one with a line
// break and tabs forged a row), rules files with duplicate keys are refused,
// trailing bytes after an intake's JSON are refused, and every free text has
// a length limit.
#include "CliRunner.h"
#include "Harness.h"
#include "SampleIntake.h"
#include "TerminalText.h"
#include "TestBackend.h"
#include "TestStaff.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "util/FixedClock.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>
#include <ostream>

using nlohmann::json;
using namespace std::string_literals;

namespace {

const QString kPasswordVariable = QStringLiteral("CLINIC_INTAKE_PASSWORD=");

// A database with the three test accounts, in a folder of its own.
class Clinic
{
public:
    Clinic() { test_staff::createIn(*m_database.open(m_clock), m_clock); }

    QString path() const { return m_database.path(); }
    QString location() const { return m_database.location(); }
    const BackendDatabase& database() const { return m_database; }
    const QTemporaryDir& folder() const { return m_database.folderDir(); }

    Run as(const QString& user, const QStringList& arguments, const std::string& input = {}) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_database.location(),
                                  QStringLiteral("--user"), user} +
                          arguments,
                      input,
                      m_database.cliEnvironment() +
                          QStringList{kPasswordVariable + test_staff::passwordOf(user)});
    }
    Run cli(const QStringList& arguments, const std::string& input = {}) const
    {
        return as(test_staff::kManager, arguments, input);
    }

    // Stores an intake whose client is named `name` as a version that did
    // not check names would have: straight into the store, past the parser.
    void storeWithName(const std::string& name, json intake = sampleIntake()) const
    {
        const auto storage = m_database.open(m_clock);
        const RuleEngine engine(RuleSetLoader::builtIn());
        const auto parsed = harness::parse(intake);
        REQUIRE(parsed.ok());
        IntakeRecord record = *parsed.record;
        record.clientName = name;
        storage->intakes().add(engine.suggestVersion(record), test_staff::kFrontDesk);
    }

    int intakeCount() const
    {
        const Run list = cli({QStringLiteral("list"), QStringLiteral("--limit"),
                              QStringLiteral("0"), QStringLiteral("--json")});
        REQUIRE(list.exitCode == 0);
        return int(json::parse(list.out).size());
    }

private:
    FixedClock m_clock{QDate(2026, 11, 21)};
    BackendDatabase m_database;
};

bool hasRawControl(const std::string& text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\n' && c != '\t') || byte == 0x7F;
    });
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// An emergency referral (cauda equina) as a JSON document.
json emergencyIntake()
{
    json intake = sampleIntake();
    intake["screening"]["saddle_numbness"] = "yes";
    return intake;
}

std::string defaultRulesText()
{
    QFile file(QStringLiteral(CLINIC_DEFAULT_RULES));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().toStdString();
}

} // namespace

TEST_CASE("attack: a client named with ESC is refused at intake, naming the field", "[attack][cli]")
{
    Clinic clinic;
    json intake = emergencyIntake();
    intake["client"]["name"] = "Ann\x1b[30;40m";
    const Run add = clinic.cli({QStringLiteral("add"), QStringLiteral("-")}, intake.dump());
    CHECK(add.exitCode == 2);
    CHECK(add.out.empty());
    CHECK(add.err == "error: client.name: must not contain control characters (found U+001B)\n");
    CHECK(clinic.intakeCount() == 0);

    // recommend refuses it the same way, and so does an import line.
    const Run recommend = runCli({QStringLiteral("recommend"), QStringLiteral("-")}, intake.dump());
    CHECK(recommend.exitCode == 2);
    CHECK(contains(recommend.err, "client.name: must not contain control characters"));
    const Run import = clinic.cli({QStringLiteral("import"), QStringLiteral("-")},
                                  sampleIntake().dump() + "\n" + intake.dump() + "\n");
    CHECK(import.exitCode == 2);
    CHECK(contains(import.err, "line 2: client.name: must not contain control characters"));
    CHECK(clinic.intakeCount() == 0);
}

TEST_CASE("attack: a stored name with ESC, line breaks and tabs is shown escaped by list",
          "[attack][cli]")
{
    Clinic clinic;
    // Black on black hides the referral; the line break and tabs forge a row.
    const std::string name =
        "Ann\x1b[30;40m\n99\t2026-11-21\treviewed\tForged\t1980-01-01\tswedish";
    clinic.storeWithName(name, emergencyIntake());

    const Run list = clinic.cli({QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK_FALSE(hasRawControl(list.out));
    CHECK(list.out.find('\x1b') == std::string::npos);
    REQUIRE(list.outLines().size() == 2); // the header and the one real row
    const std::string row = list.outLines()[1];
    CHECK(std::count(row.begin(), row.end(), '\t') == 5);
    CHECK(contains(row, "Ann\\x1b[30;40m\\x0a99\\x092026-11-21\\x09reviewed"));
    CHECK(contains(row, "!! REFER OUT (EMERGENCY) !!"));

    // JSON output escapes it as JSON does, and reads back to the stored name.
    const Run listJson = clinic.cli({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listJson.exitCode == 0);
    CHECK_FALSE(hasRawControl(listJson.out));
    CHECK(json::parse(listJson.out).at(0).at("client") == name);
}

TEST_CASE("attack: show reads a stored name with control characters back, escaped", "[attack][cli]")
{
    Clinic clinic;
    // ESC, a C1 control (CSI) and a right-to-left override.
    const std::string name = "Ann\x1b]0;owned\x07 \xC2\x9B"
                             "31m Lee\xE2\x80\xAE"
                             "exe.txt";
    clinic.storeWithName(name);

    const Run show = clinic.cli({QStringLiteral("show"), QStringLiteral("1")});
    REQUIRE(show.exitCode == 0);
    CHECK_FALSE(hasRawControl(show.out));
    CHECK_FALSE(contains(show.out, "\xC2\x9B"));
    CHECK_FALSE(contains(show.out, "\xE2\x80\xAE"));
    CHECK(contains(show.out, "\\u009b"));
    CHECK(contains(show.out, "\\u202e"));
    CHECK(json::parse(show.out).at("intake").at("client").at("name") == name);

    const Run list = clinic.cli({QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(contains(list.out, "Ann\\x1b]0;owned\\x07 \\u009b31m Lee\\u202eexe.txt"));
}

TEST_CASE("attack: audit and users list print stored text escaped", "[attack][cli][sqlite]")
{
    Clinic clinic;
    {
        const Database database(clinic.path());
        const FixedClock clock(QDate(2026, 11, 21));
        AuditLog(database, clock)
            .append(QStringLiteral("eve\x1b[2K"), QStringLiteral("view"),
                    QStringLiteral("intake 1\nforged\tline"), QStringLiteral("\u202edetails"));
        QSqlQuery insert(database.connection());
        REQUIRE(insert.prepare(QStringLiteral(
            "INSERT INTO users (name, role, password_hash, created_at, created_by) "
            "VALUES (?, 'front_desk', 'x', '2026-11-21T12:00:00.000Z', 'old version')")));
        insert.addBindValue(QStringLiteral("old\x1b[8mname"));
        REQUIRE(insert.exec());
    }
    const Run audit = clinic.cli({QStringLiteral("audit")});
    CHECK_FALSE(hasRawControl(audit.out));
    CHECK(contains(audit.out, "eve\\x1b[2K\tview\tintake 1\\x0aforged\\x09line\t\\u202edetails"));

    const Run users = clinic.cli({QStringLiteral("users"), QStringLiteral("list")});
    REQUIRE(users.exitCode == 0);
    CHECK_FALSE(hasRawControl(users.out));
    CHECK(contains(users.out, "old\\x1b[8mname\tfront_desk"));
}

TEST_CASE("attack: error messages quoting hostile input reach the terminal escaped",
          "[attack][cli]")
{
    // An unknown key is quoted in the error's path; JSON let it hold ESC.
    json intake = sampleIntake();
    intake["\x1b[2J\x1b[31mgotcha"] = 1;
    const Run run = runCli({QStringLiteral("recommend"), QStringLiteral("-")}, intake.dump());
    CHECK(run.exitCode == 2);
    CHECK_FALSE(hasRawControl(run.err));
    CHECK(contains(run.err, "\\x1b[2J\\x1b[31mgotcha: unknown field"));
}

TEST_CASE("attack: trailing bytes after the intake's JSON are refused by add and import",
          "[attack][cli]")
{
    Clinic clinic;
    const std::string sample = sampleIntake().dump();
    for (const std::string& trailing : {"x"s, "\0"s, "\0{}"s, " {}"s}) {
        const Run add = clinic.cli({QStringLiteral("add"), QStringLiteral("-")}, sample + trailing);
        CHECK(add.exitCode == 2);
        CHECK(contains(add.err, "error: record: not valid JSON"));
        const QString path = writeFile(clinic.folder(), "trailing.json", sample + trailing);
        CHECK(clinic.cli({QStringLiteral("add"), path}).exitCode == 2);

        const Run import = clinic.cli({QStringLiteral("import"), QStringLiteral("-")},
                                      sample + "\n" + sample + trailing + "\n");
        CHECK(import.exitCode == 2);
        CHECK(contains(import.err, "line 2: record: not valid JSON"));

        const Run jsonl =
            runCli({QStringLiteral("recommend"), QStringLiteral("--jsonl"), QStringLiteral("-")},
                   sample + trailing + "\n");
        CHECK(jsonl.exitCode == 2);
        CHECK(contains(jsonl.out, "not valid JSON"));
    }
    CHECK(clinic.intakeCount() == 0);
}

TEST_CASE("attack: rules check refuses a duplicate key and control characters",
          "[attack][cli][rules-file]")
{
    QTemporaryDir dir;
    std::string rules = defaultRulesText();
    const std::string from = "\"refer_out\": \"emergency\",";
    rules.replace(rules.find(from), from.size(),
                  "\"refer_out\": \"emergency\", \"refer_out\": \"routine\",");
    const Run duplicate = runCli({QStringLiteral("rules"), QStringLiteral("check"),
                                  writeFile(dir, "duplicate.json", rules)});
    CHECK(duplicate.exitCode == 2);
    CHECK(contains(duplicate.err,
                   "error: referral_rules[0].refer_out: appears twice; give each key once"));

    std::string version = defaultRulesText();
    const std::string was = "\"version\": \"default-2026.2\"";
    version.replace(version.find(was), was.size(), "\"version\": \"x\\u001b[8m\"");
    const Run control = runCli({QStringLiteral("rules"), QStringLiteral("check"),
                                writeFile(dir, "control.json", version)});
    CHECK(control.exitCode == 2);
    CHECK(control.err == "error: version: must not contain control characters (found U+001B)\n");
}

TEST_CASE("attack: review reasons and notes have a length limit and no control characters",
          "[attack][cli]")
{
    Clinic clinic;
    clinic.storeWithName("Sam Example");
    const auto review = [&clinic](const QString& reason, const QString& note) {
        return clinic.as(test_staff::kTherapist,
                         {QStringLiteral("review"), QStringLiteral("1"),
                          QStringLiteral("--override"), QStringLiteral("swedish"),
                          QStringLiteral("--pressure"), QStringLiteral("light"),
                          QStringLiteral("--reason"), reason, QStringLiteral("--note"), note});
    };
    const Run longReason = review(QString(1001, QLatin1Char('r')), QStringLiteral("ok"));
    CHECK(longReason.exitCode == 2);
    CHECK(longReason.err == "error: reason: must be at most 1000 characters, got 1001\n");

    const Run longNote = review(QStringLiteral("why"), QString(4001, QLatin1Char('n')));
    CHECK(longNote.exitCode == 2);
    CHECK(longNote.err == "error: note: must be at most 4000 characters, got 4001\n");

    const Run escReason = review(QStringLiteral("why\x1b[8m"), QStringLiteral("ok"));
    CHECK(escReason.exitCode == 2);
    CHECK(escReason.err == "error: reason: must not contain control characters (found U+001B)\n");

    const Run escNote = review(QStringLiteral("why"), QStringLiteral("line\r\x1b[2K"));
    CHECK(escNote.exitCode == 2);
    CHECK(contains(escNote.err, "error: note: must not contain control characters (found U+000D)"));

    // At the limits, with line breaks and tabs in the note, it is saved.
    const Run ok = review(QString(1000, QLatin1Char('r')),
                          QStringLiteral("first\n\tsecond") + QString(3986, QLatin1Char('n')));
    CHECK(ok.exitCode == 0);
}

TEST_CASE("attack: a list search over 200 characters is refused", "[attack][cli]")
{
    Clinic clinic;
    const Run search = clinic.cli(
        {QStringLiteral("list"), QStringLiteral("--search"), QString(201, QLatin1Char('s'))});
    CHECK(search.exitCode == 2);
    CHECK(search.err == "error: search: must be at most 200 characters, got 201\n");
    CHECK(clinic
              .cli({QStringLiteral("list"), QStringLiteral("--search"),
                    QString(200, QLatin1Char('s'))})
              .exitCode == 0);
}

TEST_CASE("attack: a backup passphrase over 256 characters is refused", "[attack][cli]")
{
    Clinic clinic;
    const QString destination = clinic.folder().filePath(QStringLiteral("backup.enc"));
    const Run backup = runCli(
        {QStringLiteral("--db"), clinic.location(), QStringLiteral("--user"), test_staff::kManager,
         QStringLiteral("backup"), destination, QStringLiteral("--encrypt")},
        {},
        clinic.database().cliEnvironment() +
            QStringList{kPasswordVariable + test_staff::passwordOf(test_staff::kManager),
                        QStringLiteral("CLINIC_INTAKE_BACKUP_PASSPHRASE=") +
                            QString(257, QLatin1Char('p'))});
    CHECK(backup.exitCode == 2);
    CHECK(backup.err == "error: passphrase: must be at most 256 characters, got 257\n");
    CHECK_FALSE(QFile::exists(destination));
}

TEST_CASE("attack: terminal_text escapes control, C1 and bidi characters visibly", "[attack][cli]")
{
    using terminal_text::escaped;
    CHECK(escaped(std::string_view("Ann\x1b[30;40m")) == "Ann\\x1b[30;40m");
    CHECK(escaped(std::string_view("a\tb\nc\x7f")) == "a\\x09b\\x0ac\\x7f");
    CHECK(escaped(std::string_view("\xC2\x9B\xE2\x80\xAE\xE2\x81\xA6")) == "\\u009b\\u202e\\u2066");
    CHECK(escaped(std::string_view("Zo\xC3\xAB \xE4\xB8\xAD \xF0\x9F\x98\x80")) ==
          "Zo\xC3\xAB \xE4\xB8\xAD \xF0\x9F\x98\x80");
    CHECK(escaped(std::string_view("bad\xFF\xC3")) == "bad\\xff\\xc3");
    CHECK(escaped(QStringLiteral("a\u202eb")) == "a\\u202eb");
    CHECK(terminal_text::escapedLines("a\tb\nc\x1b") == "a\tb\nc\\x1b");
    const std::string dumped = json("a\x7f\xC2\x85\xE2\x80\xAE\x1b").dump();
    const std::string safe = terminal_text::escapedJson(dumped);
    CHECK(safe == "\"a\\u007f\\u0085\\u202e\\u001b\"");
    CHECK(json::parse(safe) == json::parse(dumped));
}

TEST_CASE("attack: recommend --jsonl escapes its lines when they go to a terminal", "[attack][cli]")
{
    // The buffer recommend --jsonl writes through when stdout is a terminal.
    std::FILE* file = std::tmpfile();
    REQUIRE(file != nullptr);
    {
        terminal_text::JsonTerminalBuffer buffer(file);
        std::ostream out(&buffer);
        const std::string line = json({{"reason", "cleared by Dr \xE2\x80\xAE"
                                                  "A \xC2\x9B"}})
                                     .dump() +
                                 "\n";
        out.write(line.data(), std::streamsize(line.size()));
        out << '\n';
        out.flush();
    }
    std::rewind(file);
    char text[256] = {};
    const std::size_t read = std::fread(text, 1, sizeof text - 1, file);
    std::fclose(file);
    CHECK(std::string(text, read) == "{\"reason\":\"cleared by Dr \\u202eA \\u009b\"}\n\n");
}

TEST_CASE("attack: export to a terminal is escaped, characters split between writes intact",
          "[attack][cli]")
{
    // The device export writes through when stdout is a terminal.
    std::FILE* file = std::tmpfile();
    REQUIRE(file != nullptr);
    {
        terminal_text::TerminalDevice device(file, terminal_text::TerminalDevice::Kind::Text);
        REQUIRE(device.open(QIODevice::WriteOnly));
        for (const char* part : {"id,client\r", "\n1,Ann\x1b[30;40m Zo\xC3", "\xAB\xE2\x80",
                                 "\xAE x\ry\r\n2,\xF0\x9F", "\x98\x80\r"}) {
            REQUIRE(device.write(part) == qint64(std::strlen(part)));
        }
        device.close();
    }
    std::rewind(file);
    char text[256] = {};
    const std::size_t read = std::fread(text, 1, sizeof text - 1, file);
    std::fclose(file);
    CHECK(std::string(text, read) == "id,client\r\n1,Ann\\x1b[30;40m Zo\xC3\xAB\\u202e x\\x0dy\r\n"
                                     "2,\xF0\x9F\x98\x80\\x0d");
    CHECK(terminal_text::escapedLines("a\r\nb\rc") == "a\r\nb\\x0dc");
}

TEST_CASE("attack: account names with control characters are refused", "[attack][cli]")
{
    Clinic clinic;
    const Run add = runCli(
        {QStringLiteral("--db"), clinic.location(), QStringLiteral("--user"), test_staff::kManager,
         QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("eve\x1b[8m"),
         QStringLiteral("--role"), QStringLiteral("front_desk")},
        {},
        clinic.database().cliEnvironment() +
            QStringList{kPasswordVariable + test_staff::passwordOf(test_staff::kManager),
                        QStringLiteral("CLINIC_INTAKE_NEW_PASSWORD=a-long-password-1")});
    CHECK(add.exitCode == 2);
    CHECK(add.err == "error: user name: a user name can have letters, digits and . _ @ - only "
                     "(no spaces)\n");

    QTemporaryDir empty;
    const Run init = runCli({QStringLiteral("--db"), empty.filePath(QStringLiteral("new.sqlite")),
                             QStringLiteral("init"), QStringLiteral("--manager"),
                             QStringLiteral("boss\xc2\x9b")},
                            {}, {QStringLiteral("CLINIC_INTAKE_NEW_PASSWORD=a-long-password-1")});
    CHECK(init.exitCode == 2);
    CHECK_FALSE(hasRawControl(init.err));
    CHECK(contains(init.err, "--manager: a user name can have letters"));
}
