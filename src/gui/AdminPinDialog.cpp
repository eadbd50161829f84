// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminPinDialog.h"

#include "AdminPin.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace bizkithub::gui {

AdminPinDialog::AdminPinDialog(QString storedHash, PinThrottle& throttle, QWidget* parent)
    : QDialog(parent)
    , m_storedHash(std::move(storedHash))
    , m_throttle(throttle)
    , m_pin(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Over a full-screen kiosk: no window frame to drag or close, its own title inside, and a
    // number pad for a screen without a keyboard.
    setWindowFlags(Qt::Dialog | Qt::FramelessWindowHint);
    setWindowTitle(tr("Administration"));
    setObjectName(QStringLiteral("adminPinDialog"));
    setStyleSheet(QStringLiteral("#adminPinDialog { border: 2px solid palette(highlight); }"));
    auto* layout = new QVBoxLayout(this);
    // Always as large as what it holds: a message that appears makes room for itself.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    auto* title = new QLabel(tr("Administration"), this);
    title->setObjectName(QStringLiteral("pinTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("Admin &PIN:"), this);
    label->setBuddy(m_pin);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("Admin PIN"));
    m_pin->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                               Qt::ImhPreferNumbers | Qt::ImhNoAutoUppercase);
    // The pad below types the PIN; the on-screen keyboard stays away (a real one still works).
    m_pin->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_pin->setMaxLength(AdminPin::maximumLength);
    form->addRow(label, m_pin);
    layout->addLayout(form);

    m_pad = new QWidget(this);
    auto* pad = new QGridLayout(m_pad);
    pad->setContentsMargins(0, 0, 0, 0);
    const auto addKey = [this, pad](const QString& text, int row, int column,
                                    const std::function<void()>& press) {
        auto* key = new QPushButton(text, m_pad);
        key->setObjectName(QStringLiteral("pinKey"));
        key->setFocusPolicy(Qt::NoFocus); // the PIN field keeps the focus and the typing
        key->setAutoDefault(false);
        connect(key, &QPushButton::clicked, this, press);
        pad->addWidget(key, row, column);
        m_padKeys.append(key);
        return key;
    };
    for (int digit = 1; digit <= 9; ++digit) {
        addKey(QString::number(digit), (digit - 1) / 3, (digit - 1) % 3,
               [this, digit] { m_pin->insert(QString::number(digit)); });
    }
    addKey(tr("Clear"), 3, 0, [this] { m_pin->clear(); })->setAccessibleName(tr("Clear the PIN"));
    addKey(QStringLiteral("0"), 3, 1, [this] { m_pin->insert(QStringLiteral("0")); });
    addKey(QStringLiteral("⌫"), 3, 2, [this] {
        m_pin->backspace();
    })->setAccessibleName(tr("Delete the last digit"));
    layout->addWidget(m_pad);

    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("pinMessage"));
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdminPinDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // While a wait is running, say how long, second by second.
    m_tick.setInterval(std::chrono::milliseconds(250));
    connect(&m_tick, &QTimer::timeout, this, &AdminPinDialog::updateState);
    m_tick.start();
    updateState();
    m_pin->setFocus(Qt::OtherFocusReason);
}

AdminPinDialog::~AdminPinDialog() = default;

QString AdminPinDialog::message() const
{
    return m_message->text();
}

void AdminPinDialog::updateState()
{
    QString text;
    bool canTry = !m_checking;
    if (!AdminPin::isUsableHash(m_storedHash)) {
        text = tr("No admin PIN is set up on this kiosk. Set one on this computer with: "
                  "bizkithub-contact-cli admin set-pin");
        canTry = false;
    } else if (const auto wait = m_throttle.remainingDelay(); wait.count() > 0) {
        const int seconds = int((wait.count() + 999) / 1000);
        text = tr("Too many wrong PINs. Try again in %n second(s).", nullptr, seconds);
        canTry = false;
    } else if (m_checking) {
        text = tr("Checking…");
    } else if (m_throttle.failures() > 0) {
        text = tr("Wrong PIN. Try again.");
    }
    if (m_message->text() != text) {
        // Wrapped to the pad's width, so the dialog grows downwards, never off its buttons.
        m_message->setFixedWidth(
            std::max(m_pad->sizeHint().width(), m_buttons->sizeHint().width()));
        m_message->setText(text);
        m_message->setVisible(!text.isEmpty());
        m_pin->setAccessibleDescription(text);
        QAccessibleEvent event(m_message, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
    m_pin->setEnabled(canTry);
    for (QPushButton* key : std::as_const(m_padKeys)) {
        key->setEnabled(canTry);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canTry);
    if (canTry && !m_pin->hasFocus() && isActiveWindow()) {
        m_pin->setFocus(Qt::OtherFocusReason);
    }
}

void AdminPinDialog::accept()
{
    if (m_checking || m_throttle.remainingDelay().count() > 0 ||
        !AdminPin::isUsableHash(m_storedHash)) {
        return;
    }
    m_checking = true;
    updateState();
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onChecked(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [pin = m_pin->text(), hash = m_storedHash] { return AdminPin::verify(pin, hash); }));
}

void AdminPinDialog::onChecked(bool correct)
{
    m_checking = false;
    m_pin->clear();
    if (correct) {
        m_throttle.recordSuccess();
        QDialog::accept();
        Q_EMIT unlocked();
        return;
    }
    m_throttle.recordFailure();
    updateState();
}

} // namespace bizkithub::gui
