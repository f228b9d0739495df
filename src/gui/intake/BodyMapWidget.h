#pragma once

#include "model/Vocabulary.h"

#include <QRectF>
#include <QSvgRenderer>
#include <QWidget>
#include <array>
#include <cstdint>
#include <vector>

// The clickable body map of the intake form: a front and a back outline
// (resources/bodymap/body-map.svg) whose regions are the pain locations.
// Click toggles; Tab moves between regions and Space toggles; hover names
// the region. Left and right of a region select the same word.
class BodyMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit BodyMapWidget(QWidget* parent = nullptr);

    std::uint16_t selection() const { return m_selection; } // bits of vocabulary::PainLocation
    void setSelection(std::uint16_t locations);
    void toggle(vocabulary::PainLocation location);

    static QString regionLabel(vocabulary::PainLocation location);
    // Where the first drawing of a region is, in widget coordinates.
    QRect regionBounds(vocabulary::PainLocation location) const;
    int focusedRegion() const { return m_focused; }

    QSize sizeHint() const override { return {360, 400}; }
    QSize minimumSizeHint() const override { return {200, 220}; }

signals:
    void selectionChanged(std::uint16_t locations);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Element
    {
        QString id;
        int location; // index into kPainLocationWords
    };

    QRectF drawingArea() const; // where the whole SVG is drawn, keeping its proportions
    QRectF elementRect(const QString& id) const;
    int locationAt(const QPointF& point) const;
    void paintRegion(QPainter& painter, const Element& element, const QColor& colour) const;
    void updateAccessibility();

    mutable QSvgRenderer m_renderer; // render() is not const
    std::vector<Element> m_elements;
    std::uint16_t m_selection = 0;
    int m_hovered = -1;
    int m_focused = 0;
};
