#include "review/IntakeDescription.h"

#include "Labels.h"
#include "model/IntakeRecord.h"

#include <QLocale>

using nlohmann::ordered_json;
using namespace vocabulary;

namespace {

QString text(const ordered_json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

template <std::size_t N>
std::optional<std::size_t> wordIndex(const ordered_json& value,
                                     const std::array<std::string_view, N>& words)
{
    return value.is_string() ? indexOfWord(words, value.get<std::string>()) : std::nullopt;
}

QString describeVersion(const ordered_json& intake, const ordered_json& suggestion)
{
    QString html;
    const auto& client = intake.at("client");
    const QDate born = QDate::fromString(text(client.at("date_of_birth")), Qt::ISODate);
    const QDate visit = QDate::fromString(text(intake.at("visit_date")), Qt::ISODate);
    html += QStringLiteral("<h2>%1</h2><p>").arg(text(client.at("name")).toHtmlEscaped());
    html += IntakeDescription::tr("Born %1 (age %2), visit %3")
                .arg(QLocale().toString(born, QLocale::ShortFormat))
                .arg(wholeYearsBetween(born, visit))
                .arg(QLocale().toString(visit, QLocale::ShortFormat));
    html += QStringLiteral("</p>");

    const std::string approachWord = suggestion.value("approach", "");
    const auto approach = indexOfWord(kApproachWords, approachWord);
    if (approach && Approach(*approach) == Approach::ReferOut) {
        const auto urgency = wordIndex(suggestion.at("urgency"), kUrgencyWords);
        html += QStringLiteral("<p style=\"background:#b00020;color:#ffffff;padding:6px;\"><b>⚠ ") +
                IntakeDescription::tr("REFER OUT — %1: do not start a massage.")
                    .arg(urgency ? Labels::urgency(Urgency(*urgency)).toUpper() : QString()) +
                QStringLiteral("</b></p>");
    }
    html += QStringLiteral("<h3>") + IntakeDescription::tr("Suggestion") +
            QStringLiteral("</h3><p><b>");
    html += approach ? Labels::approach(Approach(*approach)) : QString();
    html += QStringLiteral("</b>");
    if (const auto pressure = wordIndex(suggestion.at("pressure"), kPressureWords)) {
        html += QStringLiteral(", ") + IntakeDescription::tr("pressure %1")
                                           .arg(Labels::pressure(Pressure(*pressure)).toLower());
    }
    html += QStringLiteral("</p>");
    QStringList focus;
    for (const auto& word : suggestion.at("focus_areas")) {
        focus << Labels::focusArea(word.get<std::string>());
    }
    if (!focus.isEmpty()) {
        html += QStringLiteral("<p>") +
                IntakeDescription::tr("Focus: %1").arg(focus.join(QStringLiteral(", "))) +
                QStringLiteral("</p>");
    }
    for (const auto& caution : suggestion.at("cautions")) {
        html += QStringLiteral("<p style=\"background:#fff3c4;color:#3d2f00;\">⚠ %1</p>")
                    .arg(text(caution.at("text")).toHtmlEscaped());
    }
    QStringList homeCare;
    for (const auto& word : suggestion.at("home_care")) {
        homeCare << Labels::homeCare(word.get<std::string>());
    }
    if (!homeCare.isEmpty()) {
        html += QStringLiteral("<p>") +
                IntakeDescription::tr("Home care: %1").arg(homeCare.join(QStringLiteral("; "))) +
                QStringLiteral("</p>");
    }
    html +=
        QStringLiteral("<p><i>") + IntakeDescription::tr("Why:") + QStringLiteral("</i></p><ul>");
    for (const auto& line : suggestion.at("rationale")) {
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(text(line.at("rule")).toHtmlEscaped(),
                         text(line.at("reason")).toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h3>") + IntakeDescription::tr("Answers") + QStringLiteral("</h3><ul>");
    const auto& pain = intake.at("pain");
    QStringList locations;
    for (const auto& word : pain.at("locations")) {
        locations << Labels::fromWord(word.get<std::string>());
    }
    html += QStringLiteral("<li>") +
            IntakeDescription::tr("Pain: %1, intensity %2/10, for %3 weeks")
                .arg(locations.join(QStringLiteral(", ")))
                .arg(pain.at("intensity").get<int>())
                .arg(pain.at("duration_weeks").get<double>()) +
            QStringLiteral("</li>");
    QStringList radiates;
    for (const auto& word : pain.at("radiates_to")) {
        radiates << Labels::fromWord(word.get<std::string>());
    }
    if (!radiates.isEmpty()) {
        html += QStringLiteral("<li>") +
                IntakeDescription::tr("Radiates to: %1").arg(radiates.join(QStringLiteral(", "))) +
                QStringLiteral("</li>");
    }
    if (!pain.value("changes_with_movement", true)) {
        html += QStringLiteral("<li>") +
                IntakeDescription::tr("Pain does not change with movement") +
                QStringLiteral("</li>");
    }
    for (std::size_t i = 0; i < kYesNoAnswerCount; ++i) {
        const auto& field = kYesNoFields[i];
        const auto block = intake.find(std::string(field.block));
        if (block != intake.end() && block->value(std::string(field.field), false)) {
            html += QStringLiteral("<li>%1</li>").arg(Labels::yesNoQuestion(YesNoAnswer(i)));
        }
    }
    html += QStringLiteral("<li>") +
            IntakeDescription::tr("Pressure preference: %1")
                .arg(text(intake.at("pressure_preference"))) +
            QStringLiteral("</li>");
    if (intake.contains("notes")) {
        html += QStringLiteral("<li>") +
                IntakeDescription::tr("Notes: %1").arg(text(intake.at("notes")).toHtmlEscaped()) +
                QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace

QString IntakeDescription::html(const ordered_json& intake, const ordered_json& suggestion)
{
    return describeVersion(intake, suggestion);
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
                         QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
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
