// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bizkithub {

// The file of one of the app's own plugins ("bizkithub-keyboard"): the same way up from the
// program as from bin/ to the plugin folder, in the build tree and when installed.
[[nodiscard]] QString pluginFile(const QString& name);

} // namespace bizkithub
