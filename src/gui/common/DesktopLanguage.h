#pragma once

#include "AppSettings.h"
#include "util/Language.h"

// The desktop's language: what a Settings choice means, and switching to it
// (the core's and the desktop's catalogues). Every open window follows at
// once through its LanguageChange event.
UiLanguage desktopLanguageFor(AppSettings::Language choice);
void applyDesktopLanguage(UiLanguage language);
