// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupTrace.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <chrono>

namespace bizkithub::startupTrace {

namespace {

Q_LOGGING_CATEGORY(lcStartup, "bizkithub.startup")

struct Trace
{
    bool enabled = qEnvironmentVariableIsSet("BIZKITHUB_STARTUP_TRACE");
    // Nanoseconds from exec to the first step, when the caller said when exec was.
    qint64 beforeFirstNs = 0;
    QElapsedTimer timer;

    Trace()
    {
        if (!enabled) {
            return;
        }
        timer.start();
        const qint64 execNs = qgetenv("BIZKITHUB_STARTUP_TRACE").toLongLong();
        if (execNs > 1) {
            const qint64 nowNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                     std::chrono::system_clock::now().time_since_epoch())
                                     .count();
            beforeFirstNs = std::max<qint64>(0, nowNs - execNs);
        }
    }
};

} // namespace

void mark(const char* step)
{
    static Trace trace;
    if (trace.enabled) {
        const double ms = double(trace.beforeFirstNs + trace.timer.nsecsElapsed()) / 1e6;
        qCInfo(lcStartup, "start-up: %7.1f ms  %s", ms, step);
    }
}

} // namespace bizkithub::startupTrace
