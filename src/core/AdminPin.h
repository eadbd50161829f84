// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace bizkithub {

// The kiosk's admin PIN, kept only as a PBKDF2-SHA256 hash with a random salt:
// "pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>" in kiosk/adminPinHash.
namespace AdminPin {

inline constexpr int minimumIterations = 100'000;
// About a second on a small machine: cheap once, expensive ten thousand times.
inline constexpr int defaultIterations = 600'000;
inline constexpr int minimumLength = 4;
inline constexpr int maximumLength = 64;

enum class Problem
{
    TooShort,
    TooLong,
};

[[nodiscard]] std::optional<Problem> check(const QString& pin);
[[nodiscard]] QString problemMessage(Problem problem);

// A new hash with a new salt; iterations below the minimum are raised to it.
[[nodiscard]] QString hash(const QString& pin, int iterations = defaultIterations);
// True when the hash is well formed and strong enough to be trusted.
[[nodiscard]] bool isUsableHash(const QString& stored);
// Compares in constant time. A malformed or weak hash never verifies.
[[nodiscard]] bool verify(const QString& pin, const QString& stored);

// PBKDF2 with HMAC-SHA256 (RFC 8018, section 5.2) on Qt's HMAC: the key of length bytes. It is
// what Qt's QPasswordDigestor computes (the tests compare the two), without Qt Network, which
// QPasswordDigestor would bring into every program with the core.
[[nodiscard]] QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt,
                                      int iterations, int length);

} // namespace AdminPin

// Slows down guessing: the first attempts are free, then each wrong PIN doubles the wait before
// the next one may be tried. The clock is injected so tests need not wait.
class PinThrottle
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    static constexpr int freeAttempts = 3;
    static constexpr std::chrono::seconds firstDelay{5};
    static constexpr std::chrono::seconds maximumDelay{300};

    explicit PinThrottle(Clock clock = &std::chrono::steady_clock::now);

    // How long until the next attempt may be made; zero when it may be made now.
    [[nodiscard]] std::chrono::milliseconds remainingDelay() const;
    [[nodiscard]] int failures() const { return m_failures; }
    // The wait that follows the given number of failures in a row.
    [[nodiscard]] static std::chrono::seconds delayAfter(int failures);

    void recordFailure();
    void recordSuccess();

private:
    Clock m_clock;
    int m_failures = 0;
    std::chrono::steady_clock::time_point m_notBefore{};
};

} // namespace bizkithub
