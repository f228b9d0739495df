#include "Labels.h"

#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QSpinBox>
#include <QStringList>
#include <cmath>

using namespace vocabulary;

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
        return tr("Clinic practice for pain that spreads to the hip or leg: trigger point work "
                  "on the glutes and legs.");
    case Approach::DeepTissue:
        return tr("Clinic practice for long-standing pain: slower, deeper work.");
    case Approach::Swedish:
        return tr("A general back and glute massage (clinic practice).");
    case Approach::Sacroiliac:
        return tr("Clinic practice for new pain low in the back: gentle work around the "
                  "sacroiliac joint.");
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

QString Labels::weeks(double weeks)
{
    const double whole = std::round(weeks);
    if (std::abs(weeks - whole) < 1e-9 && whole < 1e9) {
        return tr("%Ln week(s)", nullptr, int(whole));
    }
    return tr("%1 weeks").arg(QLocale().toString(weeks));
}

void Labels::setCountAffixes(QAbstractSpinBox* box, const QString& withCount, double count)
{
    const QString number = QLocale().toString(count);
    const auto at = withCount.indexOf(number);
    const QString prefix = at > 0 ? withCount.left(at) : QString();
    const QString suffix = at >= 0 ? withCount.mid(at + number.size()) : withCount;
    if (auto* spin = qobject_cast<QSpinBox*>(box)) {
        spin->setPrefix(prefix);
        spin->setSuffix(suffix);
    } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(box)) {
        spin->setPrefix(prefix);
        spin->setSuffix(suffix);
    }
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
    case Radiation::Arm:
        return tr("Arm");
    }
    return {};
}

QString Labels::location(PainLocation location)
{
    switch (location) {
    case PainLocation::LowerBack:
        return tr("Lower back");
    case PainLocation::Sacroiliac:
        return tr("Sacroiliac joint");
    case PainLocation::MidBack:
        return tr("Mid back");
    case PainLocation::UpperBack:
        return tr("Upper back");
    case PainLocation::Neck:
        return tr("Neck");
    case PainLocation::Shoulders:
        return tr("Shoulders");
    case PainLocation::Buttock:
        return tr("Buttock");
    case PainLocation::Hip:
        return tr("Hip");
    case PainLocation::Thigh:
        return tr("Thigh");
    case PainLocation::LowerLeg:
        return tr("Lower leg");
    }
    return {};
}

QString Labels::question(Question question)
{
    switch (question) {
    case Question::SaddleNumbness:
        return tr("Numbness or altered feeling between the legs, around the back passage or "
                  "genitals (saddle area)");
    case Question::BladderOrBowelChange:
        return tr("New difficulty passing urine, loss of bladder or bowel control, or not "
                  "feeling urine or stool pass");
    case Question::SexualDysfunction:
        return tr("New loss of sexual function or feeling");
    case Question::SymptomsInBothLegs:
        return tr("Pain, numbness, tingling or weakness in both legs");
    case Question::ProgressiveLegWeakness:
        return tr("Weakness in a leg that is getting worse");
    case Question::FeverOrUnwell:
        return tr("Fever, chills, night sweats, or feeling generally unwell");
    case Question::Immunosuppressed:
        return tr("A weakened immune system (immunosuppressant drugs, chemotherapy, HIV, organ "
                  "transplant)");
    case Question::InjectsDrugs:
        return tr("Injects drugs");
    case Question::CancerHistory:
        return tr("Has, or has had, cancer");
    case Question::UnexplainedWeightLoss:
        return tr("Weight loss without trying");
    case Question::ConstantNightPain:
        return tr("Constant pain at night that rest or changing position does not ease");
    case Question::RecentMajorTrauma:
        return tr("A recent major injury: road accident, fall from a height, sports collision");
    case Question::RecentMinorFall:
        return tr("A recent fall from standing height, or a sudden strain such as lifting");
    case Question::CannotBearWeight:
        return tr("Cannot put full weight on a leg since a fall or injury");
    case Question::CalfSwelling:
        return tr("A calf or leg that is swollen, warm, red or tender");
    case Question::ChestPainOrBreathlessness:
        return tr("Chest pain or new shortness of breath");
    case Question::SuddenSeverePain:
        return tr("Sudden, severe, tearing or ripping pain in the back, chest or belly");
    case Question::PainUnchangedByMovement:
        return tr("Pain that does not change at all with movement or position (the same at "
                  "rest as when moving)");
    case Question::SevereHeadache:
        return tr("A sudden, unusual or severe headache");
    case Question::DizzinessOrNeuroSigns:
        return tr("Dizziness, double vision, trouble speaking or swallowing, drop attacks, or "
                  "numbness of the face");
    case Question::Anticoagulants:
        return tr("Takes blood thinners (anticoagulants)");
    case Question::Pregnancy:
        return tr("Is pregnant");
    case Question::Osteoporosis:
        return tr("Has osteoporosis or fragile bones");
    case Question::LongTermSteroids:
        return tr("Has taken steroid tablets (corticosteroids) for three months or more");
    case Question::RecentSurgery:
        return tr("Had surgery in the last three months");
    case Question::DvtHistory:
        return tr("Has ever had a blood clot in a leg (DVT) or the lungs");
    case Question::SkinConditionInArea:
        return tr("Has a rash, wound, infection or other skin condition where it hurts");
    case Question::VaricoseVeins:
        return tr("Has varicose veins");
    }
    return {};
}

QString Labels::questionShort(Question question)
{
    switch (question) {
    case Question::SaddleNumbness:
        return tr("Saddle numbness");
    case Question::BladderOrBowelChange:
        return tr("Bladder or bowel change");
    case Question::SexualDysfunction:
        return tr("Loss of sexual function");
    case Question::SymptomsInBothLegs:
        return tr("Symptoms in both legs");
    case Question::ProgressiveLegWeakness:
        return tr("Leg weakness getting worse");
    case Question::FeverOrUnwell:
        return tr("Fever or feeling unwell");
    case Question::Immunosuppressed:
        return tr("Weakened immune system");
    case Question::InjectsDrugs:
        return tr("Injects drugs");
    case Question::CancerHistory:
        return tr("Cancer, now or before");
    case Question::UnexplainedWeightLoss:
        return tr("Weight loss without trying");
    case Question::ConstantNightPain:
        return tr("Constant night pain");
    case Question::RecentMajorTrauma:
        return tr("Recent major injury");
    case Question::RecentMinorFall:
        return tr("Recent fall or sudden strain");
    case Question::CannotBearWeight:
        return tr("Cannot bear weight on a leg");
    case Question::CalfSwelling:
        return tr("Swollen, warm or red calf");
    case Question::ChestPainOrBreathlessness:
        return tr("Chest pain or breathlessness");
    case Question::SuddenSeverePain:
        return tr("Sudden, severe or tearing pain");
    case Question::PainUnchangedByMovement:
        return tr("Pain unchanged by movement");
    case Question::SevereHeadache:
        return tr("Sudden or severe headache");
    case Question::DizzinessOrNeuroSigns:
        return tr("Dizziness or trouble speaking");
    case Question::Anticoagulants:
        return tr("Blood thinners");
    case Question::Pregnancy:
        return tr("Pregnancy");
    case Question::Osteoporosis:
        return tr("Osteoporosis");
    case Question::LongTermSteroids:
        return tr("Long-term steroid tablets");
    case Question::RecentSurgery:
        return tr("Surgery in the last three months");
    case Question::DvtHistory:
        return tr("Blood clot (DVT) ever");
    case Question::SkinConditionInArea:
        return tr("Skin condition where it hurts");
    case Question::VaricoseVeins:
        return tr("Varicose veins");
    }
    return {};
}

Labels::QuestionGroup Labels::groupOf(Question question)
{
    switch (question) {
    case Question::SaddleNumbness:
    case Question::BladderOrBowelChange:
    case Question::SexualDysfunction:
    case Question::SymptomsInBothLegs:
    case Question::ProgressiveLegWeakness:
        return QuestionGroup::NerveCompression;
    case Question::RecentMajorTrauma:
    case Question::RecentMinorFall:
    case Question::CannotBearWeight:
        return QuestionGroup::Fracture;
    case Question::FeverOrUnwell:
    case Question::Immunosuppressed:
    case Question::InjectsDrugs:
        return QuestionGroup::Infection;
    case Question::CancerHistory:
    case Question::UnexplainedWeightLoss:
    case Question::ConstantNightPain:
        return QuestionGroup::Cancer;
    case Question::CalfSwelling:
    case Question::ChestPainOrBreathlessness:
    case Question::SuddenSeverePain:
        return QuestionGroup::BloodVessels;
    case Question::PainUnchangedByMovement:
        return QuestionGroup::NotMechanical;
    case Question::SevereHeadache:
    case Question::DizzinessOrNeuroSigns:
        return QuestionGroup::NeckArteries;
    case Question::Anticoagulants:
    case Question::Pregnancy:
    case Question::Osteoporosis:
    case Question::LongTermSteroids:
    case Question::RecentSurgery:
    case Question::DvtHistory:
    case Question::SkinConditionInArea:
    case Question::VaricoseVeins:
        return QuestionGroup::Precautions;
    }
    return QuestionGroup::Precautions;
}

QString Labels::questionGroup(QuestionGroup group)
{
    switch (group) {
    case QuestionGroup::NerveCompression:
        return tr("Nerve compression (cauda equina)");
    case QuestionGroup::Fracture:
        return tr("Fracture");
    case QuestionGroup::Infection:
        return tr("Infection");
    case QuestionGroup::Cancer:
        return tr("Cancer");
    case QuestionGroup::BloodVessels:
        return tr("Blood vessels, heart and lungs");
    case QuestionGroup::NotMechanical:
        return tr("Pain that may not be muscular");
    case QuestionGroup::NeckArteries:
        return tr("Neck: arteries and nerves");
    case QuestionGroup::Precautions:
        return tr("Precautions");
    }
    return {};
}

QString Labels::answer(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return tr("Yes");
    case Answer::No:
        return tr("No");
    case Answer::NotAsked:
        return tr("Not asked");
    }
    return {};
}

QString Labels::questionsNotAsked(int count)
{
    return tr("%n question(s) not asked", nullptr, count);
}

QString Labels::finding(Finding finding)
{
    switch (finding) {
    case Finding::ShootingLegPain:
        return tr("Shooting pain down the leg (sciatica)");
    case Finding::LegNumbnessOrTingling:
        return tr("Numbness or tingling in a leg");
    case Finding::ArmNumbnessOrTingling:
        return tr("Numbness or tingling in an arm");
    case Finding::TightHamstrings:
        return tr("Tight hamstrings");
    case Finding::TightGlutes:
        return tr("Tight glutes");
    case Finding::StandsOnOneLeg:
        return tr("Habitually stands on one leg");
    case Finding::NeckShoulderStress:
        return tr("Neck and shoulder stress");
    }
    return {};
}

QString Labels::clearanceCode(ClearanceCode code)
{
    switch (code) {
    case ClearanceCode::RecentMajorTrauma:
        return tr("Recent major injury");
    case ClearanceCode::CancerHistory:
        return tr("Cancer, now or before");
    case ClearanceCode::UnexplainedWeightLoss:
        return tr("Weight loss without trying");
    case ClearanceCode::ConstantNightPain:
        return tr("Constant night pain");
    case ClearanceCode::Immunosuppressed:
        return tr("Weakened immune system");
    case ClearanceCode::InjectsDrugs:
        return tr("Injects drugs");
    case ClearanceCode::RecentMinorFall:
        return tr("Recent fall or sudden strain");
    case ClearanceCode::PainNotMechanical:
        return tr("Pain unchanged by movement");
    case ClearanceCode::Child:
        return tr("Child (under 16)");
    }
    return {};
}

QString Labels::evidence(const Rule& rule, const RuleSet& rules)
{
    QStringList lines;
    for (const auto index : rule.evidence) {
        if (index >= rules.sources.size()) {
            continue;
        }
        const EvidenceSource& source = rules.sources[index];
        QString line = QString::fromStdString(source.title.in(language::current()));
        if (source.year) {
            line += QStringLiteral(" (%1)").arg(*source.year);
        }
        if (!source.supports.empty()) {
            line += QStringLiteral(": ") +
                    QString::fromStdString(source.supports.in(language::current()));
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
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
    if (word == "stay_active") {
        return tr("Keep moving and carry on with daily activities as far as possible");
    }
    if (word == "heat") {
        return tr("A heat pack or warm bath for short-term relief");
    }
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
