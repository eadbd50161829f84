// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategorySlug.h"

#include <QRegularExpression>

namespace bizkithub {

std::optional<Problem> CategorySlug::check(const QString& slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (slug.size() > maxLength) {
        return Problem::CategoryTooLong;
    }
    if (!pattern.match(slug).hasMatch()) {
        return Problem::CategoryFormat;
    }
    return std::nullopt;
}

QList<CategorySlug::Category> CategorySlug::parseList(const QStringList& entries,
                                                      QStringList* invalid)
{
    QList<Category> categories;
    for (const QString& entry : entries) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        const auto eq = trimmed.indexOf(u'=');
        const QString slug = (eq < 0 ? trimmed : trimmed.left(eq)).trimmed();
        QString label = eq < 0 ? QString() : trimmed.mid(eq + 1).trimmed();
        if (check(slug)) {
            if (invalid) {
                invalid->append(slug);
            }
            continue;
        }
        categories.append({slug, label.isEmpty() ? slug : label});
    }
    return categories;
}

} // namespace bizkithub
