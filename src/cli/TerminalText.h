#pragma once

#include <QIODevice>
#include <QString>
#include <cstdio>
#include <streambuf>
#include <string>
#include <string_view>

// Stored text on its way to a terminal. A client name with ESC once hid an
// emergency referral in `list` (black on black), and one with a line break
// and tabs forged a row: whatever a record, an account or the audit log
// holds, and whatever was typed, the terminal is shown it, never told it.
// Control characters (C0, DEL, C1), the bidirectional overrides and
// isolates, and the line and paragraph separators are written as visible
// escapes: \x1b for the ASCII ones, \u202e for the others; bytes that are
// not UTF-8 as \xff.
namespace terminal_text {

// One field of a table or a message: tabs and line breaks are escaped too.
std::string escaped(std::string_view utf8);
std::string escaped(const QString& text);

// Text of several lines (a whole message, the readable rules, CSV): line
// breaks (LF, and CR LF) and tabs stay, the rest is escaped as by escaped().
std::string escapedLines(std::string_view utf8);

// JSON as nlohmann::json writes it, whose strings already have their C0
// control characters escaped: DEL, C1 and the rest become \u escapes as
// well, so that the text stays the same JSON.
std::string escapedJson(std::string_view json);

// A stream buffer that writes JSON to `file` through escapedJson(), for
// output that goes to a terminal (recommend --jsonl). Each write must hold
// whole characters, as whole lines do.
// A device that writes to `file` through escapedLines() or escapedJson(),
// for an export that goes to a terminal. A character (or a CR LF) split
// between two writes is held back until the next one, or until close().
class TerminalDevice : public QIODevice
{
public:
    enum class Kind
    {
        Text,
        Json
    };
    TerminalDevice(std::FILE* file, Kind kind) : m_file(file), m_kind(kind) {}
    ~TerminalDevice() override;

    bool isSequential() const override { return true; }
    void close() override;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool put(std::string_view text);

    std::FILE* m_file;
    Kind m_kind;
    std::string m_pending;
};

class JsonTerminalBuffer : public std::streambuf
{
public:
    explicit JsonTerminalBuffer(std::FILE* file) : m_file(file) {}

protected:
    std::streamsize xsputn(const char* text, std::streamsize count) override;
    int_type overflow(int_type c) override;
    int sync() override;

private:
    std::FILE* m_file;
};

} // namespace terminal_text
