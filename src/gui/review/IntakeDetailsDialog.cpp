#include "review/IntakeDetailsDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "review/IntakeDescription.h"
#include "rules/RuleEngine.h"
#include "security/StaffSession.h"
#include "ui_IntakeDetailsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>

IntakeDetailsDialog::IntakeDetailsDialog(ClinicSession& session, qint64 intakeId, QWidget* parent)
    : QDialog(parent), m_rules(session.engine().ruleSet()),
      m_ui(std::make_unique<Ui::IntakeDetailsDialog>())
{
    try {
        m_intake = session.staff().intakeDetails(intakeId);
    } catch (const std::exception& error) {
        m_intake.reset();
        access_messages::showRefusal(parent, error);
    }

    m_ui->setupUi(this);
    setWindowTitle(tr("Intake #%1").arg(intakeId));
    m_ui->titleLabel->setText(windowTitle());
    // Into the box, which places an action beside Close as the platform does.
    m_ui->buttons->addButton(m_ui->amendButton, QDialogButtonBox::ActionRole);
    QPushButton* close = m_ui->buttons->button(QDialogButtonBox::Close);
    setTabOrder(close, m_ui->amendButton);
    // Else the first button in the focus chain, Amend…, would be the default.
    close->setDefault(true);
    m_ui->amendButton->setVisible(session.staff().may(Permission::EnterIntakes));
    m_ui->amendButton->setEnabled(isOpen() && m_intake->current() != nullptr);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &IntakeDetailsDialog::reject);
    connect(m_ui->amendButton, &QPushButton::clicked, this, [this] {
        m_amendRequested = true;
        accept();
    });
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 36);

    if (isOpen()) {
        const auto& versions = m_intake->versions;
        for (std::size_t i = versions.size(); i-- > 0;) {
            const int number = versions[i].version;
            m_ui->versionsCombo->addItem(i + 1 == versions.size() ? tr("%1 (current)").arg(number)
                                                                  : QString::number(number),
                                         int(i));
        }
        m_ui->versionsCombo->setEnabled(m_ui->versionsCombo->count() > 1);
        connect(m_ui->versionsCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
                &IntakeDetailsDialog::showVersion);
        showVersion(0);
        // A suggestion without a plan: amending is how the screening gets completed.
        if (m_intake->current() != nullptr && !m_intake->current()->suggestion.approach) {
            m_ui->amendButton->setText(tr("A&mend to complete the screening…"));
        }
    }
    m_ui->detailsBrowser->setFocus();
}

void IntakeDetailsDialog::showVersion(int index)
{
    if (index < 0 || !isOpen()) {
        return;
    }
    const auto& version =
        m_intake->versions.at(std::size_t(m_ui->versionsCombo->itemData(index).toInt()));
    m_ui->detailsBrowser->setHtml(IntakeDescription::problemsHtml(m_intake->problems) +
                                  IntakeDescription::html(version, &m_rules) +
                                  IntakeDescription::reviewsHtml(m_intake->reviews));
}

IntakeDetailsDialog::~IntakeDetailsDialog() = default;

QPushButton* IntakeDetailsDialog::amendButton() const
{
    return m_ui->amendButton;
}

QString IntakeDetailsDialog::detailsText() const
{
    return m_ui->detailsBrowser->toPlainText();
}

int IntakeDetailsDialog::currentVersion() const
{
    return isOpen() && m_intake->current() != nullptr ? m_intake->current()->version : 0;
}

IntakeVersionDetails IntakeDetailsDialog::currentAnswers() const
{
    return isOpen() && m_intake->current() != nullptr ? *m_intake->current()
                                                      : IntakeVersionDetails();
}

bool IntakeDetailsDialog::currentReviewed() const
{
    return isOpen() && m_intake->reviewed();
}
