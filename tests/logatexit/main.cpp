// SPDX-License-Identifier: GPL-3.0-or-later
// log-at-exit: logs a message holding an API key while the process exits, after every static
// object constructed during main() has been destroyed, as Qt's own plugins and libraries do when
// all logging categories are on. tst_apikey runs it and reads what reached stderr.
#include "Logging.h"

#include <QtGlobal>

#include <cstdlib>

namespace {

const char* const key = "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE";

void logAtExit()
{
    qWarning("at exit: apiKey=%s Bearer %s bare %s", key, key, key);
}

} // namespace

int main()
{
    // Registered before the handler runs for the first time: exit calls it after the statics
    // that first message brought to life are gone.
    std::atexit(logAtExit);
    bizkithub::installRedactingMessageHandler();
    qWarning("during main: bare %s", key);
    return 0;
}
