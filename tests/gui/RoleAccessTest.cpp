// Each role's window has only what the role may use, and what is hidden is
// refused by the core too: a front desk cannot review, however it asks.
#include "AppSettings.h"
#include "ClinicSession.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "SampleIntake.h"
#include "intake/IntakeFormPage.h"
#include "records/ExportDialog.h"
#include "review/IntakeDetailsDialog.h"
#include "review/ReviewPage.h"
#include "rules/RuleEngine.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"
#include "storage/ClinicStorage.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"
#include "workflow/IntakeWorkflow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace {

struct RoleClinic
{
    explicit RoleClinic(Role role)
    {
        REQUIRE(folder.isValid());
        session =
            gui_test::openClinic(database, std::make_unique<FixedClock>(gui_test::kNow), role);
    }

    // An intake entered (by the front desk's account) and its id.
    qint64 addIntake()
    {
        const IntakeParser parser(session->clock());
        const auto parsed = parser.parse(sampleIntake().dump());
        REQUIRE(parsed.ok());
        return session->storage()
            .intakes()
            .add(session->engine().suggestVersion(*parsed.record), QStringLiteral("dora"))
            .intakeId;
    }

    QString status(qint64 intakeId) const
    {
        return QString::fromStdString(
            gui_test::storeOf(*session).details(intakeId).at("status").get<std::string>());
    }

    std::vector<AuditEntry> audit() const { return gui_test::auditOf(*session).entries(); }

    BackendDatabase database;
    const QTemporaryDir& folder = database.folderDir();
    std::unique_ptr<ClinicSession> session;
};

bool hasAction(const MainWindow& window, const char* name)
{
    return window.findChild<QAction*>(QLatin1String(name)) != nullptr;
}

} // namespace

TEST_CASE("gui: each role sees only its own pages and actions", "[gui][roles]")
{
    struct Expected
    {
        Role role;
        const char* roleWords;
        bool review;
        bool manager;
    };
    const Expected expected = GENERATE(Expected{Role::FrontDesk, "Front desk", false, false},
                                       Expected{Role::Therapist, "Therapist", true, false},
                                       Expected{Role::Manager, "Manager", true, true});
    RoleClinic clinic(expected.role);
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(*clinic.session, settings);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    INFO(expected.roleWords);

    const QString who =
        QStringLiteral("%1 (%2)").arg(clinic.session->user().name, expected.roleWords);
    CHECK(window.windowTitle().contains(who));
    CHECK(window.findChild<QLabel*>(QStringLiteral("signedInLabel"))->text().contains(who));

    // Everyone: the intake form, the records, their own password, lock, sign out.
    for (const char* action : {"newIntakeAction", "saveAction", "recordsAction",
                               "changePasswordAction", "lockAction", "signOutAction"}) {
        INFO(action);
        CHECK(hasAction(window, action));
    }
    CHECK(window.hasPage(int(AppSettings::Page::Intake)));
    CHECK(window.hasPage(int(AppSettings::Page::Records)));

    CHECK(hasAction(window, "reviewAction") == expected.review);
    CHECK((window.reviewPage() != nullptr) == expected.review);
    CHECK(window.hasPage(int(AppSettings::Page::Review)) == expected.review);
    for (const char* action : {"exportAction", "auditAction", "usersAction", "backupAction"}) {
        INFO(action);
        CHECK(hasAction(window, action) == expected.manager);
    }
    // The desktop restores into a file only, never into the clinic's server.
    CHECK(hasAction(window, "restoreAction") == (expected.manager && !clinic.database.onServer()));
    CHECK((window.auditPage() != nullptr) == expected.manager);
    // Each role starts on its own work: the review queue, else the intake form.
    CHECK(window.currentPage() ==
          int(expected.review ? AppSettings::Page::Review : AppSettings::Page::Intake));
    // Hidden means gone, shortcuts included: Ctrl+R does nothing at the front desk.
    window.showPage(int(AppSettings::Page::Intake));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    CHECK(window.currentPage() ==
          int(expected.review ? AppSettings::Page::Review : AppSettings::Page::Intake));
}

TEST_CASE("gui: a front desk cannot review, even by calling the core directly", "[gui][roles]")
{
    RoleClinic clinic(Role::FrontDesk);
    const qint64 id = clinic.addIntake();

    ReviewDecision decision;
    try {
        clinic.session->staff().review(id, decision);
        FAIL("the core let a front desk review");
    } catch (const AccessError& error) {
        CHECK(error.kind() == AccessError::Kind::NotAllowed);
        CHECK(std::string(error.what()).find("only therapists and managers") != std::string::npos);
    }
    CHECK(clinic.status(id) == "pending");
    const auto audit = clinic.audit();
    REQUIRE_FALSE(audit.empty());
    CHECK(audit.back().actor == "dora");
    CHECK(audit.back().action == "denied");

    // The review page is not in a front desk's window; built anyway, its
    // buttons get a refusal and change nothing.
    ReviewPage page(*clinic.session);
    gui_test::waitForQueue(page);
    page.show();
    page.refresh();
    gui_test::waitForQueue(page);
    REQUIRE(page.selectIntake(id));
    QString message;
    gui_test::readNextMessageBox(&message);
    QTest::mouseClick(page.acceptButton(), Qt::LeftButton);
    CHECK(message.contains(QStringLiteral("not allowed for dora")));
    CHECK(clinic.status(id) == "pending");
    CHECK(page.queueSize() == 1);
}

TEST_CASE("gui: a front desk opens a record without the therapists' notes, and can amend it",
          "[gui][roles]")
{
    RoleClinic clinic(Role::FrontDesk);
    const qint64 id = clinic.addIntake();
    {
        ClinicStorage& storage = clinic.session->storage();
        ReviewDecision decision;
        decision.sessionNote = QStringLiteral("Secret clinical note");
        IntakeWorkflow(storage.intakes(), storage.audit(), clinic.session->engine(),
                       clinic.session->clock())
            .review(id, decision, QStringLiteral("ben"));
    }

    IntakeDetailsDialog details(*clinic.session, id);
    REQUIRE(details.isOpen());
    CHECK(details.detailsText().contains(QStringLiteral("Sam Example")));
    CHECK_FALSE(details.detailsText().contains(QStringLiteral("Secret clinical note")));
    const auto audit = clinic.audit();
    CHECK(audit.back().action == "view");
    CHECK(audit.back().actor == "dora");
    CHECK(audit.back().details == "without reviews");

    // Amend: the answers go onto the form, and saving adds version 2 as dora.
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(*clinic.session, settings);
    window.show();
    window.amendIntake(id, details.currentVersion(), details.currentAnswers());
    IntakeFormPage& form = *window.intakePage();
    CHECK(form.amendingIntake() == id);
    auto* name = qobject_cast<QLineEdit*>(form.fieldWidget(QStringLiteral("nameEdit")));
    CHECK(name->text() == "Sam Example");
    CHECK(form.isValid());
    CHECK_FALSE(form.hasUnsavedAnswers());
    auto* intensity = qobject_cast<QSpinBox*>(form.fieldWidget(QStringLiteral("intensitySpin")));
    intensity->setValue(2);
    CHECK(form.hasUnsavedAnswers());
    CHECK(form.save() == id);
    CHECK(form.amendingIntake() == 0);
    const auto record = gui_test::storeOf(*clinic.session).details(id);
    REQUIRE(record.at("versions").size() == 2);
    CHECK(record.at("versions").at(1).at("created_by") == "dora");
    CHECK(record.at("intake").at("pain").at("intensity") == 2);
    CHECK(clinic.audit().back().action == "amend");
}

TEST_CASE("gui: an export is refused by the core before any thread starts", "[gui][roles][export]")
{
    RoleClinic clinic(Role::Therapist);
    clinic.addIntake();
    ExportDialog dialog(*clinic.session);
    const QString path = clinic.folder.filePath(QStringLiteral("x.csv"));
    dialog.setFilePath(path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QString message;
    gui_test::readNextMessageBox(&message);
    dialog.startExport();
    CHECK_FALSE(dialog.isExporting());
    REQUIRE(finished.count() == 1);
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(dialog.statusText().contains(QStringLiteral("not allowed for ben")));
    CHECK(message.contains(QStringLiteral("not allowed for ben")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(clinic.audit().back().action == "denied");
}
