#include "intake/ClearanceEditor.h"

#include "common/DateLineEdit.h"
#include "common/DateText.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <nlohmann/json.hpp>

using nlohmann::json;
using namespace vocabulary;

namespace {

constexpr std::size_t kCodeCount = kClearanceCodeWords.size();

QString word(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

} // namespace

QString ClearanceEditor::codeLabel(ClearanceCode code)
{
    switch (code) {
    case ClearanceCode::RecentMajorTrauma:
        return tr("Recent major injury");
    case ClearanceCode::CancerHistory:
        return tr("Cancer, now or in the past");
    case ClearanceCode::UnexplainedWeightLoss:
        return tr("Weight loss without trying");
    case ClearanceCode::ConstantNightPain:
        return tr("Constant pain at night");
    case ClearanceCode::Immunosuppressed:
        return tr("Weakened immune system");
    case ClearanceCode::InjectsDrugs:
        return tr("Injects drugs");
    case ClearanceCode::RecentMinorFall:
        return tr("Recent fall or strain");
    case ClearanceCode::PainNotMechanical:
        return tr("Pain unchanged by movement");
    case ClearanceCode::Child:
        return tr("Child");
    }
    return {};
}

ClearanceEditor::ClearanceEditor(QWidget* parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("clearanceGroup"));
    setCheckable(true);
    setChecked(false);

    auto* outer = new QVBoxLayout(this);
    m_contents = new QWidget(this);
    outer->addWidget(m_contents);
    auto* form = new QFormLayout(m_contents);
    form->setContentsMargins(0, 0, 0, 0);
    // Labels above their fields: the codes need the column's whole width.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_date = new DateLineEdit(m_contents);
    m_date->setObjectName(QStringLiteral("clearanceDateEdit"));
    m_validity = new QLabel(m_contents);
    m_validity->setObjectName(QStringLiteral("clearanceValidity"));
    m_validity->setWordWrap(true);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_validity, 1);
    m_dateLabel = new QLabel(m_contents);
    m_dateLabel->setBuddy(m_date);
    form->addRow(m_dateLabel, dateRow);

    // Only the flags a physician's note can clear are offered, one under
    // the other: two columns of them would make the form wider than a
    // 1366-pixel screen allows in French.
    auto* codes = new QGridLayout;
    codes->setContentsMargins(0, 0, 0, 0);
    for (std::size_t i = 0; i < kCodeCount; ++i) {
        auto* box = new QCheckBox(m_contents);
        box->setObjectName(QStringLiteral("clearance_") + word(kClearanceCodeWords[i]));
        codes->addWidget(box, int(i), 0);
        m_codes[i] = box;
        connect(box, &QCheckBox::toggled, this, &ClearanceEditor::changed);
    }
    m_codesLabel = new QLabel(m_contents);
    m_codesLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(m_codesLabel, codes);

    m_by = new QLineEdit(m_contents);
    m_by->setObjectName(QStringLiteral("clearanceByEdit"));
    m_byLabel = new QLabel(m_contents);
    m_byLabel->setBuddy(m_by);
    form->addRow(m_byLabel, m_by);

    m_error = new QLabel(m_contents);
    m_error->setObjectName(QStringLiteral("clearanceError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    form->addRow(m_error);

    connect(m_date, &QLineEdit::textChanged, this, [this] {
        updateValidity();
        emit changed();
    });
    connect(m_by, &QLineEdit::textChanged, this, &ClearanceEditor::changed);
    connect(this, &QGroupBox::toggled, this, [this](bool given) {
        // Unticked, it takes no room: most clients have no note.
        m_contents->setVisible(given);
        updateValidity();
        emit changed();
    });
    m_contents->setVisible(false);
    retranslate();
}

void ClearanceEditor::retranslate()
{
    setTitle(tr("Medical &clearance (a physician's note)"));
    setAccessibleName(tr("Medical clearance from a physician"));
    setToolTip(tr("Tick when a physician has seen the client for a flag and cleared them for "
                  "massage. Emergency flags cannot be cleared."));
    m_date->setAccessibleName(tr("Date of the physician's note"));
    m_dateLabel->setText(tr("Dated"));
    for (std::size_t i = 0; i < kCodeCount; ++i) {
        m_codes[i]->setText(codeLabel(ClearanceCode(i)));
        m_codes[i]->setAccessibleName(tr("Cleared for: %1").arg(m_codes[i]->text()));
    }
    m_codesLabel->setText(tr("Cleared for"));
    m_by->setPlaceholderText(tr("optional, e.g. Dr. A. Roy"));
    m_by->setAccessibleName(tr("Cleared by"));
    m_byLabel->setText(tr("By"));
    updateValidity();
}

void ClearanceEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

QList<QWidget*> ClearanceEditor::tabStops()
{
    QList<QWidget*> stops{this, m_date};
    for (QCheckBox* box : m_codes) {
        stops << box;
    }
    stops << m_by;
    return stops;
}

json ClearanceEditor::toJson() const
{
    json clearance = json::object();
    clearance["date"] = m_date->reading().stored.toStdString();
    json codes = json::array();
    for (std::size_t i = 0; i < kCodeCount; ++i) {
        if (m_codes[i]->isChecked()) {
            codes.push_back(kClearanceCodeWords[i]);
        }
    }
    clearance["for"] = codes;
    const QString by = m_by->text().trimmed();
    if (!by.isEmpty()) {
        clearance["by"] = by.toStdString();
    }
    return clearance;
}

void ClearanceEditor::setFromJson(const json& clearance)
{
    const QSignalBlocker quiet(this);
    clear();
    if (!clearance.is_object() || clearance.empty()) {
        return;
    }
    setChecked(true);
    m_contents->setVisible(true);
    if (const auto date = clearance.find("date"); date != clearance.end() && date->is_string()) {
        m_date->setStoredText(QString::fromStdString(date->get<std::string>()));
    }
    if (const auto by = clearance.find("by"); by != clearance.end() && by->is_string()) {
        m_by->setText(QString::fromStdString(by->get<std::string>()));
    }
    if (const auto codes = clearance.find("for"); codes != clearance.end() && codes->is_array()) {
        for (const json& code : *codes) {
            if (const auto index = code.is_string()
                                       ? indexOfWord(kClearanceCodeWords, code.get<std::string>())
                                       : std::nullopt) {
                m_codes[*index]->setChecked(true);
            }
        }
    }
    updateValidity();
}

void ClearanceEditor::setClearance(const std::optional<MedicalClearance>& clearance)
{
    const QSignalBlocker quiet(this);
    clear();
    if (!clearance) {
        return;
    }
    setChecked(true);
    m_contents->setVisible(true);
    m_date->setStoredText(clearance->date.toString(Qt::ISODate));
    if (clearance->by) {
        m_by->setText(QString::fromStdString(*clearance->by));
    }
    for (std::size_t i = 0; i < kCodeCount; ++i) {
        m_codes[i]->setChecked(clearance->covers(ClearanceCode(i)));
    }
    updateValidity();
}

void ClearanceEditor::clear()
{
    const QSignalBlocker quiet(this);
    setChecked(false);
    m_contents->setVisible(false);
    m_date->clear();
    m_by->clear();
    for (QCheckBox* box : m_codes) {
        box->setChecked(false);
    }
    m_error->clear();
    m_error->hide();
    updateValidity();
}

void ClearanceEditor::setVisitDate(const QDate& visit)
{
    if (visit != m_visit) {
        m_visit = visit;
        updateValidity();
    }
}

void ClearanceEditor::setValidDays(int days)
{
    if (days != m_validDays) {
        m_validDays = days;
        updateValidity();
    }
}

QString ClearanceEditor::validityText() const
{
    return m_validity->text();
}

void ClearanceEditor::updateValidity()
{
    const QDate dated = m_date->date();
    QString text;
    bool bad = false;
    if (!dated.isValid() || !m_visit.isValid()) {
        text = QString();
    } else if (dated > m_visit) {
        text = tr("✗ dated after the visit");
        bad = true;
    } else if (dated.daysTo(m_visit) <= m_validDays) {
        // The same rule as MedicalClearance::validOn, with the rule set's days.
        text = tr("✓ valid until %1").arg(date_text::show(dated.addDays(m_validDays)));
    } else {
        text = tr("✗ expired: older than %n day(s)", nullptr, m_validDays);
        bad = true;
    }
    m_validity->setText(text);
    m_validity->setStyleSheet(bad ? QStringLiteral("color: #b00020; font-weight: bold;")
                                  : QString());
    m_date->setAccessibleDescription(text);
}
