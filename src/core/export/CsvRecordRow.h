#pragma once

#include "export/ExportSource.h"

#include <QStringList>
#include <string>
#include <string_view>

// The CSV export's columns (docs/export.md), made from an intake's stored
// rows on every backend alike. The stored record and suggestion are read
// the way the export has always read them, which was through SQLite's JSON
// functions: a JSON true is 1, a number is written as SQLite writes an
// INTEGER or a REAL, a list is its values joined by ';', a missing or null
// value is an empty cell.
namespace csv_record {

QStringList columnNames();
// The same columns with French headers, for a person's spreadsheet
// (--labels fr); scripts read columnNames().
QStringList frenchColumnNames();

// Appends the row's cells (quoted by appendCell) and the CRLF. Throws
// StorageError Corrupt, naming the intake and version, when its stored
// record or suggestion is not JSON.
void appendRow(std::string& out, const ExportSource::CurrentRow& row);

// A cell as it goes into the CSV: quoted when needed, and with a leading '
// when a spreadsheet would run it as a formula.
void appendCell(std::string& out, std::string_view value);

} // namespace csv_record
