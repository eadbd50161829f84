// SPDX-License-Identifier: GPL-3.0-or-later
// The translation unit the tests' precompiled headers are made from.
