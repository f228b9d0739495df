#pragma once

#include <QThread>
#include <algorithm>
#include <istream>
#include <string>
#include <thread>
#include <vector>

// Reads `in` in batches of lines and runs `work(line, lineNumber)` for every
// line, spread over the cores; hands each batch's results to
// `consume(results, count, firstLineNumber)` in input order, on the calling
// thread. While one batch is consumed the next is already being worked on,
// so a slow consumer (database inserts) and the work (parsing) overlap.
// A trailing '\r' is left for `work` to handle.
template <typename Result, typename Work, typename Consume>
std::size_t forEachLineInParallel(std::istream& in, Work&& work, Consume&& consume)
{
    constexpr std::size_t kBatchLines = 4096;
    const unsigned threads = unsigned(std::max(1, QThread::idealThreadCount()));

    struct Batch
    {
        std::vector<std::string> lines = std::vector<std::string>(kBatchLines);
        std::vector<Result> results = std::vector<Result>(kBatchLines);
        std::size_t count = 0;
        std::size_t firstLine = 1;
        std::vector<std::thread> workers;

        ~Batch() { finish(); } // also when consume() throws

        void start(const unsigned threadCount, Work& workOnLine)
        {
            const std::size_t perThread = (count + threadCount - 1) / threadCount;
            for (unsigned slice = 0; slice < threadCount; ++slice) {
                workers.emplace_back([this, slice, perThread, &workOnLine] {
                    const std::size_t end = std::min(count, (slice + 1) * perThread);
                    for (std::size_t i = slice * perThread; i < end; ++i) {
                        results[i] = workOnLine(lines[i], firstLine + i);
                    }
                });
            }
        }
        void finish()
        {
            for (auto& worker : workers) {
                worker.join();
            }
            workers.clear();
        }
    };

    std::size_t linesRead = 0;
    const auto read = [&](Batch& batch) {
        batch.count = 0;
        batch.firstLine = linesRead + 1;
        while (batch.count < kBatchLines && std::getline(in, batch.lines[batch.count])) {
            ++batch.count;
        }
        linesRead += batch.count;
        return batch.count > 0;
    };

    Batch batches[2];
    int current = 0;
    if (!read(batches[current])) {
        return 0;
    }
    batches[current].start(threads, work);
    for (;;) {
        Batch& now = batches[current];
        Batch& next = batches[1 - current];
        now.finish();
        const bool more = read(next);
        if (more) {
            next.start(threads, work);
        }
        consume(now.results, now.count, now.firstLine);
        if (!more) {
            break;
        }
        current = 1 - current;
    }
    return linesRead;
}
