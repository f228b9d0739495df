#pragma once

#include "common/DateLineEdit.h"
#include "model/IntakeRecord.h"
#include "model/Vocabulary.h"

#include <QDate>
#include <QGroupBox>
#include <array>
#include <nlohmann/json_fwd.hpp>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

// The form's `medical_clearance`: a physician's note that clears the client
// for massage despite some flags. A checkable group: unticked, the record has
// no clearance. Offers only the clearance codes (emergency flags have none),
// and shows whether the note is still valid on the visit date ("valid until
// …" or "expired: older than 90 days").
class ClearanceEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit ClearanceEditor(QWidget* parent = nullptr);

    static QString codeLabel(vocabulary::ClearanceCode code);

    bool isGiven() const { return isChecked(); }
    // The `medical_clearance` object as typed (validation says what is wrong
    // with it); only meaningful when isGiven().
    nlohmann::json toJson() const;
    // From a record's `medical_clearance` object; an empty or missing one
    // unticks the group.
    void setFromJson(const nlohmann::json& clearance);
    // From a record's clearance; none unticks the group.
    void setClearance(const std::optional<MedicalClearance>& clearance);
    void clear();

    // The visit the note has to cover, and how long a note holds (the rule
    // set's clearanceValidDays).
    void setVisitDate(const QDate& visit);
    void setValidDays(int days);
    QString validityText() const;

    DateLineEdit* dateEdit() const { return m_date; }
    QLineEdit* byEdit() const { return m_by; }
    QCheckBox* codeBox(vocabulary::ClearanceCode code) const { return m_codes[std::size_t(code)]; }
    QLabel* errorLabel() const { return m_error; }
    // The group's own check box first, then its fields in order.
    QList<QWidget*> tabStops();

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateValidity();

    DateLineEdit* m_date;
    QLabel* m_validity;
    QLineEdit* m_by;
    std::array<QCheckBox*, vocabulary::kClearanceCodeWords.size()> m_codes{};
    QLabel* m_error;
    QLabel* m_dateLabel;
    QLabel* m_codesLabel;
    QLabel* m_byLabel;
    QWidget* m_contents;
    QDate m_visit;
    int m_validDays = vocabulary::kClearanceValidDays;
};
