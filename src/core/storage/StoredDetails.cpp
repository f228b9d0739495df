#include "storage/StoredDetails.h"

using nlohmann::ordered_json;

namespace {

std::string dumped(const ordered_json& value)
{
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

std::string storedDetailsText(const ordered_json& value,
                              const std::vector<std::pair<std::string, std::string>>& stored)
{
    const std::size_t index = stored.size() - 1;
    std::string out = "{";
    for (auto item = value.begin(); item != value.end(); ++item) {
        if (item != value.begin()) {
            out += ',';
        }
        out += dumped(ordered_json(item.key())) + ':';
        if (item.key() == "intake") {
            out += stored[index].first;
        } else if (item.key() == "suggestion") {
            out += stored[index].second;
        } else if (item.key() == "versions") {
            out += '[';
            for (std::size_t i = 0; i < item.value().size(); ++i) {
                out += i == 0 ? "" : ",";
                std::string version = "{";
                bool first = true;
                for (auto field = item.value()[i].begin(); field != item.value()[i].end();
                     ++field) {
                    version += first ? "" : ",";
                    first = false;
                    version += dumped(ordered_json(field.key())) + ':';
                    version += field.key() == "intake"       ? stored[i].first
                               : field.key() == "suggestion" ? stored[i].second
                                                             : dumped(field.value());
                }
                out += version + '}';
            }
            out += ']';
        } else {
            out += dumped(item.value());
        }
    }
    return out + '}';
}
