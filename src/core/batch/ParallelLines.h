#pragma once

#include <QThread>
#include <algorithm>
#include <istream>
#include <string>
#include <thread>
#include <vector>

// Reads `in` in batches of lines, runs `work(line, lineNumber)` for every
// line of a batch spread over the cores, then hands the batch's results to
// `consume(results, firstLineNumber)` in input order, on the calling thread.
// Lines end in '\n'; a trailing '\r' is left for `work` to handle.
template <typename Result, typename Work, typename Consume>
std::size_t forEachLineInParallel(std::istream& in, Work&& work, Consume&& consume)
{
    constexpr std::size_t kBatchLines = 8192;
    const unsigned threads = unsigned(std::max(1, QThread::idealThreadCount()));
    std::vector<std::string> lines(kBatchLines);
    std::vector<Result> results(kBatchLines);
    std::size_t linesRead = 0;
    for (;;) {
        std::size_t count = 0;
        while (count < kBatchLines && std::getline(in, lines[count])) {
            ++count;
        }
        if (count == 0) {
            break;
        }
        const std::size_t perThread = (count + threads - 1) / threads;
        const auto processSlice = [&](unsigned slice) {
            const std::size_t end = std::min(count, (slice + 1) * perThread);
            for (std::size_t i = slice * perThread; i < end; ++i) {
                results[i] = work(lines[i], linesRead + i + 1);
            }
        };
        std::vector<std::thread> helpers;
        for (unsigned slice = 1; slice < threads; ++slice) {
            helpers.emplace_back(processSlice, slice);
        }
        processSlice(0);
        for (auto& helper : helpers) {
            helper.join();
        }
        consume(results, count, linesRead + 1);
        linesRead += count;
    }
    return linesRead;
}
