// FilterPanel: narrows the panels to a date range, a kind, a person, a place or an article.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace yeonpyo::gui {

class TimelineSession;

/// Each control sets one field of the session's EventFilter; the choices offered come from the
/// whole document, so a filter never hides its own options.
class FilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilterPanel(TimelineSession& session, QWidget* parent = nullptr);

public slots:
    void clearFilter();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refillChoices();
    void apply();

    TimelineSession& session_;
    QCheckBox* useFrom_;
    QDateEdit* from_;
    QCheckBox* useTo_;
    QDateEdit* to_;
    QComboBox* kind_;
    QComboBox* participant_;
    QComboBox* place_;
    QComboBox* article_;
    bool filling_ = false;
    bool choicesStale_ = false;  ///< The document changed while the panel was hidden.
};

}  // namespace yeonpyo::gui
