// SPDX-License-Identifier: GPL-3.0-or-later
#include "Plugins.h"

#include <QCoreApplication>
#include <QDir>

namespace bizkithub {

QString pluginFile(const QString& name)
{
    const QDir dir(QCoreApplication::applicationDirPath() +
                   QStringLiteral("/" BIZKITHUB_PLUGIN_DIR_FROM_BIN));
#if defined(Q_OS_WIN)
    return dir.filePath(name + QStringLiteral(".dll"));
#elif defined(Q_OS_MACOS)
    return dir.filePath(QStringLiteral("lib") + name + QStringLiteral(".dylib"));
#else
    return dir.filePath(QStringLiteral("lib") + name + QStringLiteral(".so"));
#endif
}

} // namespace bizkithub
