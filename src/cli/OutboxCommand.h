// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace bizkithub::cli {

// `bizkithub-contact-cli outbox list|show|flush|retry|discard|export|import ...`
[[nodiscard]] int runOutbox(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace bizkithub::cli
