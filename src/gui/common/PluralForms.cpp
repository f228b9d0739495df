#include "common/PluralForms.h"

#include <QCoreApplication>
#include <QTranslator>

void installPluralForms()
{
    static QTranslator* forms = nullptr;
    if (forms) {
        return;
    }
    forms = new QTranslator(QCoreApplication::instance());
    if (forms->load(QStringLiteral(":/i18n/clinic-intake_en.qm"))) {
        QCoreApplication::installTranslator(forms);
    }
}
