#pragma once

#include <QWidget>

class AlertBanner;
class ClinicSession;
class QLabel;
class QLineEdit;
class QPushButton;

// What the main window shows instead of its pages while locked: who is
// signed in and a password field. Only the signed-in user's password
// unlocks it, checked by UserAccounts::signIn (so every attempt is in the
// audit log and the lockout applies); anyone may sign out from here.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(ClinicSession& session, QWidget* parent = nullptr);

    // Before showing: clears the field and says whether signing out from
    // here would discard answers typed on the intake form.
    void prepare(bool unsavedAnswers);

    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* signOutButton() const { return m_signOut; }
    QString errorText() const;

    // Checks the password in the field; emits unlocked() when it is right.
    void tryUnlock();

signals:
    void unlocked();
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showWho();

    ClinicSession& m_session;
    QLabel* m_title = nullptr;
    QLabel* m_passwordLabel = nullptr;
    bool m_unsavedAnswers = false;
    QLabel* m_who;
    QLabel* m_unsaved;
    QLineEdit* m_password;
    AlertBanner* m_error;
    QPushButton* m_unlock;
    QPushButton* m_signOut = nullptr;
};
