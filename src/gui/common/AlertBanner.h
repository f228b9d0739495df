#pragma once

#include <QWidget>

class QLabel;

// A message that cannot be missed: a solid band with an icon and bold words,
// in colours that read the same (contrast above 4.5:1) in light and dark
// palettes, like the suggestion's referral banner. Hidden while empty.
class AlertBanner : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,   // solid red, white text: refused, wrong, broken
        Warning, // amber, black text: take care
        Done,    // dark green, white text: what was just stored or written
    };

    explicit AlertBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clear();
    QString text() const;
    bool isShown() const { return !isHidden(); }

private:
    QLabel* m_icon;
    QLabel* m_text;
};
