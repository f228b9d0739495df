#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

// Every option of clinic-intake-cli, in one place so that the parser and the
// commands agree on them. The descriptions are English here; the parser
// gets them translated (CommandLineTool).
namespace cli_options {

inline const QCommandLineOption
    rules(QStringLiteral("rules"),
          QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "Use the rules in FILE instead of the "
                                                         "built-in defaults.")),
          QStringLiteral("FILE"));
inline const QCommandLineOption
    jsonl(QStringLiteral("jsonl"),
          QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "recommend: one intake per line in, one "
                                                         "result per line out.")));
inline const QCommandLineOption
    today(QStringLiteral("today"),
          QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "Take DATE (YYYY-MM-DD) as today (for "
                                                         "reproducible scripts).")),
          QStringLiteral("DATE"));
inline const QCommandLineOption db(
    QStringLiteral("db"),
    QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "The database: a file, or a server as "
                                                   "postgresql://USER@HOST:PORT/DB (default: the "
                                                   "clinic's file in your data folder).")),
    QStringLiteral("PATH|URI"));
inline const QCommandLineOption
    user(QStringLiteral("user"),
         QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "Sign in as NAME (every command on the "
                                                        "database; the password comes from "
                                                        "CLINIC_INTAKE_PASSWORD or is asked).")),
         QStringLiteral("NAME"));
inline const QCommandLineOption
    manager(QStringLiteral("manager"),
            QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "init: create the database's first "
                                                           "manager account, NAME (password from "
                                                           "CLINIC_INTAKE_NEW_PASSWORD or asked "
                                                           "twice).")),
            QStringLiteral("NAME"));
inline const QCommandLineOption grant(
    QStringLiteral("grant"),
    QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "init on a server: let ROLE, the program's "
                                                   "own role, use the database (run as the "
                                                   "database's owner).")),
    QStringLiteral("ROLE"));
inline const QCommandLineOption
    role(QStringLiteral("role"),
         QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "users add: front_desk, therapist or "
                                                        "manager.")),
         QStringLiteral("ROLE"));
inline const QCommandLineOption encrypt(
    QStringLiteral("encrypt"),
    QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "backup: encrypt with a passphrase "
                                                   "(CLINIC_INTAKE_BACKUP_PASSPHRASE or asked "
                                                   "twice).")));
inline const QCommandLineOption
    accept(QStringLiteral("accept"),
           QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "review: accept the suggestion.")));
inline const QCommandLineOption additional(
    QStringLiteral("additional"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "CliOptions", "review: store the review even when the version already has one (one more "
                      "review); without it such a review is refused (exit 2).")));
inline const QCommandLineOption override_(
    QStringLiteral("override"),
    QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "review: use APPROACH instead "
                                                   "(needs --reason, and --pressure unless "
                                                   "refer_out).")),
    QStringLiteral("APPROACH"));
inline const QCommandLineOption
    pressure(QStringLiteral("pressure"),
             QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "review: the pressure to use: light, "
                                                            "medium or firm.")),
             QStringLiteral("P"));
inline const QCommandLineOption reason(
    QStringLiteral("reason"),
    QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "review: why the suggestion is overridden "
                                                   "(one line, at most 1000 characters).")),
    QStringLiteral("TEXT"));
inline const QCommandLineOption
    note(QStringLiteral("note"),
         QStringLiteral(QT_TRANSLATE_NOOP(
             "CliOptions", "review: a session note (at most 4000 characters; line breaks and tabs "
                           "allowed).")),
         QStringLiteral("TEXT"));
inline const QCommandLineOption
    saveId(QStringLiteral("save-id"),
           QStringLiteral(QT_TRANSLATE_NOOP(
               "CliOptions", "add, amend, review: the save's id (at most 100 characters), for a "
                             "script that retries: the same command again with the same ID stores "
                             "nothing more and prints the first one's outcome; other content with "
                             "it is refused (exit 2). Without it each command makes its own.")),
           QStringLiteral("ID"));
inline const QCommandLineOption
    status(QStringLiteral("status"),
           QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "list: pending or reviewed.")),
           QStringLiteral("STATUS"));
inline const QCommandLineOption
    search(QStringLiteral("search"),
           QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "list: clients whose name has words "
                                                          "starting with NAME (accents and case "
                                                          "ignored; at most 200 characters).")),
           QStringLiteral("NAME"));
inline const QCommandLineOption
    from(QStringLiteral("from"),
         QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "list, export: visits on or after DATE.")),
         QStringLiteral("DATE"));
inline const QCommandLineOption
    to(QStringLiteral("to"),
       QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "list, export: visits on or before DATE.")),
       QStringLiteral("DATE"));
inline const QCommandLineOption
    approach(QStringLiteral("approach"),
             QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "list: only this suggested approach.")),
             QStringLiteral("APPROACH"));
inline const QCommandLineOption
    limit(QStringLiteral("limit"),
          QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "list: at most N rows (default 100; 0 for "
                                                         "all).")),
          QStringLiteral("N"), QStringLiteral("100"));
inline const QCommandLineOption
    json(QStringLiteral("json"),
         QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "list, audit: print JSON instead of a "
                                                        "table.")));
inline const QCommandLineOption
    format(QStringLiteral("format"),
           QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "export: csv or json.")),
           QStringLiteral("FORMAT"), QStringLiteral("csv"));
inline const QCommandLineOption output(
    QStringList{QStringLiteral("o"), QStringLiteral("output")},
    QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "export: write to FILE (a new file, "
                                                   "owner-only, in place only when complete) "
                                                   "instead of standard output.")),
    QStringLiteral("FILE"));
inline const QCommandLineOption
    overwrite(QStringLiteral("overwrite"),
              QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "export: replace FILE if it exists (a "
                                                             "regular file only; never the "
                                                             "database, a symlink or a device).")));
inline const QCommandLineOption
    bom(QStringLiteral("bom"),
        QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "export: start the CSV with the byte-order "
                                                       "mark that Excel wants.")));
inline const QCommandLineOption
    since(QStringLiteral("since"),
          QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "audit: entries from DATE on.")),
          QStringLiteral("DATE"));
inline const QCommandLineOption
    lang(QStringLiteral("lang"),
         QStringLiteral(QT_TRANSLATE_NOOP(
             "CliOptions",
             "The language of the help and the messages: en or fr (default: from LC_ALL, "
             "LC_MESSAGES or LANG). JSON, CSV data, dates and exit codes are the same in both.")),
         QStringLiteral("LANG"));
inline const QCommandLineOption version(
    QStringList{QStringLiteral("v"), QStringLiteral("version")},
    QStringLiteral(QT_TRANSLATE_NOOP("CliOptions",
                                     "Print the version, with the built-in rules' version, the "
                                     "database schema's and those of Qt, SQLite and libpq.")));
inline const QCommandLineOption labels(
    QStringLiteral("labels"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "CliOptions", "export: the language of the CSV column headers: en (the default, for "
                      "scripts) or fr (for a person's spreadsheet); the rows are the same.")),
    QStringLiteral("LANG"), QStringLiteral("en"));
inline const QCommandLineOption
    progress(QStringLiteral("progress"),
             QStringLiteral(QT_TRANSLATE_NOOP("CliOptions", "import: report progress on standard "
                                                            "error (default when it is a "
                                                            "terminal).")));

} // namespace cli_options
