#pragma once

// What any text typed by a person may hold, wherever it is stored: no
// control characters (a client name with ESC once hid a referral in the
// terminal, black on black), and a length limit so that a pasted file does
// not become a review note. Header-only, Qt Core only.

#include "util/Translated.h"

#include <QString>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace text_rules {

// The limits of the free texts that are not part of an intake record (the
// record's own are in validation/IntakeFieldRules.h), in characters.
inline constexpr std::size_t kMaxReviewReasonLength = 1000;
inline constexpr std::size_t kMaxSessionNoteLength = 4000;
inline constexpr std::size_t kMaxSearchLength = 200;
// As long as a password (PasswordHasher::kMaximumLength): the desktop
// application's passphrase fields take no more.
inline constexpr std::size_t kMaxPassphraseLength = 256;

enum class Lines
{
    One,  // a name, a reason, a search: no control character at all
    Many, // notes: line feeds and tabs too, nothing else
};

// C0 (U+0000-U+001F), DEL (U+007F) and C1 (U+0080-U+009F).
constexpr bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

constexpr bool allowedIn(char32_t c, Lines lines)
{
    return !isControl(c) || (lines == Lines::Many && (c == '\n' || c == '\t'));
}

// The first character of UTF-8 text that `lines` does not allow. Only the
// bytes need looking at: C0 and DEL are single bytes, C1 is 0xC2 0x80-0x9F.
inline std::optional<char32_t> forbiddenCharacter(std::string_view utf8, Lines lines)
{
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte < 0x80 && !allowedIn(byte, lines)) {
            return char32_t(byte);
        }
        if (byte == 0xC2 && i + 1 < utf8.size()) {
            const auto next = static_cast<unsigned char>(utf8[i + 1]);
            if (next >= 0x80 && next <= 0x9F) {
                return char32_t(next);
            }
        }
    }
    return std::nullopt;
}

inline std::optional<char32_t> forbiddenCharacter(const QString& text, Lines lines)
{
    for (const QChar c : text) {
        if (!allowedIn(c.unicode(), lines)) {
            return char32_t(c.unicode());
        }
    }
    return std::nullopt;
}

// "U+001B"
inline std::string codePointText(char32_t c)
{
    char text[16];
    std::snprintf(text, sizeof text, "U+%04X", unsigned(c));
    return text;
}

// The message for a field that holds `c`.
inline std::string controlCharacterMessage(char32_t c, Lines lines)
{
    return lines == Lines::Many
               ? translated::fill(QCoreApplication::translate(
                                      "FieldError", "must not contain control characters (found "
                                                    "%1); only line breaks and tabs are allowed"),
                                  codePointText(c))
               : translated::fill(
                     QCoreApplication::translate("FieldError",
                                                 "must not contain control characters (found %1)"),
                     codePointText(c));
}

// The text with every character `lines` does not allow replaced by U+FFFD:
// for reading what an older version stored before they were refused.
inline std::string withControlCharactersReplaced(std::string_view utf8, Lines lines)
{
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        const bool c1 = byte == 0xC2 && i + 1 < utf8.size() &&
                        static_cast<unsigned char>(utf8[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(utf8[i + 1]) <= 0x9F;
        if ((byte < 0x80 && !allowedIn(byte, lines)) || c1) {
            out += "\xEF\xBF\xBD";
            i += c1 ? 1 : 0;
        } else {
            out += char(byte);
        }
    }
    return out;
}

// Characters as a person counts them: Unicode code points, not UTF-16 units.
inline std::size_t characterCount(const QString& text)
{
    std::size_t count = 0;
    for (const QChar c : text) {
        count += c.isLowSurrogate() ? 0 : 1;
    }
    return count;
}

// What is wrong with `text` as a field of at most maxCharacters characters
// (the message, without the field's name), or nothing.
inline std::optional<std::string> problemWith(const QString& text, std::size_t maxCharacters,
                                              Lines lines)
{
    const std::size_t length = characterCount(text);
    if (length > maxCharacters) {
        return translated::fill(
            QCoreApplication::translate("FieldError", "must be at most %1 characters, got %2"),
            maxCharacters, length);
    }
    if (const auto c = forbiddenCharacter(text, lines)) {
        return controlCharacterMessage(*c, lines);
    }
    return std::nullopt;
}

} // namespace text_rules
