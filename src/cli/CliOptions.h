#pragma once

#include <QCommandLineOption>

// Every option of clinic-intake-cli, in one place so that the parser and the
// commands agree on them.
namespace cli_options {

inline const QCommandLineOption rules(QStringLiteral("rules"),
                                      QStringLiteral("Use the rules in FILE instead of the "
                                                     "built-in defaults."),
                                      QStringLiteral("FILE"));
inline const QCommandLineOption jsonl(QStringLiteral("jsonl"),
                                      QStringLiteral("recommend: one intake per line in, one "
                                                     "result per line out."));
inline const QCommandLineOption today(QStringLiteral("today"),
                                      QStringLiteral("Take DATE (YYYY-MM-DD) as today (for "
                                                     "reproducible scripts)."),
                                      QStringLiteral("DATE"));
inline const QCommandLineOption db(QStringLiteral("db"),
                                   QStringLiteral("The database: a file, or a server as "
                                                  "postgresql://USER@HOST:PORT/DB (default: the "
                                                  "clinic's file in your data folder)."),
                                   QStringLiteral("PATH|URI"));
inline const QCommandLineOption user(QStringLiteral("user"),
                                     QStringLiteral("Sign in as NAME (every command on the "
                                                    "database; the password comes from "
                                                    "CLINIC_INTAKE_PASSWORD or is asked)."),
                                     QStringLiteral("NAME"));
inline const QCommandLineOption manager(QStringLiteral("manager"),
                                        QStringLiteral("init: create the database's first "
                                                       "manager account, NAME (password from "
                                                       "CLINIC_INTAKE_NEW_PASSWORD or asked "
                                                       "twice)."),
                                        QStringLiteral("NAME"));
inline const QCommandLineOption grant(QStringLiteral("grant"),
                                      QStringLiteral("init on a server: let ROLE, the program's "
                                                     "own role, use the database (run as the "
                                                     "database's owner)."),
                                      QStringLiteral("ROLE"));
inline const QCommandLineOption role(QStringLiteral("role"),
                                     QStringLiteral("users add: front_desk, therapist or "
                                                    "manager."),
                                     QStringLiteral("ROLE"));
inline const QCommandLineOption encrypt(QStringLiteral("encrypt"),
                                        QStringLiteral("backup: encrypt with a passphrase "
                                                       "(CLINIC_INTAKE_BACKUP_PASSPHRASE or asked "
                                                       "twice)."));
inline const QCommandLineOption accept(QStringLiteral("accept"),
                                       QStringLiteral("review: accept the suggestion."));
inline const QCommandLineOption additional(
    QStringLiteral("additional"),
    QStringLiteral("review: store the review even when the version already has one (one more "
                   "review); without it such a review is refused (exit 2)."));
inline const QCommandLineOption override_(QStringLiteral("override"),
                                          QStringLiteral("review: use APPROACH instead "
                                                         "(needs --reason, and --pressure unless "
                                                         "refer_out)."),
                                          QStringLiteral("APPROACH"));
inline const QCommandLineOption pressure(QStringLiteral("pressure"),
                                         QStringLiteral("review: the pressure to use: light, "
                                                        "medium or firm."),
                                         QStringLiteral("P"));
inline const QCommandLineOption reason(QStringLiteral("reason"),
                                       QStringLiteral("review: why the suggestion is overridden "
                                                      "(one line, at most 1000 characters)."),
                                       QStringLiteral("TEXT"));
inline const QCommandLineOption
    note(QStringLiteral("note"),
         QStringLiteral("review: a session note (at most 4000 characters; line breaks and tabs "
                        "allowed)."),
         QStringLiteral("TEXT"));
inline const QCommandLineOption
    saveId(QStringLiteral("save-id"),
           QStringLiteral("add, amend, review: the save's id (at most 100 characters), for a "
                          "script that retries: the same command again with the same ID stores "
                          "nothing more and prints the first one's outcome; other content with "
                          "it is refused (exit 2). Without it each command makes its own."),
           QStringLiteral("ID"));
inline const QCommandLineOption status(QStringLiteral("status"),
                                       QStringLiteral("list: pending or reviewed."),
                                       QStringLiteral("STATUS"));
inline const QCommandLineOption search(QStringLiteral("search"),
                                       QStringLiteral("list: clients whose name has words "
                                                      "starting with NAME (accents and case "
                                                      "ignored; at most 200 characters)."),
                                       QStringLiteral("NAME"));
inline const QCommandLineOption from(QStringLiteral("from"),
                                     QStringLiteral("list, export: visits on or after DATE."),
                                     QStringLiteral("DATE"));
inline const QCommandLineOption to(QStringLiteral("to"),
                                   QStringLiteral("list, export: visits on or before DATE."),
                                   QStringLiteral("DATE"));
inline const QCommandLineOption approach(QStringLiteral("approach"),
                                         QStringLiteral("list: only this suggested approach."),
                                         QStringLiteral("APPROACH"));
inline const QCommandLineOption limit(QStringLiteral("limit"),
                                      QStringLiteral("list: at most N rows (default 100; 0 for "
                                                     "all)."),
                                      QStringLiteral("N"), QStringLiteral("100"));
inline const QCommandLineOption json(QStringLiteral("json"),
                                     QStringLiteral("list, audit: print JSON instead of a "
                                                    "table."));
inline const QCommandLineOption format(QStringLiteral("format"),
                                       QStringLiteral("export: csv or json."),
                                       QStringLiteral("FORMAT"), QStringLiteral("csv"));
inline const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                       QStringLiteral("export: write to FILE (a new file, "
                                                      "owner-only, in place only when complete) "
                                                      "instead of standard output."),
                                       QStringLiteral("FILE"));
inline const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                          QStringLiteral("export: replace FILE if it exists (a "
                                                         "regular file only; never the "
                                                         "database, a symlink or a device)."));
inline const QCommandLineOption bom(QStringLiteral("bom"),
                                    QStringLiteral("export: start the CSV with the byte-order "
                                                   "mark that Excel wants."));
inline const QCommandLineOption since(QStringLiteral("since"),
                                      QStringLiteral("audit: entries from DATE on."),
                                      QStringLiteral("DATE"));
inline const QCommandLineOption progress(QStringLiteral("progress"),
                                         QStringLiteral("import: report progress on standard "
                                                        "error (default when it is a "
                                                        "terminal)."));

} // namespace cli_options
