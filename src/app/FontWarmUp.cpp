// SPDX-License-Identifier: GPL-3.0-or-later
#include "FontWarmUp.h"

#include <QtGlobal>

#include <system_error>

#ifdef BIZKITHUB_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#include <locale.h>
#endif

namespace bizkithub {

FontWarmUp::FontWarmUp()
{
    // The variables Qt's X11 and Wayland platforms remove while the application object is made.
    if (!qEnvironmentVariableIsSet("DESKTOP_STARTUP_ID") &&
        !qEnvironmentVariableIsSet("XDG_ACTIVATION_TOKEN")) {
        start();
    }
}

FontWarmUp::~FontWarmUp()
{
    wait();
}

void FontWarmUp::applicationStarted()
{
    start();
}

void FontWarmUp::start()
{
#ifdef BIZKITHUB_HAVE_FONTCONFIG
    if (m_thread.joinable()) {
        return;
    }
    try {
        m_thread = std::thread([] {
            // The default configuration, which Qt's font database asks for; loaded once per
            // process (fontconfig guards it), so Qt finds it ready.
            const locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
            if (c != locale_t(nullptr)) {
                uselocale(c);
            }
            FcInit();
            if (c != locale_t(nullptr)) {
                uselocale(LC_GLOBAL_LOCALE);
                freelocale(c);
            }
        });
    } catch (const std::system_error&) {
        // No thread to spare: Qt reads the configuration itself, as it would without this.
    }
#endif
}

void FontWarmUp::wait()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

} // namespace bizkithub
