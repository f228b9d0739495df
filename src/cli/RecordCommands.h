#pragma once

#include "util/ClinicClocks.h"

#include <QStringList>
#include <memory>
#include <optional>

class ClinicStorage;
class Clock;
class QCommandLineParser;
class RuleEngine;

// The commands that work on the clinic's database: init, add, import, list,
// show, amend, review, export, audit, backup, restore, check. Each opens the database
// named by --db (or the default one), does one thing, and returns an exit
// status (ExitCode).
class RecordCommands
{
public:
    RecordCommands(const QCommandLineParser& parser, const RuleEngine& engine,
                   const ClinicClocks& clocks);

    static bool handles(const QString& command);
    int run(const QString& command, const QStringList& operands);

private:
    int init();
    std::unique_ptr<ClinicStorage> openForInit(const QString& location) const;
    int restoreIntoServer(const QString& backupPath, const QString& location);
    static std::optional<QString> backupPassphrase(const QString& backupPath);
    // The save id of add, amend, review: --save-id, or a new one.
    QString saveId() const;
    int add(const QStringList& operands);
    int import(const QStringList& operands);
    int list();
    int show(const QStringList& operands);
    int amend(const QStringList& operands);
    int review(const QStringList& operands);
    int exportRecords();
    int audit();
    int backup(const QStringList& operands);
    int restore(const QStringList& operands);
    void recordFailedRestore(const QString& databasePath, const QString& backupPath,
                             const QString& actor, const char* reason) const;
    int check();

    const QCommandLineParser& m_parser;
    const RuleEngine& m_engine;
    ClinicClocks m_clocks;
};
