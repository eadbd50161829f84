// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

#include "validation/ApiKey.h"

#include <QtGlobal>

namespace bizkithub {

namespace {

QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    previousHandler(type, context, redactSecrets(message));
}

} // namespace

void installRedactingMessageHandler()
{
    if (!previousHandler) {
        previousHandler = qInstallMessageHandler(redactingHandler);
    }
}

} // namespace bizkithub
