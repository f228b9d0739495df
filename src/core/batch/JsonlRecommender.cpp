#include "batch/JsonlRecommender.h"

#include "rules/RuleEngine.h"
#include "validation/IntakeParser.h"

#include <QThread>
#include <algorithm>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <thread>
#include <vector>

JsonlRecommender::JsonlRecommender(const IntakeParser& parser, const RuleEngine& engine)
    : m_parser(parser), m_engine(engine)
{}

bool JsonlRecommender::processLine(std::string_view line, std::size_t lineNumber,
                                   std::string& out) const
{
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1); // files saved on Windows
    }
    IntakeParseResult parsed;
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
        parsed.errors.push_back({"record", "empty line; each line must hold one intake record"});
    } else {
        parsed = m_parser.parse(line);
    }
    if (parsed.ok()) {
        m_engine.recommend(*parsed.record).appendJson(m_engine.ruleSet(), out);
        out += '\n';
        return true;
    }
    nlohmann::ordered_json report;
    report["line"] = lineNumber;
    report["errors"] = nlohmann::ordered_json::array();
    for (const auto& error : parsed.errors) {
        report["errors"].push_back({{"path", error.path}, {"message", error.message}});
    }
    out += report.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += '\n';
    return false;
}

JsonlRecommender::Summary JsonlRecommender::run(std::istream& in, std::ostream& out,
                                                unsigned threads) const
{
    if (threads == 0) {
        threads = unsigned(std::max(1, QThread::idealThreadCount()));
    }
    constexpr std::size_t kBatchLines = 8192;
    std::vector<std::string> batch(kBatchLines);
    std::vector<std::string> outputs(threads);
    std::vector<std::size_t> badLines(threads);

    Summary summary;
    for (;;) {
        std::size_t count = 0;
        while (count < kBatchLines && std::getline(in, batch[count])) {
            ++count;
        }
        if (count == 0) {
            break;
        }
        // Slice the batch into one contiguous run of lines per thread.
        const std::size_t perThread = (count + threads - 1) / threads;
        const auto processSlice = [&](unsigned slice) {
            std::string& text = outputs[slice];
            text.clear();
            badLines[slice] = 0;
            const std::size_t end = std::min(count, (slice + 1) * perThread);
            for (std::size_t i = slice * perThread; i < end; ++i) {
                if (!processLine(batch[i], summary.lines + i + 1, text)) {
                    ++badLines[slice];
                }
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
        for (unsigned slice = 0; slice < threads; ++slice) {
            out.write(outputs[slice].data(), std::streamsize(outputs[slice].size()));
            summary.badLines += badLines[slice];
        }
        summary.lines += count;
    }
    out.flush();
    return summary;
}
