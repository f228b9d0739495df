#pragma once

#include "util/BoundedInput.h"

#include <QThread>
#include <algorithm>
#include <istream>
#include <string>
#include <thread>
#include <vector>

// One line of the input as forEachLineInParallel hands it over.
struct InputLine
{
    std::string text;     // without the '\n'; a trailing '\r' is left for `work` to handle
    bool tooLong = false; // longer than the limit: skipped unread, and `text` is empty
};

// Reads `in` in batches of lines and runs `work(line, lineNumber)` for every
// line (an InputLine), spread over the cores; hands each batch's results to
// `consume(results, count, firstLineNumber)` in input order, on the calling
// thread. While one batch is consumed the next is already being worked on,
// so a slow consumer (database inserts) and the work (parsing) overlap.
// Memory stays bounded whatever the input: a line longer than maxLineBytes
// is skipped without being held (work sees it as tooLong), and a batch ends
// early once its lines add up to kBatchBytes.
template <typename Result, typename Work, typename Consume>
std::size_t forEachLineInParallel(std::istream& in, std::size_t maxLineBytes, Work&& work,
                                  Consume&& consume)
{
    constexpr std::size_t kBatchLines = 4096;
    constexpr std::size_t kBatchBytes = 16 * bounded::kMiB;
    const unsigned threads = unsigned(std::max(1, QThread::idealThreadCount()));

    struct Batch
    {
        // Grown as lines come, up to kBatchLines, and reused: a short input
        // makes a few of each, not thousands.
        std::vector<InputLine> lines;
        std::vector<Result> results;
        std::size_t count = 0;
        std::size_t firstLine = 1;
        std::vector<std::thread> workers;

        ~Batch() { finish(); } // also when consume() throws

        void start(const unsigned threadCount, Work& workOnLine)
        {
            if (results.size() < count) {
                results.resize(count);
            }
            // A thread for every 64 lines at least: a short input is not worth more.
            constexpr std::size_t kMinLinesPerThread = 64;
            const unsigned used = unsigned(std::min<std::size_t>(
                threadCount, (count + kMinLinesPerThread - 1) / kMinLinesPerThread));
            const std::size_t perThread = (count + used - 1) / used;
            for (unsigned slice = 0; slice < used; ++slice) {
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
        std::size_t bytes = 0;
        while (batch.count < kBatchLines && bytes < kBatchBytes) {
            if (batch.count == batch.lines.size()) {
                batch.lines.emplace_back();
            }
            InputLine& line = batch.lines[batch.count];
            const auto status = bounded::readLine(in, line.text, maxLineBytes);
            if (status == bounded::LineStatus::End) {
                break;
            }
            line.tooLong = status == bounded::LineStatus::TooLong;
            bytes += line.text.size();
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
