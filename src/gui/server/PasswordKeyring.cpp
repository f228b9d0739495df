#include "server/PasswordKeyring.h"

#include "storage/postgres/PostgresLocation.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>
#include <type_traits>

namespace {

const QString kService = QStringLiteral("Clinic Intake server");

PasswordKeyring::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return PasswordKeyring::Outcome::Done;
    case QKeychain::EntryNotFound:
        return PasswordKeyring::Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return PasswordKeyring::Outcome::Unavailable;
    default:
        return PasswordKeyring::Outcome::Failed;
    }
}

// Starts `job` and waits for it, running the event loop, at most
// `timeoutMs`. A job that has not finished by then is left to delete itself
// whenever it does.
template <typename Job> PasswordKeyring::Result runJob(Job* job, int timeoutMs)
{
    PasswordKeyring::Result result;
    result.outcome = PasswordKeyring::Outcome::Unavailable;
    result.error = QStringLiteral("the keyring did not answer");
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text file
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job*) {
        finished = true;
        result.outcome = outcomeOf(job->error());
        result.error = job->errorString();
        if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>) {
            result.password = job->textData();
        }
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (finished) {
        delete job;
    } else {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
    }
    return result;
}

} // namespace

QtKeychainPasswords::QtKeychainPasswords(int timeoutMs) : m_timeoutMs(timeoutMs) {}

PasswordKeyring::Result QtKeychainPasswords::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    return runJob(job, m_timeoutMs);
}

PasswordKeyring::Result QtKeychainPasswords::write(const QString& key, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(password);
    return runJob(job, m_timeoutMs);
}

PasswordKeyring::Result QtKeychainPasswords::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    return runJob(job, m_timeoutMs);
}

namespace {

std::unique_ptr<PasswordKeyring>& theKeyring()
{
    static std::unique_ptr<PasswordKeyring> keyring;
    return keyring;
}

} // namespace

PasswordKeyring& desktopKeyring()
{
    if (!theKeyring()) {
        theKeyring() = std::make_unique<QtKeychainPasswords>();
    }
    return *theKeyring();
}

void setDesktopKeyring(std::unique_ptr<PasswordKeyring> keyring)
{
    theKeyring() = std::move(keyring);
}

QString keyringKey(const QString& serverLocation)
{
    try {
        const PostgresLocation server = PostgresLocation::parse(serverLocation);
        return QStringLiteral("%1@%2:%3/%4")
            .arg(server.user(), server.host(),
                 server.port() < 0 ? QStringLiteral("5432") : QString::number(server.port()),
                 server.database());
    } catch (const std::exception&) {
        return serverLocation;
    }
}
