#include "AppSettings.h"

#include "storage/Database.h"
#include "storage/PrivateFile.h"
#include "storage/StorageError.h"
#include "storage/StorageFactory.h"

#include <QFileInfo>
#include <algorithm>

namespace {

const QString kDatabaseLocation = QStringLiteral("database/location");
// Before the server backend: a file path only.
const QString kDatabasePath = QStringLiteral("database/path");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kIdleLockMinutes = QStringLiteral("security/idleLockMinutes");
const QString kLanguage = QStringLiteral("window/language");

} // namespace

namespace {

// QSettings would create its folder with the umask's permissions; the
// folder says where the clinic's records are, so it is owner-only like the
// database's (best effort: settings that cannot be saved are not fatal).
void createFolderOf(const QSettings& settings)
{
    try {
        privatefile::createOwnerOnlyFolder(QFileInfo(settings.fileName()).absolutePath());
    } catch (const StorageError&) {
    }
}

} // namespace

AppSettings::AppSettings()
    : m_settings(QStringLiteral("clinic-intake"), QStringLiteral("clinic-intake"))
{
    createFolderOf(m_settings);
}

AppSettings::AppSettings(const QString& file) : m_settings(file, QSettings::IniFormat)
{
    createFolderOf(m_settings);
}

QString AppSettings::databaseLocation() const
{
    QString chosen = m_settings.value(kDatabaseLocation).toString();
    if (chosen.isEmpty()) {
        chosen = m_settings.value(kDatabasePath).toString();
    }
    return chosen.isEmpty() ? Database::defaultPath() : chosen;
}

void AppSettings::setDatabaseLocation(const QString& location)
{
    m_settings.setValue(kDatabaseLocation, location);
    // One place says where the records are, so the old key cannot
    // contradict the new one.
    m_settings.remove(kDatabasePath);
}

QString AppSettings::databasePath() const
{
    const QString location = databaseLocation();
    return isServerLocation(location) ? Database::defaultPath() : location;
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

int AppSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kIdleLockMinutes, kDefaultIdleLockMinutes).toInt(&ok);
    if (!ok) {
        return kDefaultIdleLockMinutes;
    }
    // An edited settings file must not switch the lock off.
    return std::clamp(minutes, kMinimumIdleLockMinutes, kMaximumIdleLockMinutes);
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    m_settings.setValue(kIdleLockMinutes,
                        std::clamp(minutes, kMinimumIdleLockMinutes, kMaximumIdleLockMinutes));
}

AppSettings::Language AppSettings::language() const
{
    const QString code = m_settings.value(kLanguage).toString();
    if (code == QLatin1String("en")) {
        return Language::English;
    }
    if (code == QLatin1String("fr")) {
        return Language::French;
    }
    return Language::System;
}

void AppSettings::setLanguage(Language language)
{
    switch (language) {
    case Language::English:
        m_settings.setValue(kLanguage, QStringLiteral("en"));
        return;
    case Language::French:
        m_settings.setValue(kLanguage, QStringLiteral("fr"));
        return;
    case Language::System:
        m_settings.remove(kLanguage);
        return;
    }
}
