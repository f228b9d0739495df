#include "review/IntakeDescription.h"

#include "Labels.h"
#include "common/AlertColours.h"
#include "common/DateText.h"
#include "model/IntakeRecord.h"
#include "rules/RuleSet.h"
#include "rules/SuggestionLanguage.h"

#include <QLocale>

using namespace vocabulary;

namespace {

QString escaped(const std::string& value)
{
    return QString::fromStdString(value).toHtmlEscaped();
}

QString paragraph(const QString& html)
{
    return QStringLiteral("<p>") + html + QStringLiteral("</p>");
}

QString dateText(const QDate& date)
{
    return date_text::show(date);
}

QString locationList(std::uint16_t bits)
{
    QStringList names;
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        if ((bits & bitOf(PainLocation(i))) != 0) {
            names << Labels::location(PainLocation(i));
        }
    }
    return names.join(QStringLiteral(", "));
}

// Stored data that could not be read, said where it is shown.
QString problemsParagraph(const QString& sentence, const std::vector<std::string>& problems)
{
    QStringList lines;
    for (const auto& problem : problems) {
        lines << escaped(problem);
    }
    return QStringLiteral("<p style=\"background:%1;color:%2;padding:6px;\">⚠ ")
               .arg(alert_colours::css(alert_colours::warningBackground()),
                    alert_colours::css(alert_colours::warningText())) +
           sentence.arg(lines.join(QStringLiteral("; "))) + QStringLiteral("</p>");
}

// The stored suggestion: referral banner, screening, clearance, plan, reasons.
QString describeSuggestion(const StoredSuggestion& suggestion, const RuleSet* rules,
                           UiLanguage shownIn)
{
    QString html;
    const std::optional<Approach> approach = suggestion.approach;
    if (suggestion.refersOut()) {
        html += QStringLiteral("<p style=\"background:%1;color:%2;padding:6px;\"><b>⚠ ")
                    .arg(alert_colours::css(alert_colours::errorBackground()),
                         alert_colours::css(alert_colours::errorText())) +
                IntakeDescription::tr("REFER OUT — %1: do not start a massage.")
                    .arg(suggestion.urgency ? Labels::urgency(*suggestion.urgency).toUpper()
                                            : QString()) +
                QStringLiteral("</b></p>");
    }
    if (suggestion.unanswered && !suggestion.unanswered->empty()) {
        const std::vector<Question>& unanswered = *suggestion.unanswered;
        QStringList names;
        for (const Question question : unanswered) {
            names << Labels::questionShort(question).toHtmlEscaped();
        }
        const QString summary =
            (approach ? IntakeDescription::tr("SCREENING INCOMPLETE: %1; the urgency may be "
                                              "higher than shown.")
                      : IntakeDescription::tr("SCREENING INCOMPLETE: %1. No plan until they are "
                                              "answered: this suggestion cannot be accepted."))
                .arg(Labels::questionsNotAsked(int(unanswered.size())));
        html += QStringLiteral("<p style=\"background:%1;color:%2;padding:6px;\"><b>⚠ ")
                    .arg(alert_colours::css(alert_colours::warningBackground()),
                         alert_colours::css(alert_colours::warningText())) +
                summary + QStringLiteral("</b><br>") +
                IntakeDescription::tr("Not asked: %1").arg(names.join(QStringLiteral(", "))) +
                QStringLiteral("</p>");
    }

    html += QStringLiteral("<h3>") + IntakeDescription::tr("Suggestion") +
            QStringLiteral("</h3><p><b>");
    html += approach ? Labels::approach(*approach)
                     : IntakeDescription::tr("No plan: screening incomplete");
    html += QStringLiteral("</b>");
    if (suggestion.pressure) {
        html += QStringLiteral(", ") + IntakeDescription::tr("pressure %1")
                                           .arg(Labels::pressure(*suggestion.pressure).toLower());
    }
    html += QStringLiteral("</p>");
    if (!suggestion.problems.empty()) {
        html += problemsParagraph(
            IntakeDescription::tr("Parts of this stored suggestion could not be read: %1"),
            suggestion.problems);
    }

    QStringList cleared;
    for (std::size_t i = 0; i < kClearanceCodeWords.size(); ++i) {
        if ((suggestion.cleared & bitOf(ClearanceCode(i))) != 0) {
            cleared << Labels::clearanceCode(ClearanceCode(i));
        }
    }
    if (!cleared.isEmpty()) {
        html += paragraph(IntakeDescription::tr("Cleared by a physician for: %1")
                              .arg(cleared.join(QStringLiteral(", "))));
    }

    QStringList focus;
    for (const auto& word : suggestion.focusAreas) {
        focus << Labels::focusArea(word);
    }
    if (!focus.isEmpty()) {
        html += paragraph(IntakeDescription::tr("Focus: %1").arg(focus.join(QStringLiteral(", "))));
    }
    for (const auto& caution : suggestion.cautions) {
        html += QStringLiteral("<p style=\"background:#fff3c4;color:#3d2f00;\">⚠ %1</p>")
                    .arg(escaped(caution.text));
    }
    QStringList homeCare;
    for (const auto& word : suggestion.homeCare) {
        homeCare << Labels::homeCare(word);
    }
    if (!homeCare.isEmpty()) {
        html += paragraph(
            IntakeDescription::tr("Home care: %1").arg(homeCare.join(QStringLiteral("; "))));
    }

    // The evidence comes from the rules file in use, so only for results of
    // the same rules version (another version's rule may differ).
    const bool sameRules = rules != nullptr && suggestion.rulesVersion == rules->version;
    html +=
        QStringLiteral("<p><i>") + IntakeDescription::tr("Why:") + QStringLiteral("</i></p><ul>");
    for (const auto& line : suggestion.rationale) {
        html += QStringLiteral("<li><b>%1</b>: %2").arg(escaped(line.rule), escaped(line.reason));
        if (sameRules) {
            if (const Rule* rule = rules->findRule(line.rule)) {
                const QString evidence = Labels::evidence(*rule, *rules);
                if (!evidence.isEmpty()) {
                    html += QStringLiteral("<br><small><i>") +
                            IntakeDescription::tr("Evidence: %1")
                                .arg(evidence.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                      QStringLiteral("<br>"))) +
                            QStringLiteral("</i></small>");
                }
            }
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    if (suggestion.language != shownIn) {
        html += paragraph(
            QStringLiteral("<small>") +
            (suggestion.language == UiLanguage::French
                 ? IntakeDescription::tr("The reasons and cautions are shown in French, as they "
                                         "were stored: the rules in use cannot make them again "
                                         "in this language.")
                 : IntakeDescription::tr("The reasons and cautions are shown in English, as they "
                                         "were stored: the rules in use cannot make them again "
                                         "in this language.")) +
            QStringLiteral("</small>"));
    }
    if (!suggestion.rulesVersion.empty()) {
        html += paragraph(
            QStringLiteral("<small>") +
            IntakeDescription::tr("Rules version %1").arg(escaped(suggestion.rulesVersion)) +
            QStringLiteral("</small>"));
    }
    return html;
}

QString answerCell(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return QStringLiteral("<b>⚠ ") + Labels::answer(answer) + QStringLiteral("</b>");
    case Answer::No:
        return Labels::answer(answer);
    case Answer::NotAsked:
        return QStringLiteral("<i>") + Labels::answer(answer) + QStringLiteral("</i>");
    }
    return {};
}

// Every screening and precaution question with its answer, by group.
QString describeQuestions(const IntakeRecord& record)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (int group = 0; group < Labels::kQuestionGroupCount; ++group) {
        bool first = true;
        for (std::size_t i = 0; i < kQuestionCount; ++i) {
            const Question question = Question(i);
            if (int(Labels::groupOf(question)) != group) {
                continue;
            }
            if (first) {
                html += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td></tr>")
                            .arg(Labels::questionGroup(Labels::QuestionGroup(group)));
                first = false;
            }
            QString cell = answerCell(record.answer(question));
            if (isNeckQuestion(question) && record.answer(question) == Answer::NotAsked &&
                !record.neckInvolved()) {
                cell += QStringLiteral(" ") +
                        IntakeDescription::tr("(asked only when the neck is involved)");
            }
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(Labels::questionShort(question).toHtmlEscaped(), cell);
        }
    }
    html += QStringLiteral("</table>");
    return html;
}

QString describeAnswers(const IntakeRecord& record)
{
    QString html =
        QStringLiteral("<h3>") + IntakeDescription::tr("Answers") + QStringLiteral("</h3><ul>");
    const Acuity acuity = record.acuity();
    html += QStringLiteral("<li>") +
            IntakeDescription::tr("Pain: %1, intensity %2/10, for %3 (%4)")
                .arg(locationList(record.painLocations))
                .arg(record.painIntensity)
                .arg(Labels::weeks(record.durationWeeks))
                .arg(Labels::acuity(acuity)) +
            QStringLiteral("</li>");
    QStringList radiates;
    for (std::size_t i = 0; i < kRadiationWords.size(); ++i) {
        if (record.radiatesInto(Radiation(i))) {
            radiates << Labels::radiation(Radiation(i));
        }
    }
    if (!radiates.isEmpty()) {
        html += QStringLiteral("<li>") +
                IntakeDescription::tr("Radiates to: %1").arg(radiates.join(QStringLiteral(", "))) +
                QStringLiteral("</li>");
    }
    for (std::size_t i = 0; i < kFindingCount; ++i) {
        if (record.has(Finding(i))) {
            html += QStringLiteral("<li>%1</li>").arg(Labels::finding(Finding(i)));
        }
    }
    if (record.avoidAreas != 0) {
        html += QStringLiteral("<li><b>⊘ ") +
                IntakeDescription::tr("Do not work on: %1").arg(locationList(record.avoidAreas)) +
                QStringLiteral("</b></li>");
    }
    if (record.clearance) {
        const MedicalClearance& clearance = *record.clearance;
        QStringList codes;
        for (std::size_t i = 0; i < kClearanceCodeWords.size(); ++i) {
            if (clearance.covers(ClearanceCode(i))) {
                codes << Labels::clearanceCode(ClearanceCode(i));
            }
        }
        QString line = clearance.by
                           ? IntakeDescription::tr("Medical clearance by %1 on %2 for: %3")
                                 .arg(escaped(*clearance.by), dateText(clearance.date),
                                      codes.join(QStringLiteral(", ")))
                           : IntakeDescription::tr("Medical clearance on %1 for: %2")
                                 .arg(dateText(clearance.date), codes.join(QStringLiteral(", ")));
        line += QStringLiteral(" ") + (clearance.validOn(record.visitDate)
                                           ? IntakeDescription::tr("(valid on the visit day)")
                                           : IntakeDescription::tr("(<b>expired</b>: more than "
                                                                   "%n day(s) before the visit)",
                                                                   nullptr, kClearanceValidDays));
        html += QStringLiteral("<li>") + line + QStringLiteral("</li>");
    }
    html += QStringLiteral("<li>") +
            (record.pressurePreferenceStated
                 ? IntakeDescription::tr("Pressure preference: %1")
                       .arg(Labels::pressure(record.pressurePreference).toLower())
                 : IntakeDescription::tr("Pressure preference: not stated (medium)")) +
            QStringLiteral("</li>");
    if (record.notes) {
        html += QStringLiteral("<li>") +
                IntakeDescription::tr("Notes: %1").arg(escaped(*record.notes)) +
                QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h3>") + IntakeDescription::tr("Screening and precautions") +
            QStringLiteral("</h3>");
    if (record.format == IntakeFormat::V1) {
        html += paragraph(IntakeDescription::tr(
            "A version 1 record: its flags were ticked or left unticked, so an unticked flag "
            "shows here as not asked. Amend it to ask them."));
    }
    html += describeQuestions(record);
    return html;
}

QString describeVersion(const IntakeVersionDetails& version, const RuleSet* rules)
{
    QString html;
    const QDate born = version.dateOfBirth;
    const QDate visit = version.visitDate;
    html += QStringLiteral("<h2>%1</h2><p>").arg(version.clientName.toHtmlEscaped());
    if (born.isValid() && visit.isValid()) {
        html += IntakeDescription::tr("Born %1 (age %2), visit %3")
                    .arg(dateText(born))
                    .arg(wholeYearsBetween(born, visit))
                    .arg(dateText(visit));
    }
    if (version.format == IntakeFormat::V1) {
        html += QStringLiteral("<br>") +
                IntakeDescription::tr("Intake format: version 1 (clinic-intake/1)");
    }
    html += QStringLiteral("</p>");

    // In the language of the screen where the rules that made it can say
    // it again; otherwise as stored, saying in which language.
    const UiLanguage shownIn = language::current();
    const StoredSuggestion shown = suggestion_language::inLanguage(
        version.suggestion, version.record ? &*version.record : nullptr, rules, shownIn);
    html += describeSuggestion(shown, rules, shownIn);

    // The answers as the program reads them (a version 1 record read as
    // version 2, by the spec's table); the stored record is never changed.
    if (version.record) {
        html += describeAnswers(*version.record);
    } else {
        html += QStringLiteral("<h3>") + IntakeDescription::tr("Answers") +
                QStringLiteral("</h3>") +
                paragraph(IntakeDescription::tr("This stored record could not be read: %1")
                              .arg(escaped(version.recordProblem)));
    }
    return html;
}

} // namespace

QString IntakeDescription::html(const IntakeVersionDetails& version, const RuleSet* rules)
{
    return describeVersion(version, rules);
}

QString IntakeDescription::reviewsHtml(const std::vector<ReviewDetails>& reviews)
{
    if (reviews.empty()) {
        return {};
    }
    QString html = QStringLiteral("<h3>") + tr("Reviews") + QStringLiteral("</h3><ul>");
    for (const ReviewDetails& review : reviews) {
        const bool accepted = review.decision == ReviewOutcome::Accepted;
        html += QStringLiteral("<li>") +
                (accepted ? tr("Version %1: suggestion accepted by %2, %3")
                          : tr("Version %1: overridden by %2, %3"))
                    .arg(review.version)
                    .arg(review.reviewer.toHtmlEscaped(), date_text::show(review.at));
        if (!accepted) {
            html += QStringLiteral("<br>") + tr("Used: %1")
                                                 .arg(review.finalApproach
                                                          ? Labels::approach(*review.finalApproach)
                                                          : QString());
            if (review.finalPressure) {
                html += QStringLiteral(", ") +
                        tr("pressure %1").arg(Labels::pressure(*review.finalPressure).toLower());
            }
            html += QStringLiteral("<br>") +
                    tr("Reason: %1").arg(review.reason.value_or(QString()).toHtmlEscaped());
        }
        const QString note = review.sessionNote.value_or(QString());
        if (!note.isEmpty()) {
            html += QStringLiteral("<br>") + tr("Session note: %1").arg(note.toHtmlEscaped());
        }
        if (!review.problems.empty()) {
            html += problemsParagraph(tr("Parts of this stored review could not be read: %1"),
                                      review.problems);
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    return html;
}

QString IntakeDescription::problemsHtml(const std::vector<std::string>& problems)
{
    return problems.empty()
               ? QString()
               : problemsParagraph(tr("Parts of this stored intake could not be read: %1"),
                                   problems);
}
