#include "util/Language.h"

#include <QDate>
#include <catch2/catch.hpp>

namespace {

// Sets the three POSIX variables for one test and puts them back after.
class LocaleVariables
{
public:
    LocaleVariables(const char* all, const char* messages, const char* lang)
    {
        for (const char* name : kNames) {
            m_saved.push_back(qgetenv(name));
            m_wasSet.push_back(qEnvironmentVariableIsSet(name));
        }
        set("LC_ALL", all);
        set("LC_MESSAGES", messages);
        set("LANG", lang);
    }
    ~LocaleVariables()
    {
        for (int index = 0; index < 3; ++index) {
            if (m_wasSet[index]) {
                qputenv(kNames[index], m_saved[index]);
            } else {
                qunsetenv(kNames[index]);
            }
        }
    }

private:
    static void set(const char* name, const char* value)
    {
        if (value) {
            qputenv(name, value);
        } else {
            qunsetenv(name);
        }
    }
    static constexpr const char* kNames[3] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    std::vector<QByteArray> m_saved;
    std::vector<bool> m_wasSet;
};

} // namespace

TEST_CASE("language: codes and locale names name English or French", "[language]")
{
    CHECK(language::fromCode(QStringLiteral("fr")) == UiLanguage::French);
    CHECK(language::fromCode(QStringLiteral("fr_CA.UTF-8")) == UiLanguage::French);
    CHECK(language::fromCode(QStringLiteral("fr-CA")) == UiLanguage::French);
    CHECK(language::fromCode(QStringLiteral("FR")) == UiLanguage::French);
    CHECK(language::fromCode(QStringLiteral("en_CA.UTF-8")) == UiLanguage::English);
    CHECK(language::fromCode(QStringLiteral("C")) == UiLanguage::English);
    CHECK(language::fromCode(QStringLiteral("C.UTF-8")) == UiLanguage::English);
    CHECK(language::fromCode(QStringLiteral("POSIX")) == UiLanguage::English);
    CHECK_FALSE(language::fromCode(QStringLiteral("de_DE.UTF-8")).has_value());
    CHECK_FALSE(language::fromCode(QStringLiteral("")).has_value());
    CHECK(language::code(UiLanguage::French) == QStringLiteral("fr"));
    CHECK(language::code(UiLanguage::English) == QStringLiteral("en"));
}

TEST_CASE("language: LC_ALL, then LC_MESSAGES, then LANG decides", "[language]")
{
    {
        const LocaleVariables only("", "", "fr_CA.UTF-8");
        CHECK(language::fromEnvironment() == UiLanguage::French);
    }
    {
        const LocaleVariables messages(nullptr, "en_CA.UTF-8", "fr_CA.UTF-8");
        CHECK(language::fromEnvironment() == UiLanguage::English);
    }
    {
        const LocaleVariables all("fr_CA.UTF-8", "en_CA.UTF-8", "en_CA.UTF-8");
        CHECK(language::fromEnvironment() == UiLanguage::French);
    }
    {
        const LocaleVariables german(nullptr, nullptr, "de_DE.UTF-8");
        CHECK(language::fromEnvironment() == UiLanguage::English);
    }
    {
        const LocaleVariables none(nullptr, nullptr, nullptr);
        CHECK(language::fromEnvironment() == UiLanguage::English);
    }
}

TEST_CASE("language: dates follow the chosen language", "[language]")
{
    const QDate date(2026, 11, 30);
    language::apply(UiLanguage::French, {});
    CHECK(language::current() == UiLanguage::French);
    CHECK(QLocale().toString(date, QStringLiteral("d MMMM yyyy")) ==
          QStringLiteral("30 novembre 2026"));
    language::apply(UiLanguage::English, {});
    CHECK(language::current() == UiLanguage::English);
    CHECK(QLocale().toString(date, QStringLiteral("d MMMM yyyy")) ==
          QStringLiteral("30 November 2026"));
}
