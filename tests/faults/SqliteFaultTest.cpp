#include "FaultHelpers.h"
#include "TestStaff.h"
#include "storage/ClinicStorage.h"
#include "storage/StorageFactory.h"
#include "util/FixedClock.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <unistd.h>

using faults::BackgroundCli;

namespace {

// A clinic file with the three test accounts.
struct ClinicFile
{
    ClinicFile()
    {
        REQUIRE(folder.isValid());
        const FixedClock clock(QDate(2026, 11, 21));
        const auto storage =
            openClinicStorage(path(), QString(), clock, StorageOpening::CreateIfMissing);
        test_staff::createIn(*storage, clock);
    }
    QString path() const { return folder.filePath(QStringLiteral("clinic.sqlite")); }
    QStringList arguments(const QString& user, const QStringList& more) const
    {
        return QStringList{QStringLiteral("--db"), path(), QStringLiteral("--user"), user} + more;
    }
    QStringList environment(const QString& user) const
    {
        return {QStringLiteral("CLINIC_INTAKE_PASSWORD=") + test_staff::passwordOf(user)};
    }
    Run check() const
    {
        return runCli(arguments(test_staff::kManager, {QStringLiteral("check")}), {},
                      environment(test_staff::kManager));
    }
    std::set<qint64> storedIds() const
    {
        const Run list = runCli(
            arguments(test_staff::kManager, {QStringLiteral("list"), QStringLiteral("--json"),
                                             QStringLiteral("--limit"), QStringLiteral("0")}),
            {}, environment(test_staff::kManager));
        REQUIRE(list.exitCode == 0);
        std::set<qint64> ids;
        for (const auto& row : nlohmann::json::parse(list.out)) {
            ids.insert(row.at("id").get<qint64>());
        }
        return ids;
    }
    QTemporaryDir folder;
};

} // namespace

TEST_CASE("faults: three processes adding to one SQLite file lose no acknowledged write",
          "[faults][sqlite]")
{
    const ClinicFile clinic;
    constexpr int kProcesses = 3;
    constexpr int kAddsEach = 6;
    // Three workstations on one computer, each adding one intake after another.
    std::set<qint64> acknowledged;
    int busy = 0;
    for (int round = 0; round < kAddsEach; ++round) {
        std::vector<std::unique_ptr<BackgroundCli>> running;
        for (int p = 0; p < kProcesses; ++p) {
            running.push_back(std::make_unique<BackgroundCli>(
                clinic.arguments(test_staff::kFrontDesk,
                                 {QStringLiteral("add"), QStringLiteral("-")}),
                clinic.environment(test_staff::kFrontDesk)));
            running.back()->write(faults::jsonl(1, std::uint64_t(100 + round * kProcesses + p)));
            running.back()->endInput();
        }
        for (auto& cli : running) {
            const Run run = cli->finish();
            INFO(run.err);
            if (run.exitCode == 0) {
                acknowledged.insert(nlohmann::json::parse(run.out).at("id").get<qint64>());
            } else {
                // The one other outcome: said, and nothing stored.
                CHECK(run.exitCode == 1);
                CHECK(run.err.find("the database is busy") != std::string::npos);
                ++busy;
            }
        }
    }
    CHECK(int(acknowledged.size()) + busy == kProcesses * kAddsEach);
    // Every acknowledged add is there, and nothing else.
    CHECK(clinic.storedIds() == acknowledged);
    const Run check = clinic.check();
    INFO(check.out << check.err);
    CHECK(check.exitCode == 0);
}

TEST_CASE("faults: a cli import killed mid-way (kill -9) leaves nothing in the SQLite file",
          "[faults][sqlite]")
{
    const ClinicFile clinic;
    {
        BackgroundCli import(
            clinic.arguments(test_staff::kManager, {QStringLiteral("import"), QStringLiteral("-"),
                                                    QStringLiteral("--progress")}),
            clinic.environment(test_staff::kManager));
        import.write(faults::jsonl(8400, 16));
        // Rows in its transaction, which waits for the rest of the file.
        REQUIRE(faults::waitUntil(
            [&] { return import.errorSoFar().find("read ") != std::string::npos; }));
        import.kill();
    }
    CHECK(clinic.storedIds().empty());
    const Run check = clinic.check();
    INFO(check.out << check.err);
    CHECK(check.exitCode == 0);
    // The file takes the next import as before.
    const Run again = runCli(
        clinic.arguments(test_staff::kManager, {QStringLiteral("import"), QStringLiteral("-")}),
        faults::jsonl(4, 17), clinic.environment(test_staff::kManager));
    CHECK(again.exitCode == 0);
    CHECK(clinic.storedIds().size() == 4);
}
