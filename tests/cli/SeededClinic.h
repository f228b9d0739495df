#pragma once

#include "CliRunner.h"
#include "TestStaff.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <string>

// A database with the three test accounts, one generated intake and a plain
// backup of it (earlier.sqlite), in a folder of its own, for tests that run
// the command-line tool on it.
class SeededClinic
{
public:
    SeededClinic();

    QString path() const { return m_folder.filePath(QStringLiteral("clinic.sqlite")); }
    QString file(const char* name) const { return m_folder.filePath(QString::fromLatin1(name)); }
    const QTemporaryDir& folderOf() const { return m_folder; }
    QString folder() const { return m_folder.path(); }

    // The tool run as `user`, signed in with that user's password.
    Run as(const QString& user, const QStringList& arguments, const std::string& input = {},
           QStringList environment = {}) const;

    // The first column of the first row of `sql` (one optional bound value).
    qint64 count(const QString& sql, const QString& bound = {}) const;

private:
    QTemporaryDir m_folder;
};
