#include "batch/JsonlRecommender.h"

#include "rules/RuleEngine.h"
#include "validation/IntakeParser.h"

#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>

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

JsonlRecommender::Summary JsonlRecommender::run(std::istream& in, std::ostream& out) const
{
    Summary summary;
    std::string line;
    std::string buffer;
    constexpr std::size_t kFlushAt = 1 << 16;
    buffer.reserve(kFlushAt + 4096);
    while (std::getline(in, line)) {
        ++summary.lines;
        if (!processLine(line, summary.lines, buffer)) {
            ++summary.badLines;
        }
        if (buffer.size() >= kFlushAt) {
            out.write(buffer.data(), std::streamsize(buffer.size()));
            buffer.clear();
        }
    }
    out.write(buffer.data(), std::streamsize(buffer.size()));
    out.flush();
    return summary;
}
