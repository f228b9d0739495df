// A first run on a common laptop screen (1366x768): every row of the form
// stays on show when errors appear, the window fits, confirmations are seen,
// exports and backups go to a folder that exists and never name temporary
// files, and the security settings are a manager's, audited.
#include "AppSettings.h"
#include "ClinicSession.h"
#include "FormInput.h"
#include "GuiClinic.h"
#include "Labels.h"
#include "MainWindow.h"
#include "intake/BodyMapWidget.h"
#include "intake/IntakeFormPage.h"
#include "intake/ScreeningSection.h"
#include "maintenance/BackupDialog.h"
#include "records/ExportDialog.h"
#include "review/ReviewPage.h"
#include "security/StaffSession.h"
#include "settings/SettingsDialog.h"
#include "storage/AuditLog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace vocabulary;

using gui_test::field;
using gui_test::typeInto;

namespace {

using Clinic = gui_test::TemporaryClinic;

void settle()
{
    QApplication::sendPostedEvents();
    QApplication::processEvents();
}

void fillBasics(IntakeFormPage& page, const QString& name = QStringLiteral("Jane Doe"))
{
    typeInto(field<QLineEdit>(page, "nameEdit"), name);
    typeInto(field<QLineEdit>(page, "dateOfBirthEdit"), QStringLiteral("1980-04-12"));
    field<QSpinBox>(page, "intensitySpin")->setValue(5);
    field<QDoubleSpinBox>(page, "durationSpin")->setValue(3);
    BodyMapWidget* map = page.bodyMap();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->regionBounds(PainLocation::LowerBack).center());
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        page.screening()->setAnswer(Question(i), Answer::No);
    }
}

// The widgets of row `row` of a form or grid layout (a nested layout stands
// for its first widget).
QList<QWidget*> rowWidgets(QLayout* layout, int row)
{
    QList<QLayoutItem*> items;
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        for (const auto role :
             {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
            items << form->itemAt(row, role);
        }
    } else if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
        for (int column = 0; column < grid->columnCount(); ++column) {
            QLayoutItem* item = grid->itemAtPosition(row, column);
            if (!items.contains(item)) {
                items << item;
            }
        }
    }
    QList<QWidget*> widgets;
    for (QLayoutItem* item : std::as_const(items)) {
        QWidget* widget = item ? item->widget() : nullptr;
        if (!widget && item && item->layout()) {
            for (int i = 0; i < item->layout()->count() && !widget; ++i) {
                widget = item->layout()->itemAt(i)->widget();
            }
        }
        if (widget) {
            widgets << widget;
        }
    }
    return widgets;
}

int rowCount(QLayout* layout)
{
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        return form->rowCount();
    }
    if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
        return grid->rowCount();
    }
    return 0;
}

// Every widget the form's row layouts show: on show, with a height, inside
// the form and below the row above it.
void checkEveryRowShown(IntakeFormPage& page)
{
    settle();
    auto* column = field<QWidget>(page, "formColumn");
    for (QLayout* layout : column->findChildren<QLayout*>()) {
        int previousBottom = -1;
        for (int row = 0; row < rowCount(layout); ++row) {
            int rowTop = INT_MAX;
            int rowBottom = -1;
            for (QWidget* widget : rowWidgets(layout, row)) {
                if (!widget->isVisibleTo(&page)) {
                    continue;
                }
                INFO("row " << row << " of " << layout->objectName().toStdString() << ": "
                            << widget->objectName().toStdString() << " "
                            << widget->metaObject()->className());
                // Shown with at least the height its text or frame needs.
                CHECK(widget->height() > 0);
                CHECK(widget->height() >=
                      std::min(widget->minimumSizeHint().height(), widget->sizeHint().height()));
                if (auto* label = qobject_cast<QLabel*>(widget);
                    label && !label->text().isEmpty()) {
                    CHECK(widget->height() >= label->fontMetrics().height());
                }
                const QRect inColumn(widget->mapTo(column, QPoint(0, 0)), widget->size());
                CHECK(column->rect().contains(inColumn));
                rowTop = std::min(rowTop, inColumn.top());
                rowBottom = std::max(rowBottom, inColumn.bottom());
            }
            if (rowBottom >= 0) {
                INFO("row " << row << " of " << layout->objectName().toStdString());
                CHECK(rowTop > previousBottom);
                previousBottom = rowBottom;
            }
        }
    }
}

bool shownIn(QScrollArea* scroll, QWidget* widget)
{
    const QRect shown(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
    return widget->height() > 0 && scroll->viewport()->rect().contains(shown);
}

} // namespace

TEST_CASE("gui: with a date error every row of the form is on show at 1366x768",
          "[gui][intake][firstrun]")
{
    Clinic clinic;
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    window.resize(1366, 720);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(0);
    IntakeFormPage& page = *window.intakePage();
    auto* scroll = field<QScrollArea>(page, "formScroll");

    checkEveryRowShown(page);
    // An impossible date of birth: its message under it, and every row still there.
    typeInto(field<QLineEdit>(page, "dateOfBirthEdit"), QStringLiteral("1990-02-30"));
    REQUIRE(field<QLabel>(page, "dateOfBirthError")->isVisibleTo(&page));
    checkEveryRowShown(page);
    // Save: every missing answer marked (Name's "must not be empty" too).
    gui_test::answerNextMessageBox(QMessageBox::Ok);
    CHECK(page.save() == 0);
    REQUIRE(field<QLabel>(page, "nameError")->isVisibleTo(&page));
    checkEveryRowShown(page);
    // A date typed over the error, then cleared: the rows come back in place.
    auto* born = field<QLineEdit>(page, "dateOfBirthEdit");
    born->selectAll();
    QTest::keyClicks(born, QStringLiteral("1990-13-01"));
    checkEveryRowShown(page);

    // Each field reached by Tab from Name is shown whole in the form's view.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    field<QLineEdit>(page, "nameEdit")->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 12; ++i) {
        QWidget* focused = QApplication::focusWidget();
        REQUIRE(focused != nullptr);
        if (!field<QWidget>(page, "formColumn")->isAncestorOf(focused)) {
            break;
        }
        settle();
        INFO("focused: " << focused->objectName().toStdString());
        CHECK(shownIn(scroll, focused));
        QTest::keyClick(focused, Qt::Key_Tab);
    }
}

TEST_CASE("gui: on a first run the window fits a 1366x768 screen with its status bar",
          "[gui][firstrun]")
{
    Clinic clinic;
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    for (const Role role : {Role::Manager, Role::Therapist, Role::FrontDesk}) {
        gui_test::signInAs(clinic.session, role);
        MainWindow window(clinic.session, settings);
        const int titleBar = window.style()->pixelMetric(QStyle::PM_TitleBarHeight);
        // Nothing saved yet: placed for the screen it is on, whatever that is.
        const QRect screen = window.screen()->availableGeometry();
        CHECK(window.height() <=
              std::max(screen.height() - titleBar, window.minimumSizeHint().height()));

        // 1366x768 less a 48-pixel panel.
        const QRect available(0, 0, 1366, 720);
        window.placeForFirstRun(available);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        settle();
        INFO("role " << int(role) << ": " << window.width() << "x" << window.height()
                     << ", at least " << window.minimumSizeHint().width() << "x"
                     << window.minimumSizeHint().height());
        CHECK(window.width() <= available.width());
        CHECK(window.height() + titleBar <= available.height());
        CHECK(window.minimumSizeHint().width() <= available.width());
        CHECK(window.minimumSizeHint().height() + titleBar <= available.height());
        CHECK(window.minimumSize().height() + titleBar <= available.height());
        // The status bar is inside the window, at its foot.
        QStatusBar* status = window.statusBar();
        REQUIRE(status->isVisible());
        const QRect bar(status->mapTo(&window, QPoint(0, 0)), status->size());
        CHECK(window.rect().contains(bar));
    }
}

TEST_CASE("gui: a saved intake and a stored review are confirmed on the page, a backup in a "
          "dialog",
          "[gui][firstrun]")
{
    Clinic clinic;
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    window.resize(1366, 690);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(0);
    IntakeFormPage& page = *window.intakePage();
    CHECK(page.savedText().isEmpty());

    fillBasics(page, QStringLiteral("Ana Lima"));
    QSignalSpy saved(&page, &IntakeFormPage::saved);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(saved.count() == 1);
    const qint64 id = saved.at(0).at(0).toLongLong();
    // On the page, not only in the status bar; and no key more was asked for.
    CHECK(page.savedText().startsWith(QStringLiteral("Saved intake %1 at").arg(id)));
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(QApplication::focusWidget() == page.fieldWidget(QStringLiteral("nameEdit")));
    // It stays while the next client is typed in.
    typeInto(field<QLineEdit>(page, "nameEdit"), QStringLiteral("Ben"));
    CHECK(page.savedText().startsWith(QStringLiteral("Saved intake %1").arg(id)));

    // The review: said under the queue.
    page.clearForm();
    window.showPage(1);
    ReviewPage& review = *window.reviewPage();
    gui_test::waitForQueue(review);
    CHECK(review.doneText().isEmpty());
    REQUIRE(review.selectIntake(id));
    QTest::mouseClick(review.acceptButton(), Qt::LeftButton);
    CHECK(review.doneText() ==
          QStringLiteral("Intake %1: suggestion accepted, review stored.").arg(id));

    // A backup: a dialog says where it went.
    const QString target = settingsFolder.filePath(QStringLiteral("backup.sqlite"));
    QTimer::singleShot(20, [target] {
        auto* dialog = qobject_cast<BackupDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->findChild<QCheckBox*>()->setChecked(false);
        dialog->pathEdit()->setText(target);
        dialog->accept();
    });
    QString said;
    gui_test::inspectNextMessageBox([&said](QMessageBox* box) {
        CHECK(box->objectName() == QStringLiteral("backupDoneDialog"));
        said = box->text();
    });
    window.backup();
    CHECK(QFile::exists(target));
    CHECK(said.contains(QDir::toNativeSeparators(target)));
}

namespace {

// HOME (and the XDG folders under it) pointed at a folder of the test's
// while this lives.
class TemporaryHome
{
public:
    TemporaryHome()
    {
        for (const char* name : {"HOME", "XDG_CONFIG_HOME"}) {
            m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
        }
        QDir(m_folder.path()).mkpath(QStringLiteral("home"));
        qputenv("HOME", QFile::encodeName(path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_folder.filePath(QStringLiteral("config"))));
    }
    ~TemporaryHome()
    {
        for (const Saved& saved : std::as_const(m_saved)) {
            if (saved.set) {
                qputenv(saved.name, saved.value);
            } else {
                qunsetenv(saved.name);
            }
        }
    }
    TemporaryHome(const TemporaryHome&) = delete;
    TemporaryHome& operator=(const TemporaryHome&) = delete;

    QString path() const { return m_folder.filePath(QStringLiteral("home")); }

private:
    struct Saved
    {
        const char* name;
        QByteArray value;
        bool set;
    };
    QTemporaryDir m_folder;
    QList<Saved> m_saved;
};

bool namesATemporaryFile(const QString& message)
{
    return message.contains(QLatin1String(".partial-")) || message.contains(QLatin1String(".tmp"));
}

} // namespace

TEST_CASE("gui: exports and backups are offered in a folder that exists", "[gui][firstrun]")
{
    Clinic clinic;
    const TemporaryHome home;
    const QString documents = QDir(home.path()).filePath(QStringLiteral("Documents"));
    REQUIRE_FALSE(QFileInfo::exists(documents));
    {
        // No Documents folder yet: made, as the desktop would.
        ExportDialog exporting(clinic.session);
        CHECK(QFileInfo(exporting.filePath()).absolutePath() == documents);
        CHECK(QFileInfo(documents).isDir());
        BackupDialog backup(clinic.session);
        CHECK(QFileInfo(backup.pathEdit()->text()).absolutePath() == documents);
    }
    // A Documents that cannot be a folder: the home folder.
    REQUIRE(QDir(documents).removeRecursively());
    QFile blocker(documents);
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ExportDialog exporting(clinic.session);
    CHECK(QFileInfo(exporting.filePath()).absolutePath() == home.path());
    BackupDialog backup(clinic.session);
    CHECK(QFileInfo(backup.pathEdit()->text()).absolutePath() == home.path());
}

TEST_CASE("gui: a failed export or backup names the chosen file, never a temporary one",
          "[gui][firstrun]")
{
    if (!QFileInfo(QStringLiteral("/proc")).isDir()) {
        WARN("no /proc: a folder nothing can be created in is not at hand");
        return;
    }
    Clinic clinic;
    ExportDialog exporting(clinic.session);
    exporting.setFilePath(QStringLiteral("/proc/clinic-export.csv"));
    QSignalSpy finished(&exporting, &ExportDialog::exportFinished);
    exporting.startExport();
    if (finished.isEmpty()) {
        REQUIRE(finished.wait(60000));
    }
    REQUIRE(finished.count() == 1);
    CHECK_FALSE(finished.at(0).at(0).toBool());
    const QString message = finished.at(0).at(2).toString();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("No file was written")));
    CHECK(message.contains(QStringLiteral("/proc")));
    CHECK_FALSE(namesATemporaryFile(message));
    CHECK_FALSE(namesATemporaryFile(exporting.statusText()));

    for (const bool encrypted : {false, true}) {
        BackupDialog backup(clinic.session);
        backup.setKeyCost(BackupCipher::KeyCost::minimal());
        backup.findChild<QCheckBox*>()->setChecked(encrypted);
        backup.pathEdit()->setText(QStringLiteral("/proc/clinic-backup.sqlite"));
        if (encrypted) {
            backup.passphraseEdit()->setText(QStringLiteral("correct horse battery staple"));
            backup.confirmEdit()->setText(QStringLiteral("correct horse battery staple"));
        }
        backup.accept();
        INFO(backup.errorText().toStdString());
        CHECK(backup.errorText().startsWith(QStringLiteral("No backup was made.")));
        CHECK_FALSE(namesATemporaryFile(backup.errorText()));
    }
}

TEST_CASE("gui: the security settings are a manager's, and each change is audited",
          "[gui][settings][firstrun]")
{
    Clinic clinic;
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    const QString before = settings.databasePath();
    const auto settingsEntries = [&clinic] {
        qint64 count = 0;
        for (const AuditEntry& entry : gui_test::auditOf(clinic.session).entries()) {
            count += entry.action == QLatin1String("settings") ? 1 : 0;
        }
        return count;
    };

    for (const Role role : {Role::FrontDesk, Role::Therapist}) {
        gui_test::signInAs(clinic.session, role);
        SettingsDialog dialog(clinic.session, settings);
        CHECK_FALSE(dialog.mayChange());
        // Shown, read-only, with no way to store a change.
        CHECK(dialog.databasePathEdit()->text() == before);
        CHECK(dialog.databasePathEdit()->isReadOnly());
        CHECK(dialog.idleMinutesSpin()->isReadOnly());
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        REQUIRE(buttons != nullptr);
        CHECK(buttons->button(QDialogButtonBox::Ok) == nullptr);
        CHECK(buttons->button(QDialogButtonBox::Close) != nullptr);
        dialog.idleMinutesSpin()->setValue(200);
        dialog.databasePathEdit()->setText(folder.filePath(QStringLiteral("elsewhere.sqlite")));
        dialog.accept();
        CHECK(AppSettings(folder.filePath(QStringLiteral("settings.ini"))).idleLockMinutes() == 10);
        CHECK(AppSettings(folder.filePath(QStringLiteral("settings.ini"))).databasePath() ==
              before);
    }
    CHECK(settingsEntries() == 0);

    gui_test::signInAs(clinic.session, Role::Manager);
    SettingsDialog dialog(clinic.session, settings);
    CHECK(dialog.mayChange());
    CHECK_FALSE(dialog.idleMinutesSpin()->isReadOnly());
    // The unit reads right for one minute too.
    dialog.idleMinutesSpin()->setValue(1);
    CHECK(dialog.idleMinutesSpin()->text().toStdString() == "1 minute idle");
    dialog.idleMinutesSpin()->setValue(3);
    CHECK(dialog.idleMinutesSpin()->text().toStdString() == "3 minutes idle");
    const QString elsewhere = folder.filePath(QStringLiteral("elsewhere.sqlite"));
    dialog.databasePathEdit()->setText(elsewhere);
    dialog.accept();
    CHECK(AppSettings(folder.filePath(QStringLiteral("settings.ini"))).idleLockMinutes() == 3);
    CHECK(AppSettings(folder.filePath(QStringLiteral("settings.ini"))).databasePath() == elsewhere);
    std::vector<AuditEntry> changes;
    for (const AuditEntry& entry : gui_test::auditOf(clinic.session).entries()) {
        if (entry.action == QLatin1String("settings")) {
            changes.push_back(entry);
        }
    }
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].actor == QStringLiteral("mona"));
    CHECK(changes[0].records == QStringLiteral("idle lock"));
    CHECK(changes[0].details == QStringLiteral("from 10 min to 3 min"));
    CHECK(changes[1].records == QStringLiteral("database file"));
    CHECK(changes[1].details ==
          QStringLiteral("from %1 to %2")
              .arg(QDir::toNativeSeparators(before), QDir::toNativeSeparators(elsewhere)));
    CHECK(clinic.session.staff().storage().verifyAuditChain().intact());
}

TEST_CASE("gui: counts read right for one and for many", "[gui][wording]")
{
    Clinic clinic;
    IntakeFormPage page(clinic.session);
    auto* duration = field<QDoubleSpinBox>(page, "durationSpin");
    duration->setValue(1);
    CHECK(duration->text().toStdString() == "1.0 week");
    duration->setValue(3);
    CHECK(duration->text().toStdString() == "3.0 weeks");
    CHECK(Labels::weeks(1).toStdString() == "1 week");
    CHECK(Labels::weeks(2.5).toStdString() == "2.5 weeks");
    CHECK(Labels::questionsNotAsked(1).toStdString() == "1 question not asked");
    CHECK(Labels::questionsNotAsked(4).toStdString() == "4 questions not asked");
    // The radiation box says it in words.
    CHECK(field<QCheckBox>(page, "radiatesNeckShoulders")->text().toStdString() ==
          "Neck and shoulders");
}

TEST_CASE("gui: the window title names the application once", "[gui][wording]")
{
    Clinic clinic;
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    // The platform adds the display name to a title that does not end with
    // it (QPlatformWindow::formatWindowTitle); what the user sees:
    const QString name = QStringLiteral("Clinic Intake");
    const QString title = window.windowTitle();
    const QString shown = title.endsWith(name) ? title : title + QStringLiteral(" — ") + name;
    CHECK(shown.count(name) == 1);
    CHECK(title.contains(QStringLiteral("mona")));
}
