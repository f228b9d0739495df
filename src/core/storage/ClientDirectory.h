#pragma once

#include "model/IntakeLists.h"

#include <QDate>
#include <QString>
#include <vector>

class Database;

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
