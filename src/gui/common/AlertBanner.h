#pragma once

#include <QWidget>
#include <functional>

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
    // A message that is said again in the new language when the language
    // changes: `text` is asked each time.
    void showMessage(Kind kind, std::function<QString()> text);
    void clear();
    QString text() const;
    bool isShown() const { return !isHidden(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void display(Kind kind, const QString& text);

    Kind m_kind = Kind::Done;
    std::function<QString()> m_say; // empty for a message said once
    QLabel* m_icon;
    QLabel* m_text;
};
