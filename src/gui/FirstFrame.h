// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace bizkithub::gui {

// Runs work once the window's first frame is on the screen: what a person does not see at once
// waits until they see the window. The work runs on the window's thread, in the event loop turn
// after its first paint, or two seconds after this call if the window paints nothing by then
// (started minimised); never if the window goes first.
void afterFirstFrame(QWidget* window, std::function<void()> work);

} // namespace bizkithub::gui
