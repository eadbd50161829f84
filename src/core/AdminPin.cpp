// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminPin.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

#include <algorithm>
#include <functional>

namespace bizkithub {

namespace {

const QLatin1String scheme("pbkdf2-sha256");
constexpr int saltBytes = 16;
constexpr int hashBytes = 32;

struct ParsedHash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<ParsedHash> parse(const QString& stored)
{
    const QStringList parts = stored.trimmed().split(u'$');
    if (parts.size() != 4 || parts[0] != scheme) {
        return std::nullopt;
    }
    ParsedHash parsed;
    bool ok = false;
    parsed.iterations = parts[1].toInt(&ok);
    const auto salt = QByteArray::fromBase64Encoding(parts[2].toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts[3].toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!ok || parsed.iterations < AdminPin::minimumIterations || !salt ||
        salt.decoded.size() < saltBytes || !hash || hash.decoded.size() != hashBytes) {
        return std::nullopt;
    }
    parsed.salt = salt.decoded;
    parsed.hash = hash.decoded;
    return parsed;
}

QByteArray derive(const QString& pin, const QByteArray& salt, int iterations)
{
    return AdminPin::pbkdf2Sha256(pin.toUtf8(), salt, iterations, hashBytes);
}

} // namespace

namespace AdminPin {

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations,
                        int length)
{
    QByteArray key;
    if (iterations < 1 || length < 1) {
        return key;
    }
    key.reserve(length);
    QMessageAuthenticationCode prf(QCryptographicHash::Sha256, password);
    // Block i of the key: U1 = PRF(password, salt || INT(i)), Uj = PRF(password, Uj-1), and
    // the block is U1 xor U2 xor ... xor Uc.
    for (quint32 block = 1; key.size() < length; ++block) {
        char index[4];
        qToBigEndian(block, index);
        prf.reset();
        prf.addData(salt);
        prf.addData(index, sizeof index);
        QByteArray u = prf.result();
        QByteArray t = u;
        for (int j = 1; j < iterations; ++j) {
            prf.reset();
            prf.addData(u);
            u = prf.result();
            std::transform(t.cbegin(), t.cend(), u.cbegin(), t.begin(), std::bit_xor<>());
        }
        key += t;
    }
    key.truncate(length);
    return key;
}

std::optional<Problem> check(const QString& pin)
{
    if (pin.size() < minimumLength) {
        return Problem::TooShort;
    }
    if (pin.size() > maximumLength) {
        return Problem::TooLong;
    }
    return std::nullopt;
}

QString problemMessage(Problem problem)
{
    switch (problem) {
    case Problem::TooShort:
        return QCoreApplication::translate("bizkithub::AdminPin",
                                           "The PIN is too short: use at least %n characters.",
                                           nullptr, minimumLength);
    case Problem::TooLong:
        return QCoreApplication::translate("bizkithub::AdminPin",
                                           "The PIN is too long: use at most %n characters.",
                                           nullptr, maximumLength);
    }
    Q_UNREACHABLE();
    return {};
}

QString hash(const QString& pin, int iterations)
{
    iterations = std::max(iterations, minimumIterations);
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()),
                                          saltBytes / int(sizeof(quint32)));
    return QStringList{scheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derive(pin, salt, iterations).toBase64())}
        .join(u'$');
}

bool isUsableHash(const QString& stored)
{
    return parse(stored).has_value();
}

bool verify(const QString& pin, const QString& stored)
{
    const auto parsed = parse(stored);
    if (!parsed) {
        return false;
    }
    const QByteArray candidate = derive(pin, parsed->salt, parsed->iterations);
    // Every byte is compared, whatever the first difference, so timing tells nothing.
    unsigned char difference = 0;
    for (int i = 0; i < hashBytes; ++i) {
        difference |= static_cast<unsigned char>(candidate[i] ^ parsed->hash[i]);
    }
    return difference == 0;
}

} // namespace AdminPin

PinThrottle::PinThrottle(Clock clock)
    : m_clock(std::move(clock))
{}

std::chrono::seconds PinThrottle::delayAfter(int failures)
{
    if (failures < freeAttempts) {
        return std::chrono::seconds(0);
    }
    const int doublings = std::min(failures - freeAttempts, 16);
    return std::min(firstDelay * (1 << doublings), maximumDelay);
}

std::chrono::milliseconds PinThrottle::remainingDelay() const
{
    const auto now = m_clock();
    if (now >= m_notBefore) {
        return std::chrono::milliseconds(0);
    }
    return std::chrono::ceil<std::chrono::milliseconds>(m_notBefore - now);
}

void PinThrottle::recordFailure()
{
    ++m_failures;
    m_notBefore = m_clock() + delayAfter(m_failures);
}

void PinThrottle::recordSuccess()
{
    m_failures = 0;
    m_notBefore = {};
}

} // namespace bizkithub
