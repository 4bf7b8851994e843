// Application-wide set-up of the viewer: names, translations, fonts with Hangul.
#pragma once

class QApplication;

namespace yeonpyo::gui {

/// Sets organisation and application names, installs the translation for the user's locale
/// (Korean or English) and prefers a font family that has Hangul.
void setUpApplication(QApplication& app);

}  // namespace yeonpyo::gui
