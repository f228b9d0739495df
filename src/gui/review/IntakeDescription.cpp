#include "review/IntakeDescription.h"

#include "Labels.h"
#include "common/AlertColours.h"
#include "common/DateText.h"
#include "model/IntakeRecord.h"
#include "rules/RuleSet.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"

#include <QLocale>

using nlohmann::ordered_json;
using namespace vocabulary;

namespace {

QString text(const ordered_json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QString escaped(const std::string& value)
{
    return QString::fromStdString(value).toHtmlEscaped();
}

template <std::size_t N>
std::optional<std::size_t> wordIndex(const ordered_json& value,
                                     const std::array<std::string_view, N>& words)
{
    return value.is_string() ? indexOfWord(words, value.get<std::string>()) : std::nullopt;
}

// A member of a JSON object, or null when it is missing (or the value is no object).
const ordered_json& member(const ordered_json& object, const char* key)
{
    static const ordered_json none;
    if (!object.is_object()) {
        return none;
    }
    const auto found = object.find(key);
    return found == object.end() ? none : *found;
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

// The stored suggestion: referral banner, screening, clearance, plan, reasons.
QString describeSuggestion(const ordered_json& suggestion, const RuleSet* rules)
{
    QString html;
    const auto approach = wordIndex(member(suggestion, "approach"), kApproachWords);
    if (approach && Approach(*approach) == Approach::ReferOut) {
        const auto urgency = wordIndex(member(suggestion, "urgency"), kUrgencyWords);
        html += QStringLiteral("<p style=\"background:%1;color:%2;padding:6px;\"><b>⚠ ")
                    .arg(alert_colours::css(alert_colours::errorBackground()),
                         alert_colours::css(alert_colours::errorText())) +
                IntakeDescription::tr("REFER OUT — %1: do not start a massage.")
                    .arg(urgency ? Labels::urgency(Urgency(*urgency)).toUpper() : QString()) +
                QStringLiteral("</b></p>");
    }
    const QList<Question> unanswered = IntakeDescription::unanswered(suggestion);
    if (!unanswered.isEmpty()) {
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
    html += approach ? Labels::approach(Approach(*approach))
                     : IntakeDescription::tr("No plan: screening incomplete");
    html += QStringLiteral("</b>");
    if (const auto pressure = wordIndex(member(suggestion, "pressure"), kPressureWords)) {
        html += QStringLiteral(", ") + IntakeDescription::tr("pressure %1")
                                           .arg(Labels::pressure(Pressure(*pressure)).toLower());
    }
    html += QStringLiteral("</p>");

    QStringList cleared;
    for (const auto& word : member(suggestion, "cleared")) {
        if (const auto code = wordIndex(word, kClearanceCodeWords)) {
            cleared << Labels::clearanceCode(ClearanceCode(*code));
        }
    }
    if (!cleared.isEmpty()) {
        html += paragraph(IntakeDescription::tr("Cleared by a physician for: %1")
                              .arg(cleared.join(QStringLiteral(", "))));
    }

    QStringList focus;
    for (const auto& word : member(suggestion, "focus_areas")) {
        if (word.is_string()) {
            focus << Labels::focusArea(word.get<std::string>());
        }
    }
    if (!focus.isEmpty()) {
        html += paragraph(IntakeDescription::tr("Focus: %1").arg(focus.join(QStringLiteral(", "))));
    }
    for (const auto& caution : member(suggestion, "cautions")) {
        html += QStringLiteral("<p style=\"background:#fff3c4;color:#3d2f00;\">⚠ %1</p>")
                    .arg(text(member(caution, "text")).toHtmlEscaped());
    }
    QStringList homeCare;
    for (const auto& word : member(suggestion, "home_care")) {
        if (word.is_string()) {
            homeCare << Labels::homeCare(word.get<std::string>());
        }
    }
    if (!homeCare.isEmpty()) {
        html += paragraph(
            IntakeDescription::tr("Home care: %1").arg(homeCare.join(QStringLiteral("; "))));
    }

    // The evidence comes from the rules file in use, so only for results of
    // the same rules version (another version's rule may differ).
    const bool sameRules =
        rules != nullptr &&
        text(member(suggestion, "rules_version")).toStdString() == rules->version;
    html +=
        QStringLiteral("<p><i>") + IntakeDescription::tr("Why:") + QStringLiteral("</i></p><ul>");
    for (const auto& line : member(suggestion, "rationale")) {
        const QString id = text(member(line, "rule"));
        html += QStringLiteral("<li><b>%1</b>: %2")
                    .arg(id.toHtmlEscaped(), text(member(line, "reason")).toHtmlEscaped());
        if (sameRules) {
            if (const Rule* rule = rules->findRule(id.toStdString())) {
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
    if (const QString version = text(member(suggestion, "rules_version")); !version.isEmpty()) {
        html += paragraph(QStringLiteral("<small>") +
                          IntakeDescription::tr("Rules version %1").arg(version.toHtmlEscaped()) +
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

QString describeVersion(const ordered_json& intake, const ordered_json& suggestion,
                        const RuleSet* rules)
{
    QString html;
    const auto& client = member(intake, "client");
    const QDate born = QDate::fromString(text(member(client, "date_of_birth")), Qt::ISODate);
    QDate visit = QDate::fromString(text(member(intake, "visit_date")), Qt::ISODate);
    html += QStringLiteral("<h2>%1</h2><p>").arg(text(member(client, "name")).toHtmlEscaped());
    if (born.isValid() && visit.isValid()) {
        html += IntakeDescription::tr("Born %1 (age %2), visit %3")
                    .arg(dateText(born))
                    .arg(wholeYearsBetween(born, visit))
                    .arg(dateText(visit));
    }
    const bool version1 = text(member(intake, "format")) ==
                          QLatin1String(kIntakeFormatWords[std::size_t(IntakeFormat::V1)].data());
    if (version1) {
        html += QStringLiteral("<br>") +
                IntakeDescription::tr("Intake format: version 1 (clinic-intake/1)");
    }
    html += QStringLiteral("</p>");

    html += describeSuggestion(suggestion, rules);

    // The answers as the program reads them (a version 1 record read as
    // version 2, by the spec's table); the stored record is never changed.
    const FixedClock clock(visit.isValid() ? visit : QDate::currentDate());
    const IntakeParseResult parsed = IntakeParser(clock).validate(nlohmann::json(intake));
    if (parsed.ok()) {
        html += describeAnswers(*parsed.record);
    } else {
        html += QStringLiteral("<h3>") + IntakeDescription::tr("Answers") +
                QStringLiteral("</h3>") +
                paragraph(IntakeDescription::tr("This stored record could not be read: %1")
                              .arg(QString::fromStdString(parsed.errors.front().path + ": " +
                                                          parsed.errors.front().message)
                                       .toHtmlEscaped()));
    }
    return html;
}

} // namespace

QString IntakeDescription::html(const ordered_json& intake, const ordered_json& suggestion,
                                const RuleSet* rules)
{
    return describeVersion(intake, suggestion, rules);
}

bool IntakeDescription::hasApproach(const ordered_json& suggestion)
{
    return wordIndex(member(suggestion, "approach"), kApproachWords).has_value();
}

QList<Question> IntakeDescription::unanswered(const ordered_json& suggestion)
{
    QList<Question> questions;
    for (const auto& word : member(member(suggestion, "screening"), "unanswered")) {
        if (!word.is_string()) {
            continue;
        }
        for (std::size_t i = 0; i < kQuestionCount; ++i) {
            if (wordOf(Question(i)) == word.get<std::string>()) {
                questions << Question(i);
            }
        }
    }
    return questions;
}

QString IntakeDescription::reviewsHtml(const ordered_json& reviews)
{
    if (!reviews.is_array() || reviews.empty()) {
        return {};
    }
    QString html = QStringLiteral("<h3>") + tr("Reviews") + QStringLiteral("</h3><ul>");
    for (const auto& review : reviews) {
        const QDateTime at = QDateTime::fromString(
            text(review.value("reviewed_at", ordered_json())), Qt::ISODateWithMs);
        const bool accepted = review.value("decision", "") == "accepted";
        html += QStringLiteral("<li>") +
                (accepted ? tr("Version %1: suggestion accepted by %2, %3")
                          : tr("Version %1: overridden by %2, %3"))
                    .arg(review.value("version", 0))
                    .arg(text(review.value("reviewer", ordered_json())).toHtmlEscaped(),
                         date_text::show(at));
        if (!accepted) {
            const auto approach =
                wordIndex(review.value("final_approach", ordered_json()), kApproachWords);
            html +=
                QStringLiteral("<br>") +
                tr("Used: %1").arg(approach ? Labels::approach(Approach(*approach)) : QString());
            const auto pressure =
                wordIndex(review.value("final_pressure", ordered_json()), kPressureWords);
            if (pressure) {
                html += QStringLiteral(", ") +
                        tr("pressure %1").arg(Labels::pressure(Pressure(*pressure)).toLower());
            }
            html +=
                QStringLiteral("<br>") +
                tr("Reason: %1").arg(text(review.value("reason", ordered_json())).toHtmlEscaped());
        }
        const QString note = text(review.value("session_note", ordered_json()));
        if (!note.isEmpty()) {
            html += QStringLiteral("<br>") + tr("Session note: %1").arg(note.toHtmlEscaped());
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    return html;
}
