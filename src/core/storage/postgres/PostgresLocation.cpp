#include "storage/postgres/PostgresLocation.h"

#include "storage/StorageError.h"
#include "util/Translated.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>
#include <algorithm>

namespace {

const QString kLongPrefix = QStringLiteral("postgresql://");
const QString kShortPrefix = QStringLiteral("postgres://");

// The query parameters Clinic Intake passes on. Anything else is refused
// rather than silently dropped: a setting that does nothing misleads.
const QStringList kKnownParameters = {
    QStringLiteral("host"),        QStringLiteral("hostaddr"), QStringLiteral("port"),
    QStringLiteral("user"),        QStringLiteral("dbname"),   QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
};

// libpq's sslmode values, weakest first.
const QStringList kSslModes = {
    QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
    QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full"),
};

[[noreturn]] void refuse(const QString& message)
{
    throw StorageError(
        StorageError::Kind::Invalid,
        translated::fill(
            QCoreApplication::translate("PostgresLocation", "the server address is not usable: %1"),
            message));
}

int hexDigit(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9') {
        return u - '0';
    }
    if (u >= 'a' && u <= 'f') {
        return u - 'a' + 10;
    }
    if (u >= 'A' && u <= 'F') {
        return u - 'A' + 10;
    }
    return -1;
}

// libpq's percent-decoding: %XX only, UTF-8 bytes, %00 forbidden ('+' stays
// a plus, unlike HTML forms).
QString decoded(const QString& text, const QString& part)
{
    QByteArray bytes;
    const QByteArray utf8 = text.toUtf8();
    for (int i = 0; i < utf8.size(); ++i) {
        if (utf8[i] != '%') {
            bytes += utf8[i];
            continue;
        }
        const int high = i + 1 < utf8.size() ? hexDigit(QLatin1Char(utf8[i + 1])) : -1;
        const int low = i + 2 < utf8.size() ? hexDigit(QLatin1Char(utf8[i + 2])) : -1;
        if (high < 0 || low < 0) {
            refuse(
                QCoreApplication::translate(
                    "PostgresLocation", "the %1 has a '%' that is not followed by two hex digits")
                    .arg(part));
        }
        if (high == 0 && low == 0) {
            refuse(QCoreApplication::translate("PostgresLocation", "the %1 contains %2")
                       .arg(part, QStringLiteral("%00")));
        }
        bytes += char(high * 16 + low);
        i += 2;
    }
    return QString::fromUtf8(bytes);
}

int parsedPort(const QString& text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    // toInt accepts a sign and spaces; a port is digits only.
    const bool digitsOnly = !text.isEmpty() && std::all_of(text.begin(), text.end(),
                                                           [](QChar c) { return c.isDigit(); });
    if (!ok || !digitsOnly || port < 1 || port > 65535) {
        refuse(QCoreApplication::translate("PostgresLocation",
                                           "the port \"%1\" is not a number from 1 to 65535")
                   .arg(text));
    }
    return port;
}

const char* const kPasswordRefusal = QT_TRANSLATE_NOOP(
    "PostgresLocation",
    "it contains a password (%1). A password never goes in the address or a settings file: "
    "Clinic Intake asks for it, or keeps it in this computer's keyring");

} // namespace

bool PostgresLocation::isConnectionUri(const QString& text)
{
    return text.startsWith(kLongPrefix) || text.startsWith(kShortPrefix);
}

PostgresLocation PostgresLocation::parse(const QString& uri)
{
    QString rest;
    if (uri.startsWith(kLongPrefix)) {
        rest = uri.mid(kLongPrefix.size());
    } else if (uri.startsWith(kShortPrefix)) {
        rest = uri.mid(kShortPrefix.size());
    } else {
        refuse(QCoreApplication::translate("PostgresLocation",
                                           "it must begin with postgresql:// or postgres://"));
    }

    PostgresLocation location;
    const int questionMark = rest.indexOf(QLatin1Char('?'));
    const QString query = questionMark < 0 ? QString() : rest.mid(questionMark + 1);
    rest = questionMark < 0 ? rest : rest.left(questionMark);
    const int slash = rest.indexOf(QLatin1Char('/'));
    QString authority = slash < 0 ? rest : rest.left(slash);
    if (slash >= 0) {
        location.m_database = decoded(
            rest.mid(slash + 1), QCoreApplication::translate("PostgresLocation", "database name"));
    }

    const int at = authority.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        if (userInfo.contains(QLatin1Char(':'))) {
            refuse(QCoreApplication::translate("PostgresLocation", kPasswordRefusal)
                       .arg(QCoreApplication::translate("PostgresLocation",
                                                        "after \"user:\", before the '@'")));
        }
        location.m_user =
            decoded(userInfo, QCoreApplication::translate("PostgresLocation", "user name"));
        authority = authority.mid(at + 1);
    }

    if (authority.contains(QLatin1Char(','))) {
        refuse(QCoreApplication::translate("PostgresLocation",
                                           "it names several hosts (\"%1\"); give one server")
                   .arg(authority));
    }
    QString hostText = authority;
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) {
        const int close = authority.indexOf(QLatin1Char(']'));
        if (close < 0) {
            refuse(QCoreApplication::translate("PostgresLocation",
                                               "the IPv6 address \"%1\" has no closing ']'")
                       .arg(authority));
        }
        hostText = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':'))) {
            refuse(QCoreApplication::translate("PostgresLocation",
                                               "unexpected \"%1\" after the IPv6 address")
                       .arg(after));
        }
        portText = after.mid(1);
    } else if (const int colon = authority.indexOf(QLatin1Char(':')); colon >= 0) {
        if (authority.indexOf(QLatin1Char(':'), colon + 1) >= 0) {
            refuse(QCoreApplication::translate(
                       "PostgresLocation",
                       "the host \"%1\" has several ':'; write an IPv6 address in "
                       "brackets, e.g. [::1]:5432")
                       .arg(authority));
        }
        hostText = authority.left(colon);
        portText = authority.mid(colon + 1);
    } else {
        hostText = authority;
    }
    location.m_host = decoded(hostText, QCoreApplication::translate("PostgresLocation", "host"));
    if (!portText.isEmpty()) {
        location.m_port = parsedPort(portText);
    }

    QStringList unknown;
    QStringList seen;
    const QStringList parameters = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString& parameter : parameters) {
        const int equals = parameter.indexOf(QLatin1Char('='));
        const QString key =
            decoded(equals < 0 ? parameter : parameter.left(equals),
                    QCoreApplication::translate("PostgresLocation", "parameter name"));
        if (key == QLatin1String("password")) {
            refuse(QCoreApplication::translate("PostgresLocation", kPasswordRefusal)
                       .arg(QStringLiteral("password=")));
        }
        if (!kKnownParameters.contains(key)) {
            unknown << key;
            continue;
        }
        if (equals < 0) {
            refuse(QCoreApplication::translate("PostgresLocation",
                                               "the parameter %1 has no value (%1=...)")
                       .arg(key));
        }
        if (seen.contains(key)) {
            refuse(
                QCoreApplication::translate("PostgresLocation", "the parameter %1 is given twice")
                    .arg(key));
        }
        seen << key;
        const QString value =
            decoded(parameter.mid(equals + 1),
                    QCoreApplication::translate("PostgresLocation", "parameter %1").arg(key));
        if (key == QLatin1String("host")) {
            location.m_host = value;
        } else if (key == QLatin1String("hostaddr")) {
            const bool numeric =
                !value.isEmpty() && std::all_of(value.begin(), value.end(), [](QChar c) {
                    return hexDigit(c) >= 0 || c == QLatin1Char('.') || c == QLatin1Char(':');
                });
            if (!numeric) {
                refuse(QCoreApplication::translate("PostgresLocation",
                                                   "hostaddr \"%1\" is not a numeric IP address")
                           .arg(value));
            }
            location.m_hostAddress = value;
        } else if (key == QLatin1String("port")) {
            location.m_port = parsedPort(value);
        } else if (key == QLatin1String("user")) {
            location.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            location.m_database = value;
        } else if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value)) {
                refuse(QCoreApplication::translate("PostgresLocation",
                                                   "sslmode \"%1\" is not one of %2")
                           .arg(value, kSslModes.join(QStringLiteral(", "))));
            }
            location.m_sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            // Qt's driver turns every ';' of its connect options into a space.
            if (value.contains(QLatin1Char(';'))) {
                refuse(QCoreApplication::translate(
                           "PostgresLocation", "the CA file path \"%1\" contains ';', which Qt's "
                                               "PostgreSQL driver cannot pass on; rename the file")
                           .arg(value));
            }
            location.m_sslRootCert = value;
        }
    }
    if (!unknown.isEmpty()) {
        refuse((unknown.size() == 1 ? QCoreApplication::translate(
                                          "PostgresLocation", "unknown parameter %1 (known: %2)")
                                    : QCoreApplication::translate(
                                          "PostgresLocation", "unknown parameters %1 (known: %2)"))
                   .arg(unknown.join(QStringLiteral(", ")),
                        kKnownParameters.join(QStringLiteral(", "))));
    }
    if (location.m_database.isEmpty()) {
        refuse(QCoreApplication::translate(
            "PostgresLocation", "it names no database; add /DATABASE after the host, e.g. "
                                "postgresql://reception@server/clinic"));
    }
    // A clinic's records cross the network: over TCP, unless the address
    // says otherwise, TLS with the server's certificate and name checked.
    // Over a Unix socket libpq uses no TLS whatever sslmode says.
    if (location.m_sslMode.isEmpty() && !location.isSocket()) {
        location.m_sslMode = QStringLiteral("verify-full");
    }
    return location;
}

bool PostgresLocation::isSocket() const
{
    return m_host.isEmpty() || m_host.startsWith(QLatin1Char('/'));
}

QString PostgresLocation::display() const
{
    QString where;
    if (isSocket()) {
        where = m_host.isEmpty() ? QStringLiteral("this computer")
                                 : QStringLiteral("this computer (socket %1)").arg(m_host);
    } else {
        where = m_host;
        if (!m_hostAddress.isEmpty()) {
            where += QStringLiteral(" (%1)").arg(m_hostAddress);
        }
        if (m_port > 0) {
            where += QStringLiteral(":%1").arg(m_port);
        }
    }
    QString text = QStringLiteral("%1 on %2").arg(m_database, where);
    if (!m_user.isEmpty()) {
        text += QStringLiteral(" as %1").arg(m_user);
    }
    if (isSocket()) {
        return text;
    }
    if (m_sslMode == QLatin1String("verify-full")) {
        text += QStringLiteral(", TLS with the server's certificate and name checked");
    } else if (m_sslMode == QLatin1String("verify-ca")) {
        text += QStringLiteral(", TLS with the server's certificate checked but not its name");
    } else if (m_sslMode == QLatin1String("require")) {
        text += QStringLiteral(", TLS without checking the server's certificate");
    } else if (m_sslMode == QLatin1String("disable")) {
        text += QStringLiteral(", not encrypted");
    } else {
        text += QStringLiteral(", encrypted only if the server offers it");
    }
    return text;
}

QString PostgresLocation::uri() const
{
    const auto encode = [](const QString& text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    QString text = kLongPrefix;
    if (!m_user.isEmpty()) {
        text += encode(m_user) + QLatin1Char('@');
    }
    QStringList parameters;
    if (isSocket()) {
        if (!m_host.isEmpty()) {
            parameters << QStringLiteral("host=") + encode(m_host);
        }
    } else {
        text += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']')
                                                  : encode(m_host);
    }
    if (m_port > 0) {
        text += QStringLiteral(":%1").arg(m_port);
    }
    text += QLatin1Char('/') + encode(m_database);
    if (!m_hostAddress.isEmpty()) {
        parameters << QStringLiteral("hostaddr=") + m_hostAddress;
    }
    if (!m_sslMode.isEmpty()) {
        parameters << QStringLiteral("sslmode=") + m_sslMode;
    }
    if (!m_sslRootCert.isEmpty()) {
        parameters << QStringLiteral("sslrootcert=") + encode(m_sslRootCert);
    }
    if (!parameters.isEmpty()) {
        text += QLatin1Char('?') + parameters.join(QLatin1Char('&'));
    }
    return text;
}
