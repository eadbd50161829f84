// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket form as a person uses it: typing, tabbing, leaving fields.
#include "KeyboardInput.h"
#include "TicketForm.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace bizkithub;
using bizkithub::gui::TicketForm;

class TestTicketForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsWithFocusOnFirstName();
    void tabOrder_followsVisualOrder();
    void invalidEmail_isReportedOnFocusOutThenLive();
    void phone_isFormattedOnFocusOutNeverWhileTyping();
    void phoneExample_isOfTheDefaultRegionOnceTheFieldIsReached();
    void pastedDisplayName_fillsEmptyNameFields();
    void nearMissDomain_offersSuggestionNeverApplied();
    void typographicDash_offersFixWithTheProblem();
    void messageCounter_countsAndWarns();
    void showIssues_marksAllAndFocusesFirst();
    void category_pickedFromListGivesSlug();
    void setBusy_makesFieldsReadOnlyKeepingText();
    void clear_keepsAdminDefaultSendTo();
    void policy_hidesLocksAndMarksFields();
    void wipe_forgetsTextUndoAndCopiedText();
    void layout_sideBySideWhenWideStackedWhenNarrow_fieldsAligned();

private:
    template <typename T>
    T* child(const char* name) const
    {
        return m_form->findChild<T*>(QLatin1String(name));
    }
    void leaveWith(QWidget* editor, const QString& text);

    TicketForm* m_form = nullptr;
};

void TestTicketForm::init()
{
    m_form = new TicketForm;
    FormPolicy policy;
    policy.defaultRegion = QStringLiteral("CZ");
    policy.messageMaxLength = 20;
    m_form->setValidator(TicketValidator(policy));
    m_form->show();
    QApplication::setActiveWindow(m_form);
    QVERIFY(QTest::qWaitForWindowActive(m_form));
    m_form->focusFirstField();
}

void TestTicketForm::cleanup()
{
    delete m_form;
}

void TestTicketForm::leaveWith(QWidget* editor, const QString& text)
{
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    test::typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Tab);
}

void TestTicketForm::phoneExample_isOfTheDefaultRegionOnceTheFieldIsReached()
{
    FormPolicy policy;
    policy.defaultRegion = QStringLiteral("DE");
    m_form->setValidator(TicketValidator(policy));
    auto* phone = m_form->findChild<QLineEdit*>(QStringLiteral("phoneEdit"));
    QVERIFY(phone);
    // No sample of another country meanwhile: the numbering plans are read when it is reached.
    QVERIFY(phone->placeholderText().isEmpty());
    phone->setFocus();
    QTRY_VERIFY(phone->hasFocus());
    QVERIFY2(phone->placeholderText().startsWith(QLatin1String("+49 ")),
             qPrintable(phone->placeholderText()));
    policy.defaultRegion = QStringLiteral("SK");
    m_form->setValidator(TicketValidator(policy));
    QVERIFY2(phone->placeholderText().startsWith(QLatin1String("+421 ")),
             qPrintable(phone->placeholderText()));
}

void TestTicketForm::startsWithFocusOnFirstName()
{
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>("firstNameEdit"));
}

void TestTicketForm::tabOrder_followsVisualOrder()
{
    const QStringList expected{
        QStringLiteral("firstNameEdit"),   QStringLiteral("lastNameEdit"),
        QStringLiteral("emailEdit"),       QStringLiteral("phoneEdit"),
        QStringLiteral("categoryCombo"),   QStringLiteral("subjectEdit"),
        QStringLiteral("messageEdit"),     QStringLiteral("noticeEdit"),
        QStringLiteral("sendToEmailEdit"), QStringLiteral("sendButton"),
    };
    QTRY_VERIFY(child<QLineEdit>("firstNameEdit")->hasFocus());
    QStringList visited;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QWidget* focus = QApplication::focusWidget();
        // An editable combo box focuses its own line edit.
        if (qobject_cast<QLineEdit*>(focus) && qobject_cast<QComboBox*>(focus->parentWidget())) {
            focus = focus->parentWidget();
        }
        visited << focus->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(visited, expected);
    // Tab in the message box leaves it rather than typing a tab.
    QVERIFY(!child<QPlainTextEdit>("messageEdit")->toPlainText().contains(u'\t'));
}

void TestTicketForm::invalidEmail_isReportedOnFocusOutThenLive()
{
    auto* email = child<QLineEdit>("emailEdit");
    auto* error = child<QLabel>("emailError");
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("jan"));
    QVERIFY(error->isHidden()); // not while typing the first time
    QTest::keyClick(email, Qt::Key_Tab);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("@")));
    const ValidationIssue noAt{TicketField::CustomerEmail, Problem::EmailNoAt, 0, {}};
    QCOMPARE(email->accessibleDescription(), noAt.message());
    // The frame says it too, in the colour of the sentence under it.
    const QString colour = error->palette().color(QPalette::WindowText).name();
    QVERIFY2(email->styleSheet().contains(QLatin1String("border")) &&
                 email->styleSheet().contains(colour),
             qPrintable(email->styleSheet()));
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("@example.cz"));
    QVERIFY(error->isHidden()); // re-checked live once touched
    QVERIFY(email->accessibleDescription().isEmpty());
    QVERIFY(email->styleSheet().isEmpty());
}

void TestTicketForm::phone_isFormattedOnFocusOutNeverWhileTyping()
{
    auto* phone = child<QLineEdit>("phoneEdit");
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("777123456"));
    QCOMPARE(phone->text(), QStringLiteral("777123456"));
    QCOMPARE(phone->cursorPosition(), 9);
    QTest::keyClick(phone, Qt::Key_Tab);
    QCOMPARE(phone->text(), QStringLiteral("+420 777 123 456"));
    QCOMPARE(m_form->typedTicket().value(TicketField::CustomerPhone),
             QStringLiteral("+420 777 123 456"));
}

void TestTicketForm::pastedDisplayName_fillsEmptyNameFields()
{
    leaveWith(child<QLineEdit>("emailEdit"), QStringLiteral("Eva Dvořáková <eva@example.cz>"));
    QCOMPARE(child<QLineEdit>("emailEdit")->text(), QStringLiteral("eva@example.cz"));
    QCOMPARE(child<QLineEdit>("firstNameEdit")->text(), QStringLiteral("Eva"));
    QCOMPARE(child<QLineEdit>("lastNameEdit")->text(), QStringLiteral("Dvořáková"));
}

void TestTicketForm::nearMissDomain_offersSuggestionNeverApplied()
{
    auto* email = child<QLineEdit>("emailEdit");
    auto* suggestion = child<QPushButton>("emailSuggestionButton");
    leaveWith(email, QStringLiteral("jan@seznan.cz"));
    QCOMPARE(email->text(), QStringLiteral("jan@seznan.cz"));
    QVERIFY(suggestion->isVisible());
    QVERIFY(suggestion->text().contains(QLatin1String("jan@seznam.cz")));
    QVERIFY2(suggestion->font().underline(), "the suggestion reads as a link");
    QTest::mouseClick(suggestion, Qt::LeftButton);
    QCOMPARE(email->text(), QStringLiteral("jan@seznam.cz"));
    QVERIFY(suggestion->isHidden());
}

void TestTicketForm::typographicDash_offersFixWithTheProblem()
{
    auto* email = child<QLineEdit>("emailEdit");
    auto* error = child<QLabel>("emailError");
    auto* suggestion = child<QPushButton>("emailSuggestionButton");
    leaveWith(email, QStringLiteral("jan@t–online.de"));
    QCOMPARE(email->text(), QStringLiteral("jan@t–online.de"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("–")));
    QVERIFY(suggestion->isVisible());
    QVERIFY(suggestion->text().contains(QLatin1String("jan@t-online.de")));
    QTest::mouseClick(suggestion, Qt::LeftButton);
    QCOMPARE(email->text(), QStringLiteral("jan@t-online.de"));
    QVERIFY(error->isHidden());
    QVERIFY(suggestion->isHidden());
}

void TestTicketForm::messageCounter_countsAndWarns()
{
    auto* message = child<QPlainTextEdit>("messageEdit");
    auto* counter = child<QLabel>("messageCounterLabel");
    message->setFocus();
    QTest::keyClicks(message, QStringLiteral("Hello"));
    QVERIFY(counter->text().startsWith(QLatin1String("5 / 20")));
    QTest::keyClicks(message, QStringLiteral(" there, this is long"));
    QVERIFY(counter->text().contains(QLatin1String("too many")));
    QTest::keyClick(message, Qt::Key_Tab);
    QVERIFY(child<QLabel>("messageError")->isVisible());
    QCOMPARE(message->toPlainText(), QStringLiteral("Hello there, this is long")); // nothing cut
}

void TestTicketForm::showIssues_marksAllAndFocusesFirst()
{
    child<QLineEdit>("phoneEdit")->setText(QStringLiteral("12"));
    child<QLineEdit>("sendToEmailEdit")->setText(QStringLiteral("nope"));
    const auto result = TicketValidator().validate(m_form->typedTicket());
    m_form->showIssues(result.issues);
    QVERIFY(child<QLabel>("phoneError")->isVisible());
    QVERIFY(child<QLabel>("messageError")->isVisible());
    QVERIFY(child<QLabel>("sendToEmailError")->isVisible());
    QVERIFY(child<QLabel>("emailError")->isHidden());
    QTRY_VERIFY(child<QLineEdit>("phoneEdit")->hasFocus());
}

void TestTicketForm::category_pickedFromListGivesSlug()
{
    m_form->setCategories({{QStringLiteral("offer"), QStringLiteral("Price offer")},
                           {QStringLiteral("complaint"), QStringLiteral("Complaint")}});
    auto* combo = child<QComboBox>("categoryCombo");
    combo->setCurrentIndex(1);
    QCOMPARE(m_form->typedTicket().value(TicketField::CategorySlug), QStringLiteral("complaint"));
    combo->setEditText(QStringLiteral("custom-slug"));
    QCOMPARE(m_form->typedTicket().value(TicketField::CategorySlug), QStringLiteral("custom-slug"));
    Ticket t;
    t.setValue(TicketField::CategorySlug, QStringLiteral("offer"));
    m_form->setTypedTicket(t);
    QCOMPARE(combo->currentText(), QStringLiteral("Price offer"));
}

void TestTicketForm::setBusy_makesFieldsReadOnlyKeepingText()
{
    auto* subject = child<QLineEdit>("subjectEdit");
    subject->setText(QStringLiteral("Keep me"));
    m_form->setBusy(true);
    QVERIFY(subject->isReadOnly());
    QVERIFY(child<QPlainTextEdit>("messageEdit")->isReadOnly());
    QVERIFY(!m_form->sendButton()->isEnabled());
    m_form->setBusy(false);
    QVERIFY(!subject->isReadOnly());
    QCOMPARE(subject->text(), QStringLiteral("Keep me"));
}

void TestTicketForm::clear_keepsAdminDefaultSendTo()
{
    Ticket presets;
    presets.setValue(TicketField::SendToEmail, QStringLiteral("help@shop.cz"));
    m_form->setPresets(presets);
    child<QLineEdit>("subjectEdit")->setText(QStringLiteral("x"));
    QVERIFY(!m_form->isEmpty());
    m_form->clear();
    QVERIFY(m_form->isEmpty());
    QCOMPARE(child<QLineEdit>("sendToEmailEdit")->text(), QStringLiteral("help@shop.cz"));
}

void TestTicketForm::policy_hidesLocksAndMarksFields()
{
    FormPolicy policy;
    policy.hideInternalFields();
    policy.readOnlyFields = {TicketField::CategorySlug};
    policy.requiredFields = {TicketField::CustomerLastName};
    policy.requireContact = FormPolicy::ContactRequirement::Email;
    policy.presets.setValue(TicketField::CategorySlug, QStringLiteral("reception"));
    policy.presets.setValue(TicketField::Notice, QStringLiteral("from the lobby"));
    m_form->setValidator(TicketValidator(policy));
    m_form->setPresets(policy.initialTicket(QDateTime::currentDateTime(), QStringLiteral("h")));
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form));

    // Hidden: neither the field nor its label is there, and the empty group goes too.
    QVERIFY(!child<QPlainTextEdit>("noticeEdit")->isVisible());
    QVERIFY(!child<QLabel>("noticeLabel")->isVisible());
    QVERIFY(!child<QWidget>("internalGroup")->isVisible());
    // Read-only: shown with its preset, not editable, and it says who decided.
    auto* category = child<QComboBox>("categoryCombo");
    QVERIFY(category->isVisible());
    QCOMPARE(category->currentText(), QStringLiteral("reception"));
    QVERIFY(!category->isEnabled());
    QVERIFY(category->accessibleName().contains(QLatin1String("administrator")));
    // Required: a mark in the text and in the accessible name, and the check itself.
    QVERIFY(child<QLabel>("lastNameLabel")->text().endsWith(u'*'));
    QVERIFY(child<QLabel>("emailLabel")->text().endsWith(u'*'));
    QVERIFY(!child<QLabel>("subjectLabel")->text().endsWith(u'*'));
    QVERIFY(child<QLineEdit>("lastNameEdit")->accessibleName().contains(QLatin1String("required")));
    // Presets are not typing; busy and back keeps the lock.
    QVERIFY(m_form->isEmpty());
    m_form->setBusy(true);
    m_form->setBusy(false);
    QVERIFY(!category->isEnabled());
    QVERIFY(!child<QLineEdit>("subjectEdit")->isReadOnly());
    // The hidden field still carries its preset into the ticket.
    QCOMPARE(m_form->typedTicket().value(TicketField::Notice), QStringLiteral("from the lobby"));

    // The policy lifted: everything is back as it was.
    m_form->setValidator(TicketValidator());
    QVERIFY(child<QPlainTextEdit>("noticeEdit")->isVisible());
    QVERIFY(category->isEnabled());
    QVERIFY(!child<QLabel>("lastNameLabel")->text().endsWith(u'*'));
}

void TestTicketForm::wipe_forgetsTextUndoAndCopiedText()
{
    auto* message = child<QPlainTextEdit>("messageEdit");
    auto* subject = child<QLineEdit>("subjectEdit");
    message->setFocus();
    QTest::keyClicks(message, QStringLiteral("My account number is 12345"));
    QTest::keyClicks(subject, QStringLiteral("Private"));
    QVERIFY(message->document()->isUndoAvailable());
    QGuiApplication::clipboard()->setText(QStringLiteral("account number is 12345"));
    m_form->wipe();
    QVERIFY(m_form->isEmpty());
    QCOMPARE(message->toPlainText(), QString());
    QVERIFY(!message->document()->isUndoAvailable());
    QVERIFY(!subject->isUndoAvailable());
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
    // Text copied from elsewhere is not the form's to take.
    QGuiApplication::clipboard()->setText(QStringLiteral("unrelated"));
    QTest::keyClicks(subject, QStringLiteral("Something"));
    m_form->wipe();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("unrelated"));
}

void TestTicketForm::layout_sideBySideWhenWideStackedWhenNarrow_fieldsAligned()
{
    const auto left = [this](const char* name) {
        auto* w = child<QWidget>(name);
        return w->mapTo(m_form, QPoint(0, 0)).x();
    };
    const auto top = [this](const char* name) {
        auto* w = child<QWidget>(name);
        return w->mapTo(m_form, QPoint(0, 0)).y();
    };
    // Narrow: one column; every field starts at the same x, across the three groups.
    m_form->resize(600, 900);
    QTRY_VERIFY(!m_form->isSideBySide());
    QTRY_COMPARE(left("emailEdit"), left("subjectEdit"));
    QCOMPARE(left("firstNameEdit"), left("messageEdit"));
    QCOMPARE(left("firstNameEdit"), left("sendToEmailEdit"));
    QVERIFY(top("phoneEdit") < top("subjectEdit"));

    // Wide: the customer on the left, the ticket on the right; each column lines up its own.
    m_form->resize(1300, 700);
    QTRY_VERIFY(m_form->isSideBySide());
    QTRY_VERIFY(left("subjectEdit") > left("emailEdit") + 300);
    QCOMPARE(top("firstNameEdit"), top("categoryCombo"));
    QCOMPARE(left("firstNameEdit"), left("sendToEmailEdit"));
    QCOMPARE(left("subjectEdit"), left("messageEdit"));
    // Tab still goes through the customer before the ticket.
    child<QWidget>("phoneEdit")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(child<QComboBox>("categoryCombo")->isAncestorOf(QApplication::focusWidget()) ||
            QApplication::focusWidget() == child<QComboBox>("categoryCombo"));

    // And back.
    m_form->resize(600, 900);
    QTRY_VERIFY(!m_form->isSideBySide());
    QTRY_COMPARE(left("emailEdit"), left("subjectEdit"));
}

QTEST_MAIN(TestTicketForm)
#include "tst_ticketform.moc"
