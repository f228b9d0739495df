#include "CommandLineTool.h"
#include "about/VersionReport.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clinic-intake-cli"));
    QCoreApplication::setApplicationVersion(version_report::programVersion());
    return CommandLineTool().run(QCoreApplication::arguments());
}
