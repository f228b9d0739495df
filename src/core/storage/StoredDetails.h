#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

// The JSON export's record of an intake as one line: `record` as
// IntakeRepository::details gives it, with each version's intake and
// suggestion, and the current (newest) version's, written as the stored
// texts (`texts`: record and suggestion JSON by version, oldest first), not
// parsed and written again. The same on every backend.
std::string storedDetailsText(const nlohmann::ordered_json& record,
                              const std::vector<std::pair<std::string, std::string>>& texts);
