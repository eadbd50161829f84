// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimLocks.h"

#include <QDir>
#include <QLockFile>

#include <memory>

namespace bizkithub {

ClaimLocks::ClaimLocks(const QString& storePath)
    : m_dir(storePath + QStringLiteral(".claims"))
{}

ClaimLocks::~ClaimLocks()
{
    qDeleteAll(m_held);
}

bool ClaimLocks::hold(const QString& owner)
{
    if (m_held.contains(owner)) {
        return true;
    }
    QDir().mkpath(m_dir);
    auto lock = std::make_unique<QLockFile>(fileFor(owner));
    lock->setStaleLockTime(0); // alive is alive, however long the process runs
    if (!lock->tryLock(0)) {
        return false;
    }
    m_held.insert(owner, lock.release());
    return true;
}

bool ClaimLocks::isDead(const QString& owner) const
{
    // A lock file whose process is gone is stale: QLockFile takes it over, which is the answer.
    QLockFile probe(fileFor(owner));
    probe.setStaleLockTime(0);
    if (!probe.tryLock(0)) {
        return probe.error() != QLockFile::LockFailedError;
    }
    probe.unlock(); // removes the file: the owner will not come back
    return true;
}

QString ClaimLocks::fileFor(const QString& owner) const
{
    // Owners are "<pid>:<uuid>" or "cli:<pid>:<uuid>": kept safe as file names.
    QString name = owner;
    for (QChar& c : name) {
        if (!c.isLetterOrNumber() && c != u'-') {
            c = u'_';
        }
    }
    return m_dir + u'/' + name + QStringLiteral(".lock");
}

} // namespace bizkithub
