#pragma once

#include "model/Vocabulary.h"

#include <optional>
#include <string>

// A caution the rules file defines: a code, a sentence for staff, and
// optionally the most pressure it allows.
struct CautionDefinition
{
    std::string code;
    std::string text;
    std::optional<vocabulary::Pressure> maxPressure;

    std::string codeJson; // pre-escaped JSON strings
    std::string textJson;
};
