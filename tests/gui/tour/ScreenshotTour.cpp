// Opens the application's main window on a demo database and saves a
// screenshot of each page and dialog: docs/screenshots/ is made with this,
// under Xvfb (tests/gui/make-screenshots.sh), in English or French.
//   clinic-intake-tour OUTPUT_DIR [--language en|fr] [--translations DIR]
//                      [--check-fit]
// --translations installs every .qm in DIR over the language's own (the
// pseudo-translation of tests/i18n); --check-fit lists every text that does
// not fit its widget, and every window larger than the screen or smaller than
// its layout needs, and then exits with 1.
//   clinic-intake-tour OUTPUT_DIR
#include "AppSettings.h"
#include "ClinicSession.h"
#include "IntakeGenerator.h"
#include "MainWindow.h"
#include "account/AddUserDialog.h"
#include "account/ChangePasswordDialog.h"
#include "account/FirstRunDialog.h"
#include "account/LockScreen.h"
#include "account/ResetPasswordDialog.h"
#include "account/SignInDialog.h"
#include "account/UsersDialog.h"
#include "common/DesktopLanguage.h"
#include "help/KeyboardShortcutsDialog.h"
#include "intake/AnswerPairWidget.h"
#include "intake/BodyMapWidget.h"
#include "intake/ClearanceEditor.h"
#include "intake/IntakeFormPage.h"
#include "intake/ScreeningSection.h"
#include "intake/SuggestionPanel.h"
#include "maintenance/BackupDialog.h"
#include "maintenance/RestoreDialog.h"
#include "records/ExportDialog.h"
#include "records/RecordsPage.h"
#include "review/IntakeDetailsDialog.h"
#include "review/ReviewPage.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "server/ServerPasswordDialog.h"
#include "settings/SettingsDialog.h"
#include "storage/IntakeStore.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <algorithm>
#include <cstdio>

using vocabulary::Answer;
using vocabulary::PainLocation;
using vocabulary::Question;

namespace {

bool g_checkFit = false;
QStringList g_fitProblems;

// What a person would see as cut off or overlapping in `top`: a label or
// button narrower than its text, a wrapped label shorter than its lines, a
// window larger than the screen or smaller than its layout's minimum. Item
// views elide on purpose and are left out.
QStringList fitProblems(QWidget* top)
{
    QStringList problems;
    QWidget* window = top->window();
    const QRect screen = window->screen()->availableGeometry();
    if (window->frameGeometry().width() > screen.width() ||
        window->frameGeometry().height() > screen.height()) {
        problems << QStringLiteral("the window (%1x%2) is larger than the screen (%3x%4)")
                        .arg(window->frameGeometry().width())
                        .arg(window->frameGeometry().height())
                        .arg(screen.width())
                        .arg(screen.height());
    }
    QSize needed = window->minimumSizeHint();
    // Wrapped labels need more height at a given width than the plain
    // minimum says; a window shorter than that squeezes their lines away.
    if (window->layout() && window->layout()->hasHeightForWidth()) {
        needed.setHeight(
            qMax(needed.height(), window->layout()->totalHeightForWidth(window->width())));
    }
    if (window->layout() &&
        (window->width() < needed.width() || window->height() < needed.height())) {
        problems << QStringLiteral("the window (%1x%2) is smaller than its layout needs (%3x%4)")
                        .arg(window->width())
                        .arg(window->height())
                        .arg(needed.width())
                        .arg(needed.height());
    }
    // A scrolled panel whose contents are wider than its view: the right
    // edge of every line is out of sight (scrolling sideways is no remedy).
    const auto scrollAreas = top->findChildren<QScrollArea*>();
    for (QScrollArea* area : scrollAreas) {
        if (area->isVisibleTo(top) && area->widget() &&
            area->widget()->width() > area->viewport()->width() + 1) {
            problems << QStringLiteral("the scrolled panel %1 is wider (%2) than its view (%3)")
                            .arg(area->objectName())
                            .arg(area->widget()->width())
                            .arg(area->viewport()->width());
        }
    }
    const auto widgets = top->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(top) || widget->width() <= 0) {
            continue;
        }
        bool inItemView = false;
        for (QWidget* parent = widget->parentWidget(); parent && parent != top;
             parent = parent->parentWidget()) {
            inItemView = inItemView || qobject_cast<QAbstractItemView*>(parent);
        }
        if (inItemView) {
            continue;
        }
        QString text;
        bool cut = false;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            text = label->text();
            if (text.isEmpty()) {
                continue;
            }
            cut = label->wordWrap() ? label->heightForWidth(label->width()) > label->height() + 1
                                    : label->sizeHint().width() > label->width() + 1;
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget);
                   button && !qobject_cast<QLineEdit*>(button->parentWidget())) {
            // (A line edit's own icon buttons carry their action's text unseen.)
            text = button->text();
            cut = !text.isEmpty() && button->sizeHint().width() > button->width() + 1;
        }
        // A text that reaches out of its container is clipped there, however
        // wide the widget itself is.
        QWidget* container = widget->parentWidget();
        if (!text.isEmpty() && container && container != window &&
            !container->rect().contains(widget->geometry())) {
            problems << QStringLiteral("%1 \"%2\" reaches out of %3 (%4,%5 %6x%7 in %8x%9)")
                            .arg(QString::fromLatin1(widget->metaObject()->className()),
                                 text.left(60), container->objectName())
                            .arg(widget->x())
                            .arg(widget->y())
                            .arg(widget->width())
                            .arg(widget->height())
                            .arg(container->width())
                            .arg(container->height());
        }
        if (cut) {
            problems << QStringLiteral("%1 \"%2\" is cut off (%3 wide, needs %4)")
                            .arg(QString::fromLatin1(widget->metaObject()->className()),
                                 text.left(60))
                            .arg(widget->width())
                            .arg(widget->sizeHint().width());
        }
    }
    return problems;
}

void save(QWidget* widget, const QDir& out, const char* name)
{
    // Settled: a window that grows for new text (a connection test's answer)
    // takes a round trip to the X server, longer on a busy machine.
    for (int round = 0; round < (g_checkFit ? 8 : 3); ++round) {
        QApplication::processEvents();
        QTest::qWait(50);
    }
    const QString path = out.filePath(QLatin1String(name));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    }
    std::printf("%s\n", qPrintable(path));
    if (g_checkFit) {
        for (const QString& problem : fitProblems(widget)) {
            g_fitProblems << QLatin1String(name) + QStringLiteral(": ") + problem;
        }
    }
}

void fill(IntakeFormPage& page, const char* name, const char* field, const QString& text)
{
    Q_UNUSED(name)
    auto* edit = qobject_cast<QLineEdit*>(page.fieldWidget(QLatin1String(field)));
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void check(IntakeFormPage& page, const char* box)
{
    qobject_cast<QCheckBox*>(page.fieldWidget(QLatin1String(box)))->setChecked(true);
}

// Answers the screening and precaution questions from the first up to (not
// including) `upTo` with No, as a receptionist going down the list would.
void answerNo(IntakeFormPage& page, std::size_t upTo = vocabulary::kQuestionCount)
{
    for (std::size_t i = 0; i < upTo; ++i) {
        if (page.screening()->answer(Question(i)) == Answer::NotAsked) {
            page.screening()->setAnswer(Question(i), Answer::No);
        }
    }
}

void answer(IntakeFormPage& page, Question question, Answer value)
{
    page.screening()->setAnswer(question, value);
}

// Scrolls the form so that a widget is in view (the screening groups are
// below the first screenful).
void showInForm(QWidget* widget)
{
    for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(parent)) {
            scroll->ensureWidgetVisible(widget, 0, 40);
            return;
        }
    }
}

// The demo's staff: each one's password is their name and "-demo-password".
QString passwordOf(const QString& name)
{
    return name + QStringLiteral("-demo-password");
}

void signIn(ClinicSession& session, const QString& name)
{
    session.signOut();
    session.begin(session.accounts().signIn(name, passwordOf(name)));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: clinic-intake-tour OUTPUT_DIR [--language en|fr] "
                             "[--translations DIR] [--check-fit]\n");
        return 1;
    }
    const QDir out(arguments.at(1));
    // English unless asked, whatever the machine's language.
    UiLanguage language = UiLanguage::English;
    QString extraTranslations;
    for (int index = 2; index < arguments.size(); ++index) {
        if (arguments.at(index) == QLatin1String("--language") && index + 1 < arguments.size()) {
            language = language::fromCode(arguments.at(++index)).value_or(UiLanguage::English);
        } else if (arguments.at(index) == QLatin1String("--translations") &&
                   index + 1 < arguments.size()) {
            extraTranslations = arguments.at(++index);
        } else if (arguments.at(index) == QLatin1String("--check-fit")) {
            g_checkFit = true;
        }
    }
    applyDesktopLanguage(language);
    // Installed last, so they win over the language's own.
    std::vector<std::unique_ptr<QTranslator>> extra;
    if (!extraTranslations.isEmpty()) {
        const QDir folder(extraTranslations);
        for (const QString& file : folder.entryList({QStringLiteral("*.qm")}, QDir::Files)) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(folder.filePath(file))) {
                QCoreApplication::installTranslator(translator.get());
                extra.push_back(std::move(translator));
            }
        }
    }
    QTemporaryDir folder;
    // Cheap password hashes: the demo signs in many times and nothing is kept.
    ClinicSession session(folder.filePath(QStringLiteral("demo.sqlite")),
                          std::make_unique<FixedClock>(QDate(2026, 11, 21)),
                          PasswordHasher::Cost::Minimal);

    // 1. A new database: the first-run dialog, filled in.
    {
        FirstRunDialog firstRun(session);
        firstRun.nameEdit()->setText(QStringLiteral("maria"));
        firstRun.passwordEdit()->setText(passwordOf(QStringLiteral("maria")));
        firstRun.confirmEdit()->setText(passwordOf(QStringLiteral("maria")));
        firstRun.show();
        save(&firstRun, out, "first-run.png");
        firstRun.accept();
        session.begin(firstRun.user());
    }
    StaffSession& manager = session.staff();
    manager.addUser(QStringLiteral("ana"), Role::FrontDesk, passwordOf(QStringLiteral("ana")));
    manager.addUser(QStringLiteral("ben"), Role::Therapist, passwordOf(QStringLiteral("ben")));
    manager.addUser(QStringLiteral("chloe"), Role::Therapist, passwordOf(QStringLiteral("chloe")));
    manager.addUser(QStringLiteral("sam.temp"), Role::FrontDesk,
                    passwordOf(QStringLiteral("sam.temp")));
    manager.disableUser(QStringLiteral("sam.temp"));

    // A clinic's week: generated intakes entered at the front desk, some
    // reviewed by a therapist.
    IntakeGenerator generator(2026);
    const IntakeParser parser(session.clock());
    std::vector<qint64> toReview;
    std::vector<qint64> incomplete; // no plan: the screening was left incomplete
    signIn(session, QStringLiteral("ana"));
    for (int i = 0; i < 400; ++i) {
        auto intake = generator.next();
        intake["visit_date"] =
            QDate(2026, 11, 21).addDays(-(i % 9)).toString(Qt::ISODate).toStdString();
        const auto parsed = parser.validate(intake);
        if (!parsed.ok()) {
            continue; // e.g. a clearance dated after the visit moved back
        }
        const auto saved = session.staff().addIntake(*parsed.record);
        if (!nlohmann::json::parse(saved.suggestionJson).at("approach").is_string()) {
            incomplete.push_back(saved.intakeId);
        } else if (i % 3 == 0) {
            toReview.push_back(saved.intakeId);
        }
    }
    signIn(session, QStringLiteral("ben"));
    for (const qint64 id : toReview) {
        session.staff().review(id, {});
    }

    // 2. The sign-in dialog, after a mistyped password.
    session.signOut();
    {
        SignInDialog signInDialog(session);
        signInDialog.show();
        signInDialog.nameEdit()->setText(QStringLiteral("maria"));
        signInDialog.passwordEdit()->setText(QStringLiteral("maria-demo-pasword"));
        signInDialog.accept();
        save(&signInDialog, out, "sign-in.png");
    }
    signIn(session, QStringLiteral("maria"));

    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    // No saved geometry: the window places itself as on a first run, on the
    // 1366x768 screen make-screenshots.sh gives it.
    MainWindow window(session, settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window was not shown\n");
    }

    // 3. The intake page, mid-consultation: the screening half done, so the
    // suggestion lists the questions still to ask instead of a plan.
    window.showPage(0);
    IntakeFormPage& page = *window.intakePage();
    fill(page, "name", "nameEdit", QStringLiteral("George Hall"));
    fill(page, "born", "dateOfBirthEdit", QStringLiteral("1954-04-04"));
    qobject_cast<QSpinBox*>(page.fieldWidget(QStringLiteral("intensitySpin")))->setValue(5);
    qobject_cast<QDoubleSpinBox*>(page.fieldWidget(QStringLiteral("durationSpin")))->setValue(20);
    page.bodyMap()->setSelection(vocabulary::bitOf(PainLocation::LowerBack) |
                                 vocabulary::bitOf(PainLocation::Buttock));
    check(page, "finding_shooting_leg_pain");
    answerNo(page, std::size_t(Question::CannotBearWeight));
    showInForm(page.screening()->questionWidget(Question::CannotBearWeight));
    save(&window, out, "intake-incomplete.png");

    // 4. Every question answered: the plan, with a caution.
    answerNo(page);
    answer(page, Question::Anticoagulants, Answer::Yes);
    showInForm(page.screening()->questionWidget(Question::Anticoagulants));
    save(&window, out, "intake.png");

    // 5. The same form with a red flag: the referral banner.
    answer(page, Question::BladderOrBowelChange, Answer::Yes);
    showInForm(page.screening()->questionWidget(Question::BladderOrBowelChange));
    save(&window, out, "intake-referral.png");
    answer(page, Question::BladderOrBowelChange, Answer::No);

    // 6. Varicose veins: the lower legs marked "do not work here" on the
    // body map, and the evidence behind each reason shown.
    answer(page, Question::Anticoagulants, Answer::No);
    answer(page, Question::VaricoseVeins, Answer::Yes);
    page.bodyMap()->setMode(BodyMapWidget::Mode::Avoid);
    page.bodyMap()->setAvoidSelection(vocabulary::bitOf(PainLocation::LowerLeg) |
                                      vocabulary::bitOf(PainLocation::Thigh));
    page.suggestionPanel()->evidenceButton()->setChecked(true);
    qobject_cast<QScrollArea*>(page.fieldWidget(QStringLiteral("formScroll")))->ensureVisible(0, 0);
    save(&window, out, "intake-avoid.png");
    page.suggestionPanel()->evidenceButton()->setChecked(false);
    page.bodyMap()->setMode(BodyMapWidget::Mode::Pain);

    // 7. Locked while the form was in progress: nothing of it shows.
    window.lock();
    save(&window, out, "lock.png");
    window.lockScreen()->passwordEdit()->setText(passwordOf(QStringLiteral("maria")));
    window.lockScreen()->tryUnlock();
    page.clearForm();

    // 8. The review queue, on an intake whose screening was left incomplete:
    // no plan to accept, and the way to complete it.
    window.showPage(1);
    window.reviewPage()->refresh();
    for (int row = 0; row < window.reviewPage()->queue()->count(); ++row) {
        const qint64 id = window.reviewPage()->queue()->item(row)->data(Qt::UserRole).toLongLong();
        if (std::find(incomplete.begin(), incomplete.end(), id) != incomplete.end()) {
            window.reviewPage()->selectIntake(id);
            break;
        }
    }
    save(&window, out, "review.png");

    // 9. Records and 10. the audit log.
    window.showPage(2);
    save(&window, out, "records.png");
    window.showPage(3);
    save(&window, out, "audit.png");

    // 11. The manager's users dialog.
    {
        UsersDialog users(session, &window);
        users.show();
        users.selectUser(QStringLiteral("ben"));
        save(&users, out, "users.png");
    }

    // The other dialogs of the menus, as each opens.
    {
        AddUserDialog addUser(session, &window);
        addUser.show();
        save(&addUser, out, "add-user.png");
    }
    {
        ResetPasswordDialog reset(session, QStringLiteral("ben"), &window);
        reset.show();
        save(&reset, out, "reset-password.png");
    }
    {
        ChangePasswordDialog change(session, &window);
        change.show();
        save(&change, out, "change-password.png");
    }
    {
        ExportDialog exportDialog(session, &window);
        exportDialog.show();
        save(&exportDialog, out, "export.png");
    }
    {
        BackupDialog backup(session, &window);
        backup.show();
        save(&backup, out, "backup.png");
    }
    {
        RestoreDialog restore(session, &window);
        restore.show();
        save(&restore, out, "restore.png");
    }
    {
        KeyboardShortcutsDialog shortcuts(window.findChildren<QAction*>(), &window);
        shortcuts.show();
        save(&shortcuts, out, "keyboard-shortcuts.png");
    }
    if (!toReview.empty()) {
        IntakeDetailsDialog details(session, toReview.front(), &window);
        details.show();
        save(&details, out, "intake-details.png");
    }

    // 12. The settings: where the records are, a file or the clinic's server
    // (a server that is not there: the connection test says so).
    {
        SettingsDialog settingsDialog(session, settings, &window);
        settingsDialog.show();
        save(&settingsDialog, out, "settings-file.png");
        settingsDialog.serverChoice()->setChecked(true);
        settingsDialog.hostEdit()->setText(QStringLiteral("db.clinic.invalid"));
        settingsDialog.serverDatabaseEdit()->setText(QStringLiteral("clinic"));
        settingsDialog.userEdit()->setText(QStringLiteral("reception"));
        settingsDialog.caEdit()->setText(QStringLiteral("/etc/clinic-intake/clinic-ca.crt"));
        settingsDialog.passwordEdit()->setText(QStringLiteral("password"));
        QEventLoop tested;
        QObject::connect(&settingsDialog, &SettingsDialog::testFinished, &tested,
                         &QEventLoop::quit);
        settingsDialog.testButton()->click();
        if (settingsDialog.isTesting()) {
            tested.exec();
        }
        save(&settingsDialog, out, "settings-server.png");
    }
    {
        ServerPasswordDialog ask(QStringLiteral("clinic on db.clinic.lan:5432 as reception, TLS "
                                                "with the server's certificate and name checked"),
                                 QStringLiteral("The server did not accept the password."), false,
                                 &window);
        ask.show();
        save(&ask, out, "server-password.png");
    }

    // 13. A dark palette: the banner and chips set their own colours, the rest follows.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 60));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(66, 133, 244));
    dark.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    QApplication::setPalette(dark);
    window.showPage(0);
    fill(page, "name", "nameEdit", QStringLiteral("Dana Kim"));
    fill(page, "born", "dateOfBirthEdit", QStringLiteral("1992-05-05"));
    qobject_cast<QSpinBox*>(page.fieldWidget(QStringLiteral("intensitySpin")))->setValue(8);
    page.bodyMap()->setSelection(vocabulary::bitOf(PainLocation::Neck) |
                                 vocabulary::bitOf(PainLocation::Shoulders));
    answerNo(page);
    answer(page, Question::FeverOrUnwell, Answer::Yes);
    answer(page, Question::Pregnancy, Answer::Yes);
    save(&window, out, "intake-dark.png");
    if (g_checkFit) {
        for (const QString& problem : g_fitProblems) {
            std::fprintf(stderr, "does not fit: %s\n", qPrintable(problem));
        }
        return g_fitProblems.isEmpty() ? 0 : 1;
    }
    return 0;
}
