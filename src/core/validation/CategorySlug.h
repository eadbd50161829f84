// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValidationIssue.h"

#include <QList>
#include <QString>

#include <optional>

namespace bizkithub {

// A category slug routes a ticket: lowercase ASCII letters and digits joined by single hyphens,
// at most 64 characters. Nothing is fixed silently: "Order Question" is refused, not rewritten.
class CategorySlug
{
public:
    static constexpr int maxLength = 64;

    [[nodiscard]] static std::optional<Problem> check(const QString& slug);

    struct Category
    {
        QString slug;
        QString label; // the admin's words; the slug when none was given
        friend bool operator==(const Category&, const Category&) = default;
    };

    // Parses the admin's list from form/categories: entries "slug=Label" (or just "slug").
    // Entries with an invalid slug are dropped and their slugs added to *invalid.
    [[nodiscard]] static QList<Category> parseList(const QStringList& entries,
                                                   QStringList* invalid = nullptr);
};

} // namespace bizkithub
