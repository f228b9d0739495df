#pragma once

#include "model/IntakeDetails.h"
#include "model/Vocabulary.h"
#include "validation/FieldError.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

class AlertBanner;
class ArrowKeyGroup;
class BodyMapWidget;
class ClearanceEditor;
class ClinicSession;
class QLabel;
class QRadioButton;
class QShortcut;
class QTimer;
class SessionWorker;
struct ClientMatch;
class ScreeningSection;
class SuggestionPanel;
struct IntakeRecord;
struct ClientMatch;
struct SameDayIntake;
struct Recommendation;

namespace Ui {
class IntakeFormPage;
}

// The front desk's consultation form (ui/IntakeFormPage.ui): every field of
// clinic-intake/2, the body map (where it hurts, and where not to work), the
// screening and precaution questions (ScreeningSection), a medical clearance
// (ClearanceEditor), and the live suggestion. Validation uses the core's
// validator, so the messages are the command-line tool's. Saving goes through
// the signed-in user's StaffSession: a new intake, or a new version of the
// intake being amended (always stored as clinic-intake/2).
class IntakeFormPage : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeFormPage(ClinicSession& session, QWidget* parent = nullptr);
    ~IntakeFormPage() override;

    // The answers as a clinic-intake/2 object (left-out optional fields and
    // questions not asked omitted).
    nlohmann::json answers() const;
    FieldErrors currentErrors() const { return m_errors; }
    // What still needs an answer, a line each as the "Not saved yet" message
    // lists it; `first` (if given) gets the first such field.
    QStringList missingAnswers(QWidget** first = nullptr) const;
    bool isValid() const { return m_errors.empty(); }
    bool hasUnsavedAnswers() const { return m_dirty; }

    // Stores the intake and its suggestion (a new version when amending),
    // says a referral once more in a dialog, then clears the form. On failure
    // or refusal the form stays filled and the reason is shown; an incomplete
    // form lists what is missing and goes to the first of it. Returns the
    // intake's id or 0.
    qint64 save();
    // Empties the form (and stops amending), scrolled to the top with the
    // focus in Name.
    void clearForm();
    // Fills the form with an intake's current answers (`intake` is its stored
    // object, clinic-intake/1 or /2); the next save stores them as version
    // `version` + 1 of `intakeId`, in clinic-intake/2. A version 1 record is
    // read as version 2: the answers it could not record show as not asked.
    void startAmending(qint64 intakeId, int version, const nlohmann::json& intake);
    // The same from a stored version (StaffSession::intakeDetails): its record
    // as the program reads it; one that can no longer be read fills in what
    // its stored text still gives, and the form says what is wrong.
    void startAmending(qint64 intakeId, int version, const IntakeVersionDetails& stored);
    qint64 amendingIntake() const { return m_amendingId; }
    // The id the next save carries (IntakeWorkflow): the same until the form
    // is saved or cleared.
    QString saveId() const { return m_saveId; }
    // A save cut off by a lost server connection waits: the form is kept,
    // locked as it was when Save was pressed, under "Connection lost:
    // retrying", and retryPendingSave() sends the same request again.
    bool isSaveWaiting() const { return m_waitingSave != nullptr; }
    // Opens the server connection again and sends the waiting save (what
    // MainWindow does each time the ConnectionMonitor finds the server
    // answering; Save does it too). True once it is stored; false while the
    // server is still away (it keeps waiting) or when nothing waits.
    bool retryPendingSave();
    // What the last save stored, on the page above the form ("Saved intake
    // 12 at 14:02"); empty before the first save.
    QString savedText() const;
    void focusFirstField();

    BodyMapWidget* bodyMap() const { return m_bodyMap; }
    SuggestionPanel* suggestionPanel() const { return m_suggestion; }
    ScreeningSection* screening() const { return m_screening; }
    ClearanceEditor* clearance() const { return m_clearance; }
    // Focuses a screening or precaution question and scrolls it into view
    // (what a click on an unanswered question in the suggestion does).
    void goToQuestion(vocabulary::Question question);
    // For tests and benchmarks: the widget that edits a field, by its path.
    QWidget* fieldWidget(const QString& name) const;
    // A returning-client lookup is waiting for a pause in typing or for the
    // server (a server's records only).
    bool isLookingUp() const;

signals:
    void validityChanged(bool valid);
    void saved(qint64 intakeId, bool refersOut);
    void statusMessage(const QString& message);
    // A save waits for the server (isSaveWaiting()).
    void connectionLost();

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void connectChanges();
    void onAnswersChanged();
    // A field of the form with the label for its errors, the validator's
    // path and the name the list of missing answers gives it.
    struct FieldPlace
    {
        QString prefix;
        QString name;
        QLabel* error;
        QWidget* field;
        QLabel* caption;        // marked "(needed)" while empty; none for the body map
        bool namesPart = false; // the message says which part of the block is wrong
    };
    std::vector<FieldPlace> fieldPlaces() const;
    QStringList messagesFor(const FieldPlace& place) const;
    bool isBlank(const FieldPlace& place) const;
    void showErrors();
    // Lists what is missing, then moves the focus to the first missing field.
    void reportMissing();
    void revealInForm(QWidget* widget);
    void lookUpReturningClients();
    // For a server: after a pause in typing, on a SessionWorker's thread.
    void lookUpSoon();
    void showReturningClients(const std::vector<ClientMatch>& matches);
    void fillFromClient(const ClientMatch& client);
    void syncLocationsFromBodyMap(std::uint16_t locations);
    void arrangeColumns(bool wide);
    // From a record's JSON, as far as it reads (a record that no longer
    // validates fills in what it can).
    void setAnswers(const nlohmann::json& intake);
    void setAnswers(const IntakeRecord& record);
    // After either setAnswers(): the form as filled from stored answers.
    void answersSet();
    // `record` when it reads, else what `stored` (its JSON) still gives.
    void beginAmending(qint64 intakeId, int version, const IntakeRecord* record,
                       const nlohmann::json& stored, bool version1);
    void buildBodyMapControls();
    void retranslateBodyMapControls();
    void measureCaptions();
    void measureFormWidth();
    void retranslate();
    void replaceIntensitySpin();
    void chainTabOrder();
    // Rows and grids of check boxes as one Tab stop each, arrows inside.
    void groupCheckBoxes();
    // The form's current findings, locations and radiation, enough for
    // IntakeRecord::neckInvolved() while the form is not valid yet.
    IntakeRecord neckAnswers() const;
    void updateFooter();
    // Before a new intake is stored: when the same client already has one
    // on the visit date, asks whether to store a second one (the default is
    // not to). True to go on saving.
    bool confirmSameDay(const IntakeRecord& record);
    // Stores `record` (a new version of `amendingId` when not 0), then says
    // so and clears the form; a lost connection makes it wait. The intake's
    // id or 0.
    qint64 send(const IntakeRecord& record, qint64 amendingId);
    void waitForServer(const IntakeRecord& record, qint64 amendingId);
    void endWaiting();
    // After saving a referral: what to tell the client, and why, in a dialog.
    void tellReferral(const Recommendation& result, const IntakeRecord& record, qint64 intakeId);

    ClinicSession& m_session;
    SessionWorker* m_lookupWorker = nullptr;
    QTimer* m_lookupDelay = nullptr;
    quint64 m_lookupGeneration = 0;
    std::unique_ptr<Ui::IntakeFormPage> m_ui;
    BodyMapWidget* m_bodyMap;
    SuggestionPanel* m_suggestion;
    ScreeningSection* m_screening;
    ClearanceEditor* m_clearance;
    AlertBanner* m_amendBanner;
    AlertBanner* m_savedBanner;
    AlertBanner* m_connectionBanner;
    // The request a lost connection cut off, sent again as it was. Once
    // forms carry a save id (branch save-ids), it is kept here with them.
    struct WaitingSave
    {
        IntakeRecord record;
        qint64 amendingId = 0;
    };
    std::unique_ptr<WaitingSave> m_waitingSave;
    QShortcut* m_incompleteSave = nullptr;
    QList<ArrowKeyGroup*> m_boxGroups;
    QMetaObject::Connection m_focusFollower;
    QHash<QLabel*, QString> m_captions; // the field names as the .ui gives them
    QLabel* m_modeLabel = nullptr;
    QRadioButton* m_painMode = nullptr;
    QRadioButton* m_avoidMode = nullptr;
    QLabel* m_avoidSummary = nullptr;
    QLabel* m_screeningFooter = nullptr; // the last part built
    qint64 m_amendingId = 0;
    QString m_saveId;
    std::string m_sameDayAnswered; // the answers the same-day question was settled for
    FieldErrors m_errors;
    QSet<QString> m_touched; // fields edited since the form was cleared
    bool m_showAllErrors = false;
    bool m_dirty = false;
    bool m_updating = false; // setting widgets from code, not the user
    bool m_wide = true;
};
