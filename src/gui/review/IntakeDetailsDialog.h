#pragma once

#include "model/IntakeDetails.h"

#include <QDialog>
#include <memory>
#include <optional>

class ClinicSession;
class QPushButton;
struct RuleSet;

namespace Ui {
class IntakeDetailsDialog;
}

// One intake on its own, for roles without the review page (the front desk
// opening a row of the records): its answers and suggestion, version by
// version, read through StaffSession::intakeDetails (audited as a view; the
// core leaves out therapists' reviews for roles that may not read them).
// Amend… closes the dialog with amendRequested() set. Close is the default
// button: Enter only closes, it never starts an amendment.
class IntakeDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    IntakeDetailsDialog(ClinicSession& session, qint64 intakeId, QWidget* parent = nullptr);
    ~IntakeDetailsDialog() override;

    // False when the intake could not be opened (the reason was shown).
    bool isOpen() const { return m_intake.has_value(); }
    QString detailsText() const;
    QPushButton* amendButton() const;

    bool amendRequested() const { return m_amendRequested; }
    int currentVersion() const;
    // The current version, for the intake form (empty when not open).
    IntakeVersionDetails currentAnswers() const;
    bool currentReviewed() const;

private:
    void showVersion(int index);

    const RuleSet& m_rules;
    std::optional<IntakeDetails> m_intake;
    std::unique_ptr<Ui::IntakeDetailsDialog> m_ui; // ui/IntakeDetailsDialog.ui
    bool m_amendRequested = false;
};
