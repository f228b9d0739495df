#include "account/LockScreen.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "account/NewPasswordFields.h"
#include "common/AlertBanner.h"
#include "security/AccessError.h"
#include "security/UserAccounts.h"
#include "ui_LockScreen.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPushButton>

LockScreen::LockScreen(ClinicSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::LockScreen>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon::fromTheme(QStringLiteral("system-lock-screen"),
                                                QIcon(QStringLiteral(":/icons/locked.svg")))
                                   .pixmap(64, 64));
    NewPasswordFields::makeSecret(m_ui->passwordEdit);
    m_ui->passwordEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_ui->panel->setFixedWidth(fontMetrics().averageCharWidth() * 64);
    // A line's height above the password and below the buttons, in this font.
    for (QSpacerItem* gap : {m_ui->whoGap, m_ui->unsavedGap}) {
        gap->changeSize(0, fontMetrics().height(), QSizePolicy::Minimum, QSizePolicy::Fixed);
    }
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    showWho();
}

LockScreen::~LockScreen() = default;

QLineEdit* LockScreen::passwordEdit() const
{
    return m_ui->passwordEdit;
}

QPushButton* LockScreen::unlockButton() const
{
    return m_ui->unlockButton;
}

QPushButton* LockScreen::signOutButton() const
{
    return m_ui->signOutButton;
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showWho();
    }
    QWidget::changeEvent(event);
}

void LockScreen::showWho()
{
    if (!m_session.isSignedIn()) {
        return; // signed out under the lock screen: it is going away
    }
    const SignedInUser& user = m_session.user();
    m_ui->whoLabel->setText(
        tr("Signed in: <b>%1</b> (%2). Type your password to go on where you left "
           "off.")
            .arg(user.name.toHtmlEscaped(), access_messages::roleLabel(user.role)));
    m_ui->unsavedLabel->setText(
        m_unsavedAnswers
            ? tr("The intake form has answers that are not saved yet. They are kept for %1; "
                 "signing out here discards them.")
                  .arg(user.name.toHtmlEscaped())
            : QString());
}

void LockScreen::prepare(bool unsavedAnswers)
{
    m_unsavedAnswers = unsavedAnswers;
    showWho();
    m_ui->unsavedLabel->setVisible(unsavedAnswers);
    m_ui->passwordEdit->clear();
    m_ui->alertBanner->clear();
    m_ui->passwordEdit->setFocus();
}

QString LockScreen::errorText() const
{
    return m_ui->alertBanner->text();
}

void LockScreen::tryUnlock()
{
    if (m_ui->passwordEdit->text().isEmpty()) {
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error, tr("Type your password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    const SignedInUser& user = m_session.user();
    QString problem;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        // A sign-in like any other: audited, and counted towards a lockout.
        const SignedInUser again =
            m_session.accounts().signIn(user.name, m_ui->passwordEdit->text());
        if (again.id != user.id) {
            problem = tr("Wrong user name or password.");
        }
    } catch (const AccessError& error) {
        // Whoever is at the lock screen knows the account exists: say how long.
        problem = error.kind() == AccessError::Kind::LockedOut
                      ? tr("Too many failed attempts: try again in %n seconds.", nullptr,
                           int(error.secondsToWait()))
                      : access_messages::sentence(error);
    } catch (const std::exception& error) {
        problem = access_messages::sentence(error);
    }
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty()) {
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error, problem);
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_ui->passwordEdit->clear();
    m_ui->alertBanner->clear();
    emit unlocked();
}
