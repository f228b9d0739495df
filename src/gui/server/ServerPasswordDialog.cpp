#include "server/ServerPasswordDialog.h"

#include "ui_ServerPasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

ServerPasswordDialog::ServerPasswordDialog(const QString& where, const QString& reason,
                                           bool keyringAvailable, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ServerPasswordDialog>())
{
    m_ui->setupUi(this);
    m_ui->intro->setText(m_ui->intro->text().arg(where.toHtmlEscaped()));
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
    if (keyringAvailable) {
        m_ui->keyringNote->setText(
            tr("Kept in this computer's keyring, never in a settings file."));
    } else {
        m_ui->rememberBox->setChecked(false);
        m_ui->rememberBox->setEnabled(false);
        m_ui->keyringNote->setText(tr("This computer has no keyring, so Clinic Intake cannot "
                                      "remember the password: it asks for it at every start."));
    }
    // Designer gives a button box its standard buttons only.
    m_ui->buttons->addButton(m_ui->connectButton, QDialogButtonBox::AcceptRole);
    // The icon the box gives its own OK button, where the style shows them.
    if (style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons, nullptr, this)) {
        m_ui->connectButton->setIcon(
            style()->standardIcon(QStyle::SP_DialogOkButton, nullptr, this));
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->passwordEdit->setFocus();
}

ServerPasswordDialog::~ServerPasswordDialog() = default;

QLineEdit* ServerPasswordDialog::passwordEdit() const
{
    return m_ui->passwordEdit;
}

QCheckBox* ServerPasswordDialog::rememberBox() const
{
    return m_ui->rememberBox;
}

QLabel* ServerPasswordDialog::reasonLabel() const
{
    return m_ui->reasonLabel;
}

QString ServerPasswordDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool ServerPasswordDialog::remember() const
{
    return m_ui->rememberBox->isEnabled() && m_ui->rememberBox->isChecked();
}
