#pragma once

#include <QString>
#include <QStringList>

// What `--version` prints on both programs. A clinic's question ("which
// version do you run?") and a bug report need more than the program's
// number: the rules it suggests with and the database schema it writes
// decide what it does, and Qt, SQLite and libpq how it stores and shows it.
// The lines are the same in every language, so scripts and support can
// read them.
namespace version_report {

// The one version of the project (CMake's project(VERSION)).
QString programVersion();

// "clinic-intake-cli 0.1.0" and then one "name: version" line for the
// built-in rules, the database schema, Qt (run and built with), SQLite and
// libpq as loaded.
QStringList lines(const QString& programName);

} // namespace version_report
