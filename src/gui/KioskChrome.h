// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace bizkithub::gui {

// What a kiosk shows around the form: a header with the organisation's name and logo, the
// guest's language buttons and a small sign for staff, and the thank-you page a guest sees after
// Send (the reference large, how the reply will come, a QR code to take it away, a receipt and a
// visible countdown). The window places the two widgets; KioskController decides when they are
// used.
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
    // The languages a guest may choose ("en", "cs", ...), each named in its own language, and
    // the one shown; no buttons for a single language.
    void setLanguages(const QStringList& codes, const QString& current);
    [[nodiscard]] QPushButton* languageButton(const QString& code) const;
    // While the guest types on the on-screen keyboard, the greeting and the contact rule make
    // room for the form.
    void setCompact(bool compact);
    // Back to the greeting for the next guest, after the thank-you page.
    void endThankYou();
    // The staff's sign: how many tickets wait, marked when they are held, whether the kiosk
    // refuses new tickets for the hour (limit > 0), and anything else staff must know (the
    // keyboard that could not be loaded); the tooltip says more.
    void setWaiting(int waiting, bool held, const QString& explanation, int limit = 0,
                    const QString& problem = {});

    struct ThankYou
    {
        QString reference;
        QString reply;         // how the reply will come (GuestReceipt::replySentence)
        QString link;          // what the QR code holds
        bool canPrint = false; // a receipt printer is set up
    };
    // Thanks the guest and gives the reference; announced to a screen reader.
    void showThankYou(const ThankYou& thankYou);
    [[nodiscard]] QString thankYouText() const;
    // The seconds until the form comes back, said on the page.
    void setCountdown(int seconds);
    // How the reply will come, said anew (in another language).
    void setReply(const QString& reply);
    // After "Print receipt": whether it printed.
    void setPrinted(bool printed);
    [[nodiscard]] QLabel* qrCode() const { return m_qrCode; }
    [[nodiscard]] QPushButton* printButton() const { return m_printButton; }
    [[nodiscard]] QPushButton* doneButton() const { return m_doneButton; }

Q_SIGNALS:
    void languageChosen(const QString& code);
    void printRequested();
    void doneRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    QWidget* m_header;
    QLabel* m_logo;
    QLabel* m_title;
    QLabel* m_outbox;
    QHBoxLayout* m_languageRow;
    QButtonGroup* m_languages;
    QLabel* m_greeting;
    QLabel* m_contactHint;
    QWidget* m_thankYouPage;
    QLabel* m_thankYouTitle;
    QLabel* m_thankYouReferenceCaption;
    QLabel* m_thankYouReference;
    QLabel* m_thankYouReply;
    QLabel* m_qrCode;
    QLabel* m_qrCaption;
    QPushButton* m_printButton;
    QLabel* m_printResult;
    QLabel* m_countdown;
    QPushButton* m_doneButton;
    ThankYou m_thankYou; // of the guest being thanked; empty otherwise
    bool m_compact = false;
    std::optional<bool> m_printed; // what became of this guest's receipt
    bool m_thanking = false;       // the greeting is not for a guest who is done
    void updateGreeting();
    int m_secondsLeft = 0;
};

} // namespace bizkithub::gui
