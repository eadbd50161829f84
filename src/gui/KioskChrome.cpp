// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskChrome.h"

#include "Takeaway.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QButtonGroup>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace bizkithub::gui {

KioskChrome::KioskChrome(QWidget* window)
    : QObject(window)
    , m_header(new QFrame(window))
    , m_logo(new QLabel(m_header))
    , m_title(new QLabel(m_header))
    , m_outbox(new QLabel(m_header))
    , m_languageRow(new QHBoxLayout)
    , m_languages(new QButtonGroup(this))
    , m_greeting(new QLabel(m_header))
    , m_contactHint(new QLabel(m_header))
    , m_thankYouPage(new QWidget(window))
    , m_thankYouTitle(new QLabel(m_thankYouPage))
    , m_thankYouReferenceCaption(new QLabel(m_thankYouPage))
    , m_thankYouReference(new QLabel(m_thankYouPage))
    , m_thankYouReply(new QLabel(m_thankYouPage))
    , m_qrCode(new QLabel(m_thankYouPage))
    , m_qrCaption(new QLabel(m_thankYouPage))
    , m_printButton(new QPushButton(m_thankYouPage))
    , m_printResult(new QLabel(m_thankYouPage))
    , m_countdown(new QLabel(m_thankYouPage))
    , m_doneButton(new QPushButton(m_thankYouPage))
{
    // The header: the organisation's name and logo, the guest's languages, and a small sign for
    // staff when tickets wait.
    m_header->setObjectName(QStringLiteral("kioskHeader"));
    m_title->setObjectName(QStringLiteral("kioskTitle"));
    m_outbox->setObjectName(QStringLiteral("kioskOutboxIndicator"));
    m_outbox->setEnabled(false); // small and quiet: it is meant for staff
    m_outbox->setWordWrap(true);
    m_outbox->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* rows = new QVBoxLayout(m_header);
    auto* header = new QHBoxLayout;
    header->addWidget(m_logo);
    header->addWidget(m_title, 1);
    header->addWidget(m_outbox, 1, Qt::AlignVCenter | Qt::AlignRight);
    header->addLayout(m_languageRow);
    rows->addLayout(header);
    m_languages->setExclusive(true);
    connect(m_languages, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
        Q_EMIT languageChosen(button->property("language").toString());
    });
    // The guest is greeted, and told before starting how to leave a way to reply.
    m_greeting->setObjectName(QStringLiteral("kioskGreeting"));
    m_greeting->setWordWrap(true);
    m_contactHint->setObjectName(QStringLiteral("kioskContactHint"));
    m_contactHint->setWordWrap(true);
    rows->addWidget(m_greeting);
    rows->addWidget(m_contactHint);
    m_header->hide();

    // The thank-you page: the reference large, how the reply will come, and what to take it
    // away with (a QR code, a receipt); the countdown says when the form comes back.
    m_thankYouPage->setObjectName(QStringLiteral("thankYouPage"));
    m_thankYouTitle->setObjectName(QStringLiteral("thankYouTitle"));
    m_thankYouTitle->setAlignment(Qt::AlignCenter);
    m_thankYouReferenceCaption->setAlignment(Qt::AlignCenter);
    m_thankYouReferenceCaption->setWordWrap(true);
    m_thankYouReference->setObjectName(QStringLiteral("thankYouReference"));
    m_thankYouReference->setAlignment(Qt::AlignCenter);
    m_thankYouReference->setTextInteractionFlags(Qt::NoTextInteraction);
    m_thankYouReply->setObjectName(QStringLiteral("thankYouReply"));
    m_thankYouReply->setAlignment(Qt::AlignCenter);
    m_thankYouReply->setWordWrap(true);
    m_qrCode->setObjectName(QStringLiteral("thankYouQrCode"));
    m_qrCode->setAlignment(Qt::AlignCenter);
    m_qrCaption->setAlignment(Qt::AlignCenter);
    m_qrCaption->setWordWrap(true);
    m_printButton->setObjectName(QStringLiteral("printReceiptButton"));
    m_printButton->setAutoDefault(false);
    m_printResult->setObjectName(QStringLiteral("printResult"));
    m_printResult->setAlignment(Qt::AlignCenter);
    m_printResult->setWordWrap(true);
    m_printResult->hide();
    m_countdown->setObjectName(QStringLiteral("thankYouCountdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_doneButton->setObjectName(QStringLiteral("thankYouDone"));
    m_doneButton->setAutoDefault(false);
    m_doneButton->setDefault(true); // the way on, drawn as the page's main button
    connect(m_printButton, &QPushButton::clicked, this, &KioskChrome::printRequested);
    connect(m_doneButton, &QPushButton::clicked, this, &KioskChrome::doneRequested);

    // The words on the left, the code to scan on the right; the buttons under both.
    auto* page = new QVBoxLayout(m_thankYouPage);
    page->addStretch(1);
    page->addWidget(m_thankYouTitle);
    auto* middle = new QHBoxLayout;
    middle->addStretch(1);
    auto* words = new QVBoxLayout;
    words->addWidget(m_thankYouReferenceCaption);
    words->addWidget(m_thankYouReference);
    words->addWidget(m_thankYouReply);
    words->addStretch(1);
    middle->addLayout(words, 3);
    auto* code = new QVBoxLayout;
    code->addWidget(m_qrCode);
    code->addWidget(m_qrCaption);
    code->addStretch(1);
    middle->addSpacing(m_thankYouPage->fontMetrics().height() * 2);
    middle->addLayout(code, 2);
    middle->addStretch(1);
    page->addLayout(middle);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(m_thankYouPage->fontMetrics().height());
    buttons->addStretch(1);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_doneButton);
    buttons->addStretch(1);
    page->addLayout(buttons);
    page->addWidget(m_printResult);
    page->addWidget(m_countdown);
    page->addStretch(1);

    // The header follows the language with the rest of the window.
    m_header->installEventFilter(this);
    retranslate();
}

bool KioskChrome::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_header && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void KioskChrome::retranslate()
{
    m_thankYouTitle->setText(tr("Thank you!"));
    m_thankYouReferenceCaption->setText(tr("We have your request. Your reference:"));
    m_printButton->setText(tr("Print receipt"));
    m_doneButton->setText(tr("Done"));
    m_doneButton->setToolTip(tr("Back to the start for the next guest"));
    m_qrCaption->setText(m_thankYou.link == m_thankYou.reference
                             ? tr("Scan to keep your reference on your phone.")
                             : tr("Scan to follow your request on your phone."));
    m_qrCode->setAccessibleName(tr("QR code of your reference"));
    setCountdown(m_secondsLeft);
    m_thankYouReference->setAccessibleName(
        m_thankYou.reference.isEmpty() ? QString()
                                       : tr("Your reference is %1.").arg(m_thankYou.reference));
    m_printResult->setText(!m_printed   ? QString()
                           : *m_printed ? tr("Your receipt is being printed.")
                                        : tr("The receipt could not be printed. Please note your "
                                             "reference, or ask our staff."));
    m_printResult->setVisible(m_printed.has_value());
}

void KioskChrome::setOrganization(const QString& name, const QString& logoFile)
{
    m_title->setText(name);
    m_title->setVisible(!name.isEmpty());
    const QPixmap logo(logoFile);
    m_logo->setPixmap(logo.isNull() ? QPixmap()
                                    : logo.scaledToHeight(m_header->fontMetrics().height() * 3,
                                                          Qt::SmoothTransformation));
    m_logo->setVisible(!logo.isNull());
}

void KioskChrome::setCompact(bool compact)
{
    m_compact = compact;
    updateGreeting();
}

void KioskChrome::endThankYou()
{
    // Nothing of this guest stays on the page for the next one, nor for a screen reader.
    m_thanking = false;
    m_thankYou = {};
    m_printed.reset();
    m_secondsLeft = 0;
    m_thankYouReference->clear();
    m_thankYouReply->clear();
    m_qrCode->clear();
    retranslate();
    updateGreeting();
}

void KioskChrome::updateGreeting()
{
    m_greeting->setVisible(!m_compact && !m_thanking && !m_greeting->text().isEmpty());
    // While the keys are up the form needs the room; the rule stands at the fields on Send.
    m_contactHint->setVisible(!m_compact && !m_thanking && !m_contactHint->text().isEmpty());
}

void KioskChrome::setGreeting(const QString& greeting, const QString& contactSentence)
{
    m_greeting->setText(greeting);
    m_contactHint->setText(contactSentence);
    updateGreeting();
}

void KioskChrome::setLanguages(const QStringList& codes, const QString& current)
{
    const QStringList shown = codes.size() > 1 ? codes : QStringList();
    QStringList existing;
    for (QAbstractButton* button : m_languages->buttons()) {
        existing.append(button->property("language").toString());
    }
    if (existing != shown) {
        for (QAbstractButton* button : m_languages->buttons()) {
            m_languages->removeButton(button);
            delete button;
        }
        for (const QString& code : shown) {
            auto* button = new QPushButton(nativeLanguageName(code), m_header);
            button->setObjectName(QStringLiteral("languageButton"));
            button->setProperty("language", code);
            button->setCheckable(true);
            button->setAutoDefault(false);
            button->setFocusPolicy(Qt::TabFocus); // a tap leaves the keys up
            m_languages->addButton(button);
            m_languageRow->addWidget(button);
        }
    }
    for (QAbstractButton* button : m_languages->buttons()) {
        const bool isCurrent = button->property("language").toString() == current;
        button->setChecked(isCurrent);
        QFont font = button->font();
        font.setBold(isCurrent);
        button->setFont(font);
    }
}

QPushButton* KioskChrome::languageButton(const QString& code) const
{
    for (QAbstractButton* button : m_languages->buttons()) {
        if (button->property("language").toString() == code) {
            return qobject_cast<QPushButton*>(button);
        }
    }
    return nullptr;
}

void KioskChrome::setWaiting(int waiting, bool held, const QString& explanation, int limit,
                             const QString& problem)
{
    QStringList parts;
    if (waiting > 0) {
        parts.append(held ? tr("⚠ %n waiting", nullptr, waiting)
                          : tr("%n waiting", nullptr, waiting));
    }
    if (limit > 0) {
        parts.append(tr("⚠ %n tickets in the last hour: new ones are refused", nullptr, limit));
    }
    if (!problem.isEmpty()) {
        parts.append(QStringLiteral("⚠ ") + problem);
    }
    const QString text = parts.join(QStringLiteral(" · "));
    m_outbox->setText(text);
    m_outbox->setToolTip(explanation);
    m_outbox->setAccessibleName(text);
    m_outbox->setVisible(!text.isEmpty());
}

void KioskChrome::showThankYou(const ThankYou& thankYou)
{
    m_thankYou = thankYou;
    m_thanking = true;
    updateGreeting();
    m_thankYouReference->setText(thankYou.reference);
    m_thankYouReply->setText(thankYou.reply);
    // Large enough for a phone held at arm's length: about 7 px a module at scale 1.
    const int moduleSize = std::max(5, m_thankYouPage->fontMetrics().height() * 2 / 5);
    const Takeaway* takeaway = Takeaway::instance();
    QPixmap image =
        QPixmap::fromImage(takeaway ? takeaway->qrCode(thankYou.link, moduleSize) : QImage());
    image.setDevicePixelRatio(1.0);
    m_qrCode->setPixmap(image);
    m_qrCode->setMinimumSize(image.size()); // a squeezed code is no code
    m_qrCode->setVisible(!image.isNull());
    m_qrCaption->setVisible(!image.isNull());
    m_printButton->setVisible(thankYou.canPrint);
    m_printButton->setEnabled(true);
    m_printed.reset();
    retranslate();
    QAccessibleEvent event(m_thankYouReference, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QString KioskChrome::thankYouText() const
{
    return m_thankYouReferenceCaption->text() + u' ' + m_thankYouReference->text() + u' ' +
           m_thankYouReply->text();
}

void KioskChrome::setCountdown(int seconds)
{
    m_secondsLeft = seconds;
    m_countdown->setText(seconds > 0 ? tr("Back to the start in %n second(s).", nullptr, seconds)
                                     : QString());
}

void KioskChrome::setReply(const QString& reply)
{
    m_thankYou.reply = reply;
    m_thankYouReply->setText(reply);
}

void KioskChrome::setPrinted(bool printed)
{
    m_printed = printed;
    retranslate();
    QAccessibleEvent event(m_printResult, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

} // namespace bizkithub::gui
