#include "TerminalText.h"

#include <cstdint>
#include <cstdio>

namespace terminal_text {

namespace {

enum class Mode
{
    Field, // every control character escaped
    Lines, // line feeds and tabs kept
    Json,  // ASCII kept (the writer escaped C0 already); \u escapes only
};

// Characters that change how a terminal shows what follows them, other than
// the control characters: the bidirectional marks, embeddings, overrides and
// isolates (U+202E turns "exe.txt" into "txt.exe"), and the line and
// paragraph separators.
bool isInvisibleFormat(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

void appendHex(std::string& out, const char* format, unsigned value)
{
    char text[16];
    std::snprintf(text, sizeof text, format, value);
    out += text;
}

// The length of the well-formed UTF-8 sequence at text[at] (0 if there is
// none) and its code point.
std::size_t decode(std::string_view text, std::size_t at, char32_t& c)
{
    const auto byte = [&text](std::size_t i) {
        return static_cast<unsigned char>(text[i]);
    };
    const unsigned lead = byte(at);
    std::size_t length = 0;
    char32_t min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        c = lead & 0x1F;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        c = lead & 0x0F;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        c = lead & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (at + length > text.size()) {
        return 0;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80) {
            return 0;
        }
        c = (c << 6) | (byte(at + i) & 0x3F);
    }
    const bool surrogate = c >= 0xD800 && c <= 0xDFFF;
    return c < min || c > 0x10FFFF || surrogate ? 0 : length;
}

std::string escape(std::string_view text, Mode mode)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const auto byte = static_cast<unsigned char>(text[at]);
        if (byte < 0x80) {
            const bool control = byte < 0x20 || byte == 0x7F;
            const bool lineEnd =
                byte == '\n' || (byte == '\r' && at + 1 < text.size() && text[at + 1] == '\n');
            const bool kept = mode == Mode::Json    ? byte != 0x7F
                              : mode == Mode::Lines ? !control || lineEnd || byte == '\t'
                                                    : !control;
            if (kept) {
                out += char(byte);
            } else {
                appendHex(out, mode == Mode::Json ? "\\u%04x" : "\\x%02x", byte);
            }
            ++at;
            continue;
        }
        char32_t c = 0;
        const std::size_t length = decode(text, at, c);
        if (length == 0) {
            // Not UTF-8: a JSON writer never leaves such bytes; elsewhere
            // they are shown as what they are.
            if (mode == Mode::Json) {
                out += "\\ufffd";
            } else {
                appendHex(out, "\\x%02x", byte);
            }
            ++at;
            continue;
        }
        if ((c >= 0x80 && c <= 0x9F) || isInvisibleFormat(c)) {
            appendHex(out, "\\u%04x", unsigned(c));
        } else {
            out.append(text.substr(at, length));
        }
        at += length;
    }
    return out;
}

} // namespace

std::string escaped(std::string_view utf8)
{
    return escape(utf8, Mode::Field);
}

std::string escaped(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return escape(std::string_view(utf8.constData(), std::size_t(utf8.size())), Mode::Field);
}

std::string escapedLines(std::string_view utf8)
{
    return escape(utf8, Mode::Lines);
}

std::string escapedJson(std::string_view json)
{
    return escape(json, Mode::Json);
}

TerminalDevice::~TerminalDevice()
{
    TerminalDevice::close();
}

bool TerminalDevice::put(std::string_view text)
{
    const std::string out = m_kind == Kind::Json ? escapedJson(text) : escapedLines(text);
    return std::fwrite(out.data(), 1, out.size(), m_file) == out.size();
}

qint64 TerminalDevice::writeData(const char* data, qint64 size)
{
    m_pending.append(data, std::size_t(size));
    // Hold back a trailing CR (its LF may come next) and an unfinished
    // UTF-8 sequence: escaped apart, either would be shown wrongly.
    std::size_t complete = m_pending.size();
    for (std::size_t back = 1; back <= 3 && back <= m_pending.size(); ++back) {
        const auto byte = static_cast<unsigned char>(m_pending[m_pending.size() - back]);
        if ((byte & 0xC0) == 0x80) {
            continue; // a continuation byte: look further back for the lead byte
        }
        const std::size_t needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        if (needed > back) {
            complete = m_pending.size() - back;
        }
        break;
    }
    if (complete > 0 && complete == m_pending.size() && m_pending.back() == '\r') {
        --complete;
    }
    const bool written = put(std::string_view(m_pending).substr(0, complete));
    m_pending.erase(0, complete);
    if (!written) {
        setErrorString(QStringLiteral("cannot write to standard output"));
        return -1;
    }
    return size;
}

void TerminalDevice::close()
{
    if (!m_pending.empty()) {
        put(m_pending);
        m_pending.clear();
    }
    std::fflush(m_file);
    if (isOpen()) {
        QIODevice::close();
    }
}

std::streamsize JsonTerminalBuffer::xsputn(const char* text, std::streamsize count)
{
    const std::string out = escapedJson(std::string_view(text, std::size_t(count)));
    return std::fwrite(out.data(), 1, out.size(), m_file) == out.size() ? count : 0;
}

JsonTerminalBuffer::int_type JsonTerminalBuffer::overflow(int_type c)
{
    if (traits_type::eq_int_type(c, traits_type::eof())) {
        return traits_type::not_eof(c);
    }
    const char byte = traits_type::to_char_type(c);
    return xsputn(&byte, 1) == 1 ? c : traits_type::eof();
}

int JsonTerminalBuffer::sync()
{
    return std::fflush(m_file) == 0 ? 0 : -1;
}

} // namespace terminal_text
