#pragma once

#include <QString>

class AlertBanner;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

// A new password (or a backup's passphrase) typed twice, with its two
// labelled rows: what the first-run, add-user, reset, change-password and
// backup dialogs share, so that they check and recover alike.
class NewPasswordFields
{
public:
    enum class Kind
    {
        Password,
        Passphrase,
    };

    NewPasswordFields(QWidget* parent, const QString& label, const QString& confirmLabel,
                      const QString& accessibleName, Kind kind = Kind::Password);

    void addRows(QFormLayout& form) const;
    QLineEdit* edit() const { return m_edit; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QString text() const;
    void setEnabled(bool enabled) const;
    // Tab goes from `previous` to the first field, then to the confirmation.
    void placeAfterInTabOrder(QWidget* previous) const;
    void clear() const;

    // Shows what is wrong with the new secret in `error`, clears the
    // confirmation and puts the cursor back in the first field; true when
    // all is well.
    bool acceptable(AlertBanner& error) const;

    // A field that hides what is typed, as long as a password may be.
    static QLineEdit* secretEdit(QWidget* parent, const QString& accessibleName);

private:
    Kind m_kind;
    QLineEdit* m_edit;
    QLineEdit* m_confirm;
    QLabel* m_label;
    QLabel* m_confirmLabel;
};
