#pragma once

#include "PgTestServer.h"

#include <QTemporaryDir>
#include <memory>

// A cluster of this test process's own (tests/postgres/cluster.sh in a
// temporary folder), for the tests that stop and start the server: the
// shared test cluster other tests use is never stopped. Started once per
// test binary (a start costs seconds) and removed when the process ends.
class PrivateCluster
{
public:
    // The running cluster; null after the same WARN or FAIL as
    // PgTestServer::get() when the machine has no test cluster set up.
    static PrivateCluster* get();
    ~PrivateCluster();

    const PgTestServer& server() const { return m_server; }
    // pg_ctl stop -m fast: every backend ends (57P01), what was in
    // progress is rolled back.
    void stop();
    // The same cluster again, on the same port and socket.
    void start();

private:
    PrivateCluster() = default;
    bool create();
    void pgCtl(const QStringList& arguments);

    QTemporaryDir m_dir;
    PgTestServer m_server;
};
