#pragma once

// Reaching and typing into the intake form's fields, as the GUI tests do.
#include "intake/AnswerPairWidget.h"
#include "intake/BodyMapWidget.h"
#include "intake/IntakeFormPage.h"
#include "intake/ScreeningSection.h"
#include "model/Vocabulary.h"

#include <QDoubleSpinBox>
#include <QLatin1String>
#include <QLineEdit>
#include <QSpinBox>
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

// Fills the minimum a valid intake needs, the way a receptionist would.
inline void fillBasics(IntakeFormPage& page, const QString& name = QStringLiteral("Jane Doe"),
                       const QString& born = QStringLiteral("1980-04-12"))
{
    typeInto(field<QLineEdit>(page, "nameEdit"), name);
    typeInto(field<QLineEdit>(page, "dateOfBirthEdit"), born);
    auto* intensity = field<QSpinBox>(page, "intensitySpin");
    intensity->setFocus();
    QTest::keyClick(intensity, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(intensity, QStringLiteral("5"));
    auto* duration = field<QDoubleSpinBox>(page, "durationSpin");
    duration->setFocus();
    QTest::keyClick(duration, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(duration, QStringLiteral("3"));
    // Where it hurts: a click on the body map.
    BodyMapWidget* map = page.bodyMap();
    QTest::mouseClick(map, Qt::LeftButton, {},
                      map->regionBounds(vocabulary::PainLocation::LowerBack).center());
}

// Answers every screening and precaution question "no" with the N key, one
// question after the other (N moves on to the next).
inline void answerAllNo(IntakeFormPage& page)
{
    ScreeningSection& screening = *page.screening();
    screening.questionWidget(vocabulary::Question::SaddleNumbness)->setFocus();
    for (int i = 0; i < screening.requiredCount(); ++i) {
        REQUIRE(qobject_cast<AnswerPairWidget*>(page.focusWidget()) != nullptr);
        QTest::keyClick(page.focusWidget(), Qt::Key_N);
    }
    REQUIRE(screening.answeredCount() == screening.requiredCount());
}

} // namespace gui_test
