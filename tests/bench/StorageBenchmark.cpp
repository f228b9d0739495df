// Benchmarks for the database (not tests: nothing here fails a build).
//   clinic-intake-storage-bench search DB WORDS...   list --search timings, in process
//   clinic-intake-storage-bench add-latency DB N     one add per transaction, N times
// DB is a file or a server's postgresql:// URI (the password from PGPASSWORD).
//   clinic-intake-storage-bench export-query         the CSV export's SELECT, for sqlite3
#include "IntakeGenerator.h"
#include "export/RecordExporter.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "rules/SuggestedVersion.h"
#include "storage/StorageFactory.h"
#include "util/SystemClock.h"
#include "validation/IntakeParser.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void printSummary(const char* what, std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    double total = 0;
    for (const double sample : samples) {
        total += sample;
    }
    const auto at = [&](double fraction) {
        return samples[std::min(samples.size() - 1, std::size_t(fraction * samples.size()))];
    };
    std::printf("%-34s mean %7.2f ms, median %7.2f ms, p95 %7.2f ms, max %7.2f ms (%zu runs)\n",
                what, total / samples.size(), at(0.5), at(0.95), samples.back(), samples.size());
}

int search(const QString& path, const QStringList& queries)
{
    const SystemClock clock;
    const RuleEngine engine(RuleSetLoader::builtIn());
    const auto storage = openClinicStorage(path, QString(), clock);
    const IntakeRepository& store = storage->intakes();
    for (const QString& words : queries) {
        IntakeFilter filter;
        filter.search = words;
        std::size_t rows = store.list(filter).size(); // the first run warms the cache
        std::vector<double> samples;
        for (int run = 0; run < 50; ++run) {
            const auto start = Clock::now();
            rows = store.list(filter).size();
            samples.push_back(millisecondsSince(start));
        }
        const QByteArray label =
            QStringLiteral("search \"%1\" (%2 rows)").arg(words).arg(rows).toUtf8();
        printSummary(label.constData(), samples);
    }
    return 0;
}

int addLatency(const QString& path, int count)
{
    const SystemClock clock;
    const RuleEngine engine(RuleSetLoader::builtIn());
    const auto storage = openClinicStorage(path, QString(), clock);
    IntakeRepository& store = storage->intakes();
    const IntakeParser parser(clock);
    IntakeGenerator generator(777);
    std::vector<double> samples;
    for (int i = 0; i < count; ++i) {
        const auto record = *parser.parse(generator.next().dump()).record;
        const auto start = Clock::now();
        store.add(engine.suggestVersion(record), QStringLiteral("bench")); // rules included
        samples.push_back(millisecondsSince(start));
    }
    printSummary(isServerLocation(path) ? "add (one transaction, on the server)"
                                        : "add (one transaction, synchronous=FULL)",
                 samples);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    const QString command = arguments.value(0);
    if (command == QLatin1String("search") && arguments.size() >= 3) {
        return search(arguments[1], arguments.mid(2));
    }
    if (command == QLatin1String("add-latency") && arguments.size() == 3) {
        return addLatency(arguments[1], arguments[2].toInt());
    }
    if (command == QLatin1String("export-query")) {
        QString query = RecordExporter::csvQuery();
        query.replace(QLatin1String("?1"), QLatin1String("'0000-01-01'"));
        query.replace(QLatin1String("?2"), QLatin1String("'9999-12-31'"));
        std::puts(query.toUtf8().constData());
        return 0;
    }
    std::fprintf(stderr, "usage: clinic-intake-storage-bench search DB WORDS... | add-latency "
                         "DB N | export-query\n");
    return 1;
}
