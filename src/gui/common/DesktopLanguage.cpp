#include "common/DesktopLanguage.h"

#include <QStringList>

UiLanguage desktopLanguageFor(AppSettings::Language choice)
{
    switch (choice) {
    case AppSettings::Language::English:
        return UiLanguage::English;
    case AppSettings::Language::French:
        return UiLanguage::French;
    case AppSettings::Language::System:
        break;
    }
    return language::fromSystemLocale();
}

void applyDesktopLanguage(UiLanguage language)
{
    language::apply(language, {QStringLiteral("core"), QStringLiteral("gui")});
}
