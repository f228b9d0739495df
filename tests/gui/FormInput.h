#pragma once

// Reaching and typing into the intake form's fields, as the GUI tests do.
#include "intake/IntakeFormPage.h"

#include <QLatin1String>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>

namespace gui_test {

// The form's field of that object name, as the widget type it is.
template <typename T> T* field(IntakeFormPage& page, const char* name)
{
    auto* widget = qobject_cast<T*>(page.fieldWidget(QLatin1String(name)));
    REQUIRE(widget != nullptr);
    return widget;
}

// Focuses the widget and types the text, key by key.
inline void typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

} // namespace gui_test
