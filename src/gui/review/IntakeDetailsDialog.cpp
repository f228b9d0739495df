#include "review/IntakeDetailsDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "review/IntakeDescription.h"
#include "rules/RuleEngine.h"
#include "security/StaffSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

IntakeDetailsDialog::IntakeDetailsDialog(ClinicSession& session, qint64 intakeId, QWidget* parent)
    : QDialog(parent), m_rules(session.engine().ruleSet())
{
    setWindowTitle(tr("Intake #%1").arg(intakeId));
    try {
        m_intake = session.staff().intakeDetails(intakeId);
    } catch (const std::exception& error) {
        m_intake.reset();
        access_messages::showRefusal(parent, error);
    }

    m_versions = new QComboBox(this);
    m_versions->setAccessibleName(tr("Version of the intake"));
    auto* versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_versions);
    m_details = new QTextBrowser(this);
    m_details->setAccessibleName(tr("Intake and suggestion"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Else the first button in the focus chain, Amend…, would be the default.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_amend = buttons->addButton(tr("A&mend…"), QDialogButtonBox::ActionRole);
    m_amend->setToolTip(tr("Correct the answers on the intake form; saving keeps this version "
                           "and adds a new one."));
    m_amend->setVisible(session.staff().may(Permission::EnterIntakes));
    m_amend->setEnabled(isOpen() && m_intake->current() != nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &IntakeDetailsDialog::reject);
    connect(m_amend, &QPushButton::clicked, this, [this] {
        m_amendRequested = true;
        accept();
    });

    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Intake #%1</b>").arg(intakeId), this), 1);
    header->addWidget(versionLabel);
    header->addWidget(m_versions);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 36);

    if (isOpen()) {
        const auto& versions = m_intake->versions;
        for (std::size_t i = versions.size(); i-- > 0;) {
            const int number = versions[i].version;
            m_versions->addItem(i + 1 == versions.size() ? tr("%1 (current)").arg(number)
                                                         : QString::number(number),
                                int(i));
        }
        m_versions->setEnabled(m_versions->count() > 1);
        connect(m_versions, qOverload<int>(&QComboBox::currentIndexChanged), this,
                &IntakeDetailsDialog::showVersion);
        showVersion(0);
        // A suggestion without a plan: amending is how the screening gets completed.
        if (m_intake->current() != nullptr && !m_intake->current()->suggestion.approach) {
            m_amend->setText(tr("A&mend to complete the screening…"));
        }
    }
    m_details->setFocus();
}

void IntakeDetailsDialog::showVersion(int index)
{
    if (index < 0 || !isOpen()) {
        return;
    }
    const auto& version = m_intake->versions.at(std::size_t(m_versions->itemData(index).toInt()));
    m_details->setHtml(IntakeDescription::problemsHtml(m_intake->problems) +
                       IntakeDescription::html(version, &m_rules) +
                       IntakeDescription::reviewsHtml(m_intake->reviews));
}

QString IntakeDetailsDialog::detailsText() const
{
    return m_details->toPlainText();
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
