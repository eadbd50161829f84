// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace bizkithub {
class Outbox;
class Settings;
} // namespace bizkithub

namespace bizkithub::cli {

// `bizkithub-contact-cli status [--json] [--prometheus FILE]`: how this machine's outbox
// stands, for an admin. Exit 0 healthy, 4 tickets waiting past outbox/alertAfterHours, 5 held.
[[nodiscard]] int runStatus(const QStringList& arguments, QTextStream& out, QTextStream& err);

// Writes the status in the Prometheus text format to file, whole or not at all (a temporary
// file renamed over it): node_exporter never reads half of it. False, said on err, when it
// could not be written.
bool writeMetrics(const Outbox& outbox, const Settings& settings, const QString& file,
                  QTextStream& err);

} // namespace bizkithub::cli
