#include "account/AccessMessages.h"

#include "security/AccessError.h"
#include "security/PasswordHasher.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <stdexcept>

namespace access_messages {

namespace {

// The context of these texts in the catalogue: lupdate reads Text::tr (a
// free tr() would be filed under the namespace's name, never looked up).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccessMessages)
};

} // namespace

QString sentence(const std::exception& error)
{
    QString text = QString::fromUtf8(error.what()).trimmed();
    if (text.isEmpty()) {
        return Text::tr("Something went wrong.");
    }
    text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!')) &&
        !text.endsWith(QLatin1Char('?'))) {
        text += QLatin1Char('.');
    }
    return text;
}

void showRefusal(QWidget* parent, const std::exception& error)
{
    const auto* access = dynamic_cast<const AccessError*>(&error);
    QString title = Text::tr("Not done");
    if (access && access->kind() == AccessError::Kind::NotAllowed) {
        title = Text::tr("Not allowed");
    } else if (access && access->kind() == AccessError::Kind::Disabled) {
        title = Text::tr("Account disabled");
    }
    QMessageBox::warning(
        parent, title, sentence(error) + QStringLiteral("\n\n") + Text::tr("Nothing was changed."));
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::FrontDesk:
        return Text::tr("Front desk");
    case Role::Therapist:
        return Text::tr("Therapist");
    case Role::Manager:
        break;
    }
    return Text::tr("Manager");
}

QString passwordRules()
{
    return Text::tr("A password has at least %1 characters. A few words that belong together "
                    "are easier to remember than a jumble of symbols.")
        .arg(PasswordHasher::kMinimumLength);
}

QString userNameRules()
{
    return Text::tr("A user name has letters, digits and . _ @ - only, no spaces (for example "
                    "ana.lima).");
}

QString problemWithNewPassword(const QString& password, const QString& confirmation,
                               PasswordHasher::SecretKind kind)
{
    if (const auto problem = PasswordHasher::problemWith(password, kind)) {
        return sentence(std::runtime_error(*problem));
    }
    if (password != confirmation) {
        return kind == PasswordHasher::SecretKind::Passphrase
                   ? Text::tr("The two passphrases are not the same. Type the new passphrase "
                              "again in both fields.")
                   : Text::tr("The two passwords are not the same. Type the new password again "
                              "in both fields.");
    }
    return {};
}

} // namespace access_messages
