#pragma once

#include "export/ExportSource.h"

class PostgresConnection;
class PostgresIntakeStore;

// The rows of an export read from a PostgreSQL server, for RecordExporter
// (which makes the CSV and JSON exactly as from a SQLite file):
//
//     PostgresExportSource source(connection, store);
//     RecordExporter(source).write(out, options, progress);
//     RecordExporter(source).writeFile(path, options, progress, existing);
//
// Each export reads in one snapshot (REPEATABLE READ, READ ONLY; inside the
// connection's open transaction when there is one), through a cursor a
// batch of rows at a time: a million intakes are never held in memory.
class PostgresExportSource final : public ExportSource
{
public:
    PostgresExportSource(const PostgresConnection& connection, const PostgresIntakeStore& store);

    void forEachCurrent(const std::string& from, const std::string& to,
                        const std::function<void(const CurrentRow&)>& row) const override;
    void forEachDetails(const std::string& from, const std::string& to,
                        const std::function<void(const std::string&)>& record) const override;
    QString databaseFile() const override { return {}; }

private:
    const PostgresConnection& m_connection;
    const PostgresIntakeStore& m_store;
};
