#include "Credentials.h"

#include "security/AccessError.h"
#include "util/Translated.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace credentials {

namespace {

// Reads one line from the controlling terminal with echo off; nothing when
// there is no terminal (a script without the variable set).
std::optional<QString> askWithoutEcho(const std::string& prompt)
{
    std::FILE* terminal = std::fopen("/dev/tty", "r+");
    if (terminal == nullptr) {
        return std::nullopt;
    }
    const int descriptor = fileno(terminal);
    termios original{};
    const bool isTerminal = tcgetattr(descriptor, &original) == 0;
    if (isTerminal) {
        termios silent = original;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(descriptor, TCSAFLUSH, &silent);
    }
    std::fputs(prompt.c_str(), terminal);
    std::fflush(terminal);
    char line[1024];
    const bool read = std::fgets(line, sizeof line, terminal) != nullptr;
    if (isTerminal) {
        tcsetattr(descriptor, TCSAFLUSH, &original);
    }
    std::fputs("\n", terminal);
    std::fclose(terminal);
    if (!read) {
        return std::nullopt;
    }
    std::size_t length = std::strlen(line);
    while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r')) {
        line[--length] = '\0';
    }
    const QString answer = QString::fromUtf8(line, qsizetype(length));
    std::memset(line, 0, sizeof line);
    return answer;
}

} // namespace

std::optional<QString> secret(const char* variable, const std::string& prompt)
{
    if (const char* value = std::getenv(variable); value != nullptr) {
        return QString::fromUtf8(value);
    }
    return askWithoutEcho(prompt);
}

QString newSecret(const char* variable, const std::string& prompt)
{
    if (const char* value = std::getenv(variable); value != nullptr) {
        return QString::fromUtf8(value);
    }
    const auto first = askWithoutEcho(prompt);
    if (!first) {
        throw AccessError(AccessError::Kind::BadPassword,
                          translated::fill(QCoreApplication::translate(
                                               "Credentials", "no terminal to ask on: set %1"),
                                           variable));
    }
    const auto second = askWithoutEcho(
        translated::fill(QCoreApplication::translate("Credentials", "Again, to be sure: ")));
    if (!second || *second != *first) {
        throw AccessError(AccessError::Kind::BadPassword,
                          translated::fill(QCoreApplication::translate(
                              "Credentials", "the two entries differ; nothing was changed")));
    }
    return *first;
}

} // namespace credentials
