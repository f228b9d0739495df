#pragma once

#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QString>
#include <string_view>

class QAbstractSpinBox;
struct Rule;
struct RuleSet;

// What staff read for each machine word: translated labels for approaches,
// pressures, urgencies, locations, muscles, home care, the screening and
// precaution questions, the findings and the clearance codes. Words the
// rules file adds later fall back to the word with spaces.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    // What a screening question screens for: the form's groups, in the
    // order the form shows them.
    enum class QuestionGroup
    {
        NerveCompression, // cauda equina syndrome, nerve roots
        Fracture,
        Infection,
        Cancer,
        BloodVessels,  // aorta, clots, the heart and lungs
        NotMechanical, // pain that movement does not change
        NeckArteries,  // the neck questions (cervical arteries)
        Precautions,   // the precaution questions
    };
    static constexpr int kQuestionGroupCount = 8;

    static QString approach(vocabulary::Approach approach);
    // One line on where the approach comes from, claiming no more than the
    // evidence does (the approaches are clinic practice).
    static QString approachReason(vocabulary::Approach approach);
    static QString pressure(vocabulary::Pressure pressure);
    static QString urgency(vocabulary::Urgency urgency);
    static QString acuity(vocabulary::Acuity acuity);
    // A duration: "1 week", "3 weeks", "2.5 weeks".
    static QString weeks(double weeks);
    // The words a spin box shows around its number for `count`, from a
    // text with %n in it ("%n minute(s) idle": " minute idle" after 1).
    static void setCountAffixes(QAbstractSpinBox* box, const QString& withCount, double count);
    static QString radiation(vocabulary::Radiation radiation);
    static QString location(vocabulary::PainLocation location);

    // The spec's staff wording of a question, in full ("Numbness or altered
    // feeling between the legs, ...").
    static QString question(vocabulary::Question question);
    // A few words for lists and links ("Saddle numbness").
    static QString questionShort(vocabulary::Question question);
    static QuestionGroup groupOf(vocabulary::Question question);
    static QString questionGroup(QuestionGroup group);
    static QString answer(vocabulary::Answer answer); // "Yes", "No", "Not asked"
    // "1 question not asked", "3 questions not asked".
    static QString questionsNotAsked(int count);

    static QString finding(vocabulary::Finding finding);
    static QString clearanceCode(vocabulary::ClearanceCode code);

    // The sources the rules file names for a rule, one per line:
    // "Title (year): what it supports". Empty when it names none.
    static QString evidence(const Rule& rule, const RuleSet& rules);

    static QString focusArea(std::string_view word);
    static QString homeCare(std::string_view word);
    static QString fromWord(std::string_view word); // "sacroiliac_joint" -> "Sacroiliac joint"
};
