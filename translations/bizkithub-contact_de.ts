<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt Hilfe einschließlich Qt-spezifischer Optionen an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Fehlender Wert nach „%1“.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unerwarteter Wert nach „%1“.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alle speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://api.bizkithub.com</source>
        <translation>https://api.bizkithub.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;nzeigen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Phone &amp;country:</source>
        <translation>Telefon&amp;land:</translation>
    </message>
    <message>
        <source>Country of phone numbers given without a country code</source>
        <translation>Land für Telefonnummern ohne Ländervorwahl</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>One per line: slug=Label, e.g. billing=Billing question</source>
        <translation>Eine pro Zeile: slug=Bezeichnung, z. B. billing=Frage zur Rechnung</translation>
    </message>
    <message>
        <source>Send &amp;to e-mail:</source>
        <translation>Senden an &amp;E-Mail:</translation>
    </message>
    <message>
        <source>Default send-to e-mail</source>
        <translation>Standardadresse für „Senden an E-Mail“</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>Auf Antwort &amp;warten:</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer</source>
        <translation>Wartezeit auf eine Antwort in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>E&amp;xtra certificates:</source>
        <translation>&amp;Zusätzliche Zertifikate:</translation>
    </message>
    <message>
        <source>Extra trusted certificates (PEM file)</source>
        <translation>Zusätzliche vertrauenswürdige Zertifikate (PEM-Datei)</translation>
    </message>
    <message>
        <source>optional: PEM file for a TLS-inspecting proxy</source>
        <translation>optional: PEM-Datei für einen TLS-prüfenden Proxy</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Sprache der Anwendung</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>&amp;Kategorien:</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>Customer</source>
        <translation>Kundendaten</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nachna&amp;me:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Use the suggested address</source>
        <translation>Vorgeschlagene Adresse verwenden</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Nach&amp;richt:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Internal (never shown to the customer)</source>
        <translation>Intern (wird dem Kunden/der Kundin nie angezeigt)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Send &amp;to e-mail:</source>
        <translation>Senden &amp;an E-Mail:</translation>
    </message>
    <message>
        <source>Send to e-mail</source>
        <translation>Senden an E-Mail</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Internal n&amp;ote:</source>
        <translation>Interne N&amp;otiz:</translation>
    </message>
</context>
<context>
    <name>bizkithub::AdminPin</name>
    <message numerus="yes">
        <source>The PIN is too short: use at least %n characters.</source>
        <translation>
            <numerusform>Die PIN ist zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Die PIN ist zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is too long: use at most %n characters.</source>
        <translation>
            <numerusform>Die PIN ist zu lang: Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Die PIN ist zu lang: Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::ApiKey</name>
    <message>
        <source>Production key</source>
        <translation>Produktionsschlüssel</translation>
    </message>
    <message>
        <source>Development key</source>
        <translation>Entwicklungsschlüssel</translation>
    </message>
    <message>
        <source>System key</source>
        <translation>Systemschlüssel</translation>
    </message>
    <message>
        <source>An API key is needed to send tickets. Enter it in Settings (ask your BizKitHub administrator for one).</source>
        <translation>Zum Senden von Tickets wird ein API-Schlüssel benötigt. Geben Sie ihn in den Einstellungen ein (Sie erhalten ihn von Ihrem BizKitHub-Administrator).</translation>
    </message>
    <message>
        <source>This API key is not in the right format: it has 32 letters and digits and starts with PROD, DEV_ or ROOT. Copy it again from BizKitHub.</source>
        <translation>Dieser API-Schlüssel hat nicht das richtige Format: Er besteht aus 32 Buchstaben und Ziffern und beginnt mit PROD, DEV_ oder ROOT. Kopieren Sie ihn erneut aus BizKitHub.</translation>
    </message>
    <message>
        <source>This is a ROOT platform key, which has no limits and must not be used on a kiosk. Enter a PROD key for this kiosk.</source>
        <translation>Dies ist ein ROOT-Plattformschlüssel. Er hat keine Beschränkungen und darf nicht an einem Kiosk verwendet werden. Geben Sie für diesen Kiosk einen PROD-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>bizkithub::BaseUrl</name>
    <message>
        <source>Enter the server address as a web address, like https://api.bizkithub.com.</source>
        <translation>Geben Sie die Serveradresse als Webadresse ein, z. B. https://api.bizkithub.com.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// is refused, except on this computer itself).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (einfaches http:// wird abgelehnt, außer auf diesem Computer selbst).</translation>
    </message>
</context>
<context>
    <name>bizkithub::Consent</name>
    <message>
        <source>The customer agrees that their details are used to handle this request.</source>
        <translation>Der Kunde ist einverstanden, dass seine Angaben zur Bearbeitung dieser Anfrage verwendet werden.</translation>
    </message>
    <message>
        <source>I agree that my details are used to handle this request.</source>
        <translation>Ich bin einverstanden, dass meine Angaben zur Bearbeitung dieser Anfrage verwendet werden.</translation>
    </message>
    <message>
        <source>Tick the box to confirm the agreement; the ticket cannot be sent without it.</source>
        <translation>Kreuzen Sie das Kästchen an, um die Zustimmung zu bestätigen; ohne sie kann das Ticket nicht gesendet werden.</translation>
    </message>
</context>
<context>
    <name>bizkithub::FormPolicy</name>
    <message>
        <source>Leave your e-mail address so we can reply.</source>
        <translation>Hinterlassen Sie Ihre E-Mail-Adresse, damit wir antworten können.</translation>
    </message>
    <message>
        <source>Leave your phone number so we can reply.</source>
        <translation>Hinterlassen Sie Ihre Telefonnummer, damit wir antworten können.</translation>
    </message>
    <message>
        <source>Leave an e-mail or a phone number so we can reply.</source>
        <translation>Hinterlassen Sie eine E-Mail-Adresse oder Telefonnummer, damit wir antworten können.</translation>
    </message>
</context>
<context>
    <name>bizkithub::Outbox</name>
    <message>
        <source>This is not an exported outbox file.</source>
        <translation>Dies ist keine exportierte Postausgangsdatei.</translation>
    </message>
    <message>
        <source>Skipped an entry without a valid id or state.</source>
        <translation>Ein Eintrag ohne gültige ID oder ohne gültigen Status wurde übersprungen.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the outbox file is damaged</source>
        <translation>die Datei des Postausgangs ist beschädigt</translation>
    </message>
    <message>
        <source>the outbox file cannot be written</source>
        <translation>die Datei des Postausgangs kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>another program keeps the outbox busy</source>
        <translation>ein anderes Programm belegt den Postausgang</translation>
    </message>
    <message>
        <source>the outbox was written by a newer version of this application</source>
        <translation>der Postausgang wurde von einer neueren Version dieser Anwendung geschrieben</translation>
    </message>
    <message>
        <source>the outbox cannot be used just now</source>
        <translation>der Postausgang ist gerade nicht nutzbar</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be written: the disk is full. Free some space on this computer and try again.</source>
        <translation>In den Postausgang %1 kann nicht geschrieben werden: Der Datenträger ist voll. Schaffen Sie auf diesem Computer Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The outbox %1 is damaged and cannot be read. It has not been changed: keep the file, and ask your administrator to recover the tickets in it (for example with sqlite3 .recover). To go on working, move it elsewhere; a new outbox is made at the next start.</source>
        <translation>Der Postausgang %1 ist beschädigt und kann nicht gelesen werden. Er wurde nicht verändert: Bewahren Sie die Datei auf und bitten Sie Ihre Administration, die Tickets darin wiederherzustellen (zum Beispiel mit sqlite3 .recover). Um weiterzuarbeiten, verschieben Sie sie an einen anderen Ort; beim nächsten Start wird ein neuer Postausgang angelegt.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be opened for writing. Check that this user may write to the file and its folder.</source>
        <translation>Der Postausgang %1 kann nicht zum Schreiben geöffnet werden. Prüfen Sie, ob dieser Benutzer in die Datei und ihren Ordner schreiben darf.</translation>
    </message>
    <message>
        <source>The outbox %1 is kept busy by another program. Try again in a moment.</source>
        <translation>Der Postausgang %1 wird von einem anderen Programm belegt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The outbox %1 was written by a newer version of this application. Install that version again.</source>
        <translation>Der Postausgang %1 wurde von einer neueren Version dieser Anwendung geschrieben. Installieren Sie diese Version erneut.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be used just now. Try again in a moment.</source>
        <translation>Der Postausgang %1 ist gerade nicht nutzbar. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be used: %2</source>
        <translation>Der Postausgang %1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>Could not store ticket %1: %2.</source>
        <translation>Ticket %1 konnte nicht gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>bizkithub::OutboxEntry</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>Wird erneut gesendet</translation>
    </message>
    <message>
        <source>Needs correcting</source>
        <translation>Korrektur nötig</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Zugestellt.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept some fields.</source>
        <translation>BizKitHub hat einige Felder nicht angenommen.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept the ticket as it was written.</source>
        <translation>BizKitHub hat das Ticket so, wie es geschrieben war, nicht angenommen.</translation>
    </message>
    <message>
        <source>The API key was refused.</source>
        <translation>Der API-Schlüssel wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Too many tickets at once; BizKitHub asked to wait.</source>
        <translation>Zu viele Tickets auf einmal; BizKitHub hat um Geduld gebeten.</translation>
    </message>
    <message>
        <source>BizKitHub had a problem (HTTP %1).</source>
        <translation>BizKitHub hatte ein Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>BizKitHub had a problem.</source>
        <translation>BizKitHub hatte ein Problem.</translation>
    </message>
    <message>
        <source>BizKitHub could not be reached.</source>
        <translation>BizKitHub war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The answer did not arrive; it will be sent again safely.</source>
        <translation>Die Antwort kam nicht an; das Ticket wird gefahrlos erneut gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate was not trusted.</source>
        <translation>Dem Sicherheitszertifikat des Servers wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>The server address in Settings is wrong.</source>
        <translation>Die Serveradresse in den Einstellungen ist falsch.</translation>
    </message>
    <message>
        <source>The server address in Settings points somewhere else.</source>
        <translation>Die Serveradresse in den Einstellungen führt woanders hin.</translation>
    </message>
    <message>
        <source>The settings need correcting (API key or server address).</source>
        <translation>Die Einstellungen müssen korrigiert werden (API-Schlüssel oder Serveradresse).</translation>
    </message>
    <message>
        <source>Sending was stopped before the ticket left.</source>
        <translation>Das Senden wurde gestoppt, bevor das Ticket hinausging.</translation>
    </message>
    <message>
        <source>The last attempt failed.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>bizkithub::OutboxStatus</name>
    <message numerus="yes">
        <source>%n ticket(s) have waited more than %1 hours: the oldest, %2, since %3.</source>
        <translation>
            <numerusform>%n Ticket wartet seit mehr als %1 Stunden: %2, seit %3.</numerusform>
            <numerusform>%n Tickets warten seit mehr als %1 Stunden: das älteste, %2, seit %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Tickets: %1</translation>
    </message>
    <message>
        <source>Oldest waiting: none</source>
        <translation>Ältestes wartendes: keines</translation>
    </message>
    <message numerus="yes">
        <source>Oldest waiting: %1, since %2 (%n minute(s))</source>
        <translation>
            <numerusform>Ältestes wartendes: %1, seit %2 (%n Minute)</numerusform>
            <numerusform>Ältestes wartendes: %1, seit %2 (%n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending is on hold since %1: %2</source>
        <translation>Das Senden ist seit %1 angehalten: %2</translation>
    </message>
    <message>
        <source>Sending is not on hold.</source>
        <translation>Das Senden ist nicht angehalten.</translation>
    </message>
    <message>
        <source>Last delivery: %1</source>
        <translation>Letzte Zustellung: %1</translation>
    </message>
    <message>
        <source>Last delivery: never</source>
        <translation>Letzte Zustellung: nie</translation>
    </message>
    <message>
        <source>Last failed attempt: %1, %2: %3</source>
        <translation>Letzter fehlgeschlagener Versuch: %1, %2: %3</translation>
    </message>
    <message>
        <source>API key: none</source>
        <translation>API-Schlüssel: keiner</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Locked by the system scope: nothing</source>
        <translation>Von den Systemeinstellungen gesperrt: nichts</translation>
    </message>
    <message>
        <source>Locked by the system scope: %1</source>
        <translation>Von den Systemeinstellungen gesperrt: %1</translation>
    </message>
    <message>
        <source>Version %1 on %2</source>
        <translation>Version %1 auf %2</translation>
    </message>
</context>
<context>
    <name>bizkithub::Settings</name>
    <message>
        <source>How can we help?</source>
        <translation>Wie können wir helfen?</translation>
    </message>
</context>
<context>
    <name>bizkithub::SubmitJob</name>
    <message>
        <source>No answer within the time limit.</source>
        <translation>Innerhalb der Wartezeit kam keine Antwort.</translation>
    </message>
</context>
<context>
    <name>bizkithub::SubmitResult</name>
    <message>
        <source>The ticket was sent to BizKitHub.</source>
        <translation>Das Ticket wurde an BizKitHub gesendet.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept the ticket. Check what you wrote and send it again; nothing you typed is lost.</source>
        <translation>BizKitHub hat das Ticket nicht angenommen. Prüfen Sie Ihre Eingaben und senden Sie das Ticket erneut; Ihre Eingaben gehen nicht verloren.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept some fields. They are marked below: correct them and send again.</source>
        <translation>BizKitHub hat einige Felder nicht angenommen. Sie sind unten markiert: Korrigieren Sie sie und senden Sie das Ticket erneut.</translation>
    </message>
    <message>
        <source>BizKitHub refused the API key, so the ticket was not sent. Ask your administrator for a valid key and enter it in Settings; nothing you typed is lost.</source>
        <translation>BizKitHub hat den API-Schlüssel abgelehnt, daher wurde das Ticket nicht gesendet. Fragen Sie Ihren Administrator nach einem gültigen Schlüssel und geben Sie ihn in den Einstellungen ein; Ihre Eingaben gehen nicht verloren.</translation>
    </message>
    <message>
        <source>BizKitHub is receiving too many tickets from this key right now. The ticket was not sent: try again after %1.</source>
        <translation>BizKitHub erhält gerade zu viele Tickets mit diesem Schlüssel. Das Ticket wurde nicht gesendet: Versuchen Sie es ab %1 erneut.</translation>
    </message>
    <message>
        <source>BizKitHub is receiving too many tickets from this key right now. The ticket was not sent: try again in a minute.</source>
        <translation>BizKitHub erhält gerade zu viele Tickets mit diesem Schlüssel. Das Ticket wurde nicht gesendet: Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>BizKitHub had a problem and did not take the ticket. Nothing you typed is lost: try again in a few minutes.</source>
        <translation>Bei BizKitHub ist ein Problem aufgetreten, das Ticket wurde nicht angenommen. Ihre Eingaben gehen nicht verloren: Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The ticket could not be sent because BizKitHub cannot be reached. Check the connection and try again; nothing you typed is lost.</source>
        <translation>Das Ticket konnte nicht gesendet werden, weil BizKitHub nicht erreichbar ist. Prüfen Sie die Verbindung und versuchen Sie es erneut; Ihre Eingaben gehen nicht verloren.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the server&apos;s security certificate is not trusted. This can mean the connection is being intercepted: tell your administrator.</source>
        <translation>Das Ticket wurde nicht gesendet, weil dem Sicherheitszertifikat des Servers nicht vertraut wird. Das kann bedeuten, dass die Verbindung abgefangen wird: Informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>The ticket was not sent because no valid API key is set. Enter the key in Settings; nothing you typed is lost.</source>
        <translation>Das Ticket wurde nicht gesendet, weil kein gültiger API-Schlüssel eingerichtet ist. Geben Sie den Schlüssel in den Einstellungen ein; Ihre Eingaben gehen nicht verloren.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the server address in Settings is not a valid https:// address.</source>
        <translation>Das Ticket wurde nicht gesendet, weil die Serveradresse in den Einstellungen keine gültige https://-Adresse ist.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the extra certificate file in Settings cannot be read.</source>
        <translation>Das Ticket wurde nicht gesendet, weil die Datei mit zusätzlichen Zertifikaten aus den Einstellungen nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the server address in Settings points somewhere else (%1). Ask your administrator to correct it.</source>
        <translation>Das Ticket wurde nicht gesendet, weil die Serveradresse in den Einstellungen auf ein anderes Ziel verweist (%1). Bitten Sie Ihren Administrator, sie zu korrigieren.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the server address in Settings is wrong (the contact form was not found there).</source>
        <translation>Das Ticket wurde nicht gesendet, weil die Serveradresse in den Einstellungen falsch ist (das Kontaktformular wurde dort nicht gefunden).</translation>
    </message>
    <message>
        <source>The ticket was not sent because the network proxy asks for a login. Tell your administrator.</source>
        <translation>Das Ticket wurde nicht gesendet, weil der Netzwerk-Proxy eine Anmeldung verlangt. Informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>The ticket was not sent because of a problem with the settings.</source>
        <translation>Das Ticket wurde wegen eines Problems mit den Einstellungen nicht gesendet.</translation>
    </message>
    <message>
        <source>Sending was cancelled. The ticket was not sent; nothing you typed is lost.</source>
        <translation>Das Senden wurde abgebrochen. Das Ticket wurde nicht gesendet; Ihre Eingaben gehen nicht verloren.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Servermeldung: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Netzwerk: %1</translation>
    </message>
    <message>
        <source>Redirected to: %1</source>
        <translation>Weitergeleitet an: %1</translation>
    </message>
    <message>
        <source>Retry after: %1</source>
        <translation>Erneuter Versuch ab: %1</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Anfragelimit: %1 von %2 übrig</translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation>Dokumentation: %1</translation>
    </message>
    <message>
        <source>The connection was lost before BizKitHub answered, so the ticket may or may not have arrived. Try again: at worst it arrives twice, with the same reference, so staff can spot the copy.</source>
        <translation>Die Verbindung wurde unterbrochen, bevor BizKitHub geantwortet hat. Das Ticket ist daher möglicherweise angekommen, möglicherweise aber auch nicht. Versuchen Sie es erneut: Im schlimmsten Fall kommt es zweimal an, mit derselben Referenz, sodass das Personal die Kopie erkennen kann.</translation>
    </message>
    <message>
        <source>Nothing was sent: this kiosk is set up with a ROOT platform key, which has no limits and must not be used on a public machine. Administrator: enter a PROD key for this kiosk in Settings.</source>
        <translation>Es wurde nichts gesendet: Dieser Kiosk ist mit einem ROOT-Plattformschlüssel eingerichtet, der keine Beschränkungen hat und nicht auf einem öffentlichen Gerät verwendet werden darf. Administrator: Geben Sie in den Einstellungen einen PROD-Schlüssel für diesen Kiosk ein.</translation>
    </message>
</context>
<context>
    <name>bizkithub::Ticket</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Send to e-mail</source>
        <translation>Senden an E-Mail</translation>
    </message>
</context>
<context>
    <name>bizkithub::ValidationIssue</name>
    <message>
        <source>Write the message: it cannot be empty.</source>
        <translation>Schreiben Sie eine Nachricht: Sie darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Fill in this field: it is required.</source>
        <translation>Füllen Sie dieses Feld aus: Es ist ein Pflichtfeld.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten this to at most %n characters.</source>
        <translation>
            <numerusform>Kürzen Sie dies auf höchstens %n Zeichen.</numerusform>
            <numerusform>Kürzen Sie dies auf höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the whole e-mail address, with an @, like name@example.com.</source>
        <translation>Geben Sie die vollständige E-Mail-Adresse mit @ ein, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @. Enter a single address.</source>
        <translation>Eine E-Mail-Adresse enthält genau ein @. Geben Sie nur eine Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the part of the e-mail address before the @.</source>
        <translation>Geben Sie den Teil der E-Mail-Adresse vor dem @ ein.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row. Check the address.</source>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Quoted e-mail addresses are not accepted. Enter an address without quotes.</source>
        <translation>E-Mail-Adressen in Anführungszeichen werden nicht akzeptiert. Geben Sie eine Adresse ohne Anführungszeichen ein.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character an e-mail address cannot have (such as a space or a comma). Check the address.</source>
        <translation>Der Teil vor dem @ enthält ein Zeichen, das in einer E-Mail-Adresse nicht vorkommen darf (z. B. ein Leerzeichen oder ein Komma). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The part before the @ is too long (at most 64 bytes). Check the address.</source>
        <translation>Der Teil vor dem @ ist zu lang (höchstens 64 Byte). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Enter the domain after the @, like example.com.</source>
        <translation>Geben Sie die Domain nach dem @ ein, z. B. example.com.</translation>
    </message>
    <message>
        <source>Addresses at an IP address are not accepted. Enter an address at a domain, like name@example.com.</source>
        <translation>Adressen mit einer IP-Adresse werden nicht akzeptiert. Geben Sie eine Adresse mit einer Domain ein, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is incomplete: it needs a dot, like example.com.</source>
        <translation>Die Domain nach dem @ ist unvollständig: Sie braucht einen Punkt, z. B. example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is not valid: use letters, digits, dots and hyphens, with no hyphen or dot at either end of a part.</source>
        <translation>Die Domain nach dem @ ist ungültig: Verwenden Sie Buchstaben, Ziffern, Punkte und Bindestriche, jedoch keinen Bindestrich oder Punkt am Anfang oder Ende eines Teils.</translation>
    </message>
    <message>
        <source>The domain after the @ cannot end in a number. Check the address.</source>
        <translation>Die Domain nach dem @ darf nicht auf eine Zahl enden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>This e-mail address is too long (at most 254 bytes). Check the address.</source>
        <translation>Diese E-Mail-Adresse ist zu lang (höchstens 254 Byte). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Enter a phone number using digits, optionally starting with + and the country code.</source>
        <translation>Geben Sie eine Telefonnummer aus Ziffern ein, optional beginnend mit + und der Ländervorwahl.</translation>
    </message>
    <message>
        <source>The country code is not known. Start with + and a valid country code, like +420.</source>
        <translation>Die Ländervorwahl ist unbekannt. Beginnen Sie mit + und einer gültigen Ländervorwahl, z. B. +420.</translation>
    </message>
    <message>
        <source>This phone number is too short. Check that no digit is missing.</source>
        <translation>Diese Telefonnummer ist zu kurz. Prüfen Sie, ob eine Ziffer fehlt.</translation>
    </message>
    <message>
        <source>This phone number is too long. Check for extra digits.</source>
        <translation>Diese Telefonnummer ist zu lang. Prüfen Sie, ob überzählige Ziffern enthalten sind.</translation>
    </message>
    <message>
        <source>This is not a valid phone number for its country. Check the digits and the country code.</source>
        <translation>Dies ist keine gültige Telefonnummer für das angegebene Land. Prüfen Sie die Ziffern und die Ländervorwahl.</translation>
    </message>
    <message>
        <source>Enter the phone number without the extension, and write the extension in the message.</source>
        <translation>Geben Sie die Telefonnummer ohne Durchwahl ein und schreiben Sie die Durchwahl in die Nachricht.</translation>
    </message>
    <message>
        <source>Use only lowercase letters a-z, digits and single hyphens between them, like &quot;order-question&quot;.</source>
        <translation>Verwenden Sie nur Kleinbuchstaben a-z, Ziffern und einzelne Bindestriche dazwischen, z. B. „frage-zur-bestellung“.</translation>
    </message>
    <message numerus="yes">
        <source>The category is too long: at most %n characters.</source>
        <translation>
            <numerusform>Die Kategorie ist zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Die Kategorie ist zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>BizKitHub did not accept this field. Check it and send again.</source>
        <translation>BizKitHub hat dieses Feld nicht angenommen. Prüfen Sie es und senden Sie das Ticket erneut.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept this field (%1). Check it and send again.</source>
        <translation>BizKitHub hat dieses Feld nicht angenommen (%1). Prüfen Sie es und senden Sie das Ticket erneut.</translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number, so that we can reply.</source>
        <translation>Geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein, damit wir antworten können.</translation>
    </message>
    <message>
        <source>This looks like more than one e-mail address. Enter only one address.</source>
        <translation>Das sieht nach mehr als einer E-Mail-Adresse aus. Geben Sie nur eine Adresse ein.</translation>
    </message>
    <message>
        <source>The domain contains %1, which cannot be part of an address; remove it.</source>
        <translation>Die Domain enthält das Zeichen %1, das in einer Adresse nicht vorkommen darf; entfernen Sie es.</translation>
    </message>
    <message>
        <source>The domain contains the dash %1, which cannot be part of an address; type a plain hyphen (-) instead.</source>
        <translation>Die Domain enthält den Strich %1, der in einer Adresse nicht vorkommen darf; geben Sie stattdessen einen einfachen Bindestrich (-) ein.</translation>
    </message>
    <message>
        <source>The domain contains %1, which is allowed only together with certain other letters. Check the address.</source>
        <translation>Die Domain enthält das Zeichen %1, das nur zusammen mit bestimmten anderen Buchstaben erlaubt ist. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The part %1 of the domain does not follow the rules for right-to-left writing in domains. Check the address.</source>
        <translation>Der Teil %1 der Domain entspricht nicht den Regeln für Schriften, die von rechts nach links geschrieben werden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The part %1 of the domain is not a valid encoded international name. Check the address.</source>
        <translation>Der Teil %1 der Domain ist kein gültig kodierter internationaler Name. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The part %1 of the domain cannot have hyphens as its third and fourth characters. Check the address.</source>
        <translation>Der Teil %1 der Domain darf an dritter und vierter Stelle keine Bindestriche haben. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Domains ending in %1 are reserved and never receive mail. Enter a real address.</source>
        <translation>Domains mit der Endung %1 sind reserviert und empfangen nie E-Mails. Geben Sie eine echte Adresse ein.</translation>
    </message>
</context>
<context>
    <name>bizkithub::cli</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Subject line.</source>
        <translation>Betreffzeile.</translation>
    </message>
    <message>
        <source>Internal note, never shown to the customer.</source>
        <translation>Interne Notiz, wird dem Kunden/der Kundin nie angezeigt.</translation>
    </message>
    <message>
        <source>E-mail address the ticket is sent to.</source>
        <translation>E-Mail-Adresse, an die das Ticket gesendet wird.</translation>
    </message>
    <message>
        <source>Category slug that routes the ticket.</source>
        <translation>Kategorie-Slug, über den das Ticket zugeordnet wird.</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address.</source>
        <translation>E-Mail-Adresse des Kunden/der Kundin.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone.</source>
        <translation>Telefonnummer des Kunden/der Kundin.</translation>
    </message>
    <message>
        <source>The customer&apos;s first name.</source>
        <translation>Vorname des Kunden/der Kundin.</translation>
    </message>
    <message>
        <source>The customer&apos;s last name.</source>
        <translation>Nachname des Kunden/der Kundin.</translation>
    </message>
    <message>
        <source>Cannot read the message file %1: %2</source>
        <translation>Die Nachrichtendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Send one support ticket to BizKitHub.</source>
        <translation>Sendet ein Support-Ticket an BizKitHub.</translation>
    </message>
    <message>
        <source>The message (required).</source>
        <translation>Die Nachricht (erforderlich).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Read the message from a file; - reads standard input.</source>
        <translation>Liest die Nachricht aus einer Datei; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Country (ISO 3166 code, e.g. CZ) of phone numbers given without +.</source>
        <translation>Land (ISO-3166-Code, z. B. CZ) für Telefonnummern, die ohne + angegeben werden.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds.</source>
        <translation>Bricht das Warten nach dieser Anzahl von Sekunden ab.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>Liest die Einstellungen aus dieser INI-Datei.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Gibt das Ergebnis als ein JSON-Objekt aus.</translation>
    </message>
    <message>
        <source>Check and normalise the ticket, print the request body, send nothing.</source>
        <translation>Prüft und normalisiert das Ticket, gibt den Anfrageinhalt aus und sendet nichts.</translation>
    </message>
    <message>
        <source>Give either --message or --message-file, not both.</source>
        <translation>Geben Sie entweder --message oder --message-file an, nicht beides.</translation>
    </message>
    <message>
        <source>--default-region: %1 is not a known country code; use a two-letter ISO 3166 code such as CZ, SK or DE.</source>
        <translation>--default-region: %1 ist kein bekannter Ländercode; verwenden Sie einen zweibuchstabigen ISO-3166-Code wie CZ, SK oder DE.</translation>
    </message>
    <message>
        <source>(Settings key api/key, or the environment variable BIZKITHUB_API_KEY.)</source>
        <translation>(Einstellungsschlüssel api/key oder die Umgebungsvariable BIZKITHUB_API_KEY.)</translation>
    </message>
    <message>
        <source>(Settings key api/baseUrl, or the environment variable BIZKITHUB_BASE_URL.)</source>
        <translation>(Einstellungsschlüssel api/baseUrl oder die Umgebungsvariable BIZKITHUB_BASE_URL.)</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>State: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Refused field %1: %2</source>
        <translation>Abgelehntes Feld %1: %2</translation>
    </message>
    <message>
        <source>Delivered: %1. Still waiting: %2.</source>
        <translation>Zugestellt: %1. Noch wartend: %2.</translation>
    </message>
    <message>
        <source>Look after the outbox: tickets kept until they can be delivered.

  list              every ticket in the outbox, drafts included
  show ID           one ticket (ID: its UUID or reference) with its attempts
  flush             deliver what can be delivered now
  retry ID          make a ticket due now (also lifts a hold)
  discard ID        delete a ticket
  export FILE       write the unsent tickets to FILE (- for stdout);
                    --move removes them here, so only the importer sends them
  import FILE       add the tickets of an exported FILE (each once)</source>
        <translation>Verwaltet den Postausgang: Tickets, die aufbewahrt werden, bis sie zugestellt werden können.

  list              alle Tickets im Postausgang, einschließlich Entwürfen
  show ID           ein Ticket (ID: seine UUID oder Referenz) mit seinen Versuchen
  flush             stellt zu, was jetzt zugestellt werden kann
  retry ID          macht ein Ticket sofort fällig (hebt auch ein Anhalten auf)
  discard ID        löscht ein Ticket
  export FILE       schreibt die nicht gesendeten Tickets in FILE (- für stdout);
                    --move entfernt sie hier, sodass nur der importierende Rechner sie sendet
  import FILE       fügt die Tickets aus einer exportierten Datei FILE hinzu (jedes nur einmal)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Gibt JSON aus.</translation>
    </message>
    <message>
        <source>With export: remove the exported tickets here once the file is written, so that only the machine that imports them sends them.</source>
        <translation>Mit export: Entfernt die exportierten Tickets hier, sobald die Datei geschrieben ist, sodass nur der Rechner, der sie importiert, sie sendet.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Auszuführende Aktion (siehe oben).</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot;.</source>
        <translation>Falsche Anzahl von Argumenten für „%1“.</translation>
    </message>
    <message>
        <source>Unknown outbox action: &quot;%1&quot;.</source>
        <translation>Unbekannte Postausgangsaktion: „%1“.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Moved %1 ticket(s) to %2.</source>
        <translation>Nach %2 verschobene Tickets: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported %1 ticket(s); %2 were already here.</source>
        <translation>Importierte Tickets: %1; bereits vorhanden: %2.</translation>
    </message>
    <message>
        <source>No ticket %1 in the outbox.</source>
        <translation>Im Postausgang gibt es kein Ticket %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: there is nothing to retry.</source>
        <translation>Ticket %1 hat den Status %2: Es gibt nichts erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Ticket %1 is being sent right now and cannot be discarded.</source>
        <translation>Ticket %1 wird gerade gesendet und kann nicht verworfen werden.</translation>
    </message>
    <message>
        <source>Discarded %1.</source>
        <translation>%1 verworfen.</translation>
    </message>
    <message>
        <source>The message file %1 is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Die Nachrichtendatei %1 ist kein UTF-8-Text. Speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Do not keep the ticket in the outbox when it cannot be delivered.</source>
        <translation>Bewahrt das Ticket nicht im Postausgang auf, wenn es nicht zugestellt werden kann.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (put values with spaces in quotes)</source>
        <translation>Unerwartetes Argument: %1 (setzen Sie Werte mit Leerzeichen in Anführungszeichen)</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds from %1 to %2.</source>
        <translation>--timeout: Geben Sie eine Anzahl von Sekunden zwischen %1 und %2 an.</translation>
    </message>
    <message>
        <source>Nothing was sent. Use --no-queue to send without the outbox.</source>
        <translation>Es wurde nichts gesendet. Verwenden Sie --no-queue, um ohne Postausgang zu senden.</translation>
    </message>
    <message>
        <source>Kept in the outbox as %1; sending is on hold until the settings change (or &quot;bizkithub-contact-cli outbox retry %1&quot;).</source>
        <translation>Im Postausgang als %1 aufbewahrt; das Senden ist angehalten, bis sich die Einstellungen ändern (oder bis „bizkithub-contact-cli outbox retry %1“).</translation>
    </message>
    <message>
        <source>Kept in the outbox as %1: it will be sent by the app, or by &quot;bizkithub-contact-cli outbox flush&quot;.</source>
        <translation>Im Postausgang als %1 aufbewahrt: Es wird von der App oder mit „bizkithub-contact-cli outbox flush“ gesendet.</translation>
    </message>
    <message>
        <source>Kept in the outbox as %1: see &quot;bizkithub-contact-cli outbox show %1&quot;.</source>
        <translation>Im Postausgang als %1 aufbewahrt: siehe „bizkithub-contact-cli outbox show %1“.</translation>
    </message>
    <message>
        <source>New admin PIN: </source>
        <translation>Neue Administrator-PIN: </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>Dieselbe PIN noch einmal: </translation>
    </message>
    <message>
        <source>The two PINs differ. Nothing was changed.</source>
        <translation>Die beiden PINs stimmen nicht überein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Sets the PIN that opens a kiosk&apos;s settings and outbox (kiosk/adminPinHash). The PIN is read from the terminal, or from the first line of standard input, and only a salted PBKDF2-SHA256 hash of it is kept. By default it goes into the system-wide settings, where it locks the key; that needs administrator rights.</source>
        <translation>Legt die PIN fest, die die Einstellungen und den Postausgang eines Kiosks öffnet (kiosk/adminPinHash). Die PIN wird vom Terminal oder aus der ersten Zeile der Standardeingabe gelesen; gespeichert wird nur ein gesalzener PBKDF2-SHA256-Hash davon. Standardmäßig wird sie in die systemweiten Einstellungen geschrieben, wo sie den Schlüssel sperrt; dafür sind Administratorrechte nötig.</translation>
    </message>
    <message>
        <source>Keep the PIN in this user&apos;s settings instead (or in --config).</source>
        <translation>Speichert die PIN stattdessen in den Einstellungen dieses Benutzers (oder in --config).</translation>
    </message>
    <message>
        <source>Print the settings line instead of writing it, for configuration management.</source>
        <translation>Gibt die Einstellungszeile für das Konfigurationsmanagement aus, statt sie zu schreiben.</translation>
    </message>
    <message>
        <source>Use this INI file instead of the user&apos;s settings.</source>
        <translation>Verwendet diese INI-Datei statt der Einstellungen des Benutzers.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>No PIN was given. Nothing was changed.</source>
        <translation>Es wurde keine PIN angegeben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The admin PIN of this computer is set system-wide (%1); a user&apos;s PIN would not be used. Leave out --user to change it there.</source>
        <translation>Die Administrator-PIN dieses Computers ist systemweit festgelegt (%1); eine PIN in den Benutzereinstellungen würde nicht verwendet. Lassen Sie --user weg, um sie dort zu ändern.</translation>
    </message>
    <message>
        <source>Cannot write %1. Run this as an administrator, use --user to keep the PIN in this user&apos;s settings, or --print to get the line for your configuration management.</source>
        <translation>%1 kann nicht geschrieben werden. Führen Sie den Befehl als Administrator aus, verwenden Sie --user, um die PIN in den Einstellungen dieses Benutzers zu speichern, oder --print, um die Zeile für Ihr Konfigurationsmanagement zu erhalten.</translation>
    </message>
    <message>
        <source>The admin PIN is set (%1 in %2).</source>
        <translation>Die Administrator-PIN ist festgelegt (%1 in %2).</translation>
    </message>
    <message>
        <source>Usage: bizkithub-contact-cli admin set-pin [--user] [--print] [--config FILE]
  set-pin    Set the PIN that opens a kiosk&apos;s settings and outbox.
</source>
        <translation>Verwendung: bizkithub-contact-cli admin set-pin [--user] [--print] [--config FILE]
  set-pin    Legt die PIN fest, die die Einstellungen und den Postausgang eines Kiosks öffnet.
</translation>
    </message>
    <message>
        <source>Unknown admin command: %1</source>
        <translation>Unbekannter Administratorbefehl: %1</translation>
    </message>
    <message>
        <source>%1 of them do not meet this computer&apos;s form rules and wait in the outbox for an edit (outbox list).</source>
        <translation>%1 davon entsprechen nicht den Formularregeln dieses Computers und warten im Postausgang auf eine Bearbeitung (outbox list).</translation>
    </message>
    <message>
        <source>%1: set by your administrator on this computer; leave it out.</source>
        <translation>%1: auf diesem Computer von Ihrem Administrator festgelegt; lassen Sie die Angabe weg.</translation>
    </message>
    <message>
        <source>%1 ticket(s) could not be removed here: %2. Do not import the file on another computer before they are removed.</source>
        <translation>%1 Ticket(s) konnten hier nicht entfernt werden: %2. Importieren Sie die Datei auf keinem anderen Computer, bevor sie entfernt sind.</translation>
    </message>
    <message>
        <source>The ticket could not be saved: %1. It was not sent and not kept; send it again once that is solved.</source>
        <translation>Das Ticket konnte nicht gespeichert werden: %1. Es wurde weder gesendet noch aufbewahrt; senden Sie es erneut, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>The outbox could not record this attempt: %1. Ticket %2 stays in the outbox and may be delivered once more.</source>
        <translation>Der Postausgang konnte diesen Versuch nicht festhalten: %1. Ticket %2 bleibt im Postausgang und wird möglicherweise ein zweites Mal zugestellt.</translation>
    </message>
    <message>
        <source>The customer agreed to the notice in form/consentText; the internal note records it.</source>
        <translation>Der Kunde hat dem Hinweis aus form/consentText zugestimmt; die interne Notiz hält es fest.</translation>
    </message>
    <message>
        <source>With flush: say nothing when there was nothing to deliver (for a timer).</source>
        <translation>Mit flush: nichts ausgeben, wenn nichts zuzustellen war (für einen Timer).</translation>
    </message>
    <message>
        <source>How this computer&apos;s outbox stands: tickets by state, the oldest waiting one, the hold, the last delivery and the last failure, the key&apos;s kind, what the system scope locks. Exit code 0: healthy; 4: tickets have waited longer than outbox/alertAfterHours; 5: sending is on hold.</source>
        <translation>Wie es um den Postausgang dieses Computers steht: Tickets nach Zustand, das älteste wartende, die Sperre, die letzte Zustellung und der letzte Fehlschlag, die Art des Schlüssels, was die Systemeinstellungen sperren. Exit-Code 0: in Ordnung; 4: Tickets warten länger als outbox/alertAfterHours; 5: das Senden ist angehalten.</translation>
    </message>
    <message>
        <source>Also write the status in the Prometheus text format to this file (for node_exporter&apos;s textfile collector), replacing it whole.</source>
        <translation>Den Zustand auch im Textformat von Prometheus in diese Datei schreiben (für den Textfile-Collector von node_exporter), jedes Mal vollständig.</translation>
    </message>
    <message>
        <source>status takes no arguments.</source>
        <translation>status nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Usage: bizkithub-contact-cli &lt;command&gt; [options]

Commands:
  send       Send one support ticket (see: bizkithub-contact-cli send --help)
  outbox     List, flush, export or import the outbox (see: ... outbox --help)
  admin      Set up a kiosk: admin set-pin (see: ... admin --help)
  status     How this computer&apos;s outbox stands, for an admin (see: ... status --help)

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
</source>
        <translation>Verwendung: bizkithub-contact-cli &lt;command&gt; [options]

Befehle:
  send       Ein Support-Ticket senden (siehe: bizkithub-contact-cli send --help)
  outbox     Postausgang auflisten, zustellen, exportieren oder importieren (siehe: ... outbox --help)
  admin      Einen Kiosk einrichten: admin set-pin (siehe: ... admin --help)
  status     Wie es um den Postausgang dieses Computers steht, für Administratoren (siehe: ... status --help)

Optionen:
  -h, --help     Diese Hilfe anzeigen.
  -v, --version  Die Version anzeigen.
</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::AdminPinDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>Administrator-&amp;PIN:</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Administrator-PIN</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>No admin PIN is set up on this kiosk. Set one on this computer with: bizkithub-contact-cli admin set-pin</source>
        <translation>Auf diesem Kiosk ist keine Administrator-PIN eingerichtet. Legen Sie auf diesem Computer eine PIN fest mit: bizkithub-contact-cli admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Falsche PIN. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>PIN löschen</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::GuestReceipt</name>
    <message>
        <source>We will reply to %1.</source>
        <translation>Wir antworten Ihnen an %1.</translation>
    </message>
    <message>
        <source>We will call you on %1.</source>
        <translation>Wir rufen Sie unter %1 an.</translation>
    </message>
    <message>
        <source>You left no e-mail or phone number: ask our staff about your request with this reference.</source>
        <translation>Sie haben keine E-Mail-Adresse und keine Telefonnummer hinterlassen: Fragen Sie unser Personal mit dieser Nummer nach Ihrem Anliegen.</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Ihre Vorgangsnummer</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>The printer did not accept the receipt.</source>
        <translation>Der Drucker hat den Beleg nicht angenommen.</translation>
    </message>
    <message>
        <source>There is no printer called %1 on this computer.</source>
        <translation>Auf diesem Computer gibt es keinen Drucker namens %1.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Receipt printing is not installed (%1).</source>
        <translation>Der Belegdruck ist nicht installiert (%1).</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::KioskChrome</name>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n waiting</source>
        <translation>
            <numerusform>⚠ %n Ticket wartet</numerusform>
            <numerusform>⚠ %n Tickets warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n Ticket wartet</numerusform>
            <numerusform>%n Tickets warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n tickets in the last hour: new ones are refused</source>
        <translation>
            <numerusform>⚠ %n Ticket in der letzten Stunde: neue werden abgelehnt</numerusform>
            <numerusform>⚠ %n Tickets in der letzten Stunde: neue werden abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>We have your request. Your reference:</source>
        <translation>Wir haben Ihr Anliegen erhalten. Ihre Vorgangsnummer:</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back to the start for the next guest</source>
        <translation>Zurück zum Anfang für den nächsten Gast</translation>
    </message>
    <message>
        <source>Scan to keep your reference on your phone.</source>
        <translation>Scannen Sie den Code, um die Nummer auf Ihrem Telefon zu haben.</translation>
    </message>
    <message>
        <source>Scan to follow your request on your phone.</source>
        <translation>Scannen Sie den Code, um Ihr Anliegen auf dem Telefon zu verfolgen.</translation>
    </message>
    <message>
        <source>QR code of your reference</source>
        <translation>QR-Code Ihrer Vorgangsnummer</translation>
    </message>
    <message>
        <source>Your reference is %1.</source>
        <translation>Ihre Vorgangsnummer ist %1.</translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n second(s).</source>
        <translation>
            <numerusform>Zurück zum Anfang in %n Sekunde.</numerusform>
            <numerusform>Zurück zum Anfang in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your receipt is being printed.</source>
        <translation>Ihr Beleg wird gedruckt.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please note your reference, or ask our staff.</source>
        <translation>Der Beleg konnte nicht gedruckt werden. Bitte notieren Sie Ihre Vorgangsnummer oder fragen Sie unser Personal.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::KioskController</name>
    <message>
        <source>Still there? Touch to continue</source>
        <translation>Sind Sie noch da? Zum Fortfahren den Bildschirm berühren</translation>
    </message>
    <message numerus="yes">
        <source>The form will be cleared in %n second(s) to protect your data.</source>
        <translation>
            <numerusform>Zum Schutz Ihrer Daten wird das Formular in %n Sekunde geleert.</numerusform>
            <numerusform>Zum Schutz Ihrer Daten wird das Formular in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::KioskShell</name>
    <message>
        <source>Receipt printer %1: the last receipt could not be printed.</source>
        <translation>Belegdrucker %1: Der letzte Beleg konnte nicht gedruckt werden.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::MainWindow</name>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>Senden abbre&amp;chen</translation>
    </message>
    <message>
        <source>BizKitHub Contact</source>
        <translation>BizKitHub Contact</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Neues Ticket</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Eins&amp;tellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About BizKitHub Contact</source>
        <translation>&amp;Über BizKitHub Contact</translation>
    </message>
    <message>
        <source>About BizKitHub Contact</source>
        <translation>Über BizKitHub Contact</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BizKitHub Contact %1&lt;/h3&gt;&lt;p&gt;Files support tickets into BizKitHub.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BizKitHub Contact %1&lt;/h3&gt;&lt;p&gt;Erstellt Support-Tickets in BizKitHub.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The API key is saved. Press Send to send the ticket.</source>
        <translation>Der API-Schlüssel ist gespeichert. Klicken Sie auf „Senden“, um das Ticket zu senden.</translation>
    </message>
    <message>
        <source>Stop sending and go on editing (Esc)</source>
        <translation>Senden abbrechen und weiter bearbeiten (Esc)</translation>
    </message>
    <message>
        <source>It will be sent automatically as soon as BizKitHub can be reached.</source>
        <translation>Es wird automatisch gesendet, sobald BizKitHub erreichbar ist.</translation>
    </message>
    <message>
        <source>Start a new ticket; the one you are writing stays in Drafts</source>
        <translation>Neues Ticket beginnen; das aktuelle bleibt in den Entwürfen</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>&amp;Outbox and drafts…</source>
        <translation>&amp;Postausgang und Entwürfe…</translation>
    </message>
    <message>
        <source>Delete all &amp;local data…</source>
        <translation>Alle &amp;lokalen Daten löschen…</translation>
    </message>
    <message>
        <source>Restored the ticket you were writing at %1.</source>
        <translation>Das Ticket, an dem Sie geschrieben haben (Stand: %1), wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Sending is on hold: %1 Tickets wait in the outbox until this is fixed.</source>
        <translation>Das Senden ist angehalten: %1 Tickets warten im Postausgang, bis das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Saved as draft %1. Open it again from Outbox and drafts (%2).</source>
        <translation>Als Entwurf %1 gespeichert. Sie können ihn über „Postausgang und Entwürfe“ (%2) wieder öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the marked fields and send again (problems found: %n).</source>
        <translation>
            <numerusform>Bitte korrigieren Sie die markierten Felder und senden Sie das Ticket erneut (gefundene Probleme: %n).</numerusform>
            <numerusform>Bitte korrigieren Sie die markierten Felder und senden Sie das Ticket erneut (gefundene Probleme: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>It could not be delivered just now. It will be sent automatically when the connection returns; you can go on with the next ticket.</source>
        <translation>Es konnte gerade nicht zugestellt werden. Es wird automatisch gesendet, sobald die Verbindung wieder besteht; Sie können mit dem nächsten Ticket fortfahren.</translation>
    </message>
    <message>
        <source>Ticket %1 is being sent right now and cannot be edited.</source>
        <translation>Ticket %1 wird gerade gesendet und kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept some fields of this ticket. They are marked below: correct them and send again.</source>
        <translation>BizKitHub hat einige Felder dieses Tickets nicht angenommen. Sie sind unten markiert: Korrigieren Sie sie und senden Sie das Ticket erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Delete all tickets, drafts and history kept on this computer? %n ticket(s) have not been delivered and will be lost.</source>
        <translation>
            <numerusform>Alle auf diesem Computer gespeicherten Tickets, Entwürfe und den Verlauf löschen? %n Ticket wurde noch nicht zugestellt und geht verloren.</numerusform>
            <numerusform>Alle auf diesem Computer gespeicherten Tickets, Entwürfe und den Verlauf löschen? %n Tickets wurden noch nicht zugestellt und gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all tickets, drafts and history kept on this computer?</source>
        <translation>Alle auf diesem Computer gespeicherten Tickets, Entwürfe und den Verlauf löschen?</translation>
    </message>
    <message>
        <source>Delete all local data</source>
        <translation>Alle lokalen Daten löschen</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk mode</source>
        <translation>Kioskmodus &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;Back to the kiosk</source>
        <translation>&amp;Zurück zum Kiosk</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1. What you typed is still in the form; keep this window open until it can be saved or sent.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1. Ihre Eingaben stehen weiter im Formular; lassen Sie dieses Fenster offen, bis er gespeichert oder gesendet werden kann.</translation>
    </message>
    <message>
        <source>The ticket could not be saved: %1. It is still in the form; it was not sent.</source>
        <translation>Das Ticket konnte nicht gespeichert werden: %1. Es steht weiter im Formular; es wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Close without the ticket?</source>
        <translation>Ohne das Ticket schließen?</translation>
    </message>
    <message>
        <source>The ticket you are writing could not be saved: %1. If you close now, it is lost.</source>
        <translation>Das Ticket, das Sie schreiben, konnte nicht gespeichert werden: %1. Wenn Sie jetzt schließen, geht es verloren.</translation>
    </message>
    <message>
        <source>%1 looks like a typo: did you mean %2? Use the suggested address, or send the address as it is.</source>
        <translation>%1 sieht nach einem Tippfehler aus: meinten Sie %2? Verwenden Sie die vorgeschlagene Adresse oder senden Sie die Adresse so, wie sie ist.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Editing %1</source>
        <translation>Ticket %1 bearbeiten</translation>
    </message>
    <message>
        <source>BizKitHub cannot be reached just now. The ticket is kept and will be sent by itself as soon as BizKitHub answers; you can go on with the next ticket.</source>
        <translation>BizKitHub ist gerade nicht erreichbar. Das Ticket ist aufbewahrt und wird von selbst gesendet, sobald BizKitHub antwortet; Sie können mit dem nächsten Ticket weitermachen.</translation>
    </message>
    <message>
        <source>The ticket is kept in the outbox and goes, with the others waiting, as soon as the settings are corrected.</source>
        <translation>Das Ticket bleibt im Postausgang und geht zusammen mit den anderen wartenden hinaus, sobald die Einstellungen korrigiert sind.</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>Bearbeitung beenden</translation>
    </message>
    <message>
        <source>Keep the changes as a draft in Outbox and drafts, and start a new ticket</source>
        <translation>Die Änderungen als Entwurf im Postausgang behalten und ein neues Ticket beginnen</translation>
    </message>
    <message>
        <source>Ticket delivered.</source>
        <translation>Ticket zugestellt.</translation>
    </message>
    <message>
        <source>This kiosk cannot take more requests just now. Please ask our staff for help.</source>
        <translation>Dieses Terminal kann gerade keine weiteren Anfragen annehmen. Bitte wenden Sie sich an unser Personal.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::OnScreenKeyboard</name>
    <message>
        <source>No on-screen keyboard: restart the app in kiosk mode to have one.</source>
        <translation>Keine Bildschirmtastatur: Starten Sie die App im Kioskmodus neu, um eine zu haben.</translation>
    </message>
    <message>
        <source>No on-screen keyboard: Qt Virtual Keyboard is not installed.</source>
        <translation>Keine Bildschirmtastatur: Qt Virtual Keyboard ist nicht installiert.</translation>
    </message>
    <message>
        <source>No on-screen keyboard: it could not be loaded.</source>
        <translation>Keine Bildschirmtastatur: Sie konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::OutboxModel</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde/Kundin</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::OutboxWindow</name>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Diagnose kopieren</translation>
    </message>
    <message>
        <source>&amp;Undo discard</source>
        <translation>Verwerfen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>&amp;Wartend</translation>
    </message>
    <message>
        <source>D&amp;rafts</source>
        <translation>E&amp;ntwürfe</translation>
    </message>
    <message>
        <source>Sen&amp;t</source>
        <translation>&amp;Gesendet</translation>
    </message>
    <message>
        <source>Try to send the selected ticket now</source>
        <translation>Versuchen, das ausgewählte Ticket jetzt zu senden</translation>
    </message>
    <message>
        <source>Open the selected ticket in the form</source>
        <translation>Das ausgewählte Ticket im Formular öffnen</translation>
    </message>
    <message>
        <source>Copy the ticket&apos;s state and attempts (without personal data) for support</source>
        <translation>Status und Versuche des Tickets (ohne personenbezogene Daten) für den Support kopieren</translation>
    </message>
    <message>
        <source>Waiting: %1   Drafts: %2   Sent: %3</source>
        <translation>Wartend: %1   Entwürfe: %2   Gesendet: %3</translation>
    </message>
    <message>
        <source>Delete the draft %1? You can undo this until you close the outbox.</source>
        <translation>Entwurf %1 löschen? Sie können dies rückgängig machen, bis Sie den Postausgang schließen.</translation>
    </message>
    <message>
        <source>Discard ticket %1? It may already have reached BizKitHub; if not, it never will. You can undo this until you close the outbox.</source>
        <translation>Ticket %1 verwerfen? Möglicherweise ist es bereits bei BizKitHub angekommen; falls nicht, wird es nie ankommen. Sie können dies rückgängig machen, bis Sie den Postausgang schließen.</translation>
    </message>
    <message>
        <source>Discard ticket %1? It has not been delivered and will not be. You can undo this until you close the outbox.</source>
        <translation>Ticket %1 verwerfen? Es wurde nicht zugestellt und wird auch nicht mehr zugestellt. Sie können dies rückgängig machen, bis Sie den Postausgang schließen.</translation>
    </message>
    <message>
        <source>Discard ticket</source>
        <translation>Ticket verwerfen</translation>
    </message>
    <message>
        <source>Search by reference, name, e-mail, phone or subject</source>
        <translation>Nach Referenz, Name, E-Mail, Telefon oder Betreff suchen</translation>
    </message>
    <message>
        <source>Search the outbox</source>
        <translation>Postausgang durchsuchen</translation>
    </message>
    <message>
        <source>Search by reference, name, e-mail, phone or subject (%1)</source>
        <translation>Nach Referenz, Name, E-Mail, Telefon oder Betreff suchen (%1)</translation>
    </message>
    <message>
        <source>Selected ticket</source>
        <translation>Ausgewähltes Ticket</translation>
    </message>
    <message>
        <source>No tickets match “%1”.</source>
        <translation>Keine Tickets passen zu „%1“.</translation>
    </message>
    <message>
        <source>No tickets are waiting. Tickets that cannot be delivered at once wait here and are sent by themselves.</source>
        <translation>Es warten keine Tickets. Tickets, die nicht sofort zugestellt werden können, warten hier und werden von selbst gesendet.</translation>
    </message>
    <message>
        <source>No drafts. Tickets saved with Save as draft appear here.</source>
        <translation>Keine Entwürfe. Mit „Als Entwurf speichern“ gesicherte Tickets erscheinen hier.</translation>
    </message>
    <message>
        <source>No tickets sent yet. Delivered tickets are listed here for a while, so you can look up what was sent.</source>
        <translation>Noch keine Tickets gesendet. Zugestellte Tickets stehen eine Weile hier, damit Sie nachsehen können, was gesendet wurde.</translation>
    </message>
    <message>
        <source>Select a ticket to see it here.</source>
        <translation>Wählen Sie ein Ticket, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>The personal data of this ticket was removed after the retention time.</source>
        <translation>Die personenbezogenen Daten dieses Tickets wurden nach Ablauf der Aufbewahrungsfrist entfernt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::ResultBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sending result</source>
        <translation>Sendeergebnis</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Detai&amp;ls</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Use the suggested address</source>
        <translation>Vorgeschlagene Adresse verwenden</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Erneut vers&amp;uchen</translation>
    </message>
    <message>
        <source>Open settin&amp;gs</source>
        <translation>Einstellun&amp;gen öffnen</translation>
    </message>
    <message>
        <source>Ed&amp;it the ticket</source>
        <translation>T&amp;icket bearbeiten</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::SettingsDialog</name>
    <message>
        <source>Automatic (from the system language)</source>
        <translation>Automatisch (aus der Systemsprache)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation>API-Schlüssel anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Extra trusted certificates</source>
        <translation>Zusätzliche vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Set by the environment variable %1.</source>
        <translation>Durch die Umgebungsvariable %1 festgelegt.</translation>
    </message>
    <message>
        <source>These are not valid category slugs: %1. Use lowercase letters a-z, digits and single hyphens, like billing=Billing question.</source>
        <translation>Dies sind keine gültigen Kategorie-Slugs: %1. Verwenden Sie Kleinbuchstaben a-z, Ziffern und einzelne Bindestriche, z. B. billing=Frage zur Rechnung.</translation>
    </message>
    <message>
        <source>No certificate could be read from this file. Choose a PEM file.</source>
        <translation>Aus dieser Datei konnte kein Zertifikat gelesen werden. Wählen Sie eine PEM-Datei.</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Von Ihrem Administrator festgelegt.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Connection to BizKitHub</source>
        <translation>Verbindung zu BizKitHub</translation>
    </message>
    <message>
        <source>The ticket form</source>
        <translation>Das Ticketformular</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Every new ticket starts with this address in its send-to e-mail field; staff can change it per ticket.</source>
        <translation>Jedes neue Ticket beginnt mit dieser Adresse im Feld „An E-Mail senden“; sie lässt sich pro Ticket ändern.</translation>
    </message>
    <message>
        <source>How long to wait for BizKitHub&apos;s answer before the ticket is kept and tried again later. Raise it on a slow connection.</source>
        <translation>Wie lange auf die Antwort von BizKitHub gewartet wird, bevor das Ticket aufbewahrt und später erneut versucht wird. Bei einer langsamen Verbindung erhöhen.</translation>
    </message>
    <message>
        <source>Only needed when your network inspects secure connections with its own certificate authority: a PEM file from your IT department.</source>
        <translation>Nur nötig, wenn Ihr Netz sichere Verbindungen mit einer eigenen Zertifizierungsstelle prüft: eine PEM-Datei von Ihrer IT-Abteilung.</translation>
    </message>
    <message>
        <source>Settings marked as set by your administrator cannot be changed here.</source>
        <translation>Einstellungen, die als von Ihrem Administrator festgelegt markiert sind, können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>These settings apply to your user account on this computer.</source>
        <translation>Diese Einstellungen gelten für Ihr Benutzerkonto auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::StatusBar</name>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>BizKitHub unreachable</source>
        <translation>BizKitHub nicht erreichbar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>The last ticket reached BizKitHub.</source>
        <translation>Das letzte Ticket hat BizKitHub erreicht.</translation>
    </message>
    <message>
        <source>The network works, but BizKitHub does not answer just now. Tickets wait in the outbox and are sent by themselves when it does.</source>
        <translation>Das Netz funktioniert, aber BizKitHub antwortet gerade nicht. Tickets warten im Postausgang und werden von selbst gesendet, sobald es antwortet.</translation>
    </message>
    <message>
        <source>This computer has no network connection. Tickets wait in the outbox and are sent by themselves when the connection returns.</source>
        <translation>Dieser Computer hat keine Netzverbindung. Tickets warten im Postausgang und werden von selbst gesendet, wenn die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>BizKitHub refused the settings (key, certificate or address). Tickets wait in the outbox until the settings are corrected.</source>
        <translation>BizKitHub hat die Einstellungen abgelehnt (Schlüssel, Zertifikat oder Adresse). Tickets warten im Postausgang, bis die Einstellungen korrigiert sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n Ticket wartet</numerusform>
            <numerusform>%n Tickets warten</numerusform>
        </translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>zuletzt gesendet: %1</translation>
    </message>
    <message>
        <source>next attempt %1</source>
        <translation>nächster Versuch: %1</translation>
    </message>
    <message>
        <source>Tickets go to %1</source>
        <translation>Tickets gehen an %1</translation>
    </message>
    <message>
        <source>No API key: open Settings</source>
        <translation>Kein API-Schlüssel: Öffnen Sie die Einstellungen</translation>
    </message>
    <message>
        <source>Sending the ticket to BizKitHub…</source>
        <translation>Das Ticket wird an BizKitHub gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>%n to correct</source>
        <translation>
            <numerusform>%n zu korrigieren</numerusform>
            <numerusform>%n zu korrigieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::SuccessPage</name>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Neues Ticket</translation>
    </message>
    <message>
        <source>Start a new ticket (%1)</source>
        <translation>Neues Ticket beginnen (%1)</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Saved in the outbox</source>
        <translation>Im Postausgang gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Delivered at %1</source>
        <translation>Zugestellt um %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Open settin&amp;gs</source>
        <translation>Einstellun&amp;gen öffnen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the reference, to give it to the customer</source>
        <translation>Die Referenz kopieren, um sie dem Kunden zu geben</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Summary of the ticket</source>
        <translation>Zusammenfassung des Tickets</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>BizKitHub has the ticket. Give the customer the reference if they ask.</source>
        <translation>BizKitHub hat das Ticket. Nennen Sie dem Kunden die Referenz, wenn er danach fragt.</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Handlung erforderlich</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::TicketForm</name>
    <message>
        <source>optional, e.g. order-question</source>
        <translation>optional, z. B. frage-zur-bestellung</translation>
    </message>
    <message>
        <source>What can we help with?</source>
        <translation>Wobei können wir Ihnen helfen?</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Verwendete Zeichen</translation>
    </message>
    <message>
        <source>Send the ticket (%1)</source>
        <translation>Ticket senden (%1)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>Use the suggested address %1</source>
        <translation>Vorgeschlagene Adresse %1 verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 characters: %n too many</source>
        <translation>
            <numerusform>%1 / %2 Zeichen: %n zu viel</numerusform>
            <numerusform>%1 / %2 Zeichen: %n zu viel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>label of a required field</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>%1 (set by your administrator)</source>
        <translation>%1 (von Ihrem Administrator festgelegt)</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Von Ihrem Administrator festgelegt</translation>
    </message>
    <message>
        <source>e.g. order-question</source>
        <translation>z. B. frage-zur-bestellung</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Sa&amp;ve draft</source>
        <translation>Als Entwur&amp;f speichern</translation>
    </message>
    <message>
        <source>Keep the ticket in Drafts and start a new one (%1)</source>
        <translation>Das Ticket bei den Entwürfen behalten und ein neues beginnen (%1)</translation>
    </message>
    <message>
        <source>%1 sends, %2 saves a draft</source>
        <translation>%1 sendet, %2 speichert einen Entwurf</translation>
    </message>
    <message>
        <source>The customer agreed to this: %1</source>
        <translation>Der Kunde hat dem zugestimmt: %1</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Ihr Anliegen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BizKitHub Contact</source>
        <translation>BizKitHub Contact</translation>
    </message>
    <message>
        <source>File support tickets into BizKitHub.</source>
        <translation>Erstellt Support-Tickets in BizKitHub.</translation>
    </message>
    <message>
        <source>Use this INI file instead of the user&apos;s settings.</source>
        <translation>Verwendet diese INI-Datei statt der Einstellungen des Benutzers.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Start in kiosk mode, as with the setting kiosk/enabled.</source>
        <translation>Startet im Kioskmodus, wie mit der Einstellung kiosk/enabled.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
</context>
</TS>
