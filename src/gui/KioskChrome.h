// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QWidget;

namespace bizkithub::gui {

// What a kiosk shows around the form: a header with the organisation's name and logo and a
// small sign for staff when tickets wait, and the thank-you page a guest sees after Send. The
// window places the two widgets; KioskController decides when they are used.
class KioskChrome final : public QObject
{
    Q_OBJECT

public:
    explicit KioskChrome(QWidget* window);

    [[nodiscard]] QWidget* header() const { return m_header; }
    [[nodiscard]] QWidget* thankYouPage() const { return m_thankYouPage; }
    [[nodiscard]] QLabel* outboxIndicator() const { return m_outbox; }

    void setOrganization(const QString& name, const QString& logoFile);
    // The words over the form: a greeting, and how to leave a way to reply (may be empty).
    void setGreeting(const QString& greeting, const QString& contactSentence);
    [[nodiscard]] QLabel* greeting() const { return m_greeting; }
    [[nodiscard]] QLabel* contactHint() const { return m_contactHint; }
    // The staff's sign: how many tickets wait, marked when they are held, and whether the kiosk
    // refuses new tickets for the hour (limit > 0); the tooltip says more.
    void setWaiting(int waiting, bool held, const QString& explanation, int limit = 0);
    // Thanks the guest and gives the reference; announced to a screen reader.
    void showThankYou(const QString& reference);
    [[nodiscard]] QString thankYouText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    QWidget* m_header;
    QLabel* m_logo;
    QLabel* m_title;
    QLabel* m_outbox;
    QLabel* m_greeting;
    QLabel* m_contactHint;
    QWidget* m_thankYouPage;
    QLabel* m_thankYouTitle;
    QLabel* m_thankYouReference;
    QLabel* m_thankYouHint;
    QString m_reference; // of the guest being thanked; empty otherwise
};

} // namespace bizkithub::gui
