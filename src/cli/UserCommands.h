#pragma once

#include "util/ClinicClocks.h"

#include <QStringList>

class Clock;
class QCommandLineParser;
class RuleEngine;

// The account commands: `users add NAME --role ROLE`, `users list`,
// `users disable NAME`, `users reset-password NAME` (managers) and `passwd`
// (everyone). New passwords come from CLINIC_INTAKE_NEW_PASSWORD or are asked
// twice at the terminal.
class UserCommands
{
public:
    UserCommands(const QCommandLineParser& parser, const RuleEngine& engine,
                 const ClinicClocks& clocks);

    static bool handles(const QString& command);
    int run(const QString& command, const QStringList& operands);

private:
    int users(const QStringList& operands);
    int passwd(const QStringList& operands);

    const QCommandLineParser& m_parser;
    const RuleEngine& m_engine;
    ClinicClocks m_clocks;
};
