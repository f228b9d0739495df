#include "common/DesktopLanguage.h"

#include <QApplication>
#include <QStringList>
#include <QWidget>

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
    // A widget keeps the locale it was made with: the open windows take the
    // new default, for their dates and the calendars' month names.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        window->unsetLocale();
    }
}
