#pragma once

#include "CliRunner.h"
#include "TestBackend.h"
#include "TestStaff.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <string>

// A database on the backend under test (TestBackend.h) with the three test
// accounts, one generated intake and a plain backup of it (earlierBackup()),
// with a folder of its own, for tests that run the command-line tool on it.
class SeededClinic
{
public:
    SeededClinic();

    // What --db takes: the file's path or the server database's URI.
    QString location() const { return m_database.location(); }
    // The SQLite file itself (fails the test on the server).
    QString path() const { return m_database.path(); }
    QString file(const char* name) const { return folderOf().filePath(QString::fromLatin1(name)); }
    const QTemporaryDir& folderOf() const { return m_database.folderDir(); }
    QString folder() const { return m_database.folder(); }
    const BackendDatabase& database() const { return m_database; }
    // The plain backup made right after seeding.
    QString earlierBackup() const;

    // The tool run as `user`, signed in with that user's password.
    Run as(const QString& user, const QStringList& arguments, const std::string& input = {},
           QStringList environment = {}) const;

    // The first column of the first row of `sql` (one optional bound value).
    qint64 count(const QString& sql, const QString& bound = {}) const;

private:
    BackendDatabase m_database;
    std::string m_backupError;
};
