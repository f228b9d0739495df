#pragma once

#include "model/Vocabulary.h"

#include <QString>
#include <string_view>

// What staff read for each machine word: translated labels for approaches,
// pressures, urgencies, muscles, home care and the yes/no questions. Words
// the rules file adds later fall back to the word with spaces.
class Labels
{
public:
    static QString approach(vocabulary::Approach approach);
    static QString approachReason(vocabulary::Approach approach);
    static QString pressure(vocabulary::Pressure pressure);
    static QString urgency(vocabulary::Urgency urgency);
    static QString acuity(vocabulary::Acuity acuity);
    static QString radiation(vocabulary::Radiation radiation);
    static QString yesNoQuestion(vocabulary::YesNoAnswer answer);
    static QString focusArea(std::string_view word);
    static QString homeCare(std::string_view word);
    static QString fromWord(std::string_view word); // "sacroiliac_joint" -> "Sacroiliac joint"
};
