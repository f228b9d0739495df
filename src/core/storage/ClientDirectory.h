#pragma once

#include <QDate>
#include <QString>
#include <vector>

class Database;

struct ClientMatch
{
    qint64 id = 0;
    QString name;
    QDate dateOfBirth;
    QString phone; // from the client's latest intake, so a changed number shows
    QString email;
};

// Finds returning clients for the front desk: by words of the name (prefixes,
// accents and case ignored) or by date of birth.
class ClientDirectory
{
public:
    explicit ClientDirectory(const Database& database);

    std::vector<ClientMatch> byName(const QString& words, int limit) const;
    std::vector<ClientMatch> byDateOfBirth(const QDate& born, int limit) const;

private:
    std::vector<ClientMatch> select(const QString& condition, const QVariant& value,
                                    int limit) const;

    const Database& m_database;
};
