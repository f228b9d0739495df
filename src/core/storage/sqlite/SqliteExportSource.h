#pragma once

#include "export/ExportSource.h"

class Database;
class IntakeStore;

// The rows of an export read from a SQLite file, through SQLite's C
// interface: a hundred thousand rows cost more in QVariant and UTF-16 than
// in the query itself. One statement, so one read snapshot.
class SqliteExportSource final : public ExportSource
{
public:
    SqliteExportSource(const Database& database, const IntakeStore& store);

    void forEachCurrent(const std::string& from, const std::string& to,
                        const std::function<void(const CurrentRow&)>& row) const override;
    void forEachDetails(const std::string& from, const std::string& to,
                        const std::function<void(const std::string&)>& record) const override;
    QString databaseFile() const override;

    // forEachCurrent's SELECT, with the date range as ?1 and ?2.
    static const char* currentRowsQuery();

private:
    const Database& m_database;
    const IntakeStore& m_store;
};
