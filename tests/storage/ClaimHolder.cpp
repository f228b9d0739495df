// Test helper: a workstation with an intake open for review. Claims it,
// says so, then waits to be killed (kill -9, as a workstation that loses
// its power), refreshing its claim as the review page does.
//   claim_holder LOCATION INTAKE USER   (the server's password in PGPASSWORD)
#include "storage/ClinicStorage.h"
#include "storage/StorageError.h"
#include "storage/StorageFactory.h"
#include "util/SystemClock.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: claim_holder LOCATION INTAKE USER\n");
        return 1;
    }
    try {
        const SystemClock clock;
        const auto storage = openClinicStorage(
            QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(qgetenv("PGPASSWORD")), clock);
        const qint64 intake = std::atoll(argv[2]);
        storage->claims().claim(intake, QString::fromLocal8Bit(argv[3]));
        std::printf("claimed\n");
        std::fflush(stdout);
        for (;;) {
            QThread::sleep(1);
            storage->claims().refresh();
        }
    } catch (const StorageError& error) {
        std::fprintf(stderr, "claim_holder: %s\n", error.what());
        return 2;
    }
}
