#include "util/Language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>
#include <atomic>
#include <memory>
#include <vector>

namespace {

// Read by workers that make suggestions while the window may switch.
std::atomic<UiLanguage> g_current{UiLanguage::English};

std::vector<std::unique_ptr<QTranslator>>& installedTranslators()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

namespace language {

std::optional<UiLanguage> fromCode(const QString& code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == QLatin1String("c") || lower == QLatin1String("posix") ||
        lower.startsWith(QLatin1String("c."))) {
        return UiLanguage::English;
    }
    // The language part of "fr_CA.UTF-8@euro" or "fr-CA".
    const QString part = lower.section(QLatin1Char('.'), 0, 0)
                             .section(QLatin1Char('@'), 0, 0)
                             .section(QLatin1Char('_'), 0, 0)
                             .section(QLatin1Char('-'), 0, 0);
    if (part == QLatin1String("en")) {
        return UiLanguage::English;
    }
    if (part == QLatin1String("fr")) {
        return UiLanguage::French;
    }
    return std::nullopt;
}

QString code(UiLanguage language)
{
    return language == UiLanguage::French ? QStringLiteral("fr") : QStringLiteral("en");
}

UiLanguage fromEnvironment()
{
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty()) {
            return fromCode(value).value_or(UiLanguage::English);
        }
    }
    return UiLanguage::English;
}

UiLanguage fromSystemLocale()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        if (const std::optional<UiLanguage> spoken = fromCode(name)) {
            return *spoken;
        }
    }
    return UiLanguage::English;
}

QLocale locale(UiLanguage language)
{
    return language == UiLanguage::French ? QLocale(QLocale::French, QLocale::Canada)
                                          : QLocale(QLocale::English, QLocale::Canada);
}

void apply(UiLanguage language, const QStringList& catalogues)
{
    auto& translators = installedTranslators();
    for (const auto& translator : translators) {
        QCoreApplication::removeTranslator(translator.get());
    }
    translators.clear();
    QLocale::setDefault(locale(language));
    g_current = language;

    const QString suffix = QLatin1Char('_') + code(language);
    auto install = [&translators](const QString& file, const QString& directory = {}) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(file, directory)) {
            return false;
        }
        QCoreApplication::installTranslator(translator.get());
        translators.push_back(std::move(translator));
        return true;
    };
    // Qt's own texts (the standard buttons of dialogs, context menus) come
    // from Debian's qt6-translations-l10n; English needs none.
    if (language != UiLanguage::English) {
        install(QStringLiteral("qtbase") + suffix,
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    // English catalogues hold only the plural forms ("1 minute").
    // An installed program prefers the catalogues installed beside it
    // (share/clinic-intake/translations), so a corrected translation can be
    // put in place without a rebuild; the built-in copy answers otherwise.
    const QString installed = QCoreApplication::instance()
                                  ? QCoreApplication::applicationDirPath() +
                                        QStringLiteral("/" CLINIC_TRANSLATIONS_FROM_BIN)
                                  : QString();
    for (const QString& catalogue : catalogues) {
        const QString file = catalogue + suffix + QStringLiteral(".qm");
        const QString installedFile = installed + QLatin1Char('/') + file;
        if (installed.isEmpty() || !QFileInfo::exists(installedFile) || !install(installedFile)) {
            install(QStringLiteral(":/i18n/") + file);
        }
    }
}

UiLanguage current()
{
    return g_current;
}

} // namespace language
