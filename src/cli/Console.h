#pragma once

#include "validation/FieldError.h"

#include <QString>
#include <fstream>
#include <optional>
#include <string>

// What the command-line tool prints: results on stdout, problems on stderr
// as "error: <path>: <message>". Nothing reaches the terminal unescaped
// (TerminalText.h): a line keeps its tabs and line breaks, a failure is one
// line whatever it quotes, and a field of a table must be escaped by the
// caller (terminal_text::escaped) so that it cannot add columns or rows.
namespace console {

// Results go to stdout through these, which remember why a write failed.
void printLine(const std::string& text);
// JSON as nlohmann::json writes it; it stays valid JSON.
void printJson(const std::string& json);
// Bytes as they are (no escaping): for output that is not for a terminal.
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
