#include "CommandLineTool.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clinic-intake-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLINIC_INTAKE_VERSION));
    return CommandLineTool().run(QCoreApplication::arguments());
}
