#include "common/AlertBanner.h"

#include "common/AlertColours.h"

#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

AlertBanner::AlertBanner(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_StyledBackground, true);
    setObjectName(QStringLiteral("alertBanner"));
    auto* layout = new QHBoxLayout(this);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void AlertBanner::showMessage(Kind kind, const QString& text)
{
    m_say = nullptr;
    display(kind, text);
}

void AlertBanner::showMessage(Kind kind, std::function<QString()> text)
{
    m_say = std::move(text);
    display(kind, m_say());
}

void AlertBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_say && !isHidden()) {
        display(m_kind, m_say());
    }
    QWidget::changeEvent(event);
}

void AlertBanner::display(Kind kind, const QString& text)
{
    m_kind = kind;
    const QColor background = kind == Kind::Error     ? alert_colours::errorBackground()
                              : kind == Kind::Warning ? alert_colours::warningBackground()
                                                      : alert_colours::doneBackground();
    const QColor foreground = kind == Kind::Error     ? alert_colours::errorText()
                              : kind == Kind::Warning ? alert_colours::warningText()
                                                      : alert_colours::doneText();
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_DialogApplyButton;
    // Scoped to this widget by its class, so that labels inside keep their
    // own look; not by its name, which a page gives it (ui/*.ui).
    setStyleSheet(QStringLiteral("AlertBanner { background-color: %1; border-radius: 4px; }")
                      .arg(alert_colours::css(background)));
    m_text->setStyleSheet(
        QStringLiteral("color: %1; background: transparent;").arg(alert_colours::css(foreground)));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(text);
    QWidget::show();
    // A dialog grows to show the whole message (wrapped text does not make
    // a dialog taller by itself).
    if (auto* dialog = qobject_cast<QDialog*>(window()); dialog && dialog->layout()) {
        dialog->layout()->activate();
        const int width = dialog->width();
        const int height = dialog->layout()->totalHeightForWidth(width);
        if (height > dialog->height()) {
            dialog->resize(width, height);
        }
    }
}

void AlertBanner::clear()
{
    m_say = nullptr;
    m_text->clear();
    setAccessibleName(QString());
    hide();
}

QString AlertBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}
