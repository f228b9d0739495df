#include "storage/SqliteLibrary.h"

#include <QSqlQuery>
#include <QVariant>
#include <cstring>
#include <dlfcn.h>
#include <link.h>
#include <sqlite3.h>

namespace sqlite_library {

namespace {

// The path of the loaded QSQLITE plugin, if it is a shared object of its own.
std::string loadedDriverPlugin()
{
    std::string found;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* data) {
            if (info->dlpi_name != nullptr &&
                std::strstr(info->dlpi_name, "libqsqlite") != nullptr) {
                *static_cast<std::string*>(data) = info->dlpi_name;
                return 1;
            }
            return 0;
        },
        &found);
    return found;
}

} // namespace

Sharing inspect(const QSqlDatabase& connection)
{
    Sharing sharing;
    const void* own = reinterpret_cast<const void*>(&sqlite3_libversion);
    Dl_info info{};
    if (dladdr(own, &info) != 0 && info.dli_fname != nullptr) {
        sharing.ownLibrary = info.dli_fname;
    }
    sharing.ownVersion = sqlite3_sourceid();
    QSqlQuery query(connection);
    if (query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next()) {
        sharing.driverVersion = query.value(0).toString().toStdString();
    }
    sharing.driverPlugin = loadedDriverPlugin();
    if (sharing.driverPlugin.empty()) {
        // Built into Qt (a static build): only the versions can be compared.
        sharing.shared = sharing.driverVersion == sharing.ownVersion;
        return sharing;
    }
    // The plugin's own sqlite3_libversion, or the one its dependencies give
    // it: the same address as ours when it uses the library we are linked
    // with; another one (or none, when a bundled copy is hidden) otherwise.
    void* plugin = dlopen(sharing.driverPlugin.c_str(), RTLD_NOW | RTLD_NOLOAD);
    const void* driverSymbol = plugin != nullptr ? dlsym(plugin, "sqlite3_libversion") : nullptr;
    if (plugin != nullptr) {
        dlclose(plugin);
    }
    sharing.shared = driverSymbol == own;
    return sharing;
}

} // namespace sqlite_library
