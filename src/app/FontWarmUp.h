// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <thread>

namespace bizkithub {

// Fontconfig reads its configuration and the font caches the first time Qt measures text, on the
// way to the first frame (about 8 ms on a 2-core machine, the same for any Qt window). Started
// before the application object, it does so on another core while Qt connects to the display.
// wait() before the first widget: were fontconfig still at it then, Qt would read it all again.
// Nothing on platforms without fontconfig.
class FontWarmUp
{
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp&) = delete;
    FontWarmUp& operator=(const FontWarmUp&) = delete;

    void wait();

private:
    std::thread m_thread;
};

} // namespace bizkithub
