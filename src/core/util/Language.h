#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

// The languages the program speaks, and the one place that switches them:
// Qt's translators for the program's catalogues and Qt's own texts, and the
// default QLocale that dates and numbers follow.
enum class UiLanguage
{
    English,
    French,
};

namespace language {

// "en", "fr", also a locale name ("fr_CA.UTF-8", "en-CA"); "C" and "POSIX"
// are English. Anything else is nullopt.
std::optional<UiLanguage> fromCode(const QString& code);
// The two-letter code: "en" or "fr".
QString code(UiLanguage language);
// The POSIX choice for messages: LC_ALL, then LC_MESSAGES, then LANG; the
// first one set decides. French when it names French, otherwise English.
UiLanguage fromEnvironment();
// The desktop's "system" choice: the first of the system's UI languages
// that the program speaks; English when none is.
UiLanguage fromSystemLocale();
// Canadian English or Canadian French, for dates and numbers.
QLocale locale(UiLanguage language);

// Installs the translations of `catalogues` (":/i18n/<catalogue>_<code>.qm",
// the ones built into the program) and of Qt's own texts for `language`,
// replacing what an earlier call installed, and makes locale(language) the
// default. Widgets get a LanguageChange event. Call on the main thread.
void apply(UiLanguage language, const QStringList& catalogues);
// What apply() installed last; English before any call.
UiLanguage current();

} // namespace language
