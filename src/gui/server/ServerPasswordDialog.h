#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// Asks for the clinic server's password at start: where the records are,
// why it is asked (first time, or the server refused the last one, in plain
// words), and whether to remember it in this computer's keyring. Where there
// is no keyring the tick box is off and says so: the password is then asked
// at every start and kept nowhere.
class ServerPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ServerPasswordDialog(const QString& where, const QString& reason, bool keyringAvailable,
                         QWidget* parent = nullptr);

    QString password() const;
    bool remember() const;

    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }
    QLabel* reasonLabel() const { return m_reason; }

private:
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_reason;
};
