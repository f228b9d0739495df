#include "intake/BodyMapWidget.h"

#include <QFile>
#include <QFocusEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QXmlStreamReader>

using namespace vocabulary;

namespace {

constexpr int kRegionCount = int(kPainLocationWords.size());

} // namespace

BodyMapWidget::BodyMapWidget(QWidget* parent)
    : QWidget(parent), m_renderer(QStringLiteral(":/bodymap/body-map.svg"))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Body map"));
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
    updateAccessibility();
}

QString BodyMapWidget::regionLabel(PainLocation location)
{
    switch (location) {
    case PainLocation::LowerBack:
        return tr("Lower back");
    case PainLocation::Sacroiliac:
        return tr("Sacroiliac joint");
    case PainLocation::MidBack:
        return tr("Mid back");
    case PainLocation::UpperBack:
        return tr("Upper back");
    case PainLocation::Neck:
        return tr("Neck");
    case PainLocation::Shoulders:
        return tr("Shoulders");
    case PainLocation::Buttock:
        return tr("Buttock");
    case PainLocation::Hip:
        return tr("Hip");
    case PainLocation::Thigh:
        return tr("Thigh");
    case PainLocation::LowerLeg:
        return tr("Lower leg");
    }
    return {};
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

void BodyMapWidget::toggle(PainLocation location)
{
    setSelection(m_selection ^ bitOf(location));
}

QRectF BodyMapWidget::drawingArea() const
{
    const QSizeF svg = m_renderer.viewBoxF().size();
    QSizeF scaled = svg.scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
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

int BodyMapWidget::locationAt(const QPointF& point) const
{
    // The last drawn element is on top, as in the picture.
    for (auto it = m_elements.rbegin(); it != m_elements.rend(); ++it) {
        if (elementRect(it->id).contains(point)) {
            return it->location;
        }
    }
    return -1;
}

void BodyMapWidget::paintRegion(QPainter& painter, const Element& element,
                                const QColor& colour) const
{
    // Drawn tinted through an image, so the region keeps its own shape.
    const QRectF target = elementRect(element.id);
    const qreal ratio = devicePixelRatioF();
    QImage image((target.size() * ratio).toSize() + QSize(1, 1),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    {
        QPainter imagePainter(&image);
        m_renderer.render(&imagePainter, element.id, QRectF(QPointF(0, 0), target.size()));
        imagePainter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        imagePainter.fillRect(QRectF(QPointF(0, 0), target.size()), colour);
    }
    painter.drawImage(target.topLeft(), image);
}

void BodyMapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_renderer.render(&painter, drawingArea());

    const QColor selected = palette().color(QPalette::Highlight);
    QColor hovered = selected;
    hovered.setAlphaF(0.35);
    for (const Element& element : m_elements) {
        if ((m_selection & bitOf(PainLocation(element.location))) != 0) {
            paintRegion(painter, element, selected);
        } else if (element.location == m_hovered) {
            paintRegion(painter, element, hovered);
        }
    }
    if (hasFocus()) {
        QPen pen(palette().color(QPalette::Text), 1.5, Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        for (const Element& element : m_elements) {
            if (element.location == m_focused) {
                painter.drawRect(elementRect(element.id).adjusted(-2, -2, 2, 2));
            }
        }
    }
}

void BodyMapWidget::mousePressEvent(QMouseEvent* event)
{
    const int location = locationAt(event->position());
    if (event->button() == Qt::LeftButton && location >= 0) {
        m_focused = location;
        toggle(PainLocation(location));
    }
    QWidget::mousePressEvent(event);
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const int location = locationAt(event->position());
    if (location != m_hovered) {
        m_hovered = location;
        setCursor(location >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        setToolTip(location >= 0 ? regionLabel(PainLocation(location)) : QString());
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
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        toggle(PainLocation(m_focused));
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        m_focused = (m_focused + 1) % kRegionCount;
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_focused = (m_focused + kRegionCount - 1) % kRegionCount;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    updateAccessibility();
    update();
}

void BodyMapWidget::focusInEvent(QFocusEvent* event)
{
    // Tab from before starts at the first region, Shift+Tab from after at the last.
    if (event->reason() == Qt::TabFocusReason) {
        m_focused = 0;
    } else if (event->reason() == Qt::BacktabFocusReason) {
        m_focused = kRegionCount - 1;
    }
    updateAccessibility();
    QWidget::focusInEvent(event);
}

bool BodyMapWidget::focusNextPrevChild(bool next)
{
    // Tab walks the regions first and leaves the map after the last one.
    if (hasFocus()) {
        const int target = m_focused + (next ? 1 : -1);
        if (target >= 0 && target < kRegionCount) {
            m_focused = target;
            updateAccessibility();
            update();
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

void BodyMapWidget::updateAccessibility()
{
    const PainLocation focused = PainLocation(m_focused);
    const bool chosen = (m_selection & bitOf(focused)) != 0;
    setAccessibleDescription(
        tr("%1, %2. Space selects or clears it.")
            .arg(regionLabel(focused), chosen ? tr("selected") : tr("not selected")));
}
