#pragma once

#include <QString>

// Where exports and backups are offered by default: the user's Documents
// folder when it exists (or can be made), else their home folder, which
// always does. A file name offered there can always be written as it is.
namespace output_folder {

QString defaultFolder();

} // namespace output_folder
