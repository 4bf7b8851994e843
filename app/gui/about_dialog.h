// AboutDialog: the program's version, its licence and the credits of the bundled open data.
#pragma once

#include <QDialog>

namespace yeonpyo::gui {

/// Three tabs: what Yeonpyo is and its version; the MIT licence (LICENSE); the bundled data's
/// sources, licences and attributions (resources/NOTICE), both read from the program's resources.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The text of a file bundled under :/about (LICENSE or NOTICE); empty when it is missing.
    static QString bundledText(const QString& name);
};

}  // namespace yeonpyo::gui
