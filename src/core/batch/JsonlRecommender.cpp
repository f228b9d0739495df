#include "batch/JsonlRecommender.h"

#include "batch/ParallelLines.h"
#include "rules/RuleEngine.h"
#include "util/Translated.h"
#include "validation/IntakeParser.h"

#include <nlohmann/json.hpp>
#include <ostream>

JsonlRecommender::JsonlRecommender(const IntakeParser& parser, const RuleEngine& engine)
    : m_parser(parser), m_engine(engine)
{}

IntakeParseResult JsonlRecommender::parseLine(const IntakeParser& parser, std::string_view line)
{
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1); // files saved on Windows
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
        return {
            std::nullopt,
            {{"record", translated::fill(QCoreApplication::translate(
                            "FieldError", "empty line; each line must hold one intake record"))}}};
    }
    return parser.parse(line);
}

IntakeParseResult JsonlRecommender::parseLine(const IntakeParser& parser, const InputLine& line)
{
    if (line.tooLong) {
        return {std::nullopt, {IntakeParser::tooLongError()}};
    }
    return parseLine(parser, std::string_view(line.text));
}

std::string JsonlRecommender::errorLine(std::size_t lineNumber, const FieldErrors& errors)
{
    nlohmann::ordered_json report;
    report["line"] = lineNumber;
    report["errors"] = nlohmann::ordered_json::array();
    for (const auto& error : errors) {
        report["errors"].push_back({{"path", error.path}, {"message", error.message}});
    }
    return report.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool JsonlRecommender::processLine(std::string_view line, std::size_t lineNumber,
                                   std::string& out) const
{
    return processParsed(parseLine(m_parser, line), lineNumber, out);
}

bool JsonlRecommender::processParsed(const IntakeParseResult& parsed, std::size_t lineNumber,
                                     std::string& out) const
{
    if (parsed.ok()) {
        out.reserve(out.size() + 2048); // one allocation for a typical result line
        m_engine.recommend(*parsed.record).appendJson(m_engine.ruleSet(), *parsed.record, out);
        out += '\n';
        return true;
    }
    out += errorLine(lineNumber, parsed.errors);
    out += '\n';
    return false;
}

JsonlRecommender::Summary JsonlRecommender::run(std::istream& in, std::ostream& out) const
{
    struct LineOutput
    {
        std::string text;
        bool ok = true;
    };
    Summary summary;
    constexpr std::size_t kChunkBytes = std::size_t(1) << 20;
    std::string chunk;
    chunk.reserve(kChunkBytes + (std::size_t(64) << 10));
    summary.lines = forEachLineInParallel<LineOutput>(
        in, IntakeParser::kMaxTextBytes,
        [this](const InputLine& line, std::size_t lineNumber) {
            LineOutput output;
            output.ok = processParsed(parseLine(m_parser, line), lineNumber, output.text);
            return output;
        },
        [&](const std::vector<LineOutput>& results, std::size_t count, std::size_t) {
            // Lines gathered into large writes: the stream would hand every
            // line of a kilobyte or more to the kernel on its own.
            for (std::size_t i = 0; i < count; ++i) {
                chunk += results[i].text;
                summary.badLines += results[i].ok ? 0 : 1;
                if (chunk.size() >= kChunkBytes) {
                    out.write(chunk.data(), std::streamsize(chunk.size()));
                    chunk.clear();
                }
            }
        });
    out.write(chunk.data(), std::streamsize(chunk.size()));
    out.flush();
    return summary;
}
