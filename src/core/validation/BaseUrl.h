// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace bizkithub {

// The platform's address. The platform refuses plain HTTP, so the client does too, except on a
// loopback host (127.0.0.0/8, ::1, localhost), where tests and local sandboxes run.
class BaseUrl
{
public:
    enum class Problem
    {
        Invalid,
        NotHttps,
    };

    static constexpr const char* contactFormPath = "/api/v1/support/contact-form";

    [[nodiscard]] static std::optional<Problem> check(const QString& baseUrl);
    // The endpoint URL (without the apiKey query), or an invalid QUrl when check() fails.
    [[nodiscard]] static QUrl contactFormUrl(const QString& baseUrl);
    [[nodiscard]] static bool isLoopbackHost(const QString& host);
    [[nodiscard]] static QString problemMessage(Problem problem);
};

} // namespace bizkithub
