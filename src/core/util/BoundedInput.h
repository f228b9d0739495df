#pragma once

// Reading outside data without letting its size decide how much memory we
// take: lines are cut off at a limit, and what the user wrote is shortened
// before it goes into a message. Header-only.

#include <algorithm>
#include <cstddef>
#include <istream>
#include <limits>
#include <string>
#include <string_view>

namespace bounded {

constexpr std::size_t kMiB = std::size_t(1) << 20;

// "1 MiB", "4 MiB", "512 bytes": a limit as a message names it.
inline std::string sizeText(std::size_t bytes)
{
    if (bytes >= kMiB && bytes % kMiB == 0) {
        return std::to_string(bytes / kMiB) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
        return std::to_string(bytes / 1024) + " KiB";
    }
    return std::to_string(bytes) + " bytes";
}

enum class LineStatus
{
    Read,    // `line` holds the line, without its '\n'
    TooLong, // the line had more than maxBytes; it was skipped and `line` is empty
    End,     // no more input
};

// Reads the next line of `in` into `line`, like std::getline, but never holds
// more than maxBytes of it: the rest of a longer line is skipped unread.
// Memory stays at maxBytes whatever the input; a string that held a long line
// gives its memory back, so a reused buffer does not keep the largest size seen.
inline LineStatus readLine(std::istream& in, std::string& line, std::size_t maxBytes)
{
    constexpr std::size_t kKeptCapacity = 64 * 1024;
    if (line.capacity() > kKeptCapacity) {
        std::string().swap(line);
    } else {
        line.clear();
    }
    char chunk[16 * 1024];
    bool readSomething = false;
    bool tooLong = false;
    for (;;) {
        in.getline(chunk, std::streamsize(sizeof chunk));
        const auto count = static_cast<std::size_t>(in.gcount());
        readSomething = readSomething || count > 0;
        // getline extracts the '\n' (counting it) and stops; or stops at the
        // end of the input; or fills the chunk and sets failbit.
        const bool delimiterFound = !in.fail() && !in.eof();
        const std::size_t stored = delimiterFound ? count - 1 : count;
        if (!tooLong && line.size() + stored > maxBytes) {
            tooLong = true;
            std::string().swap(line);
        }
        if (!tooLong) {
            line.append(chunk, stored);
        }
        const bool chunkFull =
            !delimiterFound && !in.eof() && !in.bad() && count == sizeof chunk - 1;
        if (!chunkFull) {
            if (!readSomething && !delimiterFound) {
                return LineStatus::End;
            }
            return tooLong ? LineStatus::TooLong : LineStatus::Read;
        }
        in.clear(in.rdstate() & ~std::ios::failbit);
        if (tooLong) {
            in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
            return LineStatus::TooLong;
        }
    }
}

// The length of the valid UTF-8 sequence starting at text[at], or 0.
inline std::size_t utf8SequenceLength(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) {
        return static_cast<unsigned char>(text[i]);
    };
    const unsigned char lead = byte(at);
    if (lead < 0x80) {
        return 1;
    }
    std::size_t length = 0;
    unsigned lowest = 0x80;
    unsigned highest = 0xBF; // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        lowest = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        highest = lead == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        lowest = lead == 0xF0 ? 0x90 : 0x80;
        highest = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (at + length > text.size() || byte(at + 1) < lowest || byte(at + 1) > highest) {
        return 0;
    }
    for (std::size_t i = 2; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80) {
            return 0;
        }
    }
    return length;
}

inline bool isValidUtf8(std::string_view text)
{
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = utf8SequenceLength(text, at);
        if (length == 0) {
            return false;
        }
        at += length;
    }
    return true;
}

// `text` for a message: at most maxBytes of it (never splitting a character),
// "..." added when it was cut, and any byte that is not valid UTF-8 shown as '?'.
inline std::string excerpt(std::string_view text, std::size_t maxBytes)
{
    std::string out;
    out.reserve(std::min(text.size(), maxBytes) + 3);
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = utf8SequenceLength(text, at);
        const std::size_t taken = length == 0 ? 1 : length;
        if (out.size() + taken > maxBytes) {
            out += "...";
            break;
        }
        if (length == 0) {
            out += '?';
        } else {
            out.append(text.substr(at, length));
        }
        at += taken;
    }
    return out;
}

} // namespace bounded
