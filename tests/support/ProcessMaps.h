// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QStringList>

#include <optional>

namespace bizkithub::test {

// The files a process has mapped (its program, libraries and plugins), as the kernel lists them
// in /proc/<pid>/maps, this process's when pid is 0; none when that cannot be read (not Linux).
inline std::optional<QStringList> mappedFiles(qint64 pid = 0)
{
    QFile maps(pid == 0 ? QStringLiteral("/proc/self/maps")
                        : QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QStringList files;
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const int path = line.indexOf('/');
        if (path >= 0) {
            const QString file = QString::fromLocal8Bit(line.mid(path));
            if (!files.contains(file)) {
                files.append(file);
            }
        }
    }
    return files;
}

} // namespace bizkithub::test
