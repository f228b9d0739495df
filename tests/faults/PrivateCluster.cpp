#include "PrivateCluster.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <unistd.h>

namespace {

const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

} // namespace

PrivateCluster* PrivateCluster::get()
{
    // Only where the shared cluster is set up (the same rule for skipping).
    if (PgTestServer::get() == nullptr) {
        return nullptr;
    }
    static std::unique_ptr<PrivateCluster> cluster = [] {
        std::unique_ptr<PrivateCluster> made(new PrivateCluster);
        if (!made->create()) {
            made.reset();
        }
        return made;
    }();
    if (!cluster) {
        FAIL("the private test cluster could not be started");
    }
    return cluster.get();
}

bool PrivateCluster::create()
{
    if (!m_dir.isValid()) {
        return false;
    }
    m_dir.setAutoRemove(false); // cluster.sh stop removes it
    QProcess script;
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(CLINIC_CLUSTER_SCRIPT), QStringLiteral("start"), m_dir.path()});
    if (!script.waitForFinished(90000) || script.exitCode() != 0) {
        WARN("cluster.sh start: " << script.readAllStandardError().toStdString());
        return false;
    }
    QFile env(m_dir.filePath(QStringLiteral("env")));
    if (!env.open(QIODevice::ReadOnly)) {
        return false;
    }
    // Lines of `export NAME=value` (values printf %q quoted: none of these
    // has a character that needs quoting).
    const QRegularExpression line(QStringLiteral("^export (\\w+)=(.*)$"));
    for (const QString& text : QString::fromUtf8(env.readAll()).split(QLatin1Char('\n'))) {
        const auto match = line.match(text);
        if (!match.hasMatch()) {
            continue;
        }
        const QString name = match.captured(1);
        const QString value = match.captured(2);
        if (name == QLatin1String("CLINIC_TEST_PG_SOCKET")) {
            m_server.socket = value;
        } else if (name == QLatin1String("CLINIC_TEST_PG_PORT")) {
            m_server.port = value.toInt();
        } else if (name == QLatin1String("CLINIC_TEST_PG_ADMIN")) {
            m_server.admin = value;
        } else if (name == QLatin1String("CLINIC_TEST_PG_ADMIN_PASSWORD")) {
            m_server.adminPassword = value;
        } else if (name == QLatin1String("CLINIC_TEST_PG_CA")) {
            m_server.ca = value;
        } else if (name == QLatin1String("CLINIC_TEST_PG_OTHER_CA")) {
            m_server.otherCa = value;
        }
    }
    return !m_server.socket.isEmpty() && m_server.port > 0;
}

PrivateCluster::~PrivateCluster()
{
    QProcess script;
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(CLINIC_CLUSTER_SCRIPT), QStringLiteral("stop"), m_dir.path()});
    script.waitForFinished(60000);
}

void PrivateCluster::pgCtl(const QStringList& arguments)
{
    // As cluster.sh runs the server: as `postgres` when this runs as root.
    QProcess process;
    const QString pgCtl = kPgBin + QStringLiteral("/pg_ctl");
    const QStringList common{QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30")};
    if (geteuid() == 0) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), pgCtl} +
                          common + arguments);
    } else {
        process.start(pgCtl, common + arguments);
    }
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

void PrivateCluster::stop()
{
    pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")});
}

void PrivateCluster::start()
{
    pgCtl({QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
           QStringLiteral("start")});
}
