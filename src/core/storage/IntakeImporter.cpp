#include "storage/IntakeImporter.h"

#include "batch/JsonlRecommender.h"
#include "batch/ParallelLines.h"
#include "rules/RuleEngine.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "storage/WriteTransaction.h"

namespace {

struct PreparedLine
{
    IntakeParseResult parsed;
    SuggestedVersion version; // made on the worker threads
    bool ok = false;
};

} // namespace

IntakeImporter::IntakeImporter(const Database& database, const IntakeStore& store,
                               const AuditLog& audit, const IntakeParser& parser,
                               const RuleEngine& engine)
    : m_database(database), m_store(store), m_audit(audit), m_parser(parser), m_engine(engine)
{}

ImportResult IntakeImporter::run(std::istream& in, const QString& actor, const QString& now,
                                 const std::function<void(std::size_t)>& progress) const
{
    ImportResult outcome;
    qint64 firstNewClient = 0;
    qint64 firstVersion = 0;
    qint64 lastVersion = 0;
    qint64 firstSuggestion = 0;
    qint64 lastSuggestion = 0;
    // The rows are hashed as they are inserted, for the import's audit entry:
    // reading 100,000 of them back would cost a tenth of the import.
    IntakeStore::RowHashes hashes;
    const std::string actorText = actor.toStdString();
    const std::string nowText = now.toStdString();
    WriteTransaction transaction(m_database);
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
                const auto rows = m_store.insertIntake(line.version, actorText, nowText, &hashes);
                outcome.firstIntakeId =
                    outcome.firstIntakeId ? outcome.firstIntakeId : rows.intakeId;
                outcome.lastIntakeId = rows.intakeId;
                // One transaction holds the write lock: the ids follow on.
                firstVersion = firstVersion ? firstVersion : rows.versionId;
                lastVersion = rows.versionId;
                firstSuggestion = firstSuggestion ? firstSuggestion : rows.suggestionId;
                lastSuggestion = rows.suggestionId;
                if (!rows.returningClient && firstNewClient == 0) {
                    firstNewClient = rows.clientId;
                }
                ++outcome.imported;
            }
            if (progress) {
                progress(firstLine + count - 1);
            }
        });
    if (!outcome.errors.empty() || outcome.imported == 0) {
        outcome.imported = 0;
        outcome.firstIntakeId = outcome.lastIntakeId = 0;
        return outcome; // the transaction rolls back
    }
    if (firstNewClient != 0) {
        m_store.indexClientNames(firstNewClient);
    }
    m_audit.append(
        actor, QStringLiteral("import"),
        QStringLiteral("intakes %1-%2").arg(outcome.firstIntakeId).arg(outcome.lastIntakeId),
        QStringLiteral("%1 lines").arg(outcome.lines),
        {{QStringLiteral("intake_versions"), firstVersion, lastVersion},
         {QStringLiteral("suggestions"), firstSuggestion, lastSuggestion}},
        hashes.rowsHash());
    transaction.commit();
    return outcome;
}
