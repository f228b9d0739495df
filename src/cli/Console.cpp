#include "Console.h"

#include <QFile>
#include <cstdio>
#include <iostream>
#include <iterator>

namespace console {

void printLine(const std::string& text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
}

void printFailure(const std::string& message)
{
    const std::string line = "error: " + message + "\n";
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
    if (path == QLatin1String("-")) {
        return std::string(std::istreambuf_iterator<char>(std::cin), {});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printFailure("cannot read " + path.toStdString() + ": " + file.errorString().toStdString());
        return std::nullopt;
    }
    return file.readAll().toStdString();
}

std::istream* openLines(const QString& path, std::ifstream& file)
{
    if (path == QLatin1String("-")) {
        return &std::cin;
    }
    file.open(QFile::encodeName(path).toStdString(), std::ios::binary);
    if (!file) {
        printFailure("cannot read " + path.toStdString());
        return nullptr;
    }
    return &file;
}

} // namespace console
