#pragma once

#include <QSqlDatabase>
#include <string>

// The program calls SQLite directly on the connection Qt's QSQLITE driver
// opened (busy handler, autocommit state). That is only defined when both
// use one loaded copy of SQLite: a Qt build that bundles its own SQLite would
// hand over a handle from another copy. Checked once, when the first
// database is opened.
namespace sqlite_library {

struct Sharing
{
    bool shared = false;
    std::string ownLibrary;    // the file our sqlite3_* calls go to
    std::string driverPlugin;  // Qt's QSQLITE plugin, where it could be found
    std::string ownVersion;    // sqlite3_sourceid() as linked
    std::string driverVersion; // sqlite_source_id() through the driver
};

// Whether `connection` (open, QSQLITE) runs on the SQLite library this
// program is linked with.
Sharing inspect(const QSqlDatabase& connection);

} // namespace sqlite_library
