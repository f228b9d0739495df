#pragma once

#include <QString>

class AlertBanner;
class QLineEdit;

// A new password (or a backup's passphrase) typed twice: what the first-run,
// add-user, reset, change-password and backup dialogs share, so that they
// check and recover alike. The two fields and their labels are the dialog's
// own (its form in ui/).
class NewPasswordFields
{
public:
    enum class Kind
    {
        Password,
        Passphrase,
    };

    NewPasswordFields() = default;
    NewPasswordFields(QLineEdit* edit, QLineEdit* confirm, Kind kind = Kind::Password);

    QLineEdit* edit() const { return m_edit; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QString text() const;
    void setEnabled(bool enabled) const;
    void clear() const;

    // Shows what is wrong with the new secret in `error`, clears the
    // confirmation and puts the cursor back in the first field; true when
    // all is well.
    bool acceptable(AlertBanner& error) const;

    // Makes a field hide what is typed, and take as long a password as the
    // core allows.
    static void makeSecret(QLineEdit* edit);

private:
    Kind m_kind = Kind::Password;
    QLineEdit* m_edit = nullptr;
    QLineEdit* m_confirm = nullptr;
};
