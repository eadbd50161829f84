<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>bizkithub::AdminPin</name>
    <message numerus="yes">
        <source>The PIN is too short: use at least %n characters.</source>
        <translation>
            <numerusform>The PIN is too short: use at least %n character.</numerusform>
            <numerusform>The PIN is too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is too long: use at most %n characters.</source>
        <translation>
            <numerusform>The PIN is too long: use at most %n character.</numerusform>
            <numerusform>The PIN is too long: use at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::OutboxStatus</name>
    <message numerus="yes">
        <source>%n ticket(s) have waited more than %1 hours: the oldest, %2, since %3.</source>
        <translation>
            <numerusform>%n ticket has waited more than %1 hours: %2, since %3.</numerusform>
            <numerusform>%n tickets have waited more than %1 hours: the oldest, %2, since %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest waiting: %1, since %2 (%n minute(s))</source>
        <translation>
            <numerusform>Oldest waiting: %1, since %2 (%n minute)</numerusform>
            <numerusform>Oldest waiting: %1, since %2 (%n minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::ValidationIssue</name>
    <message numerus="yes">
        <source>Shorten this to at most %n characters.</source>
        <translation>
            <numerusform>Shorten this to at most %n character.</numerusform>
            <numerusform>Shorten this to at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category is too long: at most %n characters.</source>
        <translation>
            <numerusform>The category is too long: at most %n character.</numerusform>
            <numerusform>The category is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::AdminPinDialog</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::KioskChrome</name>
    <message numerus="yes">
        <source>Back to the start in %n second(s).</source>
        <translation>
            <numerusform>Back to the start in %n second.</numerusform>
            <numerusform>Back to the start in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::KioskController</name>
    <message numerus="yes">
        <source>The form will be cleared in %n second(s) to protect your data.</source>
        <translation>
            <numerusform>The form will be cleared in %n second to protect your data.</numerusform>
            <numerusform>The form will be cleared in %n seconds to protect your data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please correct the marked fields and send again (problems found: %n).</source>
        <translation>
            <numerusform>Please correct the marked field and send again.</numerusform>
            <numerusform>Please correct the marked fields and send again (problems found: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all tickets, drafts and history kept on this computer? %n ticket(s) have not been delivered and will be lost.</source>
        <translation>
            <numerusform>Delete all tickets, drafts and history kept on this computer? %n ticket has not been delivered and will be lost.</numerusform>
            <numerusform>Delete all tickets, drafts and history kept on this computer? %n tickets have not been delivered and will be lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n waiting</source>
        <translation>
            <numerusform>⚠ %n waiting</numerusform>
            <numerusform>⚠ %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::TicketForm</name>
    <message numerus="yes">
        <source>%1 / %2 characters: %n too many</source>
        <translation>
            <numerusform>%1 / %2 characters: %n too many</numerusform>
            <numerusform>%1 / %2 characters: %n too many</numerusform>
        </translation>
    </message>
</context>
</TS>
