#pragma once

#include "validation/FieldError.h"

#include <QSet>
#include <QWidget>
#include <memory>
#include <nlohmann/json.hpp>

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
// core's validator, so the messages are the command-line tool's.
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

    // Stores the intake and its suggestion, then clears the form. On failure
    // the form stays filled and the reason is shown. Returns the new id or 0.
    qint64 save();
    void clearForm();
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

    ClinicSession& m_session;
    std::unique_ptr<Ui::IntakeFormPage> m_ui;
    BodyMapWidget* m_bodyMap;
    SuggestionPanel* m_suggestion;
    FieldErrors m_errors;
    QSet<QString> m_touched; // fields edited since the form was cleared
    bool m_showAllErrors = false;
    bool m_dirty = false;
    bool m_updating = false; // setting widgets from code, not the user
    bool m_wide = true;
};
