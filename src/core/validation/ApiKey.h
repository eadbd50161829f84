// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace bizkithub {

// A BizKitHub API key. The full value leaves this class only through value(), for the request;
// everything shown to a person or written to a log uses masked().
class ApiKey
{
public:
    enum class Kind
    {
        Production,  // PROD: production, high rate limit
        Development, // DEV_: development or sandbox, low rate limit
        System,      // ROOT: platform maintenance, no limits
    };

    enum class Problem
    {
        Missing,
        Format,
    };

    ApiKey() = default;

    // Trims, then checks ^(PROD|DEV_|ROOT)[A-Za-z0-9]{28}$.
    [[nodiscard]] static std::optional<Problem> check(const QString& input);
    [[nodiscard]] static std::optional<ApiKey> fromString(const QString& input);

    [[nodiscard]] bool isNull() const { return m_value.isEmpty(); }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString value() const { return m_value; }

    // The first four characters and an ellipsis: the same for every key of a kind, so the length
    // is never revealed.
    [[nodiscard]] QString masked() const;
    // "Production key PROD…", translated, for the status bar and the CLI.
    [[nodiscard]] QString description() const;
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static QString problemMessage(Problem problem);
    // A ROOT key has no limits: it has no business on a public kiosk.
    [[nodiscard]] bool isAllowedOnKiosk() const { return m_kind != Kind::System; }
    [[nodiscard]] static QString kioskRefusalMessage();

private:
    QString m_value;
    Kind m_kind = Kind::Production;
};

// Replaces anything that looks like an API key (or follows apiKey= or Bearer) in text meant for
// a person, a log or the store. Applied by the message handlers of both executables and to
// everything a server answers. It keeps no state of its own (no static objects), so a message
// handler may call it at any moment of the process's life, exit included.
[[nodiscard]] QString redactSecrets(const QString& text);

} // namespace bizkithub
