#pragma once

class QDialog;

namespace rabeg {

// When `dialog` closes, the keyboard goes back to the widget that had it when the dialog opened (the list), in
// an active window, so the next key acts where the operator was. Call just before open().
void returnFocusWhenClosed(QDialog *dialog);

} // namespace rabeg
