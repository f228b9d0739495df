// The load test of issue 13: N workstations (processes of this program, each
// signed in as its own member of staff) adding, amending, reviewing and
// searching one clinic at once for D seconds, optionally with a server
// restart in the middle; then every acknowledged write is looked up.
//
//   clinic-intake-load --db LOCATION --manager NAME --out DIR [options]
//
// LOCATION is a SQLite file or a server's postgresql:// URI (the server
// password from PGPASSWORD); the manager's password comes from
// CLINIC_INTAKE_PASSWORD. Exits 0 only when no acknowledged write is lost or
// duplicated, the audit chain is intact and `check` is clean; latency is
// reported, never judged. tests/load/run-load-test.sh sets a clinic up.
#include "IntakeGenerator.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"
#include "storage/Database.h"
#include "storage/EditConflict.h"
#include "storage/StorageError.h"
#include "storage/StorageFactory.h"
#include "storage/postgres/PostgresClinicStorage.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/sqlite/SqliteClinicStorage.h"
#include "util/SystemClock.h"
#include "validation/IntakeParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <unistd.h>
#include <vector>

namespace {

using Steady = std::chrono::steady_clock;

struct Options
{
    QString db;
    QString manager;
    QString out;
    QString cluster; // cluster.sh's folder: the server restarted in it
    QString tag;     // this run's prefix of save ids and account names
    int workers = 8;
    double seconds = 60;
    double restartAt = -1; // seconds into the run; negative: no restart
    // SQLite's counterpart: another program holds the write lock this many
    // seconds in, for lockMs (beyond the busy timeout: writers get Busy).
    double lockAt = -1;
    int lockMs = 11000;
    int thinkMs = 20; // mean pause between one workstation's operations
    int import = 0;   // intakes imported before the run
    int worker = -1;  // >= 0: this process is that workstation
    qint64 epoch = 0; // the run's start (ms since 1970), shared by all
};

QString workerName(const Options& options, int worker)
{
    return options.tag + (worker % 2 == 0 ? QStringLiteral("desk") : QStringLiteral("ther")) +
           QString::number(worker);
}

QString workerPassword(int worker)
{
    return QStringLiteral("load-password-") + QString::number(worker);
}

qint64 sinceEpoch(const Options& options)
{
    return QDateTime::currentMSecsSinceEpoch() - options.epoch;
}

// ---------------------------------------------------------------- a worker

// One line per operation in DIR/worker-K.log (tab-separated):
//   ok      KIND START_MS LATENCY_MS RETRIES SAVE_ID INTAKE VERSION REVIEW CHECK
//   unacked KIND START_MS LATENCY_MS RETRIES SAVE_ID WHY   (a write never acknowledged)
//   refused KIND START_MS LATENCY_MS RETRIES SAVE_ID WHY   (a clear "no": conflict, version)
//   failed  KIND START_MS LATENCY_MS RETRIES -       WHY   (a read that got no answer)
// "ok" of a write is its acknowledgement: written and flushed before the
// next operation, so a worker that dies still leaves what it was told.
class Worker
{
public:
    Worker(const Options& options, ClinicStorage& storage, StaffSession& staff)
        : m_options(options), m_storage(storage), m_staff(staff), m_parser(m_clock),
          m_generator(std::uint64_t(options.epoch) * 31 + std::uint64_t(options.worker)),
          m_random(std::uint64_t(options.epoch) + std::uint64_t(options.worker) * 7919),
          m_log(QDir(options.out).filePath(QStringLiteral("worker-%1.log").arg(options.worker)))
    {
        if (!m_log.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
            throw std::runtime_error("cannot write " + m_log.fileName().toStdString());
        }
    }

    void run()
    {
        const qint64 end = qint64(m_options.seconds * 1000);
        // An operation cut off by an absent server is retried until then.
        m_giveUpAt = end + 60000;
        const bool frontDesk = m_options.worker % 2 == 0;
        std::exponential_distribution<double> think(1.0 / std::max(1, m_options.thinkMs));
        while (sinceEpoch(m_options) < end) {
            const double draw = std::uniform_real_distribution<double>(0, 1)(m_random);
            if (frontDesk) {
                if (draw < 0.5 || m_mine.empty()) {
                    add();
                } else if (draw < 0.8) {
                    amend();
                } else {
                    search();
                }
            } else if (draw < 0.7) {
                review();
            } else {
                search();
            }
            if (m_options.thinkMs > 0) {
                QThread::usleep(static_cast<unsigned long>(think(m_random) * 1000));
            }
        }
    }

private:
    struct Attempt
    {
        enum class Outcome
        {
            Done,
            Refused, // a clear answer: nothing stored
            Failed,  // no answer by the end: not known (a write) or none (a read)
        } outcome = Outcome::Done;
        int retries = 0;
        QString why;
    };

    // Runs `operation` until it is answered. A lost connection is reopened
    // and the same operation (the same save id) sent again; so is a busy
    // SQLite file ("the database is busy, try again": the form is kept).
    template <typename Operation>
    Attempt attempt(const char* kind, const QString& saveId, Operation&& operation)
    {
        Attempt result;
        for (;;) {
            try {
                operation();
                return result;
            } catch (const ReviewConflict& error) {
                result.outcome = Attempt::Outcome::Refused;
                result.why = QString::fromUtf8(error.what());
                return result;
            } catch (const StorageError& error) {
                result.why = QString::fromUtf8(error.what());
                const bool notKnown =
                    error.kind() == StorageError::Kind::Other &&
                    result.why.contains(QLatin1String("whether it was stored is not known"));
                if (error.kind() == StorageError::Kind::Invalid ||
                    error.kind() == StorageError::Kind::NotFound) {
                    result.outcome = Attempt::Outcome::Refused;
                    return result;
                }
                if (error.kind() == StorageError::Kind::Busy) {
                    // What the workstation shows; the form is kept and sent again.
                    write({QStringLiteral("busy"), QString::fromLatin1(kind),
                           QString::number(sinceEpoch(m_options)), QStringLiteral("0"),
                           QString::number(result.retries),
                           saveId.isEmpty() ? QStringLiteral("-") : saveId, oneLine(result.why)});
                } else if (error.kind() != StorageError::Kind::ConnectionLost && !notKnown) {
                    result.outcome = Attempt::Outcome::Failed;
                    return result;
                }
                if (!reconnect()) {
                    result.outcome = Attempt::Outcome::Failed;
                    return result;
                }
            } catch (const AccessError& error) {
                result.outcome = Attempt::Outcome::Failed;
                result.why = QString::fromUtf8(error.what());
                return result;
            }
            ++result.retries;
        }
    }

    // False once the run's grace period is over with the server still away.
    bool reconnect()
    {
        for (;;) {
            if (sinceEpoch(m_options) > m_giveUpAt) {
                return false;
            }
            try {
                m_storage.reconnect();
                return true;
            } catch (const StorageError&) {
                QThread::msleep(100);
            }
        }
    }

    QString nextSaveId()
    {
        return QStringLiteral("%1w%2-%3").arg(m_options.tag).arg(m_options.worker).arg(++m_saves);
    }

    void write(const QStringList& fields)
    {
        const QByteArray line = fields.join(QLatin1Char('\t')).toUtf8() + '\n';
        if (m_log.write(line) != line.size()) {
            throw std::runtime_error("cannot write " + m_log.fileName().toStdString());
        }
    }

    static QString oneLine(QString text)
    {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    }

    void report(const char* kind, qint64 start, double ms, const Attempt& attempt,
                const QString& saveId, const QStringList& stored)
    {
        const QStringList common{QString::fromLatin1(kind), QString::number(start),
                                 QString::number(ms, 'f', 3), QString::number(attempt.retries),
                                 saveId.isEmpty() ? QStringLiteral("-") : saveId};
        switch (attempt.outcome) {
        case Attempt::Outcome::Done:
            write(QStringList{QStringLiteral("ok")} + common + stored);
            break;
        case Attempt::Outcome::Refused:
            write(QStringList{QStringLiteral("refused")} + common +
                  QStringList{oneLine(attempt.why)});
            break;
        case Attempt::Outcome::Failed:
            write(QStringList{saveId.isEmpty() ? QStringLiteral("failed")
                                               : QStringLiteral("unacked")} +
                  common + QStringList{oneLine(attempt.why)});
            break;
        }
    }

    template <typename Operation>
    void timed(const char* kind, const QString& saveId, Operation&& operation,
               const std::function<QStringList()>& stored)
    {
        const qint64 start = sinceEpoch(m_options);
        const auto began = Steady::now();
        const Attempt result = attempt(kind, saveId, operation);
        const double ms = std::chrono::duration<double, std::milli>(Steady::now() - began).count();
        report(kind, start, ms, result, saveId,
               result.outcome == Attempt::Outcome::Done ? stored() : QStringList());
    }

    IntakeRecord record(const nlohmann::json& json)
    {
        auto parsed = m_parser.parse(json.dump());
        if (!parsed.ok()) {
            throw std::runtime_error("the generator made a record the parser refuses");
        }
        return *parsed.record;
    }

    void add()
    {
        const nlohmann::json json = m_generator.next();
        const IntakeRecord form = record(json);
        const QString saveId = nextSaveId();
        const QString name = QString::fromStdString(json["client"]["name"].get<std::string>());
        SavedIntake saved;
        timed(
            "add", saveId, [&] { saved = m_staff.addIntake(form, saveId); },
            [&] {
                m_mine.push_back({saved.intakeId, json["client"]});
                return QStringList{QString::number(saved.intakeId), QString::number(saved.version),
                                   QStringLiteral("0"), name};
            });
    }

    void amend()
    {
        const auto& [intakeId, client] =
            m_mine[std::uniform_int_distribution<std::size_t>(0, m_mine.size() - 1)(m_random)];
        nlohmann::json json = m_generator.next();
        json["client"] = client; // the same client, other answers
        const IntakeRecord form = record(json);
        const QString saveId = nextSaveId();
        const QString name = QString::fromStdString(client["name"].get<std::string>());
        SavedIntake saved;
        const qint64 id = intakeId;
        timed(
            "amend", saveId, [&] { saved = m_staff.amendIntake(id, form, saveId); },
            [&] {
                return QStringList{QString::number(saved.intakeId), QString::number(saved.version),
                                   QStringLiteral("0"), name};
            });
    }

    void review()
    {
        // The queue as the review page reads it: not timed as a review.
        IntakeFilter pending;
        pending.status = IntakeStatus::Pending;
        pending.limit = 50;
        std::vector<IntakeSummary> queue;
        timed(
            "queue", QString(), [&] { queue = m_staff.list(pending); },
            [] { return QStringList(); });
        if (queue.empty()) {
            return;
        }
        const IntakeSummary& chosen =
            queue[std::uniform_int_distribution<std::size_t>(0, queue.size() - 1)(m_random)];
        ReviewDecision decision;
        // An override is possible whatever the screening (an accept is not).
        decision.accepted = false;
        decision.finalApproach = vocabulary::Approach::Swedish;
        decision.finalPressure = vocabulary::Pressure::Medium;
        decision.reason = QStringLiteral("load test");
        decision.version = chosen.version;
        decision.reviewsKnown = 0; // a second therapist on it is told, not added
        decision.saveId = nextSaveId();
        decision.sessionNote = decision.saveId; // what the check compares
        qint64 reviewId = 0;
        timed(
            "review", decision.saveId, [&] { reviewId = m_staff.review(chosen.id, decision); },
            [&] {
                return QStringList{QString::number(chosen.id), QString::number(chosen.version),
                                   QString::number(reviewId), decision.sessionNote};
            });
    }

    void search()
    {
        // Words of a generated client's name: a surname, or a first name
        // and the start of a surname, as someone at the desk types them.
        const auto full =
            QString::fromStdString(m_generator.next()["client"]["name"].get<std::string>());
        const QStringList words = full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        IntakeFilter filter;
        filter.search = words.size() > 1 && m_random() % 2 == 0
                            ? words.first() + QLatin1Char(' ') + words.last().left(2)
                            : words.last();
        filter.limit = 100;
        timed(
            "search", QString(), [&] { m_staff.list(filter); }, [] { return QStringList(); });
    }

    const Options& m_options;
    ClinicStorage& m_storage;
    StaffSession& m_staff;
    SystemClock m_clock;
    IntakeParser m_parser;
    IntakeGenerator m_generator;
    std::mt19937_64 m_random;
    QFile m_log;
    qint64 m_giveUpAt = 0;
    int m_saves = 0;
    std::vector<std::pair<qint64, nlohmann::json>> m_mine; // intakes this one added
};

// Opens the clinic, waiting while the server is away (a restart).
std::unique_ptr<ClinicStorage> openPatiently(const QString& location, const Clock& clock)
{
    for (int tries = 0;; ++tries) {
        try {
            return openClinicStorage(location, QString(), clock);
        } catch (const StorageError&) {
            if (tries >= 300) {
                throw;
            }
            QThread::msleep(100);
        }
    }
}

int runWorker(const Options& options)
{
    const SystemClock clock;
    const RuleEngine engine(RuleSetLoader::builtIn());
    const auto storage = openPatiently(options.db, clock);
    const auto user =
        storage->accounts(clock, PasswordHasher::Cost::Minimal)
            ->signIn(workerName(options, options.worker), workerPassword(options.worker));
    StaffSession staff(*storage, engine, ClinicClocks(clock), user, PasswordHasher::Cost::Minimal);
    Worker(options, *storage, staff).run();
    return 0;
}

// ---------------------------------------------------------------- the parent

struct Sample
{
    qint64 start = 0;
    double ms = 0;
};

struct Line
{
    QString status;
    QString kind;
    Sample sample;
    int retries = 0;
    QString saveId;
    QStringList rest;
};

std::vector<Line> readLog(const QString& path)
{
    std::vector<Line> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return lines;
    }
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        const QStringList fields = text.split(QLatin1Char('\t'));
        if (fields.size() < 6) {
            continue; // a line cut off by a killed worker: never an acknowledgement
        }
        lines.push_back({fields[0],
                         fields[1],
                         {fields[2].toLongLong(), fields[3].toDouble()},
                         fields[4].toInt(),
                         fields[5],
                         fields.mid(6)});
    }
    return lines;
}

double percentile(const std::vector<double>& sorted, double fraction)
{
    if (sorted.empty()) {
        return 0;
    }
    const auto index = std::size_t(fraction * double(sorted.size() - 1) + 0.5);
    return sorted[std::min(sorted.size() - 1, index)];
}

QSqlDatabase sqlOf(const ClinicStorage& storage)
{
    if (const auto* server = dynamic_cast<const PostgresClinicStorage*>(&storage)) {
        return server->connection().connection();
    }
    return dynamic_cast<const SqliteClinicStorage&>(storage).database().connection();
}

qint64 countOf(const ClinicStorage& storage, const QString& sql)
{
    QSqlQuery query(sqlOf(storage));
    if (!query.exec(sql) || !query.next()) {
        throw std::runtime_error("counting failed: " + sql.toStdString());
    }
    return query.value(0).toLongLong();
}

struct Rows
{
    qint64 intakes = 0;
    qint64 versions = 0;
    qint64 reviews = 0;
};

Rows rowsOf(const ClinicStorage& storage)
{
    return {countOf(storage, QStringLiteral("SELECT count(*) FROM intakes")),
            countOf(storage, QStringLiteral("SELECT count(*) FROM intake_versions")),
            countOf(storage, QStringLiteral("SELECT count(*) FROM reviews"))};
}

void pgCtl(const Options& options, const QStringList& arguments)
{
    const QString pgCtl = QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl");
    const QStringList common{QStringLiteral("-D"), options.cluster + QStringLiteral("/data"),
                             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60")};
    QProcess process;
    // As cluster.sh runs the server: as `postgres` when this runs as root.
    if (geteuid() == 0) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), pgCtl} +
                          common + arguments);
    } else {
        process.start(pgCtl, common + arguments);
    }
    if (!process.waitForFinished(90000) || process.exitCode() != 0) {
        throw std::runtime_error("pg_ctl " + arguments.join(QLatin1Char(' ')).toStdString() +
                                 " failed: " + process.readAllStandardError().toStdString());
    }
}

class Parent
{
public:
    explicit Parent(Options options) : m_options(std::move(options)) {}

    int run()
    {
        const SystemClock clock;
        const RuleEngine engine(RuleSetLoader::builtIn());
        const QByteArray managerPassword = qgetenv("CLINIC_INTAKE_PASSWORD");
        auto storage = openClinicStorage(m_options.db, QString(), clock);
        {
            auto accounts = storage->accounts(clock, PasswordHasher::Cost::Minimal);
            const auto manager =
                accounts->signIn(m_options.manager, QString::fromUtf8(managerPassword));
            for (int worker = 0; worker < m_options.workers; ++worker) {
                accounts->add(workerName(m_options, worker),
                              worker % 2 == 0 ? Role::FrontDesk : Role::Therapist,
                              workerPassword(worker), manager.name);
            }
            if (m_options.import > 0) {
                importIntakes(*storage, engine, clock, manager);
                settleAfterImport(*storage);
            }
        }
        const Rows before = rowsOf(*storage);
        std::printf(
            "clinic: %s, %lld intakes before the run; %d workstations for %.0f s%s\n",
            storage->location().toUtf8().constData(), before.intakes, m_options.workers,
            m_options.seconds,
            m_options.restartAt >= 0
                ? qPrintable(QStringLiteral(", server restart at %1 s").arg(m_options.restartAt))
                : "");
        std::fflush(stdout);

        m_options.epoch = QDateTime::currentMSecsSinceEpoch();
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int worker = 0; worker < m_options.workers; ++worker) {
            workers.push_back(startWorker(worker));
        }
        if (m_options.restartAt >= 0) {
            restartServer();
        }
        if (m_options.lockAt >= 0) {
            holdWriteLock();
        }
        int crashed = 0;
        for (auto& worker : workers) {
            const int limit = int(m_options.seconds * 1000) + 180000;
            if (!worker->waitForFinished(limit) || worker->exitStatus() != QProcess::NormalExit ||
                worker->exitCode() != 0) {
                ++crashed;
                std::printf("FAIL: a workstation ended badly: %s\n",
                            worker->readAllStandardError().constData());
                worker->kill();
                worker->waitForFinished();
            }
        }
        // The parent's own connection went with the restart (unnoticed
        // while idle): a new one.
        if (m_options.restartAt >= 0) {
            storage.reset();
            storage = openPatiently(m_options.db, clock);
        }
        const int problems = crashed + verify(*storage, engine, clock, before, managerPassword);
        if (problems > 0) {
            std::printf("FAIL: %d problem(s) above\n", problems);
            return 1;
        }
        std::printf("PASS: no acknowledged write lost or duplicated; audit chain intact; check "
                    "clean\n");
        return 0;
    }

private:
    void importIntakes(ClinicStorage& storage, const RuleEngine& engine, const Clock& clock,
                       const SignedInUser& manager)
    {
        const QString path = QDir(m_options.out).filePath(QStringLiteral("import.jsonl"));
        {
            std::ofstream out(path.toStdString());
            IntakeGenerator generator(20261130);
            for (int i = 0; i < m_options.import; ++i) {
                out << generator.next().dump() << '\n';
            }
        }
        StaffSession staff(storage, engine, ClinicClocks(clock), manager,
                           PasswordHasher::Cost::Minimal);
        std::ifstream in(path.toStdString());
        const auto began = Steady::now();
        const ImportResult result = staff.import(in);
        if (result.imported != std::size_t(m_options.import)) {
            throw std::runtime_error("the import was refused");
        }
        std::printf("imported %d intakes in %.1f s\n", m_options.import,
                    std::chrono::duration<double>(Steady::now() - began).count());
        QFile::remove(path);
    }

    // A clinic's server has analysed its tables long before a day's work
    // (autovacuum, within a minute of a large change); the run starts from
    // there, not from the planner's guesses about tables it has not looked
    // at since the import. Waits for the server's own autoanalyze: the
    // program's role may not ANALYZE tables it does not own.
    void settleAfterImport(ClinicStorage& storage) const
    {
        const auto* server = dynamic_cast<const PostgresClinicStorage*>(&storage);
        if (server == nullptr) {
            return; // SQLite keeps no such statistics the planner waits for
        }
        const auto began = Steady::now();
        const QString analysed =
            QStringLiteral("SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('intakes', "
                           "'intake_versions', 'suggestions', 'clients', 'client_words') AND "
                           "coalesce(last_analyze, last_autoanalyze) IS NOT NULL");
        while (Steady::now() - began < std::chrono::seconds(180)) {
            QSqlQuery query = server->connection().exec(analysed, {}, "asking about analyses");
            if (query.next() && query.value(0).toInt() == 5) {
                std::printf("tables analysed by autovacuum %.0f s after the import\n",
                            std::chrono::duration<double>(Steady::now() - began).count());
                return;
            }
            QThread::sleep(2);
        }
        std::printf("autovacuum had not analysed every table 180 s after the import\n");
    }

    std::unique_ptr<QProcess> startWorker(int worker)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedOutputChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--db"), m_options.db, QStringLiteral("--out"),
                        m_options.out, QStringLiteral("--tag"), m_options.tag,
                        QStringLiteral("--seconds"), QString::number(m_options.seconds),
                        QStringLiteral("--think-ms"), QString::number(m_options.thinkMs),
                        QStringLiteral("--worker"), QString::number(worker),
                        QStringLiteral("--epoch"), QString::number(m_options.epoch)});
        if (!process->waitForStarted()) {
            throw std::runtime_error("a workstation process did not start");
        }
        return process;
    }

    void restartServer()
    {
        const auto at = qint64(m_options.restartAt * 1000);
        while (sinceEpoch(m_options) < at) {
            QThread::msleep(10);
        }
        const qint64 stopping = sinceEpoch(m_options);
        pgCtl(m_options, {QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")});
        pgCtl(m_options, {QStringLiteral("-l"), m_options.cluster + QStringLiteral("/server.log"),
                          QStringLiteral("start")});
        m_restart = {stopping, double(sinceEpoch(m_options) - stopping)};
    }

    void holdWriteLock()
    {
        const auto at = qint64(m_options.lockAt * 1000);
        while (sinceEpoch(m_options) < at) {
            QThread::msleep(10);
        }
        const Database other(m_options.db, Database::Mode::MustExist);
        other.execute(QStringLiteral("BEGIN IMMEDIATE"), "holding the write lock");
        const qint64 start = sinceEpoch(m_options);
        QThread::msleep(static_cast<unsigned long>(m_options.lockMs));
        other.execute(QStringLiteral("ROLLBACK"), "letting the write lock go");
        m_lock = {start, double(sinceEpoch(m_options) - start)};
    }

    int verify(ClinicStorage& storage, const RuleEngine& engine, const Clock& clock,
               const Rows& before, const QByteArray& managerPassword)
    {
        int problems = 0;
        const auto fail = [&problems](const QString& text) {
            if (++problems <= 20) {
                std::printf("FAIL: %s\n", text.toUtf8().constData());
            }
        };
        std::map<QString, std::vector<double>> latencies;
        std::map<QString, std::map<QString, int>> outcomes; // kind -> status -> count
        std::vector<qint64> completions;
        qint64 stored[3] = {0, 0, 0}; // adds, amends, reviews found stored
        qint64 acknowledged = 0;
        qint64 unackedStored = 0;
        int retried = 0;
        double longestRetried = 0;
        int busy = 0;
        QString busyMessage;
        std::set<QString> seen;
        for (int worker = 0; worker < m_options.workers; ++worker) {
            for (const Line& line : readLog(
                     QDir(m_options.out).filePath(QStringLiteral("worker-%1.log").arg(worker)))) {
                if (line.status == QLatin1String("busy")) {
                    if (busy++ == 0) {
                        busyMessage = line.rest.value(0);
                    }
                    continue;
                }
                ++outcomes[line.kind][line.status];
                if (line.retries > 0) {
                    ++retried;
                    longestRetried = std::max(longestRetried, line.sample.ms);
                }
                const bool write = line.saveId != QLatin1String("-");
                if (write && !seen.insert(line.saveId).second) {
                    fail(QStringLiteral("save id %1 used twice by the program").arg(line.saveId));
                }
                if (line.status == QLatin1String("ok")) {
                    latencies[line.kind].push_back(line.sample.ms);
                    completions.push_back(line.sample.start + qint64(line.sample.ms));
                }
                if (!write) {
                    continue;
                }
                // Acknowledged, refused or not known: what is stored under its id?
                const auto save = storage.intakes().findSave(line.saveId);
                if (line.status == QLatin1String("refused")) {
                    if (save) {
                        ++stored[int(save->kind)];
                        fail(QStringLiteral("%1 %2 was refused, yet it is stored")
                                 .arg(line.kind, line.saveId));
                    }
                    continue;
                }
                if (line.status == QLatin1String("unacked")) {
                    if (save) {
                        ++unackedStored;
                        ++stored[int(save->kind)];
                    }
                    continue;
                }
                ++acknowledged;
                if (!save) {
                    fail(QStringLiteral("LOST: acknowledged %1 %2 is not stored")
                             .arg(line.kind, line.saveId));
                    continue;
                }
                ++stored[int(save->kind)];
                const QString problem = differs(line, *save);
                if (!problem.isEmpty()) {
                    fail(QStringLiteral("%1 %2: %3").arg(line.kind, line.saveId, problem));
                }
            }
        }
        // Each stored save is one row more, and nothing else was written:
        // a duplicate (the same form stored twice) would be a row more.
        const Rows after = rowsOf(storage);
        const auto expectRows = [&](const char* what, qint64 more, qint64 expected) {
            if (more != expected) {
                fail(QStringLiteral("DUPLICATE or stray rows: %1 grew by %2, the saves found "
                                    "account for %3")
                         .arg(QLatin1String(what))
                         .arg(more)
                         .arg(expected));
            }
        };
        expectRows("intakes", after.intakes - before.intakes, stored[0]);
        expectRows("intake_versions", after.versions - before.versions, stored[0] + stored[1]);
        expectRows("reviews", after.reviews - before.reviews, stored[2]);
        const qint64 withOurIds = countOf(
            storage, QStringLiteral("SELECT (SELECT count(*) FROM intake_versions WHERE save_id "
                                    "LIKE '%1%') + (SELECT count(*) FROM reviews WHERE save_id "
                                    "LIKE '%1%')")
                         .arg(m_options.tag));
        expectRows("rows with this run's save ids", withOurIds, stored[0] + stored[1] + stored[2]);

        printFigures(latencies, outcomes, completions);
        std::fflush(stdout);

        // The audit chain, and the CLI's `check` (the same call).
        const auto manager = storage.accounts(clock, PasswordHasher::Cost::Minimal)
                                 ->signIn(m_options.manager, QString::fromUtf8(managerPassword));
        const StaffSession staff(storage, engine, ClinicClocks(clock), manager,
                                 PasswordHasher::Cost::Minimal);
        AuditChainReport chain;
        const auto checkStarted = Steady::now();
        const auto checkProblems = staff.checkDatabase(&chain);
        const double checkSeconds =
            std::chrono::duration<double>(Steady::now() - checkStarted).count();
        if (!chain.intact()) {
            fail(QStringLiteral("the audit chain is broken: ") + chain.problem);
        }
        for (const QString& problem : checkProblems) {
            fail(QStringLiteral("check: ") + problem);
        }

        std::printf("acknowledged writes: %lld, each found stored once as acknowledged; writes "
                    "never acknowledged but stored (settled by save id): %lld\n",
                    acknowledged, unackedStored);
        std::printf("rows added: %lld intakes, %lld versions, %lld reviews\n",
                    after.intakes - before.intakes, after.versions - before.versions,
                    after.reviews - before.reviews);
        std::printf("operations sent again (lost connection, busy file): %d, the longest took "
                    "%.0f ms in all\n",
                    retried, longestRetried);
        if (busy > 0) {
            std::printf("busy answers (the same form sent again each time): %d, e.g. \"%s\"\n",
                        busy, busyMessage.toUtf8().constData());
        }
        if (m_lock.start > 0) {
            std::printf("another program held the write lock at %.1f s for %.0f ms\n",
                        double(m_lock.start) / 1000, m_lock.ms);
        }
        if (m_restart.start > 0) {
            std::printf("server restart at %.1f s: pg_ctl stop -m fast + start took %.0f ms\n",
                        double(m_restart.start) / 1000, m_restart.ms);
        }
        std::printf("check: %s, audit chain %lld entries (%.1f s)\n",
                    checkProblems.empty() ? "clean" : "PROBLEMS", chain.entries, checkSeconds);
        return problems;
    }

    // What the acknowledgement said against what is stored under its id.
    static QString differs(const Line& line, const StoredSave& save)
    {
        if (line.rest.size() < 4) {
            return QStringLiteral("an acknowledgement line cut short");
        }
        const qint64 intakeId = line.rest[0].toLongLong();
        const int version = line.rest[1].toInt();
        const StoredSave::Kind kind =
            line.kind == QLatin1String("add")     ? StoredSave::Kind::NewIntake
            : line.kind == QLatin1String("amend") ? StoredSave::Kind::Amendment
                                                  : StoredSave::Kind::Review;
        if (save.kind != kind) {
            return QStringLiteral("stored as another kind of save");
        }
        if (save.saved.intakeId != intakeId || save.saved.version != version) {
            return QStringLiteral("acknowledged as intake %1 version %2, stored as %3 version %4")
                .arg(intakeId)
                .arg(version)
                .arg(save.saved.intakeId)
                .arg(save.saved.version);
        }
        if (kind == StoredSave::Kind::Review) {
            if (save.reviewId != line.rest[2].toLongLong() ||
                save.decision.sessionNote != line.rest[3]) {
                return QStringLiteral("another review is stored under this save id");
            }
            return {};
        }
        const auto record = nlohmann::json::parse(save.recordJson, nullptr, false);
        if (record.is_discarded() ||
            QString::fromStdString(record["client"].value("name", "")) != line.rest[3]) {
            return QStringLiteral("the stored record is not the one sent");
        }
        return {};
    }

    void printFigures(std::map<QString, std::vector<double>>& latencies,
                      const std::map<QString, std::map<QString, int>>& outcomes,
                      std::vector<qint64>& completions) const
    {
        std::printf("%-7s %8s %8s %8s %8s %8s %8s  %s\n", "kind", "done", "per s", "p50 ms",
                    "p95 ms", "p99 ms", "max ms", "not done");
        for (const char* kind : {"add", "amend", "review", "queue", "search"}) {
            auto& samples = latencies[QLatin1String(kind)];
            std::sort(samples.begin(), samples.end());
            QStringList others;
            const auto found = outcomes.find(QLatin1String(kind));
            if (found != outcomes.end()) {
                for (const auto& [status, count] : found->second) {
                    if (status != QLatin1String("ok")) {
                        others << QStringLiteral("%1 %2").arg(count).arg(status);
                    }
                }
            }
            std::printf("%-7s %8zu %8.1f %8.2f %8.2f %8.2f %8.1f  %s\n", kind, samples.size(),
                        double(samples.size()) / m_options.seconds, percentile(samples, 0.5),
                        percentile(samples, 0.95), percentile(samples, 0.99),
                        samples.empty() ? 0.0 : samples.back(),
                        others.isEmpty() ? "-"
                                         : others.join(QStringLiteral(", ")).toUtf8().constData());
        }
        std::sort(completions.begin(), completions.end());
        qint64 gap = 0;
        qint64 gapAt = 0;
        for (std::size_t i = 1; i < completions.size(); ++i) {
            if (completions[i] - completions[i - 1] > gap) {
                gap = completions[i] - completions[i - 1];
                gapAt = completions[i - 1];
            }
        }
        std::printf("longest time with no operation completed: %lld ms, from %.1f s\n", gap,
                    double(gapAt) / 1000);
    }

    Options m_options;
    Sample m_restart;
    Sample m_lock;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Workstations at once on one clinic; checks that nothing acknowledged "
                       "is lost or stored twice."));
    parser.addHelpOption();
    const auto value = [&parser](const char* name, const char* about) {
        QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(about),
                                  QStringLiteral("value"));
        parser.addOption(option);
        return option;
    };
    const auto db = value("db", "the clinic: a SQLite file or a postgresql:// URI");
    const auto manager = value("manager", "a manager's account (password: CLINIC_INTAKE_PASSWORD)");
    const auto out = value("out", "a folder for the workstations' logs");
    const auto workers = value("workers", "how many workstations (default 8)");
    const auto seconds = value("seconds", "how long they work (default 60)");
    const auto restartAt = value("restart-at", "restart the server this many seconds in");
    const auto lockAt = value("lock-at", "SQLite: hold the write lock this many seconds in");
    const auto lockMs = value("lock-ms", "SQLite: for this long (default 11000)");
    const auto cluster = value("cluster", "tests/postgres/cluster.sh's folder of the server");
    const auto think = value("think-ms", "mean pause between operations (default 20)");
    const auto import = value("import", "intakes imported before the run (default 0)");
    const auto tag = value("tag", "internal: the run's prefix");
    const auto worker = value("worker", "internal: run as this workstation");
    const auto epoch = value("epoch", "internal: the run's start");
    parser.process(app);

    Options options;
    options.db = parser.value(db);
    options.manager = parser.value(manager);
    options.out = parser.value(out);
    options.cluster = parser.value(cluster);
    options.workers = parser.isSet(workers) ? parser.value(workers).toInt() : 8;
    options.seconds = parser.isSet(seconds) ? parser.value(seconds).toDouble() : 60;
    options.restartAt = parser.isSet(restartAt) ? parser.value(restartAt).toDouble() : -1;
    options.lockAt = parser.isSet(lockAt) ? parser.value(lockAt).toDouble() : -1;
    options.lockMs = parser.isSet(lockMs) ? parser.value(lockMs).toInt() : 11000;
    options.thinkMs = parser.isSet(think) ? parser.value(think).toInt() : 20;
    options.import = parser.value(import).toInt();
    options.worker = parser.isSet(worker) ? parser.value(worker).toInt() : -1;
    options.epoch = parser.value(epoch).toLongLong();
    options.tag =
        parser.isSet(tag)
            ? parser.value(tag)
            : QStringLiteral("load%1x").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
    if (options.db.isEmpty() || options.out.isEmpty() ||
        (options.worker < 0 && options.manager.isEmpty()) ||
        (options.restartAt >= 0 && options.cluster.isEmpty())) {
        std::fprintf(stderr, "clinic-intake-load: --db, --out and --manager are needed (and "
                             "--cluster with --restart-at); see --help\n");
        return 2;
    }
    try {
        if (options.worker >= 0) {
            return runWorker(options);
        }
        return Parent(options).run();
    } catch (const std::exception& error) {
        std::fprintf(
            stderr, "clinic-intake-load%s: %s\n",
            options.worker >= 0 ? qPrintable(QStringLiteral(" worker %1").arg(options.worker)) : "",
            error.what());
        return 1;
    }
}
