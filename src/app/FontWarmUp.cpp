// SPDX-License-Identifier: GPL-3.0-or-later
#include "FontWarmUp.h"

#ifdef BIZKITHUB_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace bizkithub {

FontWarmUp::FontWarmUp()
{
#ifdef BIZKITHUB_HAVE_FONTCONFIG
    // The default configuration, which Qt's font database asks for; loaded once per process
    // (fontconfig guards it), so Qt finds it ready.
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontWarmUp::~FontWarmUp()
{
    wait();
}

void FontWarmUp::wait()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

} // namespace bizkithub
