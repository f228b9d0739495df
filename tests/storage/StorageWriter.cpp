// Test helper: adds generated intakes to a database in a loop, printing each
// id once its transaction has committed. The crash test kills it with SIGKILL
// at random moments; the concurrency test runs two at once.
//   storage_writer DB SEED [COUNT]   (COUNT 0 or absent: until killed)
#include "IntakeGenerator.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "storage/StorageError.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: storage_writer DB SEED [COUNT]\n");
        return 1;
    }
    const long count = argc > 3 ? std::atol(argv[3]) : 0;
    try {
        const FixedClock clock(QDate(2026, 11, 21));
        const RuleEngine engine(RuleSetLoader::builtIn());
        const Database database(QString::fromLocal8Bit(argv[1]));
        IntakeStore store(database, clock);
        const IntakeParser parser(clock);
        IntakeGenerator generator(std::strtoull(argv[2], nullptr, 10));
        for (long i = 0; count == 0 || i < count; ++i) {
            const auto record = parser.parse(generator.next().dump()).record;
            const SavedIntake saved =
                store.add(engine.suggestVersion(*record), QStringLiteral("writer"));
            std::printf("%lld\n", static_cast<long long>(saved.intakeId));
            std::fflush(stdout);
        }
    } catch (const StorageError& error) {
        std::fprintf(stderr, "storage_writer: %s\n", error.what());
        return 2;
    }
    return 0;
}
