#pragma once

#include <QStringList>
#include <string>
#include <vector>

// Runs clinic-intake-cli as a separate process, as a script would.
struct Run
{
    int exitCode = -1;
    std::string out;
    std::string err;

    std::vector<std::string> errLines() const { return lines(err); }
    std::vector<std::string> outLines() const { return lines(out); }
    static std::vector<std::string> lines(const std::string& text);
};

// `environment`: NAME=value entries added to the tool's environment. The tool
// never inherits a password variable from the test's own environment, and has
// no terminal to ask on: a missing password is a missing password. It runs in
// English (LANG=C.UTF-8, no LC_ALL, LC_MESSAGES or LANGUAGE) unless
// `environment` sets one of those.
Run runCli(const QStringList& arguments, const std::string& input = {},
           const QStringList& environment = {});
// The same with another program in front of the tool (unshare, runuser...):
// runs `program` with `programArguments`, then the tool's path and `arguments`.
Run runCliThrough(const QString& program, const QStringList& programArguments,
                  const QStringList& arguments, const std::string& input = {},
                  const QStringList& environment = {});
// The tool's path.
QString cliPath();

class QTemporaryDir;
class QString;

QString golden(const char* name); // a file of tests/golden
QString writeFile(const QTemporaryDir& dir, const char* name, const std::string& content);
std::string readFile(const QString& path);
