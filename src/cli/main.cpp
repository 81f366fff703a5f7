#include "CommandDispatcher.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Leitstand"));
    QCoreApplication::setApplicationName(QStringLiteral("leitstand-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEITSTAND_VERSION));
    Leitstand::Cli::CommandDispatcher dispatcher;
    return dispatcher.run(QCoreApplication::arguments());
}
