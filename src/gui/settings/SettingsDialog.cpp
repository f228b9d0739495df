#include "settings/SettingsDialog.h"

#include "AppSettings.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(settings.databasePath(), this);
    m_path->setAccessibleName(tr("Database file"));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    auto* defaults = new QPushButton(tr("&Default"), this);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    row->addWidget(defaults);
    auto* label = new QLabel(tr("&Database file:"), this);
    label->setBuddy(m_path);
    form->addRow(label, row);
    form->addRow(new QLabel(tr("A new file is created when it does not exist. The change takes "
                               "effect when Clinic Intake starts next."),
                            this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(defaults, &QPushButton::clicked, this,
            [this] { m_path->setText(Database::defaultPath()); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Database file"), m_path->text(), tr("Clinic Intake database (*.sqlite)"),
            nullptr, QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty()) {
            m_path->setText(chosen);
        }
    });
    resize(640, sizeHint().height());
}

void SettingsDialog::accept()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Settings"), tr("Choose a database file."));
        return;
    }
    m_settings.setDatabasePath(path);
    m_settings.sync();
    QDialog::accept();
}
