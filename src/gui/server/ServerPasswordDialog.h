#pragma once

#include <QDialog>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Ui {
class ServerPasswordDialog;
}

// Asks for the clinic server's password at start: where the records are,
// why it is asked (first time, or the server refused the last one, in plain
// words), and whether to remember it in this computer's keyring. Where there
// is no keyring the tick box is off and says so: the password is then asked
// at every start and kept nowhere. The layout is ui/ServerPasswordDialog.ui.
class ServerPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ServerPasswordDialog(const QString& where, const QString& reason, bool keyringAvailable,
                         QWidget* parent = nullptr);
    ~ServerPasswordDialog() override;

    QString password() const;
    bool remember() const;

    QLineEdit* passwordEdit() const;
    QCheckBox* rememberBox() const;
    QLabel* reasonLabel() const;

private:
    std::unique_ptr<Ui::ServerPasswordDialog> m_ui;
};
