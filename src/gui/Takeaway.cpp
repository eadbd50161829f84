// SPDX-License-Identifier: GPL-3.0-or-later
#include "Takeaway.h"

#include "Plugins.h"

#include <QPluginLoader>

namespace bizkithub::gui {

const Takeaway* Takeaway::instance(QString* error)
{
    // Loaded once, on the window's thread; never unloaded.
    static QString failure;
    static const Takeaway* const loaded = [] {
        QPluginLoader loader(pluginFile(QStringLiteral("bizkithub-takeaway")));
        auto* found = qobject_cast<Takeaway*>(loader.instance());
        if (!found) {
            failure = loader.errorString();
            qWarning("The QR code and receipt printing could not be loaded: %s",
                     qPrintable(failure));
        }
        return found;
    }();
    if (error) {
        *error = failure;
    }
    return loaded;
}

} // namespace bizkithub::gui
