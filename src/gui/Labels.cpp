#include "Labels.h"

#include <QCoreApplication>

using namespace vocabulary;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Labels", text);
}

} // namespace

QString Labels::approach(Approach approach)
{
    switch (approach) {
    case Approach::TriggerPoint:
        return tr("Trigger point therapy");
    case Approach::DeepTissue:
        return tr("Deep tissue massage");
    case Approach::Swedish:
        return tr("Swedish massage");
    case Approach::Sacroiliac:
        return tr("Gentle sacroiliac work");
    case Approach::ReferOut:
        return tr("Refer to a physician");
    }
    return {};
}

QString Labels::approachReason(Approach approach)
{
    switch (approach) {
    case Approach::TriggerPoint:
        return tr("Referred pain: work the glutes and legs where it starts.");
    case Approach::DeepTissue:
        return tr("Long-standing pain: break down tight muscles.");
    case Approach::Swedish:
        return tr("A general back and glute massage.");
    case Approach::Sacroiliac:
        return tr("Gentle work to bring blood flow to the low back.");
    case Approach::ReferOut:
        return tr("Not a case for massage today.");
    }
    return {};
}

QString Labels::pressure(Pressure pressure)
{
    switch (pressure) {
    case Pressure::Light:
        return tr("Light");
    case Pressure::Medium:
        return tr("Medium");
    case Pressure::Firm:
        return tr("Firm");
    }
    return {};
}

QString Labels::urgency(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Emergency:
        return tr("Emergency");
    case Urgency::Urgent:
        return tr("Urgent");
    case Urgency::Routine:
        return tr("Routine");
    }
    return {};
}

QString Labels::acuity(Acuity acuity)
{
    switch (acuity) {
    case Acuity::Acute:
        return tr("acute");
    case Acuity::Subacute:
        return tr("subacute");
    case Acuity::Chronic:
        return tr("chronic");
    }
    return {};
}

QString Labels::radiation(Radiation radiation)
{
    switch (radiation) {
    case Radiation::Hip:
        return tr("Hip");
    case Radiation::Leg:
        return tr("Leg");
    case Radiation::NeckShoulders:
        return tr("Neck and shoulders");
    }
    return {};
}

QString Labels::yesNoQuestion(YesNoAnswer answer)
{
    switch (answer) {
    case YesNoAnswer::ShootingLegPain:
        return tr("Shooting pain down the leg");
    case YesNoAnswer::NumbnessOrTingling:
        return tr("Numbness or tingling");
    case YesNoAnswer::TightHamstrings:
        return tr("Tight hamstrings");
    case YesNoAnswer::TightGlutes:
        return tr("Tight glutes");
    case YesNoAnswer::StandsOnOneLeg:
        return tr("Habitually stands on one leg");
    case YesNoAnswer::NeckShoulderStress:
        return tr("Neck and shoulder stress");
    case YesNoAnswer::SaddleNumbness:
        return tr("Numbness in the saddle area");
    case YesNoAnswer::BladderOrBowelChange:
        return tr("New bladder or bowel problems");
    case YesNoAnswer::ProgressiveLegWeakness:
        return tr("Leg weakness getting worse");
    case YesNoAnswer::FeverOrUnwell:
        return tr("Fever or feeling unwell");
    case YesNoAnswer::CancerHistory:
        return tr("History of cancer");
    case YesNoAnswer::UnexplainedWeightLoss:
        return tr("Unexplained weight loss");
    case YesNoAnswer::RecentMajorTrauma:
        return tr("Recent major trauma (fall, accident)");
    case YesNoAnswer::ConstantNightPain:
        return tr("Constant pain at night");
    case YesNoAnswer::Anticoagulants:
        return tr("Takes blood thinners");
    case YesNoAnswer::Pregnancy:
        return tr("Pregnant");
    case YesNoAnswer::Osteoporosis:
        return tr("Osteoporosis");
    case YesNoAnswer::RecentSurgery:
        return tr("Recent surgery");
    case YesNoAnswer::DvtHistory:
        return tr("History of blood clots (DVT)");
    case YesNoAnswer::SkinConditionInArea:
        return tr("Skin condition in the area");
    }
    return {};
}

QString Labels::focusArea(std::string_view word)
{
    if (word == "quadratus_lumborum") {
        return tr("Quadratus lumborum");
    }
    if (word == "erector_spinae") {
        return tr("Erector spinae");
    }
    if (word == "gluteus_maximus") {
        return tr("Gluteus maximus");
    }
    if (word == "gluteus_medius") {
        return tr("Gluteus medius");
    }
    if (word == "piriformis") {
        return tr("Piriformis");
    }
    if (word == "hamstrings") {
        return tr("Hamstrings");
    }
    if (word == "sacroiliac_joint") {
        return tr("Sacroiliac joint");
    }
    if (word == "upper_trapezius") {
        return tr("Upper trapezius");
    }
    if (word == "levator_scapulae") {
        return tr("Levator scapulae");
    }
    return fromWord(word);
}

QString Labels::homeCare(std::string_view word)
{
    if (word == "tennis_ball") {
        return tr("Tennis ball against a wall for the glutes");
    }
    if (word == "foam_roller") {
        return tr("Foam roller for the back and hamstrings");
    }
    return fromWord(word);
}

QString Labels::fromWord(std::string_view word)
{
    QString text = QString::fromUtf8(word.data(), qsizetype(word.size()));
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}
