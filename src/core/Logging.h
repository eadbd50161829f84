// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bizkithub {

// Installs a Qt message handler that removes API keys (and anything after apiKey= or Bearer)
// from every message before it is written, including qFatal() messages, so that neither a log
// nor a crash message ever holds a key in full.
void installRedactingMessageHandler();

} // namespace bizkithub
