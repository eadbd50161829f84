// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bizkithub::startupTrace {

// Where the time goes while the app starts: with BIZKITHUB_STARTUP_TRACE set, each step writes
// "start-up: <ms> <step>" to the log. The milliseconds count from the program's exec when the
// variable holds that moment in nanoseconds since the epoch (as `date +%s%N` prints it), and
// from the first step otherwise. Costs one check of a flag when the variable is not set.
void mark(const char* step);

} // namespace bizkithub::startupTrace
