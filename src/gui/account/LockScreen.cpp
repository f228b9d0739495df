#include "account/LockScreen.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "account/NewPasswordFields.h"
#include "common/AlertBanner.h"
#include "security/AccessError.h"
#include "security/UserAccounts.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

LockScreen::LockScreen(ClinicSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon::fromTheme(QStringLiteral("system-lock-screen"),
                                     QIcon(QStringLiteral(":/icons/locked.svg")))
                        .pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    icon->setMinimumHeight(72);
    m_title = new QLabel(this);
    QLabel* title = m_title;
    title->setAlignment(Qt::AlignCenter);
    m_who = new QLabel(this);
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    m_unsaved = new QLabel(this);
    m_unsaved->setAlignment(Qt::AlignCenter);
    m_unsaved->setWordWrap(true);

    m_password = NewPasswordFields::secretEdit(this, tr("Password"));
    m_password->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_passwordLabel = new QLabel(this);
    QLabel* passwordLabel = m_passwordLabel;
    passwordLabel->setBuddy(m_password);
    m_error = new AlertBanner(this);
    m_unlock = new QPushButton(this);
    m_unlock->setDefault(true);
    m_signOut = new QPushButton(this);

    auto* form = new QFormLayout;
    form->addRow(passwordLabel, m_password);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_signOut);

    // A fixed width, so that the wrapped lines get the height they need.
    auto* panel = new QWidget(this);
    panel->setFixedWidth(fontMetrics().averageCharWidth() * 64);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(icon);
    panelLayout->addWidget(title);
    panelLayout->addWidget(m_who);
    panelLayout->addSpacing(fontMetrics().height());
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_error);
    panelLayout->addLayout(buttons);
    panelLayout->addSpacing(fontMetrics().height());
    panelLayout->addWidget(m_unsaved);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_signOut);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    retranslate();
}

void LockScreen::retranslate()
{
    setAccessibleName(tr("Clinic Intake is locked"));
    m_title->setText(tr("<h1>Clinic Intake is locked</h1>"));
    m_password->setAccessibleName(tr("Password"));
    m_passwordLabel->setText(tr("&Password:"));
    m_unlock->setText(tr("&Unlock"));
    m_signOut->setText(tr("Sign &out"));
    m_signOut->setAccessibleName(tr("Sign out and let someone else sign in"));
    showWho();
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_signOut) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LockScreen::showWho()
{
    if (!m_session.isSignedIn()) {
        return; // signed out under the lock screen: it is going away
    }
    const SignedInUser& user = m_session.user();
    m_who->setText(tr("Signed in: <b>%1</b> (%2). Type your password to go on where you left "
                      "off.")
                       .arg(user.name.toHtmlEscaped(), access_messages::roleLabel(user.role)));
    m_unsaved->setText(
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
    m_unsaved->setVisible(unsavedAnswers);
    m_password->clear();
    m_error->clear();
    m_password->setFocus();
}

QString LockScreen::errorText() const
{
    return m_error->text();
}

void LockScreen::tryUnlock()
{
    if (m_password->text().isEmpty()) {
        m_error->showMessage(AlertBanner::Kind::Error, tr("Type your password."));
        m_password->setFocus();
        return;
    }
    const SignedInUser& user = m_session.user();
    QString problem;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        // A sign-in like any other: audited, and counted towards a lockout.
        const SignedInUser again = m_session.accounts().signIn(user.name, m_password->text());
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
        m_error->showMessage(AlertBanner::Kind::Error, problem);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    m_error->clear();
    emit unlocked();
}
