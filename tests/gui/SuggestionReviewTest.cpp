// The suggestion panel and the review page with clinic-intake/2: an
// incomplete screening shows no plan and lists what was not asked (each a
// way back to the question), a referral shows at once, every reason carries
// its evidence, and a suggestion without a plan cannot be accepted; the page
// offers to amend the intake instead.
#include "AppSettings.h"
#include "ClinicSession.h"
#include "GuiClinic.h"
#include "Labels.h"
#include "MainWindow.h"
#include "SampleIntake.h"
#include "intake/IntakeFormPage.h"
#include "intake/SuggestionPanel.h"
#include "records/RecordsTableModel.h"
#include "review/IntakeDetailsDialog.h"
#include "review/ReviewPage.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSet.h"
#include "rules/RuleSetLoader.h"
#include "security/StaffSession.h"
#include "storage/IntakeStore.h"
#include "storage/StorageError.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace vocabulary;

namespace {

IntakeRecord recordOf(const nlohmann::json& intake)
{
    const FixedClock clock(QDate(2026, 11, 21));
    const auto parsed = IntakeParser(clock).validate(intake);
    INFO(intake.dump());
    REQUIRE(parsed.ok());
    return *parsed.record;
}

// The panel, shown, with the default rules.
struct Panel
{
    Panel()
    {
        panel.resize(420, 900);
        panel.show();
        panel.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&panel));
    }

    void show(const nlohmann::json& intake)
    {
        const IntakeRecord record = recordOf(intake);
        panel.showRecommendation(engine.recommend(record), engine.ruleSet(), record);
        QApplication::processEvents(); // new widgets in a shown panel show from the event loop
    }

    RuleEngine engine{RuleSetLoader::builtIn()};
    SuggestionPanel panel;
};

nlohmann::json withoutAnswers(std::initializer_list<Question> questions)
{
    auto intake = sampleIntake();
    for (const Question question : questions) {
        const auto& field = kQuestionFields[std::size_t(question)];
        intake[std::string(field.block)].erase(std::string(field.field));
    }
    return intake;
}

void answer(nlohmann::json& intake, Question question, const char* value)
{
    const auto& field = kQuestionFields[std::size_t(question)];
    intake[std::string(field.block)][std::string(field.field)] = value;
}

struct Clinic
{
    Clinic()
    {
        REQUIRE(folder.isValid());
        session = gui_test::openClinic(database, std::make_unique<FixedClock>(gui_test::kNow),
                                       Role::Therapist);
    }

    qint64 add(const nlohmann::json& intake)
    {
        return session->staff().addIntake(recordOf(intake)).intakeId;
    }

    // Makes the stored suggestion of an intake's current version look like
    // one written before clinic-intake/2 (no "screening", no "cleared").
    void storeVersion1Suggestion(qint64 intakeId, const nlohmann::json& suggestion)
    {
        // As a database written by the previous version has it: the
        // append-only trigger steps aside for this one test update.
        gui_test::tamper(
            *session, database,
            QStringLiteral(
                "UPDATE suggestions SET result_json = ?, approach = ?, rules_version = ? "
                "WHERE intake_version_id = (SELECT id FROM intake_versions WHERE "
                "intake_id = ?)"),
            {QString::fromStdString(suggestion.dump()),
             QString::fromStdString(suggestion.at("approach").get<std::string>()),
             QStringLiteral("default-2026.1"), intakeId},
            {QStringLiteral("suggestions")});
    }

    QString status(qint64 intakeId) const
    {
        return QString::fromStdString(
            gui_test::storeOf(*session).details(intakeId).at("status").get<std::string>());
    }

    BackendDatabase database;
    const QTemporaryDir& folder = database.folderDir();
    std::unique_ptr<ClinicSession> session;
};

} // namespace

TEST_CASE("gui: suggestion: an incomplete screening gives no plan and lists the questions not "
          "asked, each a button to it",
          "[gui][suggestion]")
{
    Panel fixture;
    SuggestionPanel& panel = fixture.panel;
    fixture.show(
        withoutAnswers({Question::Pregnancy, Question::FeverOrUnwell, Question::CancerHistory}));

    CHECK(panel.approachText() == "Screening incomplete");
    CHECK_FALSE(panel.bannerVisible());
    CHECK(panel.screeningIncompleteShown());
    CHECK(panel.screeningText().contains("3 questions not asked"));
    // In the spec's order: screening questions first, then precautions.
    const QList<Question> expected = {Question::FeverOrUnwell, Question::CancerHistory,
                                      Question::Pregnancy};
    CHECK(panel.unansweredQuestions() == expected);
    CHECK(panel.focusText() == "—");
    CHECK(panel.homeCareText() == "None");
    CHECK(panel.rationaleText().contains("screening-incomplete"));

    QSignalSpy activated(&panel, &SuggestionPanel::questionActivated);
    QAbstractButton* cancer = panel.unansweredButton(Question::CancerHistory);
    REQUIRE(cancer != nullptr);
    CHECK(cancer->text().contains(Labels::questionShort(Question::CancerHistory)));
    CHECK(cancer->toolTip().contains(Labels::question(Question::CancerHistory)));
    QTest::mouseClick(cancer, Qt::LeftButton);
    REQUIRE(activated.count() == 1);
    CHECK(activated.takeFirst().at(0).value<Question>() == Question::CancerHistory);

    // From the keyboard: Tab reaches the buttons, Space activates one.
    QAbstractButton* pregnancy = panel.unansweredButton(Question::Pregnancy);
    REQUIRE(pregnancy != nullptr);
    CHECK(pregnancy->focusPolicy() & Qt::TabFocus);
    pregnancy->setFocus(Qt::TabFocusReason);
    REQUIRE(pregnancy->hasFocus());
    QTest::keyClick(pregnancy, Qt::Key_Space);
    REQUIRE(activated.count() == 1);
    CHECK(activated.takeFirst().at(0).value<Question>() == Question::Pregnancy);

    // Answering them brings the plan back, and the list goes.
    fixture.show(sampleIntake());
    CHECK_FALSE(panel.screeningIncompleteShown());
    CHECK(panel.unansweredQuestions().isEmpty());
    CHECK(panel.unansweredButton(Question::Pregnancy) == nullptr);
    CHECK(panel.approachText() == Labels::approach(Approach::Swedish));
    CHECK(panel.pressureText() == "Pressure: Medium");
}

TEST_CASE("gui: suggestion: the neck questions are listed only when the neck is involved",
          "[gui][suggestion]")
{
    Panel fixture;
    auto intake = withoutAnswers({Question::SevereHeadache, Question::DizzinessOrNeuroSigns});
    fixture.show(intake);
    CHECK_FALSE(fixture.panel.screeningIncompleteShown());

    intake["pain"]["locations"] = {"neck"};
    fixture.show(intake);
    CHECK(fixture.panel.screeningIncompleteShown());
    const QList<Question> neck = {Question::SevereHeadache, Question::DizzinessOrNeuroSigns};
    CHECK(fixture.panel.unansweredQuestions() == neck);
}

TEST_CASE("gui: suggestion: a yes that calls for a referral shows the banner at once, with the "
          "cautions, even before the screening is complete",
          "[gui][suggestion]")
{
    Panel fixture;
    SuggestionPanel& panel = fixture.panel;
    auto intake = withoutAnswers({Question::FeverOrUnwell, Question::Pregnancy});
    answer(intake, Question::SaddleNumbness, "yes");
    answer(intake, Question::Anticoagulants, "yes");
    fixture.show(intake);

    CHECK(panel.bannerVisible());
    CHECK(panel.bannerText().contains("EMERGENCY"));
    CHECK(panel.approachText() == Labels::approach(Approach::ReferOut));
    CHECK(panel.pressureText() == "Pressure: none (no massage)");
    // Still incomplete: the urgency may be higher than shown.
    CHECK(panel.screeningIncompleteShown());
    CHECK(panel.screeningText().contains("urgency may be higher"));
    CHECK(panel.unansweredQuestions().size() == 2);
    REQUIRE(panel.cautionTexts().size() == 1);
    CHECK(panel.rationaleText().contains("red-flag-saddle-numbness"));

    SECTION("urgent, amber")
    {
        intake = sampleIntake();
        answer(intake, Question::CalfSwelling, "yes");
        fixture.show(intake);
        CHECK(panel.bannerText().contains("URGENT"));
        CHECK_FALSE(panel.screeningIncompleteShown());
    }
    SECTION("routine, blue")
    {
        intake = sampleIntake();
        answer(intake, Question::PainUnchangedByMovement, "yes");
        fixture.show(intake);
        CHECK(panel.bannerText().contains("ROUTINE"));
    }
    SECTION("no referral: no banner")
    {
        fixture.show(sampleIntake());
        CHECK_FALSE(panel.bannerVisible());
    }
}

TEST_CASE("gui: suggestion: each reason shows the evidence the rules file gives for its rule",
          "[gui][suggestion]")
{
    Panel fixture;
    SuggestionPanel& panel = fixture.panel;
    auto intake = sampleIntake();
    answer(intake, Question::Anticoagulants, "yes");
    const IntakeRecord record = recordOf(intake);
    const RuleSet& rules = fixture.engine.ruleSet();
    const Recommendation result = fixture.engine.recommend(record);
    panel.showRecommendation(result, rules, record);
    QApplication::processEvents();

    REQUIRE(panel.rationaleLines().size() == int(result.rationale.size()));
    int withEvidence = 0;
    for (std::size_t i = 0; i < result.rationale.size(); ++i) {
        const Rule& rule = rules.rules[result.rationale[i].rule];
        CAPTURE(rule.id);
        CHECK(panel.rationaleLines()[int(i)] ==
              QString::fromStdString(rule.id + ": " + result.reasonText(rules, record, i)));
        CHECK(panel.evidenceText(int(i)) == Labels::evidence(rule, rules));
        if (!rule.evidence.empty()) {
            ++withEvidence;
            const EvidenceSource& first = rules.sources[rule.evidence.front()];
            CHECK(
                panel.evidenceText(int(i)).contains(QString::fromStdString(first.title.english())));
        }
    }
    CHECK(withEvidence > 0);
    CHECK(panel.rationaleText().contains("Evidence: "));
    CHECK(panel.rationaleText().contains(QString::fromStdString(rules.version)));

    // "Show evidence" puts it under each line (it is a tooltip otherwise).
    REQUIRE(panel.evidenceButton() != nullptr);
    const auto shownEvidence = [&panel] {
        int shown = 0;
        for (auto* label : panel.findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().startsWith("Evidence: ")) {
                ++shown;
            }
        }
        return shown;
    };
    CHECK(shownEvidence() == 0);
    panel.evidenceButton()->click();
    CHECK(shownEvidence() == withEvidence);
}

TEST_CASE("gui: suggestion: a valid clearance is shown with who cleared what, an expired one "
          "clears nothing",
          "[gui][suggestion]")
{
    Panel fixture;
    SuggestionPanel& panel = fixture.panel;
    auto intake = sampleIntake();
    answer(intake, Question::CancerHistory, "yes");
    intake["medical_clearance"] = {
        {"date", "2026-11-02"}, {"for", {"cancer_history"}}, {"by", "Dr. A. Roy"}};
    intake["avoid_areas"] = {"buttock"};
    fixture.show(intake);
    CHECK_FALSE(panel.bannerVisible());
    CHECK(panel.clearedText().contains("Dr. A. Roy"));
    CHECK(panel.clearedText().contains(Labels::clearanceCode(ClearanceCode::CancerHistory)));
    CHECK(panel.focusText().contains("Do not work on: Buttock"));

    intake["medical_clearance"]["date"] = "2026-08-22"; // 91 days before the visit
    fixture.show(intake);
    CHECK(panel.bannerVisible());
    CHECK(panel.bannerText().contains("URGENT"));
    CHECK(panel.clearedText().contains("clears nothing"));

    fixture.show(sampleIntake());
    CHECK(panel.clearedText().isEmpty());
}

TEST_CASE("gui: review: a suggestion without a plan cannot be accepted, the page says why and "
          "offers to amend",
          "[gui][review]")
{
    Clinic clinic;
    const qint64 incomplete =
        clinic.add(withoutAnswers({Question::InjectsDrugs, Question::VaricoseVeins}));
    const qint64 complete = clinic.add(sampleIntake());

    ReviewPage page(*clinic.session);
    gui_test::waitForQueue(page);
    page.refresh();
    gui_test::waitForQueue(page);
    REQUIRE(page.selectIntake(incomplete));
    CHECK_FALSE(page.acceptButton()->isEnabled());
    CHECK(page.acceptBlockedText().contains("screening is incomplete"));
    CHECK(page.acceptBlockedText().contains(Labels::questionShort(Question::InjectsDrugs)));
    CHECK(page.acceptBlockedText().contains(Labels::questionShort(Question::VaricoseVeins)));
    CHECK(page.detailsText().contains("SCREENING INCOMPLETE"));
    CHECK(page.detailsText().contains("No plan: screening incomplete"));
    CHECK_FALSE(page.completeScreeningButton()->isHidden());
    // The queue says so too.
    bool marked = false;
    for (int row = 0; row < page.queue()->count(); ++row) {
        const auto* item = page.queue()->item(row);
        if (item->data(Qt::UserRole).toLongLong() == incomplete) {
            marked = item->text().contains("Screening incomplete");
        }
    }
    CHECK(marked);

    // Accepting anyway (a shortcut, a script) is refused; nothing is stored.
    page.accept();
    CHECK(clinic.status(incomplete) == "pending");
    // And by the core, whoever asks.
    CHECK_THROWS_AS(clinic.session->staff().review(incomplete, {}), StorageError);

    // Amend to complete the screening: the intake goes to the form.
    QSignalSpy amend(&page, &ReviewPage::amendRequested);
    page.completeScreeningButton()->click();
    REQUIRE(amend.count() == 1);
    CHECK(amend.at(0).at(0).toLongLong() == incomplete);
    CHECK(amend.at(0).at(1).toInt() == 1);

    // A complete one can be accepted, and nothing blocks it.
    REQUIRE(page.selectIntake(complete));
    CHECK(page.acceptButton()->isEnabled());
    CHECK(page.acceptBlockedText().isEmpty());
    CHECK(page.completeScreeningButton()->isHidden());

    // Override stays possible, with its reason.
    REQUIRE(page.selectIntake(incomplete));
    page.overrideApproach()->setCurrentIndex(
        page.overrideApproach()->findData(int(Approach::Swedish)));
    page.overridePressure()->setCurrentIndex(
        page.overridePressure()->findData(int(Pressure::Light)));
    page.reasonEdit()->setText(QStringLiteral("Asked the client myself: all no"));
    REQUIRE(page.overrideButton()->isEnabled());
    page.overrideButton()->click();
    CHECK(clinic.status(incomplete) == "reviewed");
}

TEST_CASE("gui: review: Amend to complete the screening opens the intake on the form",
          "[gui][review]")
{
    Clinic clinic;
    const qint64 id = clinic.add(withoutAnswers({Question::CalfSwelling}));
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(*clinic.session, settings);
    window.show();
    REQUIRE(window.reviewPage() != nullptr);
    window.openIntake(id);
    REQUIRE(window.reviewPage()->selectedIntake() == id);
    REQUIRE_FALSE(window.reviewPage()->completeScreeningButton()->isHidden());
    window.reviewPage()->completeScreeningButton()->click();
    IntakeFormPage& form = *window.intakePage();
    CHECK(form.amendingIntake() == id);
    CHECK(qobject_cast<QLineEdit*>(form.fieldWidget(QStringLiteral("nameEdit")))->text() ==
          "Sam Example");
    CHECK(form.suggestionPanel()->screeningIncompleteShown());
    CHECK(form.suggestionPanel()->unansweredQuestions() == QList<Question>{Question::CalfSwelling});
}

TEST_CASE("gui: review: a version 1 intake is labelled so, shows as before, and its old massage "
          "plan waits for the screening",
          "[gui][review]")
{
    Clinic clinic;
    const qint64 id = clinic.add(sampleIntakeVersion1());
    clinic.storeVersion1Suggestion(
        id, {{"approach", "swedish"},
             {"urgency", nullptr},
             {"pressure", "medium"},
             {"focus_areas", {"quadratus_lumborum", "gluteus_medius"}},
             {"cautions", nlohmann::json::array()},
             {"home_care", {"heat"}},
             {"acuity", "subacute"},
             {"age", 46},
             {"rationale", {{{"rule", "general-back-massage"}, {"reason", "A general massage."}}}},
             {"rules_version", "default-2026.1"}});

    ReviewPage page(*clinic.session);
    gui_test::waitForQueue(page);
    page.refresh();
    gui_test::waitForQueue(page);
    REQUIRE(page.selectIntake(id));
    const QString details = page.detailsText();
    CHECK(details.contains("Intake format: version 1"));
    CHECK(details.contains(Labels::approach(Approach::Swedish)));
    CHECK(details.contains("general-back-massage: A general massage."));
    CHECK(details.contains("Quadratus lumborum"));
    CHECK_FALSE(details.contains("SCREENING INCOMPLETE")); // the old result did not say it
    CHECK(details.contains("A version 1 record"));
    // Version 1 could not tell "no" from "not asked": the core will not accept
    // a massage plan on it, and the page says so before anyone tries.
    CHECK_FALSE(page.acceptButton()->isEnabled());
    CHECK(page.acceptBlockedText().contains("before screening questions were asked"));
    CHECK_FALSE(page.completeScreeningButton()->isHidden());
}

TEST_CASE("gui: intake details show every answer as yes, no or not asked, avoid areas and the "
          "clearance",
          "[gui][review]")
{
    Clinic clinic;
    auto intake = withoutAnswers({Question::Osteoporosis});
    answer(intake, Question::RecentMinorFall, "yes");
    answer(intake, Question::LongTermSteroids, "yes");
    intake["medical_clearance"] = {{"date", "2026-10-01"}, {"for", {"recent_minor_fall"}}};
    intake["avoid_areas"] = {"thigh", "lower_leg"};
    const qint64 id = clinic.add(intake);

    IntakeDetailsDialog details(*clinic.session, id);
    REQUIRE(details.isOpen());
    const QString text = details.detailsText();
    CHECK(text.contains("Sam Example"));
    CHECK(text.contains(Labels::questionGroup(Labels::QuestionGroup::Fracture)));
    CHECK(text.contains(Labels::questionShort(Question::RecentMinorFall) + "\n⚠ Yes\n"));
    CHECK(text.contains(Labels::questionShort(Question::Osteoporosis) + "\nNot asked\n"));
    CHECK(text.contains(Labels::questionShort(Question::SaddleNumbness) + "\nNo\n"));
    CHECK(text.contains("Do not work on: Thigh, Lower leg"));
    CHECK(text.contains("Medical clearance on"));
    CHECK(text.contains("valid on the visit day"));
    CHECK_FALSE(text.contains("Intake format: version 1"));
    // No plan yet (osteoporosis not asked): Amend is how to complete it.
    CHECK(details.amendButton()->text().contains("complete the screening"));
}

TEST_CASE("gui: records: an intake without a plan says Screening incomplete", "[gui][records]")
{
    IntakeSummary summary;
    summary.approach.reset();
    CHECK(RecordsTableModel::suggestionText(summary) == "Screening incomplete");
    summary.approach = Approach::Swedish;
    CHECK(RecordsTableModel::suggestionText(summary) == Labels::approach(Approach::Swedish));
    summary.approach = Approach::ReferOut;
    summary.urgency = Urgency::Urgent;
    summary.refersOut = true;
    CHECK(RecordsTableModel::suggestionText(summary) == "REFER OUT — urgent");
}

TEST_CASE("gui: suggestion: when the approach caps the pressure the client asked for the pressure "
          "line says so and Why explains it",
          "[gui][suggestion]")
{
    Panel fixture;
    SuggestionPanel& panel = fixture.panel;
    // Upper back only, no other pattern: a general Swedish back massage,
    // which uses medium pressure at most.
    auto intake = sampleIntake();
    intake["pain"]["locations"] = nlohmann::json::array({"upper_back"});
    intake["pain"]["radiates_to"] = nlohmann::json::array();
    intake["muscle_findings"]["tight_glutes"] = false;
    intake["muscle_findings"]["tight_hamstrings"] = false;
    intake["nerve_symptoms"]["shooting_leg_pain"] = false;
    intake["nerve_symptoms"]["leg_numbness_or_tingling"] = false;

    SECTION("firm asked for: capped at medium")
    {
        intake["pressure_preference"] = "firm";
        fixture.show(intake);
        REQUIRE(panel.approachText() == "Swedish massage");
        CHECK(panel.pressureText().startsWith("Pressure: Medium"));
        CHECK(panel.pressureText().contains("(the client asked for firm: see Why)"));
        CHECK(panel.rationaleText().contains(
            "pressure-below-preference: Pressure medium: firm was asked for (stated), but swedish "
            "uses medium pressure at most."));
    }
    SECTION("nothing asked for and a caution caps it: below the usual medium")
    {
        intake.erase("pressure_preference");
        answer(intake, Question::Anticoagulants, "yes");
        fixture.show(intake);
        CHECK(panel.pressureText() == "Pressure: Light (below the usual medium: see Why)");
        CHECK(panel.rationaleText().contains("pressure-below-preference"));
    }
    SECTION("medium asked for: nothing capped, nothing said")
    {
        intake["pressure_preference"] = "medium";
        fixture.show(intake);
        REQUIRE(panel.approachText() == "Swedish massage");
        CHECK(panel.pressureText() == "Pressure: Medium");
        CHECK_FALSE(panel.rationaleText().contains("pressure-below-preference"));
    }
}

TEST_CASE("gui: review: the version box shows its whole text", "[gui][review]")
{
    Clinic clinic;
    const qint64 id = clinic.add(sampleIntake());
    ReviewPage page(*clinic.session);
    gui_test::waitForQueue(page);
    page.resize(1366, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    gui_test::waitForQueue(page);
    REQUIRE(page.selectIntake(id));
    QApplication::processEvents();
    QComboBox* versions = nullptr;
    for (QComboBox* box : page.findChildren<QComboBox*>()) {
        if (box->accessibleName() == QStringLiteral("Version of the intake")) {
            versions = box;
        }
    }
    REQUIRE(versions != nullptr);
    REQUIRE(versions->currentText() == QStringLiteral("1 (current)"));
    // The text fits beside the arrow (it was cut to "1 (currer" at 1366 wide).
    QStyleOptionComboBox option;
    option.initFrom(versions);
    const QRect textArea = versions->style()->subControlRect(
        QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, versions);
    CHECK(textArea.width() >= versions->fontMetrics().horizontalAdvance(versions->currentText()));
}

TEST_CASE("gui: review: a stored record that no longer reads and words this version does not "
          "know are shown and the intake can still be amended",
          "[gui][review][damaged]")
{
    Clinic clinic;
    const qint64 id = clinic.add(sampleIntake());
    // Rows as an older or damaged database may hold them: the record lacks
    // its date of birth and the suggestion names an approach nobody knows.
    nlohmann::json record = sampleIntake();
    record["client"].erase("date_of_birth");
    gui_test::tamper(
        *clinic.session, clinic.database,
        QStringLiteral("UPDATE intake_versions SET record_json = ? WHERE intake_id = ?"),
        {QString::fromStdString(record.dump()), id}, {QStringLiteral("intake_versions")});
    // The same edit of the JSON text in each backend's words.
    const QString unknownApproach =
        clinic.database.onServer()
            ? QStringLiteral("jsonb_set(result_json::jsonb, '{approach}', '\"hot_stones\"')::text")
            : QStringLiteral("json_set(result_json, '$.approach', 'hot_stones')");
    gui_test::tamper(*clinic.session, clinic.database,
                     QStringLiteral("UPDATE suggestions SET result_json = %1 WHERE "
                                    "intake_version_id = (SELECT id FROM intake_versions WHERE "
                                    "intake_id = ?)")
                         .arg(unknownApproach),
                     {id}, {QStringLiteral("suggestions")});

    ReviewPage page(*clinic.session);
    gui_test::waitForQueue(page);
    page.refresh();
    gui_test::waitForQueue(page);
    REQUIRE(page.selectIntake(id));
    const QString details = page.detailsText();
    CHECK(details.contains("Sam Example"));
    CHECK(details.contains("This stored record could not be read: client.date_of_birth: is "
                           "required but missing"));
    CHECK(details.contains("Parts of this stored suggestion could not be read: approach: "
                           "unknown word \"hot_stones\""));
    CHECK(details.contains("No plan: screening incomplete"));

    // Amend puts what can still be read on the form, to be corrected there.
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(*clinic.session, settings);
    window.show();
    QSignalSpy amend(&page, &ReviewPage::amendRequested);
    page.amendButton()->click();
    REQUIRE(amend.count() == 1);
    window.amendIntake(id, amend.at(0).at(1).toInt(),
                       amend.at(0).at(2).value<IntakeVersionDetails>());
    IntakeFormPage& form = *window.intakePage();
    CHECK(form.amendingIntake() == id);
    auto* name = qobject_cast<QLineEdit*>(form.fieldWidget(QStringLiteral("nameEdit")));
    REQUIRE(name != nullptr);
    CHECK(name->text() == "Sam Example");
    CHECK_FALSE(form.isValid()); // the date of birth is still to be given
}
