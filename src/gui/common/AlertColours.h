#pragma once

#include <QColor>
#include <QString>

// The colours of the messages that must not be missed (banners, the
// suggestion's referral and "Screening incomplete", the not-asked marker),
// chosen once so that every place means the same thing by the same colour.
// Text on each background has a contrast above 4.5:1 in any palette.
namespace alert_colours {

inline QColor errorBackground()
{
    return QColor(0xb0, 0x00, 0x20);
} // referral, refused
inline QColor errorText()
{
    return QColor(0xff, 0xff, 0xff);
}
inline QColor warningBackground()
{
    return QColor(0xff, 0xb3, 0x00);
} // take care, incomplete
inline QColor warningText()
{
    return QColor(0x00, 0x00, 0x00);
}

inline QColor doneBackground()
{
    return QColor(0x1b, 0x5e, 0x20);
} // saved, stored, written
inline QColor doneText()
{
    return QColor(0xff, 0xff, 0xff);
}

// "#rrggbb", for style sheets and rich text.
inline QString css(const QColor& colour)
{
    return colour.name(QColor::HexRgb);
}

} // namespace alert_colours
