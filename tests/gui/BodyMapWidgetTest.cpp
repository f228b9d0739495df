// The clickable body map: mouse, keyboard, both sides of the body, and that
// a selected region is drawn filled.
#include "intake/BodyMapWidget.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace vocabulary;

namespace {

struct ShownMap
{
    ShownMap()
    {
        map.resize(360, 400);
        map.show();
        REQUIRE(QTest::qWaitForWindowExposed(&map));
    }
    BodyMapWidget map;
};

} // namespace

TEST_CASE("gui: the body map drawing has every pain location", "[gui][bodymap]")
{
    QFile file(QStringLiteral(":/bodymap/body-map.svg"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    ShownMap shown;
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        INFO(kPainLocationWords[i]);
        CHECK(svg.contains("id=\"" + QByteArray(kPainLocationWords[i].data())));
        CHECK(shown.map.regionBounds(PainLocation(i)).isValid());
        CHECK_FALSE(BodyMapWidget::regionLabel(PainLocation(i)).isEmpty());
    }
}

TEST_CASE("gui: a click toggles a region and says so", "[gui][bodymap]")
{
    ShownMap shown;
    QSignalSpy changed(&shown.map, &BodyMapWidget::selectionChanged);
    const QPoint lowerBack = shown.map.regionBounds(PainLocation::LowerBack).center();
    QTest::mouseClick(&shown.map, Qt::LeftButton, {}, lowerBack);
    CHECK(shown.map.selection() == bitOf(PainLocation::LowerBack));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).value<std::uint16_t>() == bitOf(PainLocation::LowerBack));
    QTest::mouseClick(&shown.map, Qt::LeftButton, {}, lowerBack);
    CHECK(shown.map.selection() == 0);
    // Outside every region nothing happens.
    QTest::mouseClick(&shown.map, Qt::LeftButton, {}, QPoint(2, 2));
    CHECK(shown.map.selection() == 0);
}

TEST_CASE("gui: left and right of a region select the same word", "[gui][bodymap]")
{
    ShownMap shown;
    const QRect left = shown.map.regionBounds(PainLocation::Thigh); // the first: front left
    QTest::mouseClick(&shown.map, Qt::LeftButton, {}, left.center());
    CHECK(shown.map.selection() == bitOf(PainLocation::Thigh));
    // The right thigh sits beside the left one on the same figure.
    const QPoint right(left.right() + left.width() / 2 + 4, left.center().y());
    QTest::mouseClick(&shown.map, Qt::LeftButton, {}, right);
    CHECK(shown.map.selection() == 0);
}

TEST_CASE("gui: the body map is usable from the keyboard", "[gui][bodymap]")
{
    ShownMap shown;
    shown.map.setFocus(Qt::TabFocusReason);
    CHECK(shown.map.focusedRegion() == int(PainLocation::LowerBack));
    QTest::keyClick(&shown.map, Qt::Key_Space);
    CHECK(shown.map.selection() == bitOf(PainLocation::LowerBack));
    QTest::keyClick(&shown.map, Qt::Key_Tab); // to the next region, not out of the map
    CHECK(shown.map.focusedRegion() == int(PainLocation::Sacroiliac));
    QTest::keyClick(&shown.map, Qt::Key_Space);
    CHECK(shown.map.selection() ==
          (bitOf(PainLocation::LowerBack) | bitOf(PainLocation::Sacroiliac)));
    CHECK(shown.map.accessibleDescription().contains(QStringLiteral("Sacroiliac joint, selected")));
}

TEST_CASE("gui: a selected region is drawn in the highlight colour", "[gui][bodymap]")
{
    ShownMap shown;
    shown.map.setSelection(bitOf(PainLocation::LowerBack));
    const QImage image = shown.map.grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto pixelAt = [&](const QPoint& point) {
        return QColor(image.pixel((QPointF(point) * ratio).toPoint()));
    };
    const QColor highlight = shown.map.palette().color(QPalette::Highlight);
    const QColor selected = pixelAt(shown.map.regionBounds(PainLocation::LowerBack).center());
    const QColor other = pixelAt(shown.map.regionBounds(PainLocation::MidBack).center());
    CHECK(std::abs(selected.hue() - highlight.hue()) < 10);
    CHECK(selected != other);
}
