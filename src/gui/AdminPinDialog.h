// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bizkithub {
class PinThrottle;
}

namespace bizkithub::gui {

// Asks for the kiosk's admin PIN, typed on its own number pad or a real keyboard. Checking takes a
// moment (the hash is deliberately slow), so it runs off the GUI thread; wrong PINs make the next
// try wait longer (PinThrottle).
class AdminPinDialog final : public QDialog
{
    Q_OBJECT

public:
    AdminPinDialog(QString storedHash, PinThrottle& throttle, QWidget* parent = nullptr);
    ~AdminPinDialog() override;

    [[nodiscard]] QLineEdit* pinEdit() const { return m_pin; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool isChecking() const { return m_checking; }

    void accept() override;

Q_SIGNALS:
    void unlocked();

private:
    void updateState();
    void onChecked(bool correct);

    QString m_storedHash;
    PinThrottle& m_throttle;
    QLineEdit* m_pin;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QWidget* m_pad = nullptr;
    QList<QPushButton*> m_padKeys;
    QTimer m_tick;
    bool m_checking = false;
};

} // namespace bizkithub::gui
