// The desktop's language, chosen in Settings: every open window follows at
// once, without a restart, and nothing typed is lost; the choice is kept for
// the next start.
#include "AppSettings.h"
#include "ClinicSession.h"
#include "FormInput.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "SampleIntake.h"
#include "account/AccessMessages.h"
#include "common/DateLineEdit.h"
#include "common/DesktopLanguage.h"
#include "intake/AnswerPairWidget.h"
#include "intake/IntakeFormPage.h"
#include "records/RecordsPage.h"
#include "review/ReviewPage.h"
#include "security/StaffSession.h"
#include "settings/SettingsDialog.h"
#include "util/Language.h"
#include "validation/IntakeParser.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <catch2/catch.hpp>
#include <memory>

namespace {

// Stands in for the French catalogue, which translators are finishing: in
// French, each text of the program's own classes gets a mark, so a text that
// did not follow the change stays plain English. Qt's own texts (contexts
// "QDialogButtonBox" and the like) come from Qt's real French catalogue. A
// finished catalogue, installed later by language::apply, wins over this.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const bool qts = context[0] == 'Q' && context[1] >= 'A' && context[1] <= 'Z';
        if (language::current() != UiLanguage::French || qts || source[0] == '\0') {
            return {};
        }
        return QStringLiteral("[fr] ") + QString::fromUtf8(source);
    }
};

// French for the length of a test; English again after it, whatever happens.
struct FrenchForTheTest
{
    FrenchForTheTest() { QCoreApplication::installTranslator(&marker); }
    ~FrenchForTheTest()
    {
        QCoreApplication::removeTranslator(&marker);
        applyDesktopLanguage(UiLanguage::English);
        QCoreApplication::sendPostedEvents();
    }
    MarkingTranslator marker;
};

struct LanguageClinic
{
    LanguageClinic()
    {
        REQUIRE(folder.isValid());
        session = gui_test::openClinic(database, std::make_unique<FixedClock>(QDate(2026, 11, 21)),
                                       Role::Manager);
        settings = std::make_unique<AppSettings>(settingsPath());
        window = std::make_unique<MainWindow>(*session, *settings);
        window->resize(1300, 850);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QString settingsPath() const { return folder.filePath(QStringLiteral("settings.ini")); }

    // What a person does: Settings, the language, OK.
    void choose(AppSettings::Language language) const
    {
        SettingsDialog dialog(*session, *settings, window.get());
        QComboBox* list = dialog.languageCombo();
        list->setCurrentIndex(list->findData(int(language)));
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        // The windows hear of it through posted LanguageChange events.
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents();
    }

    QString menuTitle(int at) const { return window->menuBar()->actions().at(at)->text(); }
    QString action(const char* name) const
    {
        return window->findChild<QAction*>(QLatin1String(name))->text();
    }
    QString header(int column) const
    {
        return window->recordsPage()
            ->findChild<QTableView*>()
            ->model()
            ->headerData(column, Qt::Horizontal)
            .toString();
    }

    QTemporaryDir folder;
    BackendDatabase database;
    std::unique_ptr<ClinicSession> session;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("gui: choosing Français in Settings turns the open window French at once and keeps "
          "the intake being typed",
          "[gui][language]")
{
    FrenchForTheTest french;
    LanguageClinic clinic;
    IntakeFormPage& page = *clinic.window->intakePage();
    auto* name = gui_test::field<QLineEdit>(page, "nameEdit");
    auto* born = gui_test::field<DateLineEdit>(page, "dateOfBirthEdit");
    auto* notes = gui_test::field<QPlainTextEdit>(page, "notesEdit");
    gui_test::typeInto(name, QStringLiteral("Jeanne Tremblay"));
    gui_test::typeInto(born, QStringLiteral("1980-04-12"));
    notes->setFocus();
    notes->insertPlainText(QStringLiteral("Préfère la fenêtre ouverte")); // QTest types ASCII only
    AnswerPairWidget* question =
        page.screening()->questionWidget(vocabulary::Question::SaddleNumbness);
    question->setFocus();
    QTest::keyClick(question, Qt::Key_N);
    const QString englishQuestion = question->text();
    auto* nameLabel = page.findChild<QLabel*>(QStringLiteral("nameLabel"));
    const QString englishName = nameLabel->text();
    const QString englishTitle = clinic.window->windowTitle();
    REQUIRE(clinic.menuTitle(0) == QStringLiteral("&File"));
    REQUIRE(clinic.header(2) == QStringLiteral("Client"));
    REQUIRE(page.hasUnsavedAnswers());

    clinic.choose(AppSettings::Language::French);

    CHECK(language::current() == UiLanguage::French);
    // The window, its menus and actions, the form's labels (from the .ui
    // and from code), the records' headers: no longer the English texts.
    CHECK(clinic.window->windowTitle() != englishTitle);
    CHECK(clinic.menuTitle(0) != QStringLiteral("&File"));
    CHECK(clinic.action("newIntakeAction") != QStringLiteral("&New intake"));
    CHECK(nameLabel->text() != englishName);
    CHECK(page.findChild<QGroupBox*>(QStringLiteral("painGroup"))->title() !=
          QStringLiteral("Pain"));
    CHECK(page.findChild<QGroupBox*>(QStringLiteral("clearanceGroup"))->title() !=
          QStringLiteral("Medical &clearance (a physician's note)"));
    CHECK(question->text() != englishQuestion);
    CHECK(clinic.header(1) != QStringLiteral("Visit date"));
    // What was typed and answered is all there, still unsaved.
    CHECK(name->text() == QStringLiteral("Jeanne Tremblay"));
    CHECK(born->date() == QDate(1980, 4, 12));
    CHECK(notes->toPlainText() == QStringLiteral("Préfère la fenêtre ouverte"));
    CHECK(page.screening()->answer(vocabulary::Question::SaddleNumbness) == vocabulary::Answer::No);
    CHECK(page.hasUnsavedAnswers());
    // Dates and month names in Canadian French, in the open form too.
    CHECK(QLocale().name() == QStringLiteral("fr_CA"));
    auto* visit = gui_test::field<QDateEdit>(page, "visitDateEdit");
    CHECK(visit->locale().language() == QLocale::French);
    CHECK(born->locale().language() == QLocale::French);
    CHECK(visit->locale()
              .toString(QDate(2026, 11, 30), QLocale::LongFormat)
              .contains(QStringLiteral("30 novembre 2026")));
    // Qt's own words are French: a dialog's Cancel button.
    SettingsDialog dialog(*clinic.session, *clinic.settings, clinic.window.get());
    CHECK(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->text() ==
          QStringLiteral("Annuler"));
    // The choice is kept, and the next start uses it.
    CHECK(AppSettings(clinic.settingsPath()).language() == AppSettings::Language::French);
    CHECK(desktopLanguageFor(AppSettings(clinic.settingsPath()).language()) == UiLanguage::French);

    clinic.choose(AppSettings::Language::English);

    CHECK(language::current() == UiLanguage::English);
    CHECK(clinic.window->windowTitle() == englishTitle);
    CHECK(clinic.menuTitle(0) == QStringLiteral("&File"));
    CHECK(clinic.action("newIntakeAction") == QStringLiteral("&New intake"));
    CHECK(nameLabel->text() == englishName);
    CHECK(question->text() == englishQuestion);
    CHECK(page.findChild<QGroupBox*>(QStringLiteral("painGroup"))->title() ==
          QStringLiteral("Pain"));
    CHECK(clinic.header(2) == QStringLiteral("Client"));
    CHECK(visit->locale().name() == QStringLiteral("en_CA"));
    CHECK(name->text() == QStringLiteral("Jeanne Tremblay"));
    CHECK(notes->toPlainText() == QStringLiteral("Préfère la fenêtre ouverte"));
    CHECK(page.hasUnsavedAnswers());
    CHECK(AppSettings(clinic.settingsPath()).language() == AppSettings::Language::English);
}

TEST_CASE("gui: a member of staff who may not change the settings still chooses their language",
          "[gui][language]")
{
    FrenchForTheTest french;
    LanguageClinic clinic;
    gui_test::signInAs(*clinic.session, Role::FrontDesk);
    SettingsDialog dialog(*clinic.session, *clinic.settings, clinic.window.get());
    REQUIRE_FALSE(dialog.mayChange());
    CHECK(dialog.languageCombo()->isEnabled());
    dialog.languageCombo()->setCurrentIndex(
        dialog.languageCombo()->findData(int(AppSettings::Language::French)));
    // Close is their only button: it keeps the language, nothing else.
    QPushButton* close = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
    REQUIRE(close != nullptr);
    close->click();
    QCoreApplication::sendPostedEvents();
    CHECK(language::current() == UiLanguage::French);
    CHECK(AppSettings(clinic.settingsPath()).language() == AppSettings::Language::French);
}

TEST_CASE("gui: the language list names each language in its own words", "[gui][language]")
{
    LanguageClinic clinic;
    SettingsDialog dialog(*clinic.session, *clinic.settings);
    QComboBox* list = dialog.languageCombo();
    REQUIRE(list->count() == 3);
    CHECK(list->currentData().toInt() == int(AppSettings::Language::System));
    CHECK(list->itemText(1) == QStringLiteral("English"));
    CHECK(list->itemText(2) == QStringLiteral("Français"));
    // Cancel keeps the language as it was.
    list->setCurrentIndex(2);
    dialog.reject();
    CHECK(language::current() == UiLanguage::English);
    CHECK(AppSettings(clinic.settingsPath()).language() == AppSettings::Language::System);
}

TEST_CASE("gui: in French O answers yes (« oui ») as Y does; in English O does nothing",
          "[gui][language][intake]")
{
    const auto pressOn = [](Qt::Key key) {
        AnswerPairWidget pair(vocabulary::Question::SaddleNumbness);
        QTest::keyClick(&pair, key);
        return pair.answer();
    };
    CHECK(pressOn(Qt::Key_O) == vocabulary::Answer::NotAsked);
    CHECK(pressOn(Qt::Key_Y) == vocabulary::Answer::Yes);
    {
        const FrenchForTheTest french;
        applyDesktopLanguage(UiLanguage::French);
        CHECK(pressOn(Qt::Key_O) == vocabulary::Answer::Yes);
        CHECK(pressOn(Qt::Key_Y) == vocabulary::Answer::Yes);
        CHECK(pressOn(Qt::Key_N) == vocabulary::Answer::No);
    }
    CHECK(pressOn(Qt::Key_O) == vocabulary::Answer::NotAsked);
}

TEST_CASE("gui: a backup passphrase that is too short is called a passphrase in French too",
          "[gui][language][backup]")
{
    using Kind = PasswordHasher::SecretKind;
    CHECK(access_messages::problemWithNewPassword(QStringLiteral("short"), QStringLiteral("short"),
                                                  Kind::Passphrase)
              .contains(QStringLiteral("passphrase")));
    const FrenchForTheTest french;
    applyDesktopLanguage(UiLanguage::French);
    for (const auto& [typed, again] :
         {std::pair{QStringLiteral("short"), QStringLiteral("short")},
          std::pair{QStringLiteral("long enough words"), QStringLiteral("other words here")}}) {
        const QString passphrase =
            access_messages::problemWithNewPassword(typed, again, Kind::Passphrase);
        CAPTURE(passphrase);
        CHECK(passphrase.contains(QStringLiteral("phrase")));
        CHECK_FALSE(passphrase.contains(QStringLiteral("mot de passe")));
        const QString password =
            access_messages::problemWithNewPassword(typed, again, Kind::Password);
        CAPTURE(password);
        CHECK(password.contains(QStringLiteral("mot")));
    }
}

TEST_CASE("gui: the review decision's fields have their captions and Alt keys, in both languages",
          "[gui][language][review]")
{
    LanguageClinic clinic;
    ReviewPage& review = *clinic.window->reviewPage();
    const auto captionOf = [&review](QWidget* field) {
        for (QLabel* label : review.findChildren<QLabel*>()) {
            if (label->buddy() == field) {
                return label->text();
            }
        }
        return QString();
    };
    CHECK(captionOf(review.overrideApproach()) == QStringLiteral("Or &use approach:"));
    CHECK(captionOf(review.overridePressure()) == QStringLiteral("&Pressure:"));
    CHECK(captionOf(review.reasonEdit()) == QStringLiteral("Rea&son:"));
    CHECK(captionOf(review.noteEdit()) == QStringLiteral("Session &note:"));
    const FrenchForTheTest french;
    applyDesktopLanguage(UiLanguage::French);
    QCoreApplication::sendPostedEvents();
    CHECK(captionOf(review.reasonEdit()) == QStringLiteral("Ra&ison\u00a0:"));
    CHECK_FALSE(captionOf(review.noteEdit()).isEmpty());
}

TEST_CASE("gui: in French the review queue shows an emergency referral's line whole",
          "[gui][language][review]")
{
    LanguageClinic clinic;
    auto intake = sampleIntake();
    intake["screening"]["saddle_numbness"] = "yes"; // cauda equina: the emergency room now
    const auto parsed = IntakeParser(clinic.session->clock()).validate(intake);
    REQUIRE(parsed.ok());
    clinic.session->staff().addIntake(*parsed.record);

    const FrenchForTheTest french;
    applyDesktopLanguage(UiLanguage::French); // the real catalogue: its words are the longest
    QCoreApplication::sendPostedEvents();
    clinic.window->showPage(int(AppSettings::Page::Review));
    ReviewPage& review = *clinic.window->reviewPage();
    review.refresh(); // the intake came after the window opened
    gui_test::waitForQueue(review);
    auto* queue = review.findChild<QListWidget*>(QStringLiteral("queue"));
    REQUIRE(queue != nullptr);
    REQUIRE(queue->count() == 1);
    const QString line = queue->item(0)->text();
    INFO(line.toStdString());
    REQUIRE(line.contains(QStringLiteral("URGENCE IMMÉDIATE")));
    REQUIRE(gui_test::waitFor(
        [&] { return queue->sizeHintForColumn(0) <= queue->viewport()->width(); }, 5));
}
