#pragma once

#include "validation/FieldError.h"

#include <QSet>
#include <QWidget>
#include <memory>
#include <nlohmann/json.hpp>

class AlertBanner;
class BodyMapWidget;
class ClinicSession;
class QLabel;
class SuggestionPanel;
struct ClientMatch;

namespace Ui {
class IntakeFormPage;
}

// The front desk's consultation form (ui/IntakeFormPage.ui): every field of
// clinic-intake/1, the body map, and the live suggestion. Validation uses the
// core's validator, so the messages are the command-line tool's. Saving goes
// through the signed-in user's StaffSession: a new intake, or a new version
// of the intake being amended.
class IntakeFormPage : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeFormPage(ClinicSession& session, QWidget* parent = nullptr);
    ~IntakeFormPage() override;

    // The answers as a clinic-intake/1 object (left-out optional fields omitted).
    nlohmann::json answers() const;
    FieldErrors currentErrors() const { return m_errors; }
    bool isValid() const { return m_errors.empty(); }
    bool hasUnsavedAnswers() const { return m_dirty; }

    // Stores the intake and its suggestion (a new version when amending),
    // then clears the form. On failure or refusal the form stays filled and
    // the reason is shown. Returns the intake's id or 0.
    qint64 save();
    // Empties the form (and stops amending).
    void clearForm();
    // Fills the form with an intake's current answers (`intake` is its
    // clinic-intake/1 object); the next save stores them as version
    // `version` + 1 of `intakeId`.
    void startAmending(qint64 intakeId, int version, const nlohmann::json& intake);
    qint64 amendingIntake() const { return m_amendingId; }
    void focusFirstField();

    BodyMapWidget* bodyMap() const { return m_bodyMap; }
    SuggestionPanel* suggestionPanel() const { return m_suggestion; }
    // For tests and benchmarks: the widget that edits a field, by its path.
    QWidget* fieldWidget(const QString& name) const;

signals:
    void validityChanged(bool valid);
    void saved(qint64 intakeId, bool refersOut);
    void statusMessage(const QString& message);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void connectChanges();
    void onAnswersChanged();
    void showErrors();
    void lookUpReturningClients();
    void fillFromClient(const ClientMatch& client);
    void syncLocationsFromBodyMap(std::uint16_t locations);
    void arrangeColumns(bool wide);
    void setAnswers(const nlohmann::json& intake);

    ClinicSession& m_session;
    std::unique_ptr<Ui::IntakeFormPage> m_ui;
    BodyMapWidget* m_bodyMap;
    SuggestionPanel* m_suggestion;
    AlertBanner* m_amendBanner;
    qint64 m_amendingId = 0;
    FieldErrors m_errors;
    QSet<QString> m_touched; // fields edited since the form was cleared
    bool m_showAllErrors = false;
    bool m_dirty = false;
    bool m_updating = false; // setting widgets from code, not the user
    bool m_wide = true;
};
