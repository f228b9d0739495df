#pragma once

#include "model/Vocabulary.h"
#include "rules/RuleText.h"

#include <array>
#include <optional>
#include <string>

// A caution the rules file defines: a code, a sentence for staff, and
// optionally the most pressure it allows.
struct CautionDefinition
{
    std::string code;
    RuleText text;
    std::optional<vocabulary::Pressure> maxPressure;

    std::string codeJson; // pre-escaped JSON strings
    std::array<std::string, kUiLanguageCount> textJson;
};
