// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

class QLockFile;

namespace bizkithub {

// Which processes that claimed tickets are alive, without asking anybody's clock: every process
// that holds claims keeps a lock file named after its owner id beside the store for as long as
// it runs. The operating system releases the lock when the process dies, however it dies.
class ClaimLocks final
{
public:
    explicit ClaimLocks(const QString& storePath);
    ~ClaimLocks();
    ClaimLocks(const ClaimLocks&) = delete;
    ClaimLocks& operator=(const ClaimLocks&) = delete;

    // Holds the lock of an owner of this process (once; kept until this object goes).
    bool hold(const QString& owner);
    [[nodiscard]] bool holds(const QString& owner) const { return m_held.contains(owner); }
    // True when the owner's process is gone: nobody holds its lock. Removes its lock file.
    [[nodiscard]] bool isDead(const QString& owner) const;

private:
    [[nodiscard]] QString fileFor(const QString& owner) const;

    QString m_dir;
    QHash<QString, QLockFile*> m_held;
};

} // namespace bizkithub
