// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SubmitResult.h"

#include <QStringList>

class QTextStream;

namespace bizkithub::cli {

// The exit codes of bizkithub-contact-cli, documented in the README.
enum ExitCode
{
    Delivered = 0,
    OtherFailure = 1,
    UsageError = 2,
    InvalidInput = 3, // invalid input or configuration: nothing was sent
    NotDelivered = 4, // worth retrying later
    Refused = 5,      // retrying will not help without a change
};

[[nodiscard]] ExitCode exitCodeFor(const SubmitResult& result);

// `bizkithub-contact-cli send ...`: arguments are the whole command line, program name first.
[[nodiscard]] int runSend(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace bizkithub::cli
