// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuccessPage.h"

#include "FieldBinding.h"
#include "Outbox.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBoundaryFinder>
#include <QToolButton>
#include <QVBoxLayout>

namespace bizkithub::gui {

namespace {

QLabel* selectableLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SuccessPage::SuccessPage(QWidget* parent)
    : QWidget(parent)
    , m_sign(new QLabel(this))
    , m_title(new QLabel(this))
    , m_sentence(selectableLabel(this))
    , m_card(new QFrame(this))
    , m_referenceCaption(new QLabel(m_card))
    , m_reference(new QLabel(m_card))
    , m_copy(new QPushButton(m_card))
    , m_fields(new QFormLayout)
    , m_detailsToggle(new QToolButton(m_card))
    , m_details(selectableLabel(m_card))
    , m_settings(new QPushButton(this))
    , m_newTicket(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("successTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_sign->setObjectName(QStringLiteral("successSign"));
    QFont signFont = titleFont;
    signFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_sign->setFont(signFont);
    m_sign->setAlignment(Qt::AlignCenter);
    m_sentence->setObjectName(QStringLiteral("successSentence"));

    // The card: the reference large, with Copy; the ticket's fields in one aligned column.
    m_card->setObjectName(QStringLiteral("successCard"));
    m_card->setFrameShape(QFrame::StyledPanel);
    m_card->setBackgroundRole(QPalette::Base);
    m_card->setAutoFillBackground(true);
    m_reference->setObjectName(QStringLiteral("successReference"));
    QFont referenceFont = m_reference->font();
    referenceFont.setPointSizeF(referenceFont.pointSizeF() * 1.8);
    referenceFont.setBold(true);
    referenceFont.setStyleHint(QFont::Monospace);
    referenceFont.setFamily(QStringLiteral("monospace"));
    m_reference->setFont(referenceFont);
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copy->setObjectName(QStringLiteral("copyReference"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_reference->text());
        m_copy->setText(tr("Copied"));
    });
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detailsToggle->setObjectName(QStringLiteral("successDetailsToggle"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_details->setObjectName(QStringLiteral("successDetails"));
    m_details->hide();
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_details->setVisible(open);
        m_detailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    m_detailsToggle->setArrowType(Qt::RightArrow);

    auto* card = new QVBoxLayout(m_card);
    auto* referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_referenceCaption);
    referenceRow->addWidget(m_reference);
    referenceRow->addWidget(m_copy);
    referenceRow->addStretch(1);
    card->addLayout(referenceRow);
    auto* rule = new QFrame(m_card);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    card->addWidget(rule);
    card->addLayout(m_fields);
    card->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    card->addWidget(m_details);

    m_settings->setObjectName(QStringLiteral("actionNeededSettings"));
    m_settings->hide();
    connect(m_settings, &QPushButton::clicked, this, &SuccessPage::settingsRequested);
    m_newTicket->setObjectName(QStringLiteral("successNewTicket"));
    connect(m_newTicket, &QPushButton::clicked, this, &SuccessPage::newTicketRequested);

    // A readable measure, centred in a wide window, the whole width of a narrow one.
    auto* column = new QVBoxLayout;
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_sign, 0, Qt::AlignTop);
    auto* words = new QVBoxLayout;
    words->addWidget(m_title);
    words->addWidget(m_sentence);
    heading->addLayout(words, 1);
    column->addLayout(heading);
    column->addSpacing(fontMetrics().height() / 2);
    column->addWidget(m_card);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_settings);
    buttons->addWidget(m_newTicket);
    column->addLayout(buttons);
    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addLayout(column, 6);
    centre->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2);
    retranslate();
}

void SuccessPage::retranslate()
{
    m_newTicket->setText(tr("&New ticket"));
    m_newTicket->setToolTip(
        tr("Start a new ticket (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_settings->setText(tr("Open settin&gs"));
    m_referenceCaption->setText(tr("Reference"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the reference, to give it to the customer"));
    m_detailsToggle->setText(tr("Details"));
    m_details->setAccessibleName(tr("Details"));
    m_card->setAccessibleName(tr("Summary of the ticket"));
    if (m_refill) {
        m_refill();
    }
}

void SuccessPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

QString SuccessPage::excerpt(const QString& message, int limit)
{
    const QString text = message.simplified();
    if (text.size() <= limit) {
        return text;
    }
    // The last word boundary at or before the limit; a single endless word is cut where it must.
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    words.setPosition(limit);
    if (!words.isAtBoundary()) {
        words.toPreviousBoundary();
    }
    qsizetype cut = words.position();
    if (cut <= limit / 2) {
        cut = limit;
    }
    return text.left(cut).trimmed() + u'…';
}

void SuccessPage::showTicket(const Ticket& shown, const QUuid& id, const SubmitResult& result,
                             const QDateTime& deliveredAt)
{
    m_refill = [this, shown, id, result, deliveredAt] {
        showTicket(shown, id, result, deliveredAt);
    };
    QStringList details;
    if (result.httpStatus) {
        details << tr("HTTP status: %1").arg(result.httpStatus);
    }
    if (!result.requestId.isEmpty()) {
        details << tr("Request id: %1").arg(result.requestId);
    }
    // When it reached BizKitHub, in the language's own time format.
    present(Kind::Delivered,
            tr("Delivered at %1").arg(QLocale().toString(deliveredAt.time(), QLocale::ShortFormat)),
            tr("BizKitHub has the ticket. Give the customer the reference if they ask."), shown, id,
            details.join(u'\n'), deliveredAt);
}

void SuccessPage::showKept(const Ticket& shown, const QUuid& id, const QString& whatNext)
{
    m_refill = [this, shown, id, whatNext] {
        showKept(shown, id, whatNext);
    };
    present(Kind::Kept, tr("Saved in the outbox"), whatNext, shown, id, {},
            QDateTime::currentDateTime());
}

void SuccessPage::showActionNeeded(const Ticket& shown, const QUuid& id,
                                   const QString& whatHappened)
{
    m_refill = [this, shown, id, whatHappened] {
        showActionNeeded(shown, id, whatHappened);
    };
    present(Kind::ActionNeeded, tr("Action needed"), whatHappened, shown, id, {},
            QDateTime::currentDateTime());
}

void SuccessPage::present(Kind kind, const QString& title, const QString& sentence,
                          const Ticket& shown, const QUuid& id, const QString& details,
                          const QDateTime& when)
{
    m_kind = kind;
    m_title->setText(title);
    m_sentence->setText(sentence);
    // A sign in the palette's own colours: the highlight for done, the link colour for a
    // ticket that waits (a letter in the outbox), a warning for one that needs a person. Each is
    // in DejaVu Sans, the font every Debian desktop has: an emoji such as an hourglass is a
    // blank box where no emoji font is installed.
    static constexpr char16_t delivered = u'✔', kept = u'✉', action = u'⚠';
    QPalette palette = m_sign->palette();
    switch (kind) {
    case Kind::Delivered:
        m_sign->setText(QString(QChar(delivered)));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Highlight));
        m_sign->setAccessibleName(tr("Delivered"));
        break;
    case Kind::Kept:
        m_sign->setText(QString(QChar(kept)));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Link));
        m_sign->setAccessibleName(tr("Saved"));
        break;
    case Kind::ActionNeeded:
        m_sign->setText(QString(QChar(action)));
        palette.setColor(QPalette::WindowText, FieldBinding::errorColour(palette));
        m_sign->setAccessibleName(tr("Action needed"));
        break;
    }
    m_sign->setPalette(palette);
    m_reference->setText(Outbox::referenceFor(id));
    m_copy->setText(tr("Copy"));
    fillCard(shown, when);
    m_details->setText(details);
    m_detailsToggle->setVisible(!details.isEmpty());
    m_detailsToggle->setChecked(false);
    m_settings->setVisible(kind == Kind::ActionNeeded);
    m_settings->setDefault(kind == Kind::ActionNeeded);
    m_newTicket->setDefault(kind != Kind::ActionNeeded);

    QAccessibleEvent event(m_title, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void SuccessPage::fillCard(const Ticket& shown, const QDateTime& when)
{
    while (m_fields->rowCount() > 0) {
        m_fields->removeRow(0);
    }
    const auto add = [this](const QString& label, const QString& value) {
        if (value.isEmpty()) {
            return;
        }
        QLabel* field = selectableLabel(m_card);
        field->setText(value); // its accessible name: what a screen reader reads after the label
        m_fields->addRow(label, field);
    };
    add(tr("Customer"), QStringList{shown.value(TicketField::CustomerFirstName),
                                    shown.value(TicketField::CustomerLastName)}
                            .join(u' ')
                            .trimmed());
    add(tr("E-mail"), shown.value(TicketField::CustomerEmail));
    add(tr("Phone"), shown.value(TicketField::CustomerPhone));
    add(tr("Category"), shown.value(TicketField::CategorySlug));
    add(tr("Subject"), shown.value(TicketField::Subject));
    add(tr("Message"), excerpt(shown.value(TicketField::Message)));
    add(m_kind == Kind::Delivered ? tr("Sent") : tr("Saved"),
        QLocale().toString(when, QLocale::ShortFormat));
}

QString SuccessPage::title() const
{
    return m_title->text();
}

QString SuccessPage::reference() const
{
    return m_reference->text();
}

QString SuccessPage::details() const
{
    return m_details->text();
}

QString SuccessPage::summary() const
{
    QStringList lines{m_sentence->text(), m_referenceCaption->text() + u' ' + m_reference->text()};
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const auto* label =
            qobject_cast<QLabel*>(m_fields->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto* field =
            qobject_cast<QLabel*>(m_fields->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && field) {
            lines << label->text() + u": " + field->text();
        }
    }
    return lines.join(u'\n');
}

} // namespace bizkithub::gui
