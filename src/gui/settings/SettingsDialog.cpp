#include "settings/SettingsDialog.h"

#include "AppSettings.h"
#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/DesktopLanguage.h"
#include "security/StaffSession.h"
#include "server/PasswordKeyring.h"
#include "storage/ClinicStorage.h"
#include "storage/Database.h"
#include "storage/StorageFactory.h"
#include "storage/postgres/PostgresError.h"
#include "storage/postgres/PostgresLocation.h"
#include "ui_SettingsDialog.h"
#include "util/SystemClock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QUrl>

namespace {

// The TLS modes offered, safest first (libpq's sslmode words).
struct TlsMode
{
    const char* word;
    const char* label;
};
const TlsMode kTlsModes[] = {
    {"verify-full", QT_TRANSLATE_NOOP("SettingsDialog",
                                      "Check the certificate and the server's name (recommended)")},
    {"verify-ca", QT_TRANSLATE_NOOP("SettingsDialog", "Check the certificate only")},
    {"require", QT_TRANSLATE_NOOP("SettingsDialog", "Encrypt, check nothing (not recommended)")},
};

} // namespace

SettingsDialog::SettingsDialog(ClinicSession& session, AppSettings& settings, QWidget* parent,
                               PasswordKeyring* keyring)
    : SettingsDialog(&session, settings, parent, keyring)
{}

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent, PasswordKeyring* keyring)
    : SettingsDialog(nullptr, settings, parent, keyring)
{}

SettingsDialog::SettingsDialog(ClinicSession* session, AppSettings& settings, QWidget* parent,
                               PasswordKeyring* keyring)
    : QDialog(parent), m_session(session), m_settings(settings),
      m_keyring(keyring ? *keyring : desktopKeyring()), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Before sign-in only the location can be changed (see the header).
    m_mayChange = !session || session->staff().may(Permission::ChangeSecuritySettings);
    for (const TlsMode& mode : kTlsModes) {
        m_ui->tlsCombo->addItem(tr(mode.label), QString::fromLatin1(mode.word));
    }
    m_ui->databasePathEdit->setText(settings.databasePath());
    const QString location = settings.databaseLocation();
    if (isServerLocation(location)) {
        m_ui->serverChoice->setChecked(true);
        try {
            const PostgresLocation server = PostgresLocation::parse(location);
            m_ui->hostEdit->setText(server.host());
            if (server.port() > 0) {
                m_ui->portSpin->setValue(server.port());
            }
            m_ui->serverDatabaseEdit->setText(server.database());
            m_ui->userEdit->setText(server.user());
            const int tls = m_ui->tlsCombo->findData(server.sslMode());
            m_ui->tlsCombo->setCurrentIndex(tls >= 0 ? tls : 0);
            m_ui->caEdit->setText(server.sslRootCert());
        } catch (const std::exception&) {
            // An edited settings file: the fields start empty.
        }
    }
    // Each language by its own name, so that it can be found by whoever
    // cannot read the one shown now.
    m_ui->languageCombo->addItem(tr("System language"), int(AppSettings::Language::System));
    m_ui->languageCombo->addItem(QStringLiteral("English"), int(AppSettings::Language::English));
    m_ui->languageCombo->addItem(QStringLiteral("Français"), int(AppSettings::Language::French));
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(int(settings.language())));
    m_ui->idleMinutesSpin->setRange(AppSettings::kMinimumIdleLockMinutes,
                                    AppSettings::kMaximumIdleLockMinutes);
    connect(m_ui->idleMinutesSpin, qOverload<int>(&QSpinBox::valueChanged), this,
            &SettingsDialog::updateIdleSuffix);
    m_ui->idleMinutesSpin->setValue(settings.idleLockMinutes());
    updateIdleSuffix(m_ui->idleMinutesSpin->value());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->fileChoice, &QRadioButton::toggled, this, &SettingsDialog::updateChoice);
    connect(m_ui->defaultButton, &QPushButton::clicked, this,
            [this] { m_ui->databasePathEdit->setText(Database::defaultPath()); });
    connect(m_ui->chooseButton, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Database file"), m_ui->databasePathEdit->text(),
            tr("Clinic Intake database (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty()) {
            m_ui->databasePathEdit->setText(chosen);
        }
    });
    connect(m_ui->caChooseButton, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("The clinic's certificate authority"), m_ui->caEdit->text(),
            tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!chosen.isEmpty()) {
            m_ui->caEdit->setText(chosen);
        }
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    m_ui->passwordEdit->setPlaceholderText(tr("kept in this computer's keyring"));
    if (!m_mayChange) {
        // Shown, so that anyone can tell where the records are and when the
        // window locks; changed only by a manager.
        for (QLineEdit* edit : {m_ui->databasePathEdit, m_ui->hostEdit, m_ui->serverDatabaseEdit,
                                m_ui->userEdit, m_ui->caEdit}) {
            edit->setReadOnly(true);
        }
        for (QSpinBox* spin : {m_ui->idleMinutesSpin, m_ui->portSpin}) {
            spin->setReadOnly(true);
            spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        }
        m_ui->fileChoice->setEnabled(false);
        m_ui->serverChoice->setEnabled(false);
        m_ui->tlsCombo->setEnabled(false);
        m_ui->chooseButton->hide();
        m_ui->defaultButton->hide();
        m_ui->caChooseButton->hide();
        m_ui->passwordLabel->hide();
        m_ui->passwordEdit->hide();
        m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
        // The language is everyone's own choice: Close keeps it.
        connect(m_ui->buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton* button) {
            if (m_ui->buttons->standardButton(button) == QDialogButtonBox::Close) {
                keepLanguage();
            }
        });
        m_ui->managerOnly->setText(
            tr("Only a manager can change these settings: they decide where the clinic's "
               "records are kept and how soon an unattended window locks."));
    } else if (!m_session) {
        m_ui->idleMinutesSpin->setReadOnly(true);
        m_ui->idleMinutesSpin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        m_ui->whereExplanation->setText(
            tr("OK tries the records at the new place at once. The server password is kept in "
               "this computer's keyring, never in the settings file."));
        m_ui->managerOnly->setText(
            tr("The clinic's records could not be opened, so only where they are can be changed "
               "now. The change is recorded in the audit log once the records open."));
    } else {
        m_ui->managerOnly->setText(tr("Changes are recorded in the audit log under your name."));
    }
    updateChoice();
    fitHeightToText();
}

SettingsDialog::~SettingsDialog()
{
    // The test's thread writes into this dialog's widgets through queued
    // calls; it ends within libpq's connect timeout.
    if (m_testThread) {
        disconnect(m_testThread, nullptr, this, nullptr);
        m_testThread->wait();
    }
}

QLineEdit* SettingsDialog::databasePathEdit() const
{
    return m_ui->databasePathEdit;
}
QSpinBox* SettingsDialog::idleMinutesSpin() const
{
    return m_ui->idleMinutesSpin;
}
QRadioButton* SettingsDialog::fileChoice() const
{
    return m_ui->fileChoice;
}
QRadioButton* SettingsDialog::serverChoice() const
{
    return m_ui->serverChoice;
}
QLineEdit* SettingsDialog::hostEdit() const
{
    return m_ui->hostEdit;
}
QSpinBox* SettingsDialog::portSpin() const
{
    return m_ui->portSpin;
}
QLineEdit* SettingsDialog::serverDatabaseEdit() const
{
    return m_ui->serverDatabaseEdit;
}
QLineEdit* SettingsDialog::userEdit() const
{
    return m_ui->userEdit;
}
QLineEdit* SettingsDialog::caEdit() const
{
    return m_ui->caEdit;
}
QLineEdit* SettingsDialog::passwordEdit() const
{
    return m_ui->passwordEdit;
}
QPushButton* SettingsDialog::testButton() const
{
    return m_ui->testButton;
}
QLabel* SettingsDialog::testResult() const
{
    return m_ui->testResult;
}
QComboBox* SettingsDialog::languageCombo() const
{
    return m_ui->languageCombo;
}

void SettingsDialog::updateIdleSuffix(int minutes)
{
    // "1 minute idle", "10 minutes idle": the words after the number.
    const QString text = tr("%n minute(s) idle", nullptr, minutes);
    const QString number = QString::number(minutes);
    const int at = int(text.indexOf(number));
    m_ui->idleMinutesSpin->setPrefix(at > 0 ? text.left(at) : QString());
    m_ui->idleMinutesSpin->setSuffix(at >= 0 ? text.mid(at + number.size()) : text);
}

void SettingsDialog::updateChoice()
{
    const bool server = m_ui->serverChoice->isChecked();
    m_ui->fileFields->setEnabled(!server);
    m_ui->serverFields->setEnabled(server);
}

AppSettings::Language SettingsDialog::chosenLanguage() const
{
    return AppSettings::Language(m_ui->languageCombo->currentData().toInt());
}

void SettingsDialog::keepLanguage()
{
    const AppSettings::Language choice = chosenLanguage();
    if (choice != m_settings.language()) {
        m_settings.setLanguage(choice);
        m_settings.sync();
    }
    // At once: every open window follows through its LanguageChange event.
    const UiLanguage language = desktopLanguageFor(choice);
    if (language != language::current()) {
        applyDesktopLanguage(language);
    }
}

QString SettingsDialog::serverLocation() const
{
    const auto required = [](const QLineEdit* edit, const QString& field) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            throw StorageError(StorageError::Kind::Invalid,
                               tr("Enter the server's %1.").arg(field).toStdString());
        }
        return text;
    };
    const QString host = required(m_ui->hostEdit, tr("host name"));
    const QString database = required(m_ui->serverDatabaseEdit, tr("database name"));
    const QString user = required(m_ui->userEdit, tr("user name"));
    const QString tls = m_ui->tlsCombo->currentData().toString();
    const QString ca = m_ui->caEdit->text().trimmed();
    if (tls.startsWith(QLatin1String("verify")) && ca.isEmpty()) {
        throw StorageError(
            StorageError::Kind::Invalid,
            tr("Choose the clinic's certificate authority file (CA file): without it the "
               "server's certificate cannot be checked.")
                .toStdString());
    }
    const auto encode = [](const QString& text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    QString uri =
        QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=%5")
            .arg(encode(user),
                 host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                                 : encode(host),
                 QString::number(m_ui->portSpin->value()), encode(database), tls);
    if (!ca.isEmpty()) {
        uri += QStringLiteral("&sslrootcert=") + encode(ca);
    }
    // Read back as the program reads it: one canonical form, and a message
    // naming the part that is wrong.
    return PostgresLocation::parse(uri).uri();
}

QString SettingsDialog::chosenLocation() const
{
    if (m_ui->serverChoice->isChecked()) {
        return serverLocation();
    }
    const QString path = m_ui->databasePathEdit->text().trimmed();
    if (path.isEmpty()) {
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Choose a database file.").toStdString());
    }
    return path;
}

void SettingsDialog::testConnection()
{
    if (m_testThread) {
        return;
    }
    QString location;
    try {
        location = serverLocation();
    } catch (const std::exception& error) {
        m_ui->testResult->setText(QString::fromUtf8(error.what()));
        fitHeightToText();
        emit testFinished(false);
        return;
    }
    QString password = m_ui->passwordEdit->text();
    if (password.isEmpty() && m_session && location == m_session->location()) {
        password = m_session->address().serverPassword; // the one in use now
    }
    m_ui->testButton->setEnabled(false);
    m_ui->testResult->setText(tr("Connecting to the server…"));
    // On a thread of its own, with its own connection there: a server that
    // does not answer must not freeze the dialog (libpq gives up after its
    // connect timeout).
    QPointer<SettingsDialog> self(this);
    m_testThread = QThread::create([self, location, password] {
        bool connected = false;
        QString answer;
        try {
            const SystemClock clock;
            const auto storage = openClinicStorage(location, password, clock);
            answer = tr("Connected: a Clinic Intake database (schema %1).")
                         .arg(storage->schemaVersion());
            connected = true;
        } catch (const std::exception& error) {
            answer = QString::fromUtf8(error.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, connected, answer] {
                if (!self) {
                    return;
                }
                self->m_testThread = nullptr;
                self->m_ui->testResult->setText(answer);
                self->fitHeightToText();
                self->m_ui->testButton->setEnabled(true);
                emit self->testFinished(connected);
            },
            Qt::QueuedConnection);
    });
    connect(m_testThread, &QThread::finished, m_testThread, &QObject::deleteLater);
    m_testThread->start();
}

void SettingsDialog::accept()
{
    if (!m_mayChange) {
        keepLanguage();
        QDialog::accept();
        return;
    }
    QString location;
    try {
        location = chosenLocation();
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Settings"), QString::fromUtf8(error.what()));
        return;
    }
    const int minutes = m_ui->idleMinutesSpin->value();
    const QString oldLocation = m_settings.databaseLocation();
    const int oldMinutes = m_settings.idleLockMinutes();
    // Nobody signed in and no records to write to before sign-in: see the
    // header. Otherwise asked of the core and audited first: a refusal keeps
    // the old values.
    try {
        StaffSession* staff = m_session ? &m_session->staff() : nullptr;
        if (staff) {
            staff->recordSettingChange(QStringLiteral("idle lock"),
                                       QStringLiteral("%1 min").arg(oldMinutes),
                                       QStringLiteral("%1 min").arg(minutes));
            // Never a secret: a server's URI holds none.
            const bool files = !isServerLocation(oldLocation) && !isServerLocation(location);
            staff->recordSettingChange(
                files ? QStringLiteral("database file") : QStringLiteral("database location"),
                QDir::toNativeSeparators(oldLocation),
                isServerLocation(location) ? location : QDir::toNativeSeparators(location));
        }
    } catch (const std::exception& error) {
        access_messages::showRefusal(this, error);
        return;
    }
    m_settings.setDatabaseLocation(location);
    m_settings.setIdleLockMinutes(minutes);
    m_settings.sync();
    keepLanguage();
    const QString password = m_ui->passwordEdit->text();
    if (isServerLocation(location) && !password.isEmpty()) {
        const PasswordKeyring::Result kept = m_keyring.write(keyringKey(location), password);
        if (kept.outcome != PasswordKeyring::Outcome::Done) {
            QMessageBox::information(
                this, tr("Password not remembered"),
                tr("This computer's keyring could not keep the server password (%1), so "
                   "Clinic Intake will ask for it when it starts. It is never written to the "
                   "settings file.")
                    .arg(kept.error));
        }
    }
    QDialog::accept();
}

void SettingsDialog::fitHeightToText()
{
    // Wrapped texts (a test's answer, every explanation in French) need more
    // height at the window's width than the layout's plain minimum counts;
    // a window kept at that minimum squeezes their last lines away. The
    // answer's lines are counted from its font: a selectable label's own
    // height-for-width is read from a text document laid out earlier.
    QLabel* answer = m_ui->testResult;
    const int lines = answer->text().isEmpty()
                          ? 0
                          : answer->fontMetrics()
                                .boundingRect(QRect(0, 0, answer->width(), QWIDGETSIZE_MAX),
                                              Qt::TextWordWrap, answer->text())
                                .height();
    answer->setMinimumHeight(lines + 2 * answer->margin());
    // The containers in between learn of it only at their next layout
    // request; tell them now, so the window's height counts it.
    for (QWidget* widget = answer->parentWidget(); widget && widget != this;
         widget = widget->parentWidget()) {
        if (widget->layout()) {
            widget->layout()->invalidate();
        }
        widget->updateGeometry();
    }
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height()) {
        resize(width(), needed);
    }
}
