#include "intake/BodyMapWidget.h"

#include "Labels.h"
#include "common/SpatialNavigation.h"

#include <QEvent>
#include <QFile>
#include <QFocusEvent>
#include <QFontMetricsF>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QXmlStreamReader>

using namespace vocabulary;

BodyMapWidget::BodyMapWidget(QWidget* parent)
    : QWidget(parent), m_renderer(QStringLiteral(":/bodymap/body-map.svg"))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    // Every element whose id (before "__") is a pain location word is a region.
    QFile file(QStringLiteral(":/bodymap/body-map.svg"));
    if (file.open(QIODevice::ReadOnly)) {
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                const QString id = xml.attributes().value(QLatin1String("id")).toString();
                const QString word = id.section(QStringLiteral("__"), 0, 0);
                const auto index = indexOfWord(kPainLocationWords, word.toStdString());
                if (index && m_renderer.elementExists(id)) {
                    m_elements.push_back({id, int(*index)});
                }
            }
        }
    }
    m_focusedElement = std::max(0, firstElementOf(m_focused));
    retranslate();
}

void BodyMapWidget::retranslate()
{
    setAccessibleName(tr("Body map"));
    updateAccessibility();
    update(); // the legend is drawn in the language of the moment
}

void BodyMapWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void BodyMapWidget::setSelection(std::uint16_t locations)
{
    if (locations == m_selection) {
        return;
    }
    m_selection = locations;
    updateAccessibility();
    update();
    emit selectionChanged(m_selection);
}

void BodyMapWidget::setAvoidSelection(std::uint16_t locations)
{
    if (locations == m_avoid) {
        return;
    }
    m_avoid = locations;
    updateAccessibility();
    update();
    emit avoidSelectionChanged(m_avoid);
}

void BodyMapWidget::toggle(PainLocation location)
{
    if (m_mode == Mode::Avoid) {
        setAvoidSelection(m_avoid ^ bitOf(location));
    } else {
        setSelection(m_selection ^ bitOf(location));
    }
}

void BodyMapWidget::setMode(Mode mode)
{
    if (mode == m_mode) {
        return;
    }
    m_mode = mode;
    updateAccessibility();
    update();
    emit modeChanged(m_mode);
}

QColor BodyMapWidget::avoidColour()
{
    return QColor(0xb4, 0x3c, 0x00); // dark orange: 6.2:1 on the figures' grey
}

QRectF BodyMapWidget::legendArea() const
{
    const int height = fontMetrics().height() + 10;
    return QRectF(0, this->height() - height, width(), height);
}

QRectF BodyMapWidget::drawingArea() const
{
    const QSizeF svg = m_renderer.viewBoxF().size();
    const QSizeF room(width(), std::max(0.0, height() - legendArea().height()));
    QSizeF scaled = svg.scaled(room, Qt::KeepAspectRatio);
    return QRectF(
        QPointF((room.width() - scaled.width()) / 2, (room.height() - scaled.height()) / 2),
        scaled);
}

QRectF BodyMapWidget::elementRect(const QString& id) const
{
    const QRectF area = drawingArea();
    const QRectF view = m_renderer.viewBoxF();
    const qreal scale = area.width() / view.width();
    const QRectF bounds =
        m_renderer.transformForElement(id).mapRect(m_renderer.boundsOnElement(id));
    return QRectF(area.left() + (bounds.left() - view.left()) * scale,
                  area.top() + (bounds.top() - view.top()) * scale, bounds.width() * scale,
                  bounds.height() * scale);
}

QRect BodyMapWidget::regionBounds(PainLocation location) const
{
    for (const Element& element : m_elements) {
        if (element.location == int(location)) {
            return elementRect(element.id).toAlignedRect();
        }
    }
    return {};
}

int BodyMapWidget::elementAt(const QPointF& point) const
{
    // The last drawn element is on top, as in the picture.
    for (int i = int(m_elements.size()) - 1; i >= 0; --i) {
        if (elementRect(m_elements[std::size_t(i)].id).contains(point)) {
            return i;
        }
    }
    return -1;
}

int BodyMapWidget::locationAt(const QPointF& point) const
{
    const int element = elementAt(point);
    return element >= 0 ? m_elements[std::size_t(element)].location : -1;
}

int BodyMapWidget::firstElementOf(int location) const
{
    for (std::size_t i = 0; i < m_elements.size(); ++i) {
        if (m_elements[i].location == location) {
            return int(i);
        }
    }
    return -1;
}

void BodyMapWidget::focusElement(int element)
{
    if (element < 0 || element >= int(m_elements.size())) {
        return;
    }
    m_focusedElement = element;
    m_focused = m_elements[std::size_t(element)].location;
    updateAccessibility();
    update();
}

QRect BodyMapWidget::focusedBounds() const
{
    if (m_focusedElement < 0 || m_focusedElement >= int(m_elements.size())) {
        return {};
    }
    return elementRect(m_elements[std::size_t(m_focusedElement)].id).toAlignedRect();
}

QImage BodyMapWidget::regionMask(const Element& element, const QRectF& target) const
{
    const qreal ratio = devicePixelRatioF();
    QImage image((target.size() * ratio).toSize() + QSize(1, 1),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter imagePainter(&image);
    m_renderer.render(&imagePainter, element.id, QRectF(QPointF(0, 0), target.size()));
    return image;
}

void BodyMapWidget::paintRegion(QPainter& painter, const Element& element,
                                const QColor& colour) const
{
    // Drawn tinted through an image, so the region keeps its own shape.
    const QRectF target = elementRect(element.id);
    QImage image = regionMask(element, target);
    {
        QPainter imagePainter(&image);
        imagePainter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        imagePainter.fillRect(QRectF(QPointF(0, 0), target.size()), colour);
    }
    painter.drawImage(target.topLeft(), image);
}

namespace {

// Thick diagonal stripes over a light tint of the warning colour: "do not
// work here" looks like a barrier, not like a filled (painful) region.
void paintHatching(QPainter& painter, const QRectF& area, const QColor& colour)
{
    QColor tint = colour;
    tint.setAlphaF(0.22);
    painter.fillRect(area, tint);
    painter.save();
    painter.setClipRect(area);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 2.4, Qt::SolidLine, Qt::FlatCap));
    const qreal step = 7.0;
    for (qreal x = area.left() - area.height(); x < area.right(); x += step) {
        painter.drawLine(QPointF(x, area.bottom()), QPointF(x + area.height(), area.top()));
    }
    painter.restore();
}

} // namespace

void BodyMapWidget::paintAvoid(QPainter& painter, const Element& element) const
{
    const QRectF target = elementRect(element.id);
    const QImage mask = regionMask(element, target);
    QImage hatch(mask.size(), QImage::Format_ARGB32_Premultiplied);
    hatch.setDevicePixelRatio(mask.devicePixelRatio());
    hatch.fill(Qt::transparent);
    {
        QPainter hatchPainter(&hatch);
        paintHatching(hatchPainter, QRectF(QPointF(0, 0), target.size()), avoidColour());
        hatchPainter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
        hatchPainter.drawImage(QPointF(0, 0), mask);
    }
    painter.drawImage(target.topLeft(), hatch);
}

void BodyMapWidget::paintLegend(QPainter& painter) const
{
    const QRectF strip = legendArea();
    const QFontMetricsF metrics(font());
    const qreal box = metrics.height() - 2;
    const QString hurts = tr("Hurts");
    const QString avoid = tr("Do not work here");
    const qreal gap = 8;
    const qreal total = box + gap / 2 + metrics.horizontalAdvance(hurts) + 3 * gap + box + gap / 2 +
                        metrics.horizontalAdvance(avoid);
    qreal x = std::max(2.0, (strip.width() - total) / 2);
    const qreal top = strip.top() + (strip.height() - box) / 2;
    painter.save();
    const QColor text = palette().color(QPalette::WindowText);

    const QRectF hurtsBox(x, top, box, box);
    painter.fillRect(hurtsBox, palette().color(QPalette::Highlight));
    painter.setPen(QPen(text, 1));
    painter.drawRect(hurtsBox);
    x += box + gap / 2;
    painter.drawText(QRectF(x, strip.top(), metrics.horizontalAdvance(hurts) + 2, strip.height()),
                     Qt::AlignVCenter | Qt::AlignLeft, hurts);
    x += metrics.horizontalAdvance(hurts) + 3 * gap;

    const QRectF avoidBox(x, top, box, box);
    painter.fillRect(avoidBox, QColor(0xcf, 0xd8, 0xdc)); // the figures' grey
    paintHatching(painter, avoidBox, avoidColour());
    painter.setPen(QPen(text, 1));
    painter.drawRect(avoidBox);
    x += box + gap / 2;
    painter.drawText(QRectF(x, strip.top(), metrics.horizontalAdvance(avoid) + 2, strip.height()),
                     Qt::AlignVCenter | Qt::AlignLeft, avoid);
    painter.restore();
}

void BodyMapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = drawingArea();
    m_renderer.render(&painter, area);
    // "Front" and "Back" under the two figures, in the drawing's own colour
    // and size, drawn here rather than in the SVG so that they are translated.
    const qreal scale = area.width() / m_renderer.viewBoxF().width();
    painter.save();
    QFont captionFont = font();
    captionFont.setPixelSize(std::max(8, int(13 * scale)));
    painter.setFont(captionFont);
    painter.setPen(QColor(0x45, 0x5a, 0x64));
    const qreal baseline = area.top() + 434 * scale;
    const qreal figureWidth = area.width() / 2;
    const qreal lineHeight = QFontMetricsF(captionFont).height();
    painter.drawText(QRectF(area.left(), baseline - lineHeight, figureWidth, lineHeight + 2),
                     Qt::AlignHCenter | Qt::AlignBottom, tr("Front"));
    painter.drawText(
        QRectF(area.left() + figureWidth, baseline - lineHeight, figureWidth, lineHeight + 2),
        Qt::AlignHCenter | Qt::AlignBottom, tr("Back"));
    painter.restore();

    const QColor selected = palette().color(QPalette::Highlight);
    QColor hovered = m_mode == Mode::Avoid ? avoidColour() : selected;
    hovered.setAlphaF(0.35);
    for (const Element& element : m_elements) {
        const PainLocation location = PainLocation(element.location);
        if ((m_selection & bitOf(location)) != 0) {
            paintRegion(painter, element, selected);
        } else if (element.location == m_hovered) {
            paintRegion(painter, element, hovered);
        }
        // Over the pain fill, so a region can show both.
        if ((m_avoid & bitOf(location)) != 0) {
            paintAvoid(painter, element);
        }
    }
    if (hasFocus()) {
        // Every drawing of the focused region, the one the arrows move from
        // in a solid line.
        painter.setBrush(Qt::NoBrush);
        for (std::size_t i = 0; i < m_elements.size(); ++i) {
            if (m_elements[i].location == m_focused) {
                const bool current = int(i) == m_focusedElement;
                painter.setPen(QPen(palette().color(QPalette::Text), current ? 2.0 : 1.0,
                                    current ? Qt::SolidLine : Qt::DashLine));
                painter.drawRect(elementRect(m_elements[i].id).adjusted(-2, -2, 2, 2));
            }
        }
    }
    paintLegend(painter);
}

void BodyMapWidget::mousePressEvent(QMouseEvent* event)
{
    const int element = elementAt(event->position());
    if (event->button() == Qt::LeftButton && element >= 0) {
        focusElement(element);
        toggle(PainLocation(m_focused));
        setToolTip(regionState(m_focused));
    }
    QWidget::mousePressEvent(event);
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const int location = locationAt(event->position());
    if (location != m_hovered) {
        m_hovered = location;
        setCursor(location >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        setToolTip(location >= 0 ? regionState(location) : QString());
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void BodyMapWidget::leaveEvent(QEvent* event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

void BodyMapWidget::keyPressEvent(QKeyEvent* event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Space:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            toggle(PainLocation(m_focused));
            return;
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            moveFocus(event->key());
            return;
        default:
            break;
        }
    }
    QWidget::keyPressEvent(event);
}

void BodyMapWidget::moveFocus(int arrow)
{
    // To the nearest drawing that way, as seen: from the left thigh, Right
    // is the right thigh (the same word), then the thighs of the back view.
    if (m_focusedElement < 0 || m_focusedElement >= int(m_elements.size())) {
        return;
    }
    std::vector<QRectF> places;
    std::vector<int> elements;
    for (std::size_t i = 0; i < m_elements.size(); ++i) {
        if (int(i) != m_focusedElement) {
            places.push_back(elementRect(m_elements[i].id));
            elements.push_back(int(i));
        }
    }
    const int next = spatial_navigation::nearestInDirection(
        elementRect(m_elements[std::size_t(m_focusedElement)].id), places, arrow);
    if (next >= 0) {
        focusElement(elements[std::size_t(next)]);
    }
    // Nothing that way: the focus stays where it is.
}

void BodyMapWidget::focusInEvent(QFocusEvent* event)
{
    // Tab or Shift+Tab into the map starts at the lower back, where most
    // clients point first.
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason) {
        focusElement(firstElementOf(int(PainLocation::LowerBack)));
    }
    updateAccessibility();
    QWidget::focusInEvent(event);
}

QString BodyMapWidget::regionState(int location) const
{
    const std::uint16_t bit = bitOf(PainLocation(location));
    QString state =
        tr("%1, %2").arg(Labels::location(PainLocation(location)),
                         (m_selection & bit) != 0 ? tr("selected") : tr("not selected"));
    if ((m_avoid & bit) != 0) {
        state += tr(", do not work here");
    }
    return state;
}

void BodyMapWidget::updateAccessibility()
{
    setAccessibleDescription(m_mode == Mode::Avoid
                                 ? tr("Marking where not to work. %1. Space marks or clears it.")
                                       .arg(regionState(m_focused))
                                 : tr("Marking where it hurts. %1. Space selects or clears it.")
                                       .arg(regionState(m_focused)));
}
