#pragma once

#include <array>
#include <string_view>

// Everything the application lets someone do with the clinic's records, one
// entry per kind of action; PermissionMatrix says which role may do which.
enum class Permission
{
    EnterIntakes,           // add and amend intakes, see their suggestions
    FindRecords,            // list intakes, find returning clients, open an intake
    ReadReviews,            // see therapists' decisions and session notes
    ReviewIntakes,          // accept or override a suggestion, write session notes
    ImportIntakes,          // bulk import from a JSONL file
    ExportRecords,          // CSV and JSON exports
    ViewAuditLog,           // read the audit log and its chain check
    BackUp,                 // plain and encrypted backups
    Restore,                // replace the database with a backup
    ManageUsers,            // add, disable, reset passwords
    ChooseRulesFile,        // use rules other than the built-in ones on the records
    CheckDatabase,          // integrity and reference checks
    ChangeOwnPassword,      // everyone
    ChangeSecuritySettings, // the idle lock time and the database file of a computer
};

inline constexpr std::array<std::string_view, 14> kPermissionWords = {"enter intakes",
                                                                      "find records",
                                                                      "read reviews",
                                                                      "review intakes",
                                                                      "import intakes",
                                                                      "export records",
                                                                      "view the audit log",
                                                                      "back up",
                                                                      "restore a backup",
                                                                      "manage users",
                                                                      "choose a rules file",
                                                                      "check the database",
                                                                      "change their own password",
                                                                      "change security settings"};

inline const char* permissionWords(Permission permission)
{
    return kPermissionWords[std::size_t(permission)].data();
}
