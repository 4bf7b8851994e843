// Small helpers for option forms: named widgets, and combo boxes whose items carry enum values.
#pragma once

#include <QComboBox>
#include <QSpinBox>
#include <QString>
#include <QWidget>

#include <algorithm>

namespace yeonpyo::gui {

/// A new child widget with an object name (tests and style sheets find it by that name).
template <typename Widget>
Widget* namedWidget(QWidget* parent, const char* name) {
    auto* widget = new Widget(parent);
    widget->setObjectName(QLatin1String(name));
    return widget;
}

/// A named spin box over [minimum, maximum].
inline QSpinBox* namedSpinBox(QWidget* parent, const char* name, int minimum, int maximum) {
    auto* box = namedWidget<QSpinBox>(parent, name);
    box->setRange(minimum, maximum);
    return box;
}

/// Adds an item that stands for an enum value.
template <typename Enum>
void addChoice(QComboBox* box, const QString& text, Enum value) {
    box->addItem(text, static_cast<int>(value));
}

/// The enum value of the current item.
template <typename Enum>
Enum chosen(const QComboBox* box) {
    return static_cast<Enum>(box->currentData().toInt());
}

/// Makes the item of an enum value current (the first item when there is none).
template <typename Enum>
void choose(QComboBox* box, Enum value) {
    box->setCurrentIndex(std::max(0, box->findData(static_cast<int>(value))));
}

}  // namespace yeonpyo::gui
