#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

// The desktop application's settings, typed: no string keys anywhere else.
// Tests point it at a temporary file.
class AppSettings
{
public:
    // The window's pages (MainWindow::showPage).
    enum class Page
    {
        Intake = 0,
        Review = 1,
        Records = 2,
        Audit = 3
    };

    AppSettings();                             // the user's settings
    explicit AppSettings(const QString& file); // an INI file (tests)

    // Where the clinic's records are: a file path (the default file unless
    // chosen) or a server's postgresql:// URI (never a password: that is in
    // the keyring, or asked for). Settings of older versions kept a path
    // under another key; it is still read.
    QString databaseLocation() const;
    void setDatabaseLocation(const QString& location);
    // The location when it is a file, else the default file (what the
    // file choice of the settings dialog starts from).
    QString databasePath() const;
    void setDatabasePath(const QString& path) { setDatabaseLocation(path); }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    // After this many minutes without keyboard or mouse input the window
    // locks itself and asks for the password again.
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMinimumIdleLockMinutes = 1;
    static constexpr int kMaximumIdleLockMinutes = 240;
    int idleLockMinutes() const; // always within the bounds above
    void setIdleLockMinutes(int minutes);

    // The language of the window: the system's (the default), or one
    // chosen in Settings.
    enum class Language
    {
        System,
        English,
        French,
    };
    Language language() const; // System for a missing or unknown value
    void setLanguage(Language language);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};
