// The clickable body map: mouse, keyboard, both sides of the body, that a
// selected region is drawn filled, and the "do not work here" mode (marked
// separately, drawn hatched).
#include "intake/BodyMapWidget.h"

#include "Labels.h"

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
        CHECK_FALSE(Labels::location(PainLocation(i)).isEmpty());
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
    QTest::keyClick(&shown.map, Qt::Key_Down); // the region below
    CHECK(shown.map.focusedRegion() == int(PainLocation::Sacroiliac));
    QTest::keyClick(&shown.map, Qt::Key_Space);
    CHECK(shown.map.selection() ==
          (bitOf(PainLocation::LowerBack) | bitOf(PainLocation::Sacroiliac)));
    CHECK(shown.map.accessibleDescription().contains(QStringLiteral("Sacroiliac joint, selected")));
    CHECK(shown.map.accessibleDescription().contains(QStringLiteral("Marking where it hurts")));
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

TEST_CASE("gui: in \"do not work here\" mode a click marks an area to avoid, not pain",
          "[gui][bodymap]")
{
    ShownMap shown;
    QSignalSpy avoided(&shown.map, &BodyMapWidget::avoidSelectionChanged);
    QSignalSpy hurts(&shown.map, &BodyMapWidget::selectionChanged);
    shown.map.setMode(BodyMapWidget::Mode::Avoid);
    const QPoint thigh = shown.map.regionBounds(PainLocation::Thigh).center();
    QTest::mouseClick(&shown.map, Qt::LeftButton, {}, thigh);
    CHECK(shown.map.avoidSelection() == bitOf(PainLocation::Thigh));
    CHECK(shown.map.selection() == 0);
    CHECK(avoided.count() == 1);
    CHECK(hurts.count() == 0);
    // Back in pain mode the same region can hurt too: both are kept.
    shown.map.setMode(BodyMapWidget::Mode::Pain);
    QTest::mouseClick(&shown.map, Qt::LeftButton, {}, thigh);
    CHECK(shown.map.selection() == bitOf(PainLocation::Thigh));
    CHECK(shown.map.avoidSelection() == bitOf(PainLocation::Thigh));
    shown.map.setMode(BodyMapWidget::Mode::Avoid);
    QTest::mouseClick(&shown.map, Qt::LeftButton, {}, thigh);
    CHECK(shown.map.avoidSelection() == 0);
    CHECK(shown.map.selection() == bitOf(PainLocation::Thigh));
}

TEST_CASE("gui: areas to avoid are marked from the keyboard like pain", "[gui][bodymap]")
{
    ShownMap shown;
    shown.map.setMode(BodyMapWidget::Mode::Avoid);
    shown.map.setFocus(Qt::TabFocusReason);
    QTest::keyClick(&shown.map, Qt::Key_Down);
    CHECK(shown.map.focusedRegion() == int(PainLocation::Sacroiliac));
    QTest::keyClick(&shown.map, Qt::Key_Space);
    CHECK(shown.map.avoidSelection() == bitOf(PainLocation::Sacroiliac));
    CHECK(shown.map.selection() == 0);
    CHECK(shown.map.accessibleDescription().contains(QStringLiteral("Marking where not to work")));
    CHECK(shown.map.accessibleDescription().contains(QStringLiteral("do not work here")));
}

TEST_CASE("gui: an area to avoid is hatched in its own colour, never like pain", "[gui][bodymap]")
{
    ShownMap shown;
    shown.map.setSelection(bitOf(PainLocation::LowerBack));
    shown.map.setAvoidSelection(bitOf(PainLocation::LowerLeg));
    const QImage image = shown.map.grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const QColor highlight = shown.map.palette().color(QPalette::Highlight);
    const QColor warning = BodyMapWidget::avoidColour();
    // Inside the lower leg: stripes of the warning colour between lighter
    // gaps (hatching, not a fill), and nothing in the highlight colour.
    const QRect leg = shown.map.regionBounds(PainLocation::LowerLeg).adjusted(3, 3, -3, -3);
    int stripes = 0;
    int gaps = 0;
    for (int y = leg.top(); y <= leg.bottom(); ++y) {
        for (int x = leg.left(); x <= leg.right(); ++x) {
            const QColor pixel(image.pixel((QPointF(x, y) * ratio).toPoint()));
            CHECK(pixel != highlight);
            const int distance = std::abs(pixel.red() - warning.red()) +
                                 std::abs(pixel.green() - warning.green()) +
                                 std::abs(pixel.blue() - warning.blue());
            (distance < 60 ? stripes : gaps) += 1;
        }
    }
    CHECK(stripes > 0);
    CHECK(gaps > stripes / 2);
    // The legend has its own strip under the figures.
    CHECK(shown.map.regionBounds(PainLocation::LowerLeg).bottom() <
          shown.map.height() - shown.map.fontMetrics().height());
}

TEST_CASE("gui: the arrow keys on the body map go to the nearest region in the direction pressed",
          "[gui][bodymap][keys]")
{
    ShownMap shown;
    BodyMapWidget& map = shown.map;
    map.setFocus(Qt::TabFocusReason);
    REQUIRE(map.focusedRegion() == int(PainLocation::LowerBack));
    const QRect lowerBack = map.focusedBounds();
    REQUIRE(lowerBack == map.regionBounds(PainLocation::LowerBack));

    SECTION("Up: the region above")
    {
        QTest::keyClick(&map, Qt::Key_Up);
        CHECK(map.focusedRegion() == int(PainLocation::MidBack));
        CHECK(map.focusedBounds().bottom() <= lowerBack.top());
        QTest::keyClick(&map, Qt::Key_Up);
        CHECK(map.focusedRegion() == int(PainLocation::UpperBack));
    }
    SECTION("Down: the region below")
    {
        QTest::keyClick(&map, Qt::Key_Down);
        CHECK(map.focusedRegion() == int(PainLocation::Sacroiliac));
        CHECK(map.focusedBounds().top() >= lowerBack.bottom());
        // From higher up, Down comes back down the spine (not the next in a list).
        QTest::keyClick(&map, Qt::Key_Up);
        QTest::keyClick(&map, Qt::Key_Up);
        REQUIRE(map.focusedRegion() == int(PainLocation::MidBack));
        QTest::keyClick(&map, Qt::Key_Down);
        CHECK(map.focusedRegion() == int(PainLocation::LowerBack));
    }
    SECTION("Left: the region beside it on the left")
    {
        QTest::keyClick(&map, Qt::Key_Left);
        CHECK(map.focusedRegion() == int(PainLocation::Hip));
        CHECK(map.focusedBounds().right() <= lowerBack.left());
    }
    SECTION("Right: the region beside it on the right")
    {
        QTest::keyClick(&map, Qt::Key_Right);
        CHECK(map.focusedRegion() == int(PainLocation::Hip));
        CHECK(map.focusedBounds().left() >= lowerBack.right());
    }
    SECTION("Nothing that way: the focus stays")
    {
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(&map, Qt::Key_Up);
        }
        const QRect top = map.focusedBounds();
        CHECK(map.focusedRegion() == int(PainLocation::Neck));
        QTest::keyClick(&map, Qt::Key_Up);
        CHECK(map.focusedBounds() == top);
    }
}

TEST_CASE("gui: the body map is one Tab stop", "[gui][bodymap][keys]")
{
    QWidget window;
    auto* before = new QWidget(&window);
    before->setFocusPolicy(Qt::StrongFocus);
    auto* map = new BodyMapWidget(&window);
    auto* after = new QWidget(&window);
    after->setFocusPolicy(Qt::StrongFocus);
    map->setGeometry(0, 0, 360, 400);
    window.resize(360, 420);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    before->setFocus();
    QTest::keyClick(before, Qt::Key_Tab);
    REQUIRE(map->hasFocus());
    QTest::keyClick(map, Qt::Key_Tab); // out of the map, not to its next region
    CHECK(after->hasFocus());
    QTest::keyClick(after, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(map->hasFocus());
}
