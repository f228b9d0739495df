#pragma once

#include "model/Vocabulary.h"

#include <QImage>
#include <QRectF>
#include <QSvgRenderer>
#include <QWidget>
#include <array>
#include <cstdint>
#include <vector>

// The clickable body map of the intake form: a front and a back outline
// (resources/bodymap/body-map.svg) whose regions are the locations. It marks
// two things, one mode at a time: where it hurts (`pain.locations`, filled in
// the highlight colour) and where not to work (`avoid_areas`, hatched in a
// warning colour with a dashed border), with a legend under the figures so
// the two are never confused. Click toggles in the current mode. The map is
// one Tab stop: the arrow keys move to the nearest region in the direction
// pressed and Space toggles; hover names the region and what is marked there.
// Left and right of a region select the same word.
class BodyMapWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Pain,  // "Where it hurts"
        Avoid, // "Do not work here"
    };

    explicit BodyMapWidget(QWidget* parent = nullptr);

    std::uint16_t selection() const { return m_selection; } // bits of vocabulary::PainLocation
    void setSelection(std::uint16_t locations);
    std::uint16_t avoidSelection() const { return m_avoid; } // bits of vocabulary::PainLocation
    void setAvoidSelection(std::uint16_t locations);
    // Toggles the location in the current mode.
    void toggle(vocabulary::PainLocation location);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // The colour of "do not work here" hatching: a dark orange that is not
    // the highlight colour and reads on the light figures in any palette.
    static QColor avoidColour();

    // Where the first drawing of a region is, in widget coordinates.
    QRect regionBounds(vocabulary::PainLocation location) const;
    int focusedRegion() const { return m_focused; }
    // Where the focused drawing is (the left or the right one of a pair, the
    // front or the back), in widget coordinates.
    QRect focusedBounds() const;

    QSize sizeHint() const override { return {360, 420}; }
    QSize minimumSizeHint() const override { return {200, 240}; }

signals:
    void selectionChanged(std::uint16_t locations);
    void avoidSelectionChanged(std::uint16_t locations);
    void modeChanged(BodyMapWidget::Mode mode);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    struct Element
    {
        QString id;
        int location; // index into kPainLocationWords
    };

    QRectF drawingArea() const; // where the whole SVG is drawn, keeping its proportions
    QRectF legendArea() const;  // the strip under the figures
    QRectF elementRect(const QString& id) const;
    int elementAt(const QPointF& point) const; // index into m_elements, or -1
    int locationAt(const QPointF& point) const;
    void focusElement(int element);
    void moveFocus(int arrow); // Qt::Key_Left and so on
    // The first drawing of the location, -1 if none.
    int firstElementOf(int location) const;
    QImage regionMask(const Element& element, const QRectF& target) const;
    void paintRegion(QPainter& painter, const Element& element, const QColor& colour) const;
    void paintAvoid(QPainter& painter, const Element& element) const;
    void paintLegend(QPainter& painter) const;
    QString regionState(int location) const;
    void updateAccessibility();

    mutable QSvgRenderer m_renderer; // render() is not const
    std::vector<Element> m_elements;
    std::uint16_t m_selection = 0;
    std::uint16_t m_avoid = 0;
    Mode m_mode = Mode::Pain;
    int m_hovered = -1;
    int m_focused = 0;        // the location
    int m_focusedElement = 0; // which of its drawings, index into m_elements
};
