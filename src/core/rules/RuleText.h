#pragma once

#include "util/Language.h"

#include <array>
#include <cstddef>
#include <string>

// The languages a rules file's texts are written in: UiLanguage's.
inline constexpr std::size_t kUiLanguageCount = 2;

// A human-readable text of the rules file, in English and French. A file may
// give one language only (a plain string is English, as older and clinic
// files write it); the loader then copies it into the other, so that every
// language has a text to show, and `rules check` warns about it.
struct RuleText
{
    std::array<std::string, kUiLanguageCount> texts;

    const std::string& in(UiLanguage language) const { return texts[std::size_t(language)]; }
    std::string& in(UiLanguage language) { return texts[std::size_t(language)]; }
    const std::string& english() const { return in(UiLanguage::English); }
    bool empty() const { return texts[0].empty() && texts[1].empty(); }
};
