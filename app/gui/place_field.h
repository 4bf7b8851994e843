// PlaceField: a place name with completion from the gazetteer and its coordinates.
#pragma once

#include <QWidget>

#include "core/model/event.h"

class QLineEdit;

namespace yeonpyo::gui {

/// Typing a name offers the gazetteer's places (Hangul or Latin names and aliases); choosing one
/// fills the coordinates, address and precision. A name the gazetteer does not know keeps the
/// coordinates typed beside it.
class PlaceField : public QWidget {
    Q_OBJECT
public:
    explicit PlaceField(QWidget* parent = nullptr);

    void setPlace(const Place& place);
    /// The place as entered; coordinates only when both are valid numbers in range.
    Place place() const;
    QLineEdit* nameEdit() const { return name_; }

private:
    void choose(const QString& completion);

    QLineEdit* name_;
    QLineEdit* latitude_;
    QLineEdit* longitude_;
    Place place_;
};

}  // namespace yeonpyo::gui
