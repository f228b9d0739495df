#include "review/ReviewPage.h"

#include "ClinicSession.h"
#include "Labels.h"
#include "model/IntakeRecord.h"
#include "storage/IntakeStore.h"
#include "storage/StorageError.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

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

// The intake and its suggestion as a page a therapist reads in two minutes.
QString describe(const ordered_json& intake, const ordered_json& suggestion)
{
    QString html;
    const auto& client = intake.at("client");
    const QDate born = QDate::fromString(text(client.at("date_of_birth")), Qt::ISODate);
    const QDate visit = QDate::fromString(text(intake.at("visit_date")), Qt::ISODate);
    html += QStringLiteral("<h2>%1</h2><p>").arg(text(client.at("name")).toHtmlEscaped());
    html += ReviewPage::tr("Born %1 (age %2), visit %3")
                .arg(QLocale().toString(born, QLocale::ShortFormat))
                .arg(wholeYearsBetween(born, visit))
                .arg(QLocale().toString(visit, QLocale::ShortFormat));
    html += QStringLiteral("</p>");

    const std::string approachWord = suggestion.value("approach", "");
    const auto approach = indexOfWord(kApproachWords, approachWord);
    if (approach && Approach(*approach) == Approach::ReferOut) {
        const auto urgency = wordIndex(suggestion.at("urgency"), kUrgencyWords);
        html += QStringLiteral("<p style=\"background:#b00020;color:#ffffff;padding:6px;\"><b>⚠ ") +
                ReviewPage::tr("REFER OUT — %1: do not start a massage.")
                    .arg(urgency ? Labels::urgency(Urgency(*urgency)).toUpper() : QString()) +
                QStringLiteral("</b></p>");
    }
    html += QStringLiteral("<h3>") + ReviewPage::tr("Suggestion") + QStringLiteral("</h3><p><b>");
    html += approach ? Labels::approach(Approach(*approach)) : QString();
    html += QStringLiteral("</b>");
    if (const auto pressure = wordIndex(suggestion.at("pressure"), kPressureWords)) {
        html += QStringLiteral(", ") +
                ReviewPage::tr("pressure %1").arg(Labels::pressure(Pressure(*pressure)).toLower());
    }
    html += QStringLiteral("</p>");
    QStringList focus;
    for (const auto& word : suggestion.at("focus_areas")) {
        focus << Labels::focusArea(word.get<std::string>());
    }
    if (!focus.isEmpty()) {
        html += QStringLiteral("<p>") +
                ReviewPage::tr("Focus: %1").arg(focus.join(QStringLiteral(", "))) +
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
                ReviewPage::tr("Home care: %1").arg(homeCare.join(QStringLiteral("; "))) +
                QStringLiteral("</p>");
    }
    html += QStringLiteral("<p><i>") + ReviewPage::tr("Why:") + QStringLiteral("</i></p><ul>");
    for (const auto& line : suggestion.at("rationale")) {
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(text(line.at("rule")).toHtmlEscaped(),
                         text(line.at("reason")).toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h3>") + ReviewPage::tr("Answers") + QStringLiteral("</h3><ul>");
    const auto& pain = intake.at("pain");
    QStringList locations;
    for (const auto& word : pain.at("locations")) {
        locations << Labels::fromWord(word.get<std::string>());
    }
    html += QStringLiteral("<li>") +
            ReviewPage::tr("Pain: %1, intensity %2/10, for %3 weeks")
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
                ReviewPage::tr("Radiates to: %1").arg(radiates.join(QStringLiteral(", "))) +
                QStringLiteral("</li>");
    }
    if (!pain.value("changes_with_movement", true)) {
        html += QStringLiteral("<li>") + ReviewPage::tr("Pain does not change with movement") +
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
            ReviewPage::tr("Pressure preference: %1").arg(text(intake.at("pressure_preference"))) +
            QStringLiteral("</li>");
    if (intake.contains("notes")) {
        html += QStringLiteral("<li>") +
                ReviewPage::tr("Notes: %1").arg(text(intake.at("notes")).toHtmlEscaped()) +
                QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace

ReviewPage::ReviewPage(ClinicSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* splitter = new QSplitter(this);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    auto* queueBox = new QGroupBox(tr("Waiting for review"), splitter);
    auto* queueLayout = new QVBoxLayout(queueBox);
    m_queue = new QListWidget(queueBox);
    m_queue->setAccessibleName(tr("Review queue"));
    queueLayout->addWidget(m_queue);

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(tr("Choose an intake from the queue."), detail);
    m_versions = new QComboBox(detail);
    m_versions->setAccessibleName(tr("Version of the intake"));
    header->addWidget(m_title, 1);
    header->addWidget(new QLabel(tr("Version:"), detail));
    header->addWidget(m_versions);
    detailLayout->addLayout(header);
    m_details = new QTextBrowser(detail);
    m_details->setAccessibleName(tr("Intake and suggestion"));
    detailLayout->addWidget(m_details, 1);

    auto* decision = new QGroupBox(tr("Your decision"), detail);
    auto* form = new QFormLayout(decision);
    m_acceptButton = new QPushButton(tr("&Accept the suggestion"), decision);
    form->addRow(m_acceptButton);
    m_approach = new QComboBox(decision);
    for (std::size_t i = 0; i < kApproachWords.size(); ++i) {
        m_approach->addItem(Labels::approach(Approach(i)), int(i));
    }
    m_approach->setAccessibleName(tr("Approach to use instead"));
    m_pressure = new QComboBox(decision);
    for (std::size_t i = 0; i < kPressureWords.size(); ++i) {
        m_pressure->addItem(Labels::pressure(Pressure(i)), int(i));
    }
    m_pressure->setAccessibleName(tr("Pressure to use"));
    m_reason = new QLineEdit(decision);
    m_reason->setPlaceholderText(tr("Required for an override"));
    m_reason->setAccessibleName(tr("Reason for the override"));
    m_overrideButton = new QPushButton(tr("&Override"), decision);
    m_note = new QPlainTextEdit(decision);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    m_note->setAccessibleName(tr("Session note"));
    form->addRow(tr("Or use &approach:"), m_approach);
    form->addRow(tr("&Pressure:"), m_pressure);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_overrideButton);
    form->addRow(tr("Session &note:"), m_note);
    detailLayout->addWidget(decision);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 900}); // the queue wide enough for a name and its flag

    connect(m_queue, &QListWidget::currentRowChanged, this, [this](int row) {
        showIntake(row >= 0 ? m_queue->item(row)->data(Qt::UserRole).toLongLong() : 0);
    });
    connect(m_versions, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ReviewPage::showVersion);
    connect(m_reason, &QLineEdit::textChanged, this, &ReviewPage::updateButtons);
    connect(m_approach, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ReviewPage::updateButtons);
    connect(m_acceptButton, &QPushButton::clicked, this, &ReviewPage::accept);
    connect(m_overrideButton, &QPushButton::clicked, this, &ReviewPage::overrideSuggestion);
    updateButtons();
}

void ReviewPage::refresh()
{
    IntakeFilter filter;
    filter.status = QStringLiteral("pending");
    filter.limit = 1000;
    std::vector<IntakeSummary> rows;
    try {
        rows = m_session.store().list(filter);
    } catch (const StorageError& error) {
        emit statusMessage(QString::fromStdString(error.what()));
    }
    // Today's clients first; within a day, referrals first.
    const QDate today = m_session.clock().today();
    std::stable_sort(rows.begin(), rows.end(),
                     [today](const IntakeSummary& a, const IntakeSummary& b) {
                         if ((a.visitDate == today) != (b.visitDate == today)) {
                             return a.visitDate == today;
                         }
                         if (a.visitDate != b.visitDate) {
                             return a.visitDate > b.visitDate;
                         }
                         return a.refersOut && !b.refersOut;
                     });
    const qint64 selected = m_intakeId;
    m_queue->blockSignals(true);
    m_queue->clear();
    for (const IntakeSummary& row : rows) {
        QString label =
            tr("#%1  %2  %3")
                .arg(row.id)
                .arg(QLocale().toString(row.visitDate, QLocale::ShortFormat), row.clientName);
        auto* item = new QListWidgetItem(m_queue);
        if (row.refersOut) {
            label += QStringLiteral("\n⚠ ") + tr("REFER OUT — %1").arg(row.urgency.toUpper());
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        item->setText(label);
        item->setData(Qt::UserRole, row.id);
    }
    m_queue->blockSignals(false);
    if (!selectIntake(selected) && m_queue->count() > 0) {
        m_queue->setCurrentRow(0);
    } else if (m_queue->count() == 0) {
        showIntake(0);
    }
    emit queueChanged(m_queue->count());
}

int ReviewPage::queueSize() const
{
    return m_queue->count();
}

bool ReviewPage::selectIntake(qint64 intakeId)
{
    for (int row = 0; row < m_queue->count(); ++row) {
        if (m_queue->item(row)->data(Qt::UserRole).toLongLong() == intakeId) {
            m_queue->setCurrentRow(row);
            showIntake(intakeId);
            return true;
        }
    }
    return false;
}

void ReviewPage::openIntake(qint64 intakeId)
{
    if (!selectIntake(intakeId)) {
        m_queue->blockSignals(true);
        m_queue->setCurrentRow(-1);
        m_queue->blockSignals(false);
        showIntake(intakeId);
    }
}

void ReviewPage::showIntake(qint64 intakeId)
{
    m_intakeId = intakeId;
    m_versions->blockSignals(true);
    m_versions->clear();
    m_record = ordered_json();
    if (intakeId > 0) {
        try {
            m_record = m_session.store().details(intakeId);
        } catch (const StorageError& error) {
            emit statusMessage(QString::fromStdString(error.what()));
            m_intakeId = 0;
        }
    }
    if (m_intakeId > 0) {
        const auto& versions = m_record.at("versions");
        for (std::size_t i = versions.size(); i-- > 0;) {
            const int number = versions[i].at("version").get<int>();
            m_versions->addItem(i + 1 == versions.size() ? tr("%1 (current)").arg(number)
                                                         : QString::number(number),
                                int(i));
        }
        m_title->setText(tr("Intake #%1").arg(m_intakeId));
    } else {
        m_title->setText(tr("Choose an intake from the queue."));
        m_details->clear();
    }
    m_versions->blockSignals(false);
    m_versions->setEnabled(m_versions->count() > 1);
    if (m_versions->count() > 0) {
        showVersion(0);
    }
    m_reason->clear();
    m_note->clear();
    updateButtons();
}

void ReviewPage::showVersion(int index)
{
    if (index < 0 || m_record.is_null()) {
        return;
    }
    const auto& version =
        m_record.at("versions").at(std::size_t(m_versions->itemData(index).toInt()));
    m_details->setHtml(describe(version.at("intake"), version.at("suggestion")));
}

QString ReviewPage::detailsText() const
{
    return m_details->toPlainText();
}

void ReviewPage::updateButtons()
{
    const bool chosen = m_intakeId > 0;
    m_acceptButton->setEnabled(chosen);
    m_overrideButton->setEnabled(chosen && !m_reason->text().trimmed().isEmpty());
    m_pressure->setEnabled(Approach(m_approach->currentData().toInt()) != Approach::ReferOut);
}

void ReviewPage::accept()
{
    record(true);
}

void ReviewPage::overrideSuggestion()
{
    record(false);
}

void ReviewPage::record(bool accepted)
{
    if (m_intakeId <= 0) {
        return;
    }
    ReviewDecision decision;
    decision.accepted = accepted;
    decision.sessionNote = m_note->toPlainText().trimmed();
    if (!accepted) {
        decision.finalApproach = Approach(m_approach->currentData().toInt());
        if (decision.finalApproach != Approach::ReferOut) {
            decision.finalPressure = Pressure(m_pressure->currentData().toInt());
        }
        decision.reason = m_reason->text().trimmed();
    }
    const qint64 reviewedId = m_intakeId;
    try {
        m_session.store().review(reviewedId, decision, m_session.actor());
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Review not saved"), QString::fromStdString(error.what()));
        return;
    }
    emit statusMessage(accepted ? tr("Intake %1: suggestion accepted").arg(reviewedId)
                                : tr("Intake %1: overridden").arg(reviewedId));
    emit reviewed(reviewedId);
    m_intakeId = 0;
    refresh();
}
