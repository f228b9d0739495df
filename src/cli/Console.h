#pragma once

#include "validation/FieldError.h"

#include <QString>
#include <fstream>
#include <optional>
#include <string>

// What the command-line tool prints: results on stdout, problems on stderr
// as "error: <path>: <message>".
namespace console {

// Results go to stdout through these, which remember why a write failed.
void printLine(const std::string& text);
void writeOut(const char* data, std::size_t size);
// Flushes stdout; false when it (or an earlier write) failed.
bool flushOut();
// The errno of the first failed write to stdout, 0 if none was seen.
int outputError();
void printFailure(const std::string& message);
void printErrors(const FieldErrors& errors);
// The whole file, or standard input for "-"; prints the problem and returns
// nothing when it cannot be read.
std::optional<std::string> readInput(const QString& path);
// A stream over the file, or standard input for "-", for reading line by
// line; prints the problem and returns nullptr when it cannot be opened.
std::istream* openLines(const QString& path, std::ifstream& file);

} // namespace console
