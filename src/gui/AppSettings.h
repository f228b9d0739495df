#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

// The desktop application's settings, typed: no string keys anywhere else.
// Tests point it at a temporary file.
class AppSettings
{
public:
    enum class Page
    {
        Intake = 0,
        Review = 1,
        Records = 2,
        Audit = 3
    };

    AppSettings();                             // the user's settings
    explicit AppSettings(const QString& file); // an INI file (tests)

    QString databasePath() const; // the default database unless chosen
    void setDatabasePath(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    Page lastPage() const;
    void setLastPage(Page page);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};
