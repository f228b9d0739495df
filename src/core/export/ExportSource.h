#pragma once

#include <QString>
#include <functional>
#include <string>
#include <string_view>

// What an export reads from a backend: the rows, as stored. RecordExporter
// turns them into CSV or JSON the same way for every backend, so the same
// records give the same bytes from a file or a server.
class ExportSource
{
public:
    // One intake's current version with its suggestion and the latest
    // review of that version, each column as stored (NULL as empty). The
    // views are valid during the call only.
    struct CurrentRow
    {
        qint64 intakeId = 0;
        std::string_view status;
        qint64 referOut = 0;
        std::string_view visitDate;
        qint64 version = 0; // the current version
        std::string_view createdAt;
        std::string_view recordJson; // the version's record as stored
        std::string_view resultJson; // its suggestion as stored
        std::string_view approach;
        std::string_view urgency;
        std::string_view pressure;
        std::string_view rulesVersion;
        std::string_view decision;
        std::string_view finalApproach;
        std::string_view finalPressure;
        std::string_view reviewer;
        std::string_view reviewedAt;
        std::string_view reason;
        std::string_view sessionNote;
    };

    virtual ~ExportSource() = default;

    // The intakes whose visit date is from `from` to `to` (YYYY-MM-DD,
    // inclusive), in id order, all read in one snapshot and never all held
    // in memory at once.
    virtual void forEachCurrent(const std::string& from, const std::string& to,
                                const std::function<void(const CurrentRow&)>& row) const = 0;
    // The same intakes, each as its JSON export record with every stored
    // text as stored (IntakeRepository::detailsAsStored).
    virtual void forEachDetails(const std::string& from, const std::string& to,
                                const std::function<void(const std::string&)>& record) const = 0;

    // The database file an export must never replace; empty for a server.
    virtual QString databaseFile() const = 0;
};
