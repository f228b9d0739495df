#include "Console.h"

#include "TerminalText.h"
#include "util/BoundedInput.h"
#include "util/Translated.h"
#include "validation/IntakeParser.h"

#include <QFile>
#include <cerrno>
#include <cstdio>
#include <iostream>

namespace console {

namespace {

int firstOutputError = 0;

void noteOutputError()
{
    if (firstOutputError == 0) {
        firstOutputError = errno != 0 ? errno : EIO;
    }
}

void writeLine(const std::string& text)
{
    writeOut(text.data(), text.size());
    writeOut("\n", 1);
}

} // namespace

void writeOut(const char* data, std::size_t size)
{
    errno = 0;
    if (std::fwrite(data, 1, size, stdout) != size) {
        noteOutputError();
    }
}

bool flushOut()
{
    errno = 0;
    if (std::fflush(stdout) != 0) {
        noteOutputError();
    }
    return std::ferror(stdout) == 0;
}

int outputError()
{
    return firstOutputError;
}

void printLine(const std::string& text)
{
    writeLine(terminal_text::escapedLines(text));
}

void printJson(const std::string& json)
{
    writeLine(terminal_text::escapedJson(json));
}

void printFailure(const std::string& message)
{
    const std::string line = "error: " + terminal_text::escaped(message) + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
}

void printErrors(const FieldErrors& errors)
{
    for (const auto& error : errors) {
        printFailure(error.toString());
    }
}

std::optional<std::string> readInput(const QString& path)
{
    // An intake is a few kilobytes: a bigger file is the wrong file, and is
    // refused after reading at most the limit and one byte (never all of it).
    constexpr std::size_t kLimit = IntakeParser::kMaxTextBytes;
    const auto tooLarge = [&path] {
        const std::string what =
            path == QLatin1String("-")
                ? translated::fill(QCoreApplication::translate("Console", "standard input"))
                : path.toStdString();
        printFailure(translated::fill(
            QCoreApplication::translate(
                "Console", "cannot read %1: larger than %2; an intake is a few kilobytes"),
            what, bounded::sizeText(kLimit)));
    };
    std::string text;
    if (path == QLatin1String("-")) {
        text.resize(kLimit + 1);
        std::cin.read(text.data(), std::streamsize(text.size()));
        text.resize(std::size_t(std::cin.gcount()));
        if (std::cin.bad()) {
            printFailure(translated::fill(
                QCoreApplication::translate("Console", "cannot read standard input")));
            return std::nullopt;
        }
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            printFailure(
                translated::fill(QCoreApplication::translate("Console", "cannot read %1: %2"), path,
                                 file.errorString()));
            return std::nullopt;
        }
        if (!file.isSequential() && std::size_t(file.size()) > kLimit) {
            tooLarge();
            return std::nullopt;
        }
        text = file.read(qint64(kLimit) + 1).toStdString();
    }
    if (text.size() > kLimit) {
        tooLarge();
        return std::nullopt;
    }
    return text;
}

std::istream* openLines(const QString& path, std::ifstream& file)
{
    if (path == QLatin1String("-")) {
        return &std::cin;
    }
    file.open(QFile::encodeName(path).toStdString(), std::ios::binary);
    if (!file) {
        printFailure(
            translated::fill(QCoreApplication::translate("Console", "cannot read %1"), path));
        return nullptr;
    }
    return &file;
}

} // namespace console
