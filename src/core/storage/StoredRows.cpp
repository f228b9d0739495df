#include "storage/StoredRows.h"

#include "model/IntakeLists.h"
#include "rules/Recommendation.h"
#include "storage/StorageError.h"

namespace stored_rows {

using vocabulary::wordOf;

std::optional<std::string_view> approachWord(const Recommendation& result)
{
    return result.approach ? std::optional(wordOf(*result.approach)) : std::nullopt;
}

std::optional<std::string_view> urgencyWord(const Recommendation& result)
{
    return result.urgency ? std::optional(wordOf(*result.urgency)) : std::nullopt;
}

std::optional<std::string_view> pressureWord(const Recommendation& result)
{
    return result.pressure ? std::optional(wordOf(*result.pressure)) : std::nullopt;
}

nlohmann::ordered_json jsonOrNull(const QVariant& value)
{
    return value.isNull() ? nlohmann::ordered_json(nullptr)
                          : nlohmann::ordered_json(value.toString().toStdString());
}

namespace {

[[noreturn]] void throwDamaged(const char* what, qint64 intakeId, int version)
{
    throw StorageError(StorageError::Kind::Corrupt, "intake " + std::to_string(intakeId) +
                                                        " version " + std::to_string(version) +
                                                        ": the stored " + what +
                                                        " is damaged (run check)");
}

} // namespace

nlohmann::ordered_json parsedJson(const QVariant& text, const char* what, qint64 intakeId,
                                  int version)
{
    nlohmann::ordered_json value =
        nlohmann::ordered_json::parse(text.toString().toStdString(), nullptr, false);
    if (value.is_discarded() || !value.is_object()) {
        throwDamaged(what, intakeId, version);
    }
    return value;
}

void requireJsonObject(const std::string& text, const char* what, qint64 intakeId, int version)
{
    const auto start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos || text[start] != '{' || !nlohmann::json::accept(text)) {
        throwDamaged(what, intakeId, version);
    }
}

void requireCurrent(qint64 intakeId, int expectedVersion, int currentVersion, const char* what)
{
    if (expectedVersion != currentVersion) {
        throw StorageError(StorageError::Kind::Invalid,
                           "version: intake " + std::to_string(intakeId) +
                               " was amended meanwhile (now version " +
                               std::to_string(currentVersion) + "); " + what + " it again");
    }
}

audit_coverage::Coverage versionCoverage(qint64 versionId, qint64 suggestionId)
{
    return {{QStringLiteral("intake_versions"), versionId, versionId},
            {QStringLiteral("suggestions"), suggestionId, suggestionId}};
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant textOrNull(const std::optional<std::string_view>& text)
{
    return text ? QVariant(QString::fromUtf8(text->data(), qsizetype(text->size())))
                : QVariant(QMetaType(QMetaType::QString));
}

QStringList sortKeys(IntakeSort sort)
{
    switch (sort) {
    case IntakeSort::VisitDate:
        return {QStringLiteral("i.visit_date"), QStringLiteral("i.id")};
    case IntakeSort::Client:
        return {QStringLiteral("c.name_key"), QStringLiteral("c.date_of_birth"),
                QStringLiteral("c.id"), QStringLiteral("i.id")};
    case IntakeSort::Status:
        return {QStringLiteral("i.status"), QStringLiteral("i.visit_date"), QStringLiteral("i.id")};
    case IntakeSort::Approach:
        return {QStringLiteral("i.approach"), QStringLiteral("i.visit_date"),
                QStringLiteral("i.id")};
    case IntakeSort::Id:
        break;
    }
    return {QStringLiteral("i.id")};
}

} // namespace stored_rows
