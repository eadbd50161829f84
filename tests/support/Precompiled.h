// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt headers nearly every test includes, compiled once for all of them: most of a test's
// build time is spent in Qt's headers, not in the test.
#pragma once

#include <QtCore/QtCore>
#include <QtNetwork/QtNetwork>
#include <QtSql/QtSql>
#include <QtTest/QtTest>
#ifdef BIZKITHUB_PRECOMPILE_WIDGETS
#include <QtWidgets/QtWidgets>
#endif
