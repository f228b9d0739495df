#include "workflow/IntakeImporter.h"

#include "batch/JsonlRecommender.h"
#include "batch/ParallelLines.h"
#include "rules/RuleEngine.h"
#include "storage/ClinicStorage.h"

namespace {

struct PreparedLine
{
    IntakeParseResult parsed;
    SuggestedVersion version; // made on the worker threads
    bool ok = false;
};

} // namespace

IntakeImporter::IntakeImporter(ClinicStorage& storage, const IntakeParser& parser,
                               const RuleEngine& engine)
    : m_storage(storage), m_parser(parser), m_engine(engine)
{}

ImportResult IntakeImporter::run(std::istream& in, const QString& actor, const QString& now,
                                 const std::function<void(std::size_t)>& progress) const
{
    ImportResult outcome;
    const std::unique_ptr<IntakeBatch> storing = m_storage.startImport(actor, now);
    outcome.lines = forEachLineInParallel<PreparedLine>(
        in, IntakeParser::kMaxTextBytes,
        [this](const InputLine& line, std::size_t) {
            PreparedLine prepared;
            prepared.parsed = JsonlRecommender::parseLine(m_parser, line);
            prepared.ok = prepared.parsed.ok();
            if (prepared.ok) {
                prepared.version = m_engine.suggestVersion(std::move(*prepared.parsed.record));
            }
            return prepared;
        },
        [&](const std::vector<PreparedLine>& batch, std::size_t count, std::size_t firstLine) {
            for (std::size_t i = 0; i < count; ++i) {
                const PreparedLine& line = batch[i];
                if (!line.ok) {
                    for (const auto& error : line.parsed.errors) {
                        if (outcome.errors.size() < kMaxReportedErrors) {
                            outcome.errors.push_back({firstLine + i, error});
                        }
                    }
                    continue;
                }
                if (!outcome.errors.empty()) {
                    continue; // nothing will be kept; only look for more problems
                }
                storing->add(line.version);
                ++outcome.imported;
            }
            if (progress) {
                progress(firstLine + count - 1);
            }
        });
    if (!outcome.errors.empty() || outcome.imported == 0) {
        outcome.imported = 0;
        outcome.firstIntakeId = outcome.lastIntakeId = 0;
        return outcome; // the batch, unfinished, stores nothing
    }
    const IntakeBatch::Stored stored = storing->finish(outcome.lines);
    outcome.firstIntakeId = stored.firstIntakeId;
    outcome.lastIntakeId = stored.lastIntakeId;
    return outcome;
}
