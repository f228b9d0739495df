// The command line refuses absurd-size input files with a clear message and
// without reading them whole.
#include "CliRunner.h"

#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

TEST_CASE("cli: recommend refuses an intake file over 1 MiB", "[cli][hostile]")
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, "huge.json", "{\"notes\": \"" + std::string(2 << 20, 'a') + "\"}");
    const Run run = runCli({QStringLiteral("recommend"), path});
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    CHECK(run.err == "error: cannot read " + path.toStdString() +
                         ": larger than 1 MiB; an intake is a few kilobytes\n");
}

TEST_CASE("cli: recommend - stops reading standard input after 1 MiB", "[cli][hostile]")
{
    // `yes` never ends: reading everything would never finish.
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("yes | \"$0\" recommend -"),
                 QStringLiteral(CLINIC_CLI_PATH)});
    REQUIRE(shell.waitForFinished(60000));
    CHECK(shell.exitCode() == 1);
    CHECK(shell.readAllStandardError().toStdString() ==
          "error: cannot read standard input: larger than 1 MiB; an intake is a few kilobytes\n");
}

TEST_CASE("cli: rules check refuses a rules file over 4 MiB", "[cli][hostile]")
{
    QTemporaryDir dir;
    const std::string content = "{\"description\": \"" + std::string(5 << 20, 'a') + "\"}";
    const QString path = writeFile(dir, "huge-rules.json", content);
    const Run run = runCli({QStringLiteral("rules"), QStringLiteral("check"), path});
    CHECK(run.exitCode == 2);
    CHECK(run.err == "error: " + path.toStdString() + ": the file has " +
                         std::to_string(content.size()) +
                         " bytes, more than 4 MiB; a rules file is a few dozen kilobytes\n");
}
