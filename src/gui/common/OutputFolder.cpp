#include "common/OutputFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace output_folder {

QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // Made when missing, as the desktop would (XDG names it, nothing made it
    // yet); a folder that cannot be made or written is passed over.
    if (!documents.isEmpty() && QDir().mkpath(documents) && QFileInfo(documents).isWritable()) {
        return documents;
    }
    return QDir::homePath();
}

} // namespace output_folder
