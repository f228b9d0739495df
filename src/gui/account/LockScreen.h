#pragma once

#include <QWidget>
#include <memory>

class ClinicSession;
class QLineEdit;
class QPushButton;

namespace Ui {
class LockScreen;
}

// What the main window shows instead of its pages while locked: who is
// signed in and a password field. Only the signed-in user's password
// unlocks it, checked by UserAccounts::signIn (so every attempt is in the
// audit log and the lockout applies); anyone may sign out from here.
// The layout is ui/LockScreen.ui.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(ClinicSession& session, QWidget* parent = nullptr);
    ~LockScreen() override;

    // Before showing: clears the field and says whether signing out from
    // here would discard answers typed on the intake form.
    void prepare(bool unsavedAnswers);

    QLineEdit* passwordEdit() const;
    QPushButton* unlockButton() const;
    QPushButton* signOutButton() const;
    QString errorText() const;

    // Checks the password in the field; emits unlocked() when it is right.
    void tryUnlock();

signals:
    void unlocked();
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showWho();

    ClinicSession& m_session;
    std::unique_ptr<Ui::LockScreen> m_ui;
    bool m_unsavedAnswers = false;
};
