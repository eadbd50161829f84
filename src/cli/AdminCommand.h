// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace bizkithub::cli {

// `bizkithub-contact-cli admin set-pin ...`: what an admin does to set up a kiosk.
[[nodiscard]] int runAdmin(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace bizkithub::cli
