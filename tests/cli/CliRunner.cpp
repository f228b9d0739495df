#include "CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <unistd.h>

std::vector<std::string> Run::lines(const std::string& text)
{
    std::vector<std::string> result;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        result.push_back(text.substr(start, end - start));
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    return result;
}

Run runCli(const QStringList& arguments, const std::string& input, const QStringList& environment)
{
    return runCliThrough(QString(), {}, arguments, input, environment);
}

QString cliPath()
{
    return QStringLiteral(CLINIC_CLI_PATH);
}

Run runCliThrough(const QString& program, const QStringList& programArguments,
                  const QStringList& arguments, const std::string& input,
                  const QStringList& environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (const char* secret : {"CLINIC_INTAKE_PASSWORD", "CLINIC_INTAKE_NEW_PASSWORD",
                               "CLINIC_INTAKE_BACKUP_PASSPHRASE"}) {
        variables.remove(QString::fromLatin1(secret));
    }
    // English whatever the machine's language, unless a test sets one.
    for (const char* locale : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"}) {
        variables.remove(QString::fromLatin1(locale));
    }
    variables.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString& entry : environment) {
        const auto equals = entry.indexOf(QLatin1Char('='));
        variables.insert(entry.left(equals), entry.mid(equals + 1));
    }
    process.setProcessEnvironment(variables);
    // A session of its own: no controlling terminal, so /dev/tty cannot be opened.
    process.setChildProcessModifier([] { setsid(); });
    if (program.isEmpty()) {
        process.start(cliPath(), arguments);
    } else {
        process.start(program, programArguments + QStringList{cliPath()} + arguments);
    }
    REQUIRE(process.waitForStarted());
    process.write(input.data(), qint64(input.size()));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput().toStdString(),
            process.readAllStandardError().toStdString()};
}

QString golden(const char* name)
{
    return QStringLiteral(CLINIC_GOLDEN_DIR "/") + QString::fromLatin1(name);
}

QString writeFile(const QTemporaryDir& dir, const char* name, const std::string& content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content.data(), qint64(content.size()));
    return path;
}

std::string readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().toStdString();
}
