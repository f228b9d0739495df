#pragma once

#include <QCoreApplication>
#include <QString>
#include <string>
#include <string_view>
#include <type_traits>

// Messages for people, in the language that language::apply() chose, as the
// UTF-8 std::string the core passes around. The pattern is a
// QCoreApplication::translate() call at the call site (so that lupdate sees
// it); fill() puts the arguments in its %1, %2... in one pass, so a quoted
// value that holds "%2" stays as it is.
namespace translated {

inline QString argText(const std::string& text)
{
    return QString::fromStdString(text);
}
inline QString argText(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}
inline QString argText(const char* text)
{
    return QString::fromUtf8(text);
}
inline QString argText(const QString& text)
{
    return text;
}
template <typename Number, std::enable_if_t<std::is_arithmetic_v<Number>, int> = 0>
QString argText(Number number)
{
    return QString::number(number);
}

// What the program was doing when a storage step failed ("reading the audit
// log"). The call site marks the phrase with QT_TRANSLATE_NOOP("StorageDoing",
// ...) so that lupdate sees it; the message that names it says it here. A
// phrase made elsewhere (already translated, or with a file name in it) is
// found in no catalogue and stays as it is.
inline QString doing(std::string_view phrase)
{
    const std::string text(phrase);
    return QCoreApplication::translate("StorageDoing", text.c_str());
}

template <typename... Args> std::string fill(const QString& pattern, const Args&... args)
{
    if constexpr (sizeof...(args) == 0) {
        return pattern.toStdString();
    } else {
        return pattern.arg(argText(args)...).toStdString();
    }
}

} // namespace translated
