// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <thread>

namespace bizkithub {

// Fontconfig reads its configuration and the font caches the first time Qt measures text, on the
// way to the first frame (about 9 ms on a 2-core machine, the same for any Qt window). Made before
// the application object, it does so on another core while Qt connects to the display; wait()
// before the first widget, or Qt would read it all again. Nothing on platforms without
// fontconfig.
//
// Qt's start changes what fontconfig reads as it starts: the process's locale (setlocale), and,
// when a launcher passed a startup id, the environment (the id is removed). The thread reads
// numbers in a C locale of its own; with a startup id it waits until applicationStarted().
class FontWarmUp
{
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp&) = delete;
    FontWarmUp& operator=(const FontWarmUp&) = delete;

    // Once the application object is made: starts it now if it had to wait.
    void applicationStarted();
    void wait();

private:
    void start();

    std::thread m_thread;
};

} // namespace bizkithub
