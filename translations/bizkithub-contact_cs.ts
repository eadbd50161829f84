<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zobrazí nápovědu k volbám příkazového řádku.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zobrazí nápovědu včetně voleb specifických pro Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zobrazí informace o verzi.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Neznámá volba „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Neznámé volby: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Po „%1“ chybí hodnota.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Neočekávaná hodnota po „%1“.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[volby]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Použití: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Volby:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenty:</translation>
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
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Uložit vše</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ano &amp;všem</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e všem</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Přerušit</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opakovat</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorovat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodit</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Nápověda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použít</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Obnovit výchozí</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresa serveru:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresa serveru</translation>
    </message>
    <message>
        <source>https://api.bizkithub.com</source>
        <translation>https://api.bizkithub.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Klíč API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Klíč API</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zobrazit</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Zobrazit klíč API</translation>
    </message>
    <message>
        <source>Phone &amp;country:</source>
        <translation>Země &amp;telefonních čísel:</translation>
    </message>
    <message>
        <source>Country of phone numbers given without a country code</source>
        <translation>Země pro telefonní čísla zadaná bez předvolby země</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>One per line: slug=Label, e.g. billing=Billing question</source>
        <translation>Jedna na řádek: identifikátor=Popisek, např. billing=Dotaz k fakturaci</translation>
    </message>
    <message>
        <source>Send &amp;to e-mail:</source>
        <translation>&amp;Odeslat na e-mail:</translation>
    </message>
    <message>
        <source>Default send-to e-mail</source>
        <translation>Výchozí e-mail pro kopii</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nepovinné</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>Čekat na odpo&amp;věď:</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer</source>
        <translation>Počet sekund čekání na odpověď</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>E&amp;xtra certificates:</source>
        <translation>&amp;Další certifikáty:</translation>
    </message>
    <message>
        <source>Extra trusted certificates (PEM file)</source>
        <translation>Další důvěryhodné certifikáty (soubor PEM)</translation>
    </message>
    <message>
        <source>optional: PEM file for a TLS-inspecting proxy</source>
        <translation>nepovinné: soubor PEM pro proxy, která kontroluje TLS</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Jazyk aplikace</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>Kat&amp;egorie:</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Příjmení:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Use the suggested address</source>
        <translation>Použít navrhovanou adresu</translation>
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
        <translation>Požadavek</translation>
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
        <translation>Předmět</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Zp&amp;ráva:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Internal (never shown to the customer)</source>
        <translation>Interní údaje (zákazník je nikdy neuvidí)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interní poznámka</translation>
    </message>
    <message>
        <source>Send &amp;to e-mail:</source>
        <translation>Odeslat na e-&amp;mail:</translation>
    </message>
    <message>
        <source>Send to e-mail</source>
        <translation>Odeslat na e-mail</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Odeslat</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Pře&amp;dmět:</translation>
    </message>
    <message>
        <source>Internal n&amp;ote:</source>
        <translation>&amp;Interní poznámka:</translation>
    </message>
</context>
<context>
    <name>bizkithub::AdminPin</name>
    <message numerus="yes">
        <source>The PIN is too short: use at least %n characters.</source>
        <translation>
            <numerusform>PIN je příliš krátký: použijte alespoň %n znak.</numerusform>
            <numerusform>PIN je příliš krátký: použijte alespoň %n znaky.</numerusform>
            <numerusform>PIN je příliš krátký: použijte alespoň %n znaků.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is too long: use at most %n characters.</source>
        <translation>
            <numerusform>PIN je příliš dlouhý: použijte nejvýše %n znak.</numerusform>
            <numerusform>PIN je příliš dlouhý: použijte nejvýše %n znaky.</numerusform>
            <numerusform>PIN je příliš dlouhý: použijte nejvýše %n znaků.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::ApiKey</name>
    <message>
        <source>Production key</source>
        <translation>Produkční klíč</translation>
    </message>
    <message>
        <source>Development key</source>
        <translation>Vývojový klíč</translation>
    </message>
    <message>
        <source>System key</source>
        <translation>Systémový klíč</translation>
    </message>
    <message>
        <source>An API key is needed to send tickets. Enter it in Settings (ask your BizKitHub administrator for one).</source>
        <translation>K odesílání požadavků je potřeba klíč API. Zadejte ho v nastavení (požádejte o něj svého správce BizKitHub).</translation>
    </message>
    <message>
        <source>This API key is not in the right format: it has 32 letters and digits and starts with PROD, DEV_ or ROOT. Copy it again from BizKitHub.</source>
        <translation>Tento klíč API nemá správný formát: má 32 písmen a číslic a začíná na PROD, DEV_ nebo ROOT. Zkopírujte ho z BizKitHub znovu.</translation>
    </message>
    <message>
        <source>This is a ROOT platform key, which has no limits and must not be used on a kiosk. Enter a PROD key for this kiosk.</source>
        <translation>Toto je platformní klíč ROOT, který nemá žádná omezení a nesmí se používat na kiosku. Zadejte pro tento kiosek klíč PROD.</translation>
    </message>
</context>
<context>
    <name>bizkithub::BaseUrl</name>
    <message>
        <source>Enter the server address as a web address, like https://api.bizkithub.com.</source>
        <translation>Zadejte adresu serveru jako webovou adresu, např. https://api.bizkithub.com.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// is refused, except on this computer itself).</source>
        <translation>Adresa serveru musí začínat na https:// (prosté http:// se odmítá, s výjimkou adres na tomto počítači).</translation>
    </message>
</context>
<context>
    <name>bizkithub::Consent</name>
    <message>
        <source>The customer agrees that their details are used to handle this request.</source>
        <translation>Zákazník souhlasí s tím, že jeho údaje budou použity k vyřízení tohoto požadavku.</translation>
    </message>
    <message>
        <source>I agree that my details are used to handle this request.</source>
        <translation>Souhlasím s tím, že mé údaje budou použity k vyřízení tohoto požadavku.</translation>
    </message>
    <message>
        <source>Tick the box to confirm the agreement; the ticket cannot be sent without it.</source>
        <translation>Zaškrtněte políčko a potvrďte souhlas; bez něj nelze požadavek odeslat.</translation>
    </message>
</context>
<context>
    <name>bizkithub::FormPolicy</name>
    <message>
        <source>Leave your e-mail address so we can reply.</source>
        <translation>Zanechte nám svůj e-mail, abychom vám mohli odpovědět.</translation>
    </message>
    <message>
        <source>Leave your phone number so we can reply.</source>
        <translation>Zanechte nám své telefonní číslo, abychom vám mohli odpovědět.</translation>
    </message>
    <message>
        <source>Leave an e-mail or a phone number so we can reply.</source>
        <translation>Zanechte nám e-mail nebo telefonní číslo, abychom vám mohli odpovědět.</translation>
    </message>
</context>
<context>
    <name>bizkithub::Outbox</name>
    <message>
        <source>This is not an exported outbox file.</source>
        <translation>Toto není soubor s exportovanou odchozí složkou.</translation>
    </message>
    <message>
        <source>Skipped an entry without a valid id or state.</source>
        <translation>Přeskočena položka bez platného ID nebo stavu.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk je plný</translation>
    </message>
    <message>
        <source>the outbox file is damaged</source>
        <translation>soubor odchozí složky je poškozený</translation>
    </message>
    <message>
        <source>the outbox file cannot be written</source>
        <translation>do souboru odchozí složky nelze zapisovat</translation>
    </message>
    <message>
        <source>another program keeps the outbox busy</source>
        <translation>odchozí složku blokuje jiný program</translation>
    </message>
    <message>
        <source>the outbox was written by a newer version of this application</source>
        <translation>odchozí složku zapsala novější verze této aplikace</translation>
    </message>
    <message>
        <source>the outbox cannot be used just now</source>
        <translation>odchozí složku teď nelze použít</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be written: the disk is full. Free some space on this computer and try again.</source>
        <translation>Do odchozí složky %1 nelze zapisovat: disk je plný. Uvolněte na tomto počítači místo a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The outbox %1 is damaged and cannot be read. It has not been changed: keep the file, and ask your administrator to recover the tickets in it (for example with sqlite3 .recover). To go on working, move it elsewhere; a new outbox is made at the next start.</source>
        <translation>Odchozí složka %1 je poškozená a nelze ji přečíst. Nebyla změněna: soubor si ponechte a požádejte správce, aby z něj požadavky obnovil (například pomocí sqlite3 .recover). Chcete-li pokračovat v práci, přesuňte jej jinam; při příštím spuštění vznikne nová odchozí složka.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be opened for writing. Check that this user may write to the file and its folder.</source>
        <translation>Odchozí složku %1 nelze otevřít pro zápis. Zkontrolujte, že tento uživatel smí zapisovat do souboru i do jeho složky.</translation>
    </message>
    <message>
        <source>The outbox %1 is kept busy by another program. Try again in a moment.</source>
        <translation>Odchozí složku %1 blokuje jiný program. Zkuste to za chvíli znovu.</translation>
    </message>
    <message>
        <source>The outbox %1 was written by a newer version of this application. Install that version again.</source>
        <translation>Odchozí složku %1 zapsala novější verze této aplikace. Nainstalujte znovu tuto verzi.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be used just now. Try again in a moment.</source>
        <translation>Odchozí složku %1 teď nelze použít. Zkuste to za chvíli znovu.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be used: %2</source>
        <translation>Odchozí složku %1 nelze použít: %2</translation>
    </message>
    <message>
        <source>Could not store ticket %1: %2.</source>
        <translation>Požadavek %1 nelze uložit: %2.</translation>
    </message>
</context>
<context>
    <name>bizkithub::OutboxEntry</name>
    <message>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čeká</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Odesílá se</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>Znovu se odesílá</translation>
    </message>
    <message>
        <source>Needs correcting</source>
        <translation>Vyžaduje opravu</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Doručeno.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept some fields.</source>
        <translation>BizKitHub nepřijal některá pole.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept the ticket as it was written.</source>
        <translation>BizKitHub požadavek v této podobě nepřijal.</translation>
    </message>
    <message>
        <source>The API key was refused.</source>
        <translation>Klíč API byl odmítnut.</translation>
    </message>
    <message>
        <source>Too many tickets at once; BizKitHub asked to wait.</source>
        <translation>Příliš mnoho požadavků najednou; BizKitHub požádal o počkání.</translation>
    </message>
    <message>
        <source>BizKitHub had a problem (HTTP %1).</source>
        <translation>BizKitHub měl potíže (HTTP %1).</translation>
    </message>
    <message>
        <source>BizKitHub had a problem.</source>
        <translation>BizKitHub měl potíže.</translation>
    </message>
    <message>
        <source>BizKitHub could not be reached.</source>
        <translation>BizKitHub nebyl dostupný.</translation>
    </message>
    <message>
        <source>The answer did not arrive; it will be sent again safely.</source>
        <translation>Odpověď nedorazila; požadavek se bezpečně odešle znovu.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate was not trusted.</source>
        <translation>Bezpečnostnímu certifikátu serveru se nedůvěřuje.</translation>
    </message>
    <message>
        <source>The server address in Settings is wrong.</source>
        <translation>Adresa serveru v nastavení je chybná.</translation>
    </message>
    <message>
        <source>The server address in Settings points somewhere else.</source>
        <translation>Adresa serveru v nastavení vede jinam.</translation>
    </message>
    <message>
        <source>The settings need correcting (API key or server address).</source>
        <translation>Nastavení je třeba opravit (klíč API nebo adresu serveru).</translation>
    </message>
    <message>
        <source>Sending was stopped before the ticket left.</source>
        <translation>Odesílání bylo zastaveno dřív, než požadavek odešel.</translation>
    </message>
    <message>
        <source>The last attempt failed.</source>
        <translation>Poslední pokus se nezdařil.</translation>
    </message>
</context>
<context>
    <name>bizkithub::OutboxStatus</name>
    <message numerus="yes">
        <source>%n ticket(s) have waited more than %1 hours: the oldest, %2, since %3.</source>
        <translation>
            <numerusform>%n požadavek čeká déle než %1 hodin: %2, od %3.</numerusform>
            <numerusform>%n požadavky čekají déle než %1 hodin: nejstarší %2, od %3.</numerusform>
            <numerusform>%n požadavků čeká déle než %1 hodin: nejstarší %2, od %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Požadavky: %1</translation>
    </message>
    <message>
        <source>Oldest waiting: none</source>
        <translation>Nejstarší čekající: žádný</translation>
    </message>
    <message numerus="yes">
        <source>Oldest waiting: %1, since %2 (%n minute(s))</source>
        <translation>
            <numerusform>Nejstarší čekající: %1, od %2 (%n minuta)</numerusform>
            <numerusform>Nejstarší čekající: %1, od %2 (%n minuty)</numerusform>
            <numerusform>Nejstarší čekající: %1, od %2 (%n minut)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending is on hold since %1: %2</source>
        <translation>Odesílání je pozastaveno od %1: %2</translation>
    </message>
    <message>
        <source>Sending is not on hold.</source>
        <translation>Odesílání není pozastaveno.</translation>
    </message>
    <message>
        <source>Last delivery: %1</source>
        <translation>Poslední doručení: %1</translation>
    </message>
    <message>
        <source>Last delivery: never</source>
        <translation>Poslední doručení: nikdy</translation>
    </message>
    <message>
        <source>Last failed attempt: %1, %2: %3</source>
        <translation>Poslední nezdařený pokus: %1, %2: %3</translation>
    </message>
    <message>
        <source>API key: none</source>
        <translation>Klíč API: žádný</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Klíč API: %1</translation>
    </message>
    <message>
        <source>Locked by the system scope: nothing</source>
        <translation>Zamčeno systémovým nastavením: nic</translation>
    </message>
    <message>
        <source>Locked by the system scope: %1</source>
        <translation>Zamčeno systémovým nastavením: %1</translation>
    </message>
    <message>
        <source>Version %1 on %2</source>
        <translation>Verze %1 na %2</translation>
    </message>
</context>
<context>
    <name>bizkithub::Settings</name>
    <message>
        <source>How can we help?</source>
        <translation>Jak vám můžeme pomoci?</translation>
    </message>
</context>
<context>
    <name>bizkithub::SubmitJob</name>
    <message>
        <source>No answer within the time limit.</source>
        <translation>V časovém limitu nepřišla žádná odpověď.</translation>
    </message>
</context>
<context>
    <name>bizkithub::SubmitResult</name>
    <message>
        <source>The ticket was sent to BizKitHub.</source>
        <translation>Požadavek byl odeslán do BizKitHub.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept the ticket. Check what you wrote and send it again; nothing you typed is lost.</source>
        <translation>BizKitHub požadavek nepřijal. Zkontrolujte, co jste napsali, a odešlete ho znovu; nic z toho, co jste zadali, se neztratilo.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept some fields. They are marked below: correct them and send again.</source>
        <translation>BizKitHub nepřijal některá pole. Jsou označena níže: opravte je a odešlete znovu.</translation>
    </message>
    <message>
        <source>BizKitHub refused the API key, so the ticket was not sent. Ask your administrator for a valid key and enter it in Settings; nothing you typed is lost.</source>
        <translation>BizKitHub odmítl klíč API, proto požadavek nebyl odeslán. Požádejte správce o platný klíč a zadejte ho v nastavení; nic z toho, co jste zadali, se neztratilo.</translation>
    </message>
    <message>
        <source>BizKitHub is receiving too many tickets from this key right now. The ticket was not sent: try again after %1.</source>
        <translation>BizKitHub právě přijímá z tohoto klíče příliš mnoho požadavků. Požadavek nebyl odeslán: zkuste to znovu po %1.</translation>
    </message>
    <message>
        <source>BizKitHub is receiving too many tickets from this key right now. The ticket was not sent: try again in a minute.</source>
        <translation>BizKitHub právě přijímá z tohoto klíče příliš mnoho požadavků. Požadavek nebyl odeslán: zkuste to znovu za minutu.</translation>
    </message>
    <message>
        <source>BizKitHub had a problem and did not take the ticket. Nothing you typed is lost: try again in a few minutes.</source>
        <translation>V BizKitHub došlo k potížím a požadavek nebyl převzat. Nic z toho, co jste zadali, se neztratilo: zkuste to znovu za několik minut.</translation>
    </message>
    <message>
        <source>The ticket could not be sent because BizKitHub cannot be reached. Check the connection and try again; nothing you typed is lost.</source>
        <translation>Požadavek nelze odeslat, protože BizKitHub není dostupný. Zkontrolujte připojení a zkuste to znovu; nic z toho, co jste zadali, se neztratilo.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the server&apos;s security certificate is not trusted. This can mean the connection is being intercepted: tell your administrator.</source>
        <translation>Požadavek nebyl odeslán, protože bezpečnostní certifikát serveru není důvěryhodný. Může to znamenat, že někdo připojení odposlouchává: informujte svého správce.</translation>
    </message>
    <message>
        <source>The ticket was not sent because no valid API key is set. Enter the key in Settings; nothing you typed is lost.</source>
        <translation>Požadavek nebyl odeslán, protože není nastaven platný klíč API. Zadejte klíč v nastavení; nic z toho, co jste zadali, se neztratilo.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the server address in Settings is not a valid https:// address.</source>
        <translation>Požadavek nebyl odeslán, protože adresa serveru v nastavení není platná adresa https://.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the extra certificate file in Settings cannot be read.</source>
        <translation>Požadavek nebyl odeslán, protože soubor s dalšími certifikáty uvedený v nastavení nelze přečíst.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the server address in Settings points somewhere else (%1). Ask your administrator to correct it.</source>
        <translation>Požadavek nebyl odeslán, protože adresa serveru v nastavení vede jinam (%1). Požádejte správce o opravu.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the server address in Settings is wrong (the contact form was not found there).</source>
        <translation>Požadavek nebyl odeslán, protože adresa serveru v nastavení je chybná (kontaktní formulář na ní nebyl nalezen).</translation>
    </message>
    <message>
        <source>The ticket was not sent because the network proxy asks for a login. Tell your administrator.</source>
        <translation>Požadavek nebyl odeslán, protože síťová proxy vyžaduje přihlášení. Informujte svého správce.</translation>
    </message>
    <message>
        <source>The ticket was not sent because of a problem with the settings.</source>
        <translation>Požadavek nebyl odeslán kvůli problému s nastavením.</translation>
    </message>
    <message>
        <source>Sending was cancelled. The ticket was not sent; nothing you typed is lost.</source>
        <translation>Odesílání bylo zrušeno. Požadavek nebyl odeslán; nic z toho, co jste zadali, se neztratilo.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Výsledek: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Stav HTTP: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Kód chyby: %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Zpráva serveru: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID žádosti: %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Síť: %1</translation>
    </message>
    <message>
        <source>Redirected to: %1</source>
        <translation>Přesměrováno na: %1</translation>
    </message>
    <message>
        <source>Retry after: %1</source>
        <translation>Zkusit znovu po: %1</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Limit požadavků: zbývá %1 z %2</translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation>Dokumentace: %1</translation>
    </message>
    <message>
        <source>The connection was lost before BizKitHub answered, so the ticket may or may not have arrived. Try again: at worst it arrives twice, with the same reference, so staff can spot the copy.</source>
        <translation>Spojení se přerušilo dřív, než BizKitHub odpověděl, takže požadavek možná dorazil, a možná ne. Zkuste to znovu: v nejhorším případě dorazí dvakrát se stejným referenčním kódem, takže pracovníci kopii snadno rozpoznají.</translation>
    </message>
    <message>
        <source>Nothing was sent: this kiosk is set up with a ROOT platform key, which has no limits and must not be used on a public machine. Administrator: enter a PROD key for this kiosk in Settings.</source>
        <translation>Nic nebylo odesláno: tento kiosek je nastaven s platformním klíčem ROOT, který nemá žádná omezení a nesmí se používat na veřejně přístupném počítači. Pro správce: zadejte pro tento kiosek v nastavení klíč PROD.</translation>
    </message>
</context>
<context>
    <name>bizkithub::Ticket</name>
    <message>
        <source>First name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Předmět</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interní poznámka</translation>
    </message>
    <message>
        <source>Send to e-mail</source>
        <translation>Odeslat na e-mail</translation>
    </message>
</context>
<context>
    <name>bizkithub::ValidationIssue</name>
    <message>
        <source>Write the message: it cannot be empty.</source>
        <translation>Napište zprávu: nesmí být prázdná.</translation>
    </message>
    <message>
        <source>Fill in this field: it is required.</source>
        <translation>Vyplňte toto pole: je povinné.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten this to at most %n characters.</source>
        <translation>
            <numerusform>Zkraťte text nejvýše na %n znak.</numerusform>
            <numerusform>Zkraťte text nejvýše na %n znaky.</numerusform>
            <numerusform>Zkraťte text nejvýše na %n znaků.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the whole e-mail address, with an @, like name@example.com.</source>
        <translation>Zadejte celou e-mailovou adresu se znakem @, např. name@example.com.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @. Enter a single address.</source>
        <translation>E-mailová adresa obsahuje právě jeden znak @. Zadejte jen jednu adresu.</translation>
    </message>
    <message>
        <source>Enter the part of the e-mail address before the @.</source>
        <translation>Zadejte část e-mailové adresy před znakem @.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row. Check the address.</source>
        <translation>Část před znakem @ nesmí začínat ani končit tečkou a nesmí obsahovat dvě tečky za sebou. Zkontrolujte adresu.</translation>
    </message>
    <message>
        <source>Quoted e-mail addresses are not accepted. Enter an address without quotes.</source>
        <translation>E-mailové adresy v uvozovkách nejsou přijímány. Zadejte adresu bez uvozovek.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character an e-mail address cannot have (such as a space or a comma). Check the address.</source>
        <translation>Část před znakem @ obsahuje znak, který e-mailová adresa nesmí obsahovat (například mezeru nebo čárku). Zkontrolujte adresu.</translation>
    </message>
    <message>
        <source>The part before the @ is too long (at most 64 bytes). Check the address.</source>
        <translation>Část před znakem @ je příliš dlouhá (nejvýše 64 bajtů). Zkontrolujte adresu.</translation>
    </message>
    <message>
        <source>Enter the domain after the @, like example.com.</source>
        <translation>Zadejte doménu za znakem @, např. example.com.</translation>
    </message>
    <message>
        <source>Addresses at an IP address are not accepted. Enter an address at a domain, like name@example.com.</source>
        <translation>Adresy na IP adrese nejsou přijímány. Zadejte adresu s doménou, např. name@example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is incomplete: it needs a dot, like example.com.</source>
        <translation>Doména za znakem @ je neúplná: musí obsahovat tečku, např. example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is not valid: use letters, digits, dots and hyphens, with no hyphen or dot at either end of a part.</source>
        <translation>Doména za znakem @ není platná: použijte písmena, číslice, tečky a spojovníky; žádná část nesmí začínat ani končit spojovníkem nebo tečkou.</translation>
    </message>
    <message>
        <source>The domain after the @ cannot end in a number. Check the address.</source>
        <translation>Doména za znakem @ nesmí končit číslem. Zkontrolujte adresu.</translation>
    </message>
    <message>
        <source>This e-mail address is too long (at most 254 bytes). Check the address.</source>
        <translation>Tato e-mailová adresa je příliš dlouhá (nejvýše 254 bajtů). Zkontrolujte adresu.</translation>
    </message>
    <message>
        <source>Enter a phone number using digits, optionally starting with + and the country code.</source>
        <translation>Zadejte telefonní číslo číslicemi, případně na začátku se znakem + a předvolbou země.</translation>
    </message>
    <message>
        <source>The country code is not known. Start with + and a valid country code, like +420.</source>
        <translation>Tuto předvolbu země neznáme. Začněte znakem + a platnou předvolbou země, např. +420.</translation>
    </message>
    <message>
        <source>This phone number is too short. Check that no digit is missing.</source>
        <translation>Toto telefonní číslo je příliš krátké. Zkontrolujte, zda nechybí některá číslice.</translation>
    </message>
    <message>
        <source>This phone number is too long. Check for extra digits.</source>
        <translation>Toto telefonní číslo je příliš dlouhé. Zkontrolujte, zda neobsahuje číslice navíc.</translation>
    </message>
    <message>
        <source>This is not a valid phone number for its country. Check the digits and the country code.</source>
        <translation>Toto není platné telefonní číslo pro danou zemi. Zkontrolujte číslice a předvolbu země.</translation>
    </message>
    <message>
        <source>Enter the phone number without the extension, and write the extension in the message.</source>
        <translation>Zadejte telefonní číslo bez klapky a klapku uveďte ve zprávě.</translation>
    </message>
    <message>
        <source>Use only lowercase letters a-z, digits and single hyphens between them, like &quot;order-question&quot;.</source>
        <translation>Použijte jen malá písmena a-z, číslice a mezi nimi jednotlivé spojovníky, např. „dotaz-k-objednavce“.</translation>
    </message>
    <message numerus="yes">
        <source>The category is too long: at most %n characters.</source>
        <translation>
            <numerusform>Kategorie je příliš dlouhá: nejvýše %n znak.</numerusform>
            <numerusform>Kategorie je příliš dlouhá: nejvýše %n znaky.</numerusform>
            <numerusform>Kategorie je příliš dlouhá: nejvýše %n znaků.</numerusform>
        </translation>
    </message>
    <message>
        <source>BizKitHub did not accept this field. Check it and send again.</source>
        <translation>BizKitHub toto pole nepřijal. Zkontrolujte ho a odešlete znovu.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept this field (%1). Check it and send again.</source>
        <translation>BizKitHub toto pole nepřijal (%1). Zkontrolujte ho a odešlete znovu.</translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number, so that we can reply.</source>
        <translation>Zadejte e-mailovou adresu nebo telefonní číslo, abychom vám mohli odpovědět.</translation>
    </message>
    <message>
        <source>This looks like more than one e-mail address. Enter only one address.</source>
        <translation>Vypadá to na více než jednu e-mailovou adresu. Zadejte jen jednu adresu.</translation>
    </message>
    <message>
        <source>The domain contains %1, which cannot be part of an address; remove it.</source>
        <translation>Doména obsahuje znak %1, který nemůže být součástí adresy; odstraňte ho.</translation>
    </message>
    <message>
        <source>The domain contains the dash %1, which cannot be part of an address; type a plain hyphen (-) instead.</source>
        <translation>Doména obsahuje pomlčku %1, která nemůže být součástí adresy; napište místo ní obyčejný spojovník (-).</translation>
    </message>
    <message>
        <source>The domain contains %1, which is allowed only together with certain other letters. Check the address.</source>
        <translation>Doména obsahuje znak %1, který je povolen jen spolu s určitými dalšími písmeny. Zkontrolujte adresu.</translation>
    </message>
    <message>
        <source>The part %1 of the domain does not follow the rules for right-to-left writing in domains. Check the address.</source>
        <translation>Část %1 domény nedodržuje pravidla pro psaní zprava doleva v doménách. Zkontrolujte adresu.</translation>
    </message>
    <message>
        <source>The part %1 of the domain is not a valid encoded international name. Check the address.</source>
        <translation>Část %1 domény není platně zakódovaný mezinárodní název. Zkontrolujte adresu.</translation>
    </message>
    <message>
        <source>The part %1 of the domain cannot have hyphens as its third and fourth characters. Check the address.</source>
        <translation>Část %1 domény nesmí mít spojovníky na třetím a čtvrtém místě. Zkontrolujte adresu.</translation>
    </message>
    <message>
        <source>Domains ending in %1 are reserved and never receive mail. Enter a real address.</source>
        <translation>Domény končící na %1 jsou vyhrazené a nikdy nepřijímají poštu. Zadejte skutečnou adresu.</translation>
    </message>
</context>
<context>
    <name>bizkithub::cli</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>Neznámý příkaz: %1</translation>
    </message>
    <message>
        <source>Subject line.</source>
        <translation>Předmět.</translation>
    </message>
    <message>
        <source>Internal note, never shown to the customer.</source>
        <translation>Interní poznámka, zákazníkovi se nikdy nezobrazí.</translation>
    </message>
    <message>
        <source>E-mail address the ticket is sent to.</source>
        <translation>E-mailová adresa, na kterou se požadavek odešle.</translation>
    </message>
    <message>
        <source>Category slug that routes the ticket.</source>
        <translation>Identifikátor kategorie, podle kterého se požadavek směruje.</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address.</source>
        <translation>E-mailová adresa zákazníka.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone.</source>
        <translation>Telefon zákazníka.</translation>
    </message>
    <message>
        <source>The customer&apos;s first name.</source>
        <translation>Jméno zákazníka.</translation>
    </message>
    <message>
        <source>The customer&apos;s last name.</source>
        <translation>Příjmení zákazníka.</translation>
    </message>
    <message>
        <source>Cannot read the message file %1: %2</source>
        <translation>Soubor se zprávou %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>Send one support ticket to BizKitHub.</source>
        <translation>Odešle jeden požadavek na podporu do BizKitHub.</translation>
    </message>
    <message>
        <source>The message (required).</source>
        <translation>Zpráva (povinná).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Read the message from a file; - reads standard input.</source>
        <translation>Načíst zprávu ze souboru; - čte standardní vstup.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>soubor</translation>
    </message>
    <message>
        <source>value</source>
        <translation>hodnota</translation>
    </message>
    <message>
        <source>Country (ISO 3166 code, e.g. CZ) of phone numbers given without +.</source>
        <translation>Země (kód ISO 3166, např. CZ) pro telefonní čísla zadaná bez +.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>kód</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds.</source>
        <translation>Přestat čekat po tomto počtu sekund.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekundy</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>Načíst nastavení z tohoto souboru INI.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Vypsat výsledek jako jeden objekt JSON.</translation>
    </message>
    <message>
        <source>Check and normalise the ticket, print the request body, send nothing.</source>
        <translation>Zkontrolovat a normalizovat požadavek, vypsat tělo žádosti, nic neodesílat.</translation>
    </message>
    <message>
        <source>Give either --message or --message-file, not both.</source>
        <translation>Zadejte buď --message, nebo --message-file, ne obojí.</translation>
    </message>
    <message>
        <source>--default-region: %1 is not a known country code; use a two-letter ISO 3166 code such as CZ, SK or DE.</source>
        <translation>--default-region: %1 není známý kód země; použijte dvoupísmenný kód ISO 3166, například CZ, SK nebo DE.</translation>
    </message>
    <message>
        <source>(Settings key api/key, or the environment variable BIZKITHUB_API_KEY.)</source>
        <translation>(Klíč nastavení api/key nebo proměnná prostředí BIZKITHUB_API_KEY.)</translation>
    </message>
    <message>
        <source>(Settings key api/baseUrl, or the environment variable BIZKITHUB_BASE_URL.)</source>
        <translation>(Klíč nastavení api/baseUrl nebo proměnná prostředí BIZKITHUB_BASE_URL.)</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Odchozí složka je prázdná.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenční kód: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>State: %1 (%2)</source>
        <translation>Stav: %1 (%2)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Vytvořeno: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Pokusy: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Další pokus: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Poslední chyba: %1</translation>
    </message>
    <message>
        <source>Refused field %1: %2</source>
        <translation>Odmítnuté pole %1: %2</translation>
    </message>
    <message>
        <source>Delivered: %1. Still waiting: %2.</source>
        <translation>Doručeno: %1. Stále čeká: %2.</translation>
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
        <translation>Správa odchozí složky: požadavky uchované, dokud je nelze doručit.

  list              všechny požadavky v odchozí složce včetně konceptů
  show ID           jeden požadavek (ID: jeho UUID nebo referenční kód) s pokusy
  flush             doručit, co lze doručit nyní
  retry ID          zařadit požadavek k okamžitému odeslání (zruší i pozastavení)
  discard ID        smazat požadavek
  export FILE       zapsat neodeslané požadavky do FILE (- pro standardní výstup);
                    --move je zde odstraní, takže je odešle jen ten, kdo je importuje
  import FILE       přidat požadavky z exportovaného FILE (každý jen jednou)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Vypsat JSON.</translation>
    </message>
    <message>
        <source>With export: remove the exported tickets here once the file is written, so that only the machine that imports them sends them.</source>
        <translation>S akcí export: po zapsání souboru odstranit exportované požadavky z tohoto počítače, aby je odeslal jen počítač, který je importuje.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Co se má provést (viz výše).</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot;.</source>
        <translation>Nesprávný počet argumentů pro „%1“.</translation>
    </message>
    <message>
        <source>Unknown outbox action: &quot;%1&quot;.</source>
        <translation>Neznámá akce pro odchozí složku: „%1“.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Nelze zapisovat na standardní výstup.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>Moved %1 ticket(s) to %2.</source>
        <translation>Přesunuto do %2 – počet požadavků: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nelze přečíst %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 ticket(s); %2 were already here.</source>
        <translation>Importováno požadavků: %1; již zde bylo: %2.</translation>
    </message>
    <message>
        <source>No ticket %1 in the outbox.</source>
        <translation>V odchozí složce není požadavek %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: there is nothing to retry.</source>
        <translation>Požadavek %1 je ve stavu „%2“: není co zkoušet znovu.</translation>
    </message>
    <message>
        <source>Ticket %1 is being sent right now and cannot be discarded.</source>
        <translation>Požadavek %1 se právě odesílá a nelze ho zahodit.</translation>
    </message>
    <message>
        <source>Discarded %1.</source>
        <translation>Zahozeno: %1.</translation>
    </message>
    <message>
        <source>The message file %1 is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Soubor se zprávou %1 není text v kódování UTF-8. Uložte ho jako UTF-8 a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Do not keep the ticket in the outbox when it cannot be delivered.</source>
        <translation>Neukládat požadavek do odchozí složky, pokud ho nelze doručit.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (put values with spaces in quotes)</source>
        <translation>Neočekávaný argument: %1 (hodnoty s mezerami uzavřete do uvozovek)</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds from %1 to %2.</source>
        <translation>--timeout: zadejte počet sekund od %1 do %2.</translation>
    </message>
    <message>
        <source>Nothing was sent. Use --no-queue to send without the outbox.</source>
        <translation>Nic nebylo odesláno. Chcete-li odesílat bez odchozí složky, použijte --no-queue.</translation>
    </message>
    <message>
        <source>Kept in the outbox as %1; sending is on hold until the settings change (or &quot;bizkithub-contact-cli outbox retry %1&quot;).</source>
        <translation>Uloženo v odchozí složce jako %1; odesílání je pozastaveno, dokud se nezmění nastavení (nebo do spuštění „bizkithub-contact-cli outbox retry %1“).</translation>
    </message>
    <message>
        <source>Kept in the outbox as %1: it will be sent by the app, or by &quot;bizkithub-contact-cli outbox flush&quot;.</source>
        <translation>Uloženo v odchozí složce jako %1: odešle ho aplikace nebo příkaz „bizkithub-contact-cli outbox flush“.</translation>
    </message>
    <message>
        <source>Kept in the outbox as %1: see &quot;bizkithub-contact-cli outbox show %1&quot;.</source>
        <translation>Uloženo v odchozí složce jako %1: viz „bizkithub-contact-cli outbox show %1“.</translation>
    </message>
    <message>
        <source>New admin PIN: </source>
        <translation>Nový PIN správce: </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>Zadejte PIN znovu: </translation>
    </message>
    <message>
        <source>The two PINs differ. Nothing was changed.</source>
        <translation>Zadané PINy se liší. Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>Sets the PIN that opens a kiosk&apos;s settings and outbox (kiosk/adminPinHash). The PIN is read from the terminal, or from the first line of standard input, and only a salted PBKDF2-SHA256 hash of it is kept. By default it goes into the system-wide settings, where it locks the key; that needs administrator rights.</source>
        <translation>Nastaví PIN, kterým se na kiosku otevírá nastavení a odchozí složka (kiosk/adminPinHash). PIN se načte z terminálu nebo z prvního řádku standardního vstupu a uchovává se z něj pouze solený hash PBKDF2-SHA256. Ve výchozím stavu se uloží do systémového nastavení, kde tento klíč uzamkne; k tomu jsou potřeba práva správce.</translation>
    </message>
    <message>
        <source>Keep the PIN in this user&apos;s settings instead (or in --config).</source>
        <translation>Uložit PIN místo toho do nastavení tohoto uživatele (nebo do --config).</translation>
    </message>
    <message>
        <source>Print the settings line instead of writing it, for configuration management.</source>
        <translation>Místo zápisu vypsat řádek nastavení pro správu konfigurace.</translation>
    </message>
    <message>
        <source>Use this INI file instead of the user&apos;s settings.</source>
        <translation>Použít tento soubor INI místo nastavení uživatele.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Neočekávaný argument: %1</translation>
    </message>
    <message>
        <source>No PIN was given. Nothing was changed.</source>
        <translation>Nebyl zadán žádný PIN. Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The admin PIN of this computer is set system-wide (%1); a user&apos;s PIN would not be used. Leave out --user to change it there.</source>
        <translation>PIN správce je na tomto počítači nastaven pro celý systém (%1); PIN uživatele by se nepoužil. Chcete-li ho změnit tam, vynechte --user.</translation>
    </message>
    <message>
        <source>Cannot write %1. Run this as an administrator, use --user to keep the PIN in this user&apos;s settings, or --print to get the line for your configuration management.</source>
        <translation>%1 nelze zapsat. Spusťte příkaz jako správce, použijte --user pro uložení PINu do nastavení tohoto uživatele, nebo --print pro získání řádku pro správu konfigurace.</translation>
    </message>
    <message>
        <source>The admin PIN is set (%1 in %2).</source>
        <translation>PIN správce je nastaven (%1 v %2).</translation>
    </message>
    <message>
        <source>Usage: bizkithub-contact-cli admin set-pin [--user] [--print] [--config FILE]
  set-pin    Set the PIN that opens a kiosk&apos;s settings and outbox.
</source>
        <translation>Použití: bizkithub-contact-cli admin set-pin [--user] [--print] [--config FILE]
  set-pin    Nastaví PIN, kterým se na kiosku otevírá nastavení a odchozí složka.
</translation>
    </message>
    <message>
        <source>Unknown admin command: %1</source>
        <translation>Neznámý příkaz admin: %1</translation>
    </message>
    <message>
        <source>%1 of them do not meet this computer&apos;s form rules and wait in the outbox for an edit (outbox list).</source>
        <translation>Z toho nesplňuje pravidla formuláře tohoto počítače: %1. Tyto požadavky čekají v odchozí složce na úpravu (outbox list).</translation>
    </message>
    <message>
        <source>%1: set by your administrator on this computer; leave it out.</source>
        <translation>%1: na tomto počítači nastavuje správce; tuto volbu vynechte.</translation>
    </message>
    <message>
        <source>%1 ticket(s) could not be removed here: %2. Do not import the file on another computer before they are removed.</source>
        <translation>Počet požadavků, které zde nelze odstranit: %1 (%2). Soubor neimportujte na jiném počítači, dokud nebudou odstraněny.</translation>
    </message>
    <message>
        <source>The ticket could not be saved: %1. It was not sent and not kept; send it again once that is solved.</source>
        <translation>Požadavek nelze uložit: %1. Nebyl odeslán ani uchován; až to bude vyřešeno, odešlete jej znovu.</translation>
    </message>
    <message>
        <source>The outbox could not record this attempt: %1. Ticket %2 stays in the outbox and may be delivered once more.</source>
        <translation>Odchozí složka nemohla tento pokus zaznamenat: %1. Požadavek %2 zůstává v odchozí složce a může být doručen ještě jednou.</translation>
    </message>
    <message>
        <source>The customer agreed to the notice in form/consentText; the internal note records it.</source>
        <translation>Zákazník souhlasil s upozorněním z form/consentText; interní poznámka to zaznamená.</translation>
    </message>
    <message>
        <source>With flush: say nothing when there was nothing to deliver (for a timer).</source>
        <translation>S flush: nic nevypisovat, když nebylo co doručit (pro časovač).</translation>
    </message>
    <message>
        <source>How this computer&apos;s outbox stands: tickets by state, the oldest waiting one, the hold, the last delivery and the last failure, the key&apos;s kind, what the system scope locks. Exit code 0: healthy; 4: tickets have waited longer than outbox/alertAfterHours; 5: sending is on hold.</source>
        <translation>Jak je na tom odchozí složka tohoto počítače: požadavky podle stavu, nejstarší čekající, pozastavení, poslední doručení a poslední selhání, druh klíče, co zamyká systémové nastavení. Návratový kód 0: v pořádku; 4: požadavky čekají déle než outbox/alertAfterHours; 5: odesílání je pozastaveno.</translation>
    </message>
    <message>
        <source>Also write the status in the Prometheus text format to this file (for node_exporter&apos;s textfile collector), replacing it whole.</source>
        <translation>Zapsat stav také do tohoto souboru ve formátu Prometheus (pro textfile collector programu node_exporter), vždy celý.</translation>
    </message>
    <message>
        <source>status takes no arguments.</source>
        <translation>status nepřijímá žádné argumenty.</translation>
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
        <translation>Použití: bizkithub-contact-cli &lt;command&gt; [options]

Příkazy:
  send       Odeslat jeden požadavek na podporu (viz: bizkithub-contact-cli send --help)
  outbox     Vypsat, odeslat, exportovat nebo importovat odchozí složku (viz: ... outbox --help)
  admin      Nastavit kiosek: admin set-pin (viz: ... admin --help)
  status     Jak je na tom odchozí složka tohoto počítače, pro správce (viz: ... status --help)

Volby:
  -h, --help     Zobrazit tuto nápovědu.
  -v, --version  Zobrazit verzi.
</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::AdminPinDialog</name>
    <message>
        <source>Administration</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>&amp;PIN správce:</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN správce</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odemknout</translation>
    </message>
    <message>
        <source>No admin PIN is set up on this kiosk. Set one on this computer with: bizkithub-contact-cli admin set-pin</source>
        <translation>Na tomto kiosku není nastaven PIN správce. Nastavte ho na tomto počítači příkazem: bizkithub-contact-cli admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Příliš mnoho chybných PINů. Zkuste to znovu za %n sekundu.</numerusform>
            <numerusform>Příliš mnoho chybných PINů. Zkuste to znovu za %n sekundy.</numerusform>
            <numerusform>Příliš mnoho chybných PINů. Zkuste to znovu za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Ověřování…</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Chybný PIN. Zkuste to znovu.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Smazat PIN</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Smazat poslední číslici</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::GuestReceipt</name>
    <message>
        <source>We will reply to %1.</source>
        <translation>Odpovíme vám na %1.</translation>
    </message>
    <message>
        <source>We will call you on %1.</source>
        <translation>Zavoláme vám na číslo %1.</translation>
    </message>
    <message>
        <source>You left no e-mail or phone number: ask our staff about your request with this reference.</source>
        <translation>Nezanechali jste e-mail ani telefon: na svůj požadavek se zeptejte našich zaměstnanců s tímto číslem.</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Číslo vašeho požadavku</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Děkujeme!</translation>
    </message>
    <message>
        <source>The printer did not accept the receipt.</source>
        <translation>Tiskárna účtenku nepřijala.</translation>
    </message>
    <message>
        <source>There is no printer called %1 on this computer.</source>
        <translation>Na tomto počítači není tiskárna s názvem %1.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Potvrzení</translation>
    </message>
    <message>
        <source>Receipt printing is not installed (%1).</source>
        <translation>Tisk potvrzení není nainstalován (%1).</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::KioskChrome</name>
    <message>
        <source>Thank you!</source>
        <translation>Děkujeme!</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n waiting</source>
        <translation>
            <numerusform>⚠ %n čekající</numerusform>
            <numerusform>⚠ %n čekající</numerusform>
            <numerusform>⚠ %n čekajících</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n čekající</numerusform>
            <numerusform>%n čekající</numerusform>
            <numerusform>%n čekajících</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n tickets in the last hour: new ones are refused</source>
        <translation>
            <numerusform>⚠ %n požadavek za poslední hodinu: nové se odmítají</numerusform>
            <numerusform>⚠ %n požadavky za poslední hodinu: nové se odmítají</numerusform>
            <numerusform>⚠ %n požadavků za poslední hodinu: nové se odmítají</numerusform>
        </translation>
    </message>
    <message>
        <source>We have your request. Your reference:</source>
        <translation>Váš požadavek máme. Jeho číslo:</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Vytisknout potvrzení</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Back to the start for the next guest</source>
        <translation>Zpět na začátek pro dalšího hosta</translation>
    </message>
    <message>
        <source>Scan to keep your reference on your phone.</source>
        <translation>Naskenujte a číslo požadavku budete mít v telefonu.</translation>
    </message>
    <message>
        <source>Scan to follow your request on your phone.</source>
        <translation>Naskenujte a sledujte svůj požadavek v telefonu.</translation>
    </message>
    <message>
        <source>QR code of your reference</source>
        <translation>QR kód čísla vašeho požadavku</translation>
    </message>
    <message>
        <source>Your reference is %1.</source>
        <translation>Číslo vašeho požadavku je %1.</translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n second(s).</source>
        <translation>
            <numerusform>Zpět na začátek za %n sekundu.</numerusform>
            <numerusform>Zpět na začátek za %n sekundy.</numerusform>
            <numerusform>Zpět na začátek za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your receipt is being printed.</source>
        <translation>Potvrzení se tiskne.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please note your reference, or ask our staff.</source>
        <translation>Potvrzení se nepodařilo vytisknout. Poznamenejte si prosím číslo požadavku, nebo se obraťte na naše zaměstnance.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::KioskController</name>
    <message>
        <source>Still there? Touch to continue</source>
        <translation>Jste tu ještě? Pro pokračování se dotkněte obrazovky</translation>
    </message>
    <message numerus="yes">
        <source>The form will be cleared in %n second(s) to protect your data.</source>
        <translation>
            <numerusform>Formulář bude kvůli ochraně vašich údajů vymazán za %n sekundu.</numerusform>
            <numerusform>Formulář bude kvůli ochraně vašich údajů vymazán za %n sekundy.</numerusform>
            <numerusform>Formulář bude kvůli ochraně vašich údajů vymazán za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::KioskShell</name>
    <message>
        <source>Receipt printer %1: the last receipt could not be printed.</source>
        <translation>Tiskárna potvrzení %1: poslední potvrzení se nepodařilo vytisknout.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::MainWindow</name>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>Zrušit odesí&amp;lání</translation>
    </message>
    <message>
        <source>BizKitHub Contact</source>
        <translation>BizKitHub Contact</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nový požadavek</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>O&amp;deslat</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Nas&amp;tavení…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
    <message>
        <source>&amp;About BizKitHub Contact</source>
        <translation>&amp;O aplikaci BizKitHub Contact</translation>
    </message>
    <message>
        <source>About BizKitHub Contact</source>
        <translation>O aplikaci BizKitHub Contact</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BizKitHub Contact %1&lt;/h3&gt;&lt;p&gt;Files support tickets into BizKitHub.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BizKitHub Contact %1&lt;/h3&gt;&lt;p&gt;Zakládá požadavky na podporu v BizKitHub.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The API key is saved. Press Send to send the ticket.</source>
        <translation>Klíč API je uložen. Požadavek odešlete tlačítkem „Odeslat“.</translation>
    </message>
    <message>
        <source>Stop sending and go on editing (Esc)</source>
        <translation>Zastavit odesílání a pokračovat v úpravách (Esc)</translation>
    </message>
    <message>
        <source>It will be sent automatically as soon as BizKitHub can be reached.</source>
        <translation>Odešle se automaticky, jakmile bude BizKitHub dostupný.</translation>
    </message>
    <message>
        <source>Start a new ticket; the one you are writing stays in Drafts</source>
        <translation>Začít nový požadavek; rozepsaný požadavek zůstane v konceptech</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Uložit jako &amp;koncept</translation>
    </message>
    <message>
        <source>&amp;Outbox and drafts…</source>
        <translation>Od&amp;chozí a koncepty…</translation>
    </message>
    <message>
        <source>Delete all &amp;local data…</source>
        <translation>S&amp;mazat všechna místní data…</translation>
    </message>
    <message>
        <source>Restored the ticket you were writing at %1.</source>
        <translation>Obnoven požadavek, který jste psali v %1.</translation>
    </message>
    <message>
        <source>Sending is on hold: %1 Tickets wait in the outbox until this is fixed.</source>
        <translation>Odesílání je pozastaveno: %1 Požadavky čekají v odchozí složce, dokud se problém nevyřeší.</translation>
    </message>
    <message>
        <source>Saved as draft %1. Open it again from Outbox and drafts (%2).</source>
        <translation>Uloženo jako koncept %1. Znovu ho otevřete v nabídce „Odchozí a koncepty“ (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the marked fields and send again (problems found: %n).</source>
        <translation>
            <numerusform>Opravte prosím označená pole a odešlete znovu (nalezen %n problém).</numerusform>
            <numerusform>Opravte prosím označená pole a odešlete znovu (nalezeny %n problémy).</numerusform>
            <numerusform>Opravte prosím označená pole a odešlete znovu (nalezeno %n problémů).</numerusform>
        </translation>
    </message>
    <message>
        <source>It could not be delivered just now. It will be sent automatically when the connection returns; you can go on with the next ticket.</source>
        <translation>Právě teď ho nebylo možné doručit. Odešle se automaticky po obnovení připojení; můžete pokračovat dalším požadavkem.</translation>
    </message>
    <message>
        <source>Ticket %1 is being sent right now and cannot be edited.</source>
        <translation>Požadavek %1 se právě odesílá a nelze ho upravit.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept some fields of this ticket. They are marked below: correct them and send again.</source>
        <translation>BizKitHub nepřijal některá pole tohoto požadavku. Jsou označena níže: opravte je a odešlete znovu.</translation>
    </message>
    <message numerus="yes">
        <source>Delete all tickets, drafts and history kept on this computer? %n ticket(s) have not been delivered and will be lost.</source>
        <translation>
            <numerusform>Smazat všechny požadavky, koncepty a historii uložené v tomto počítači? %n požadavek nebyl doručen a bude ztracen.</numerusform>
            <numerusform>Smazat všechny požadavky, koncepty a historii uložené v tomto počítači? %n požadavky nebyly doručeny a budou ztraceny.</numerusform>
            <numerusform>Smazat všechny požadavky, koncepty a historii uložené v tomto počítači? %n požadavků nebylo doručeno a bude ztraceno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all tickets, drafts and history kept on this computer?</source>
        <translation>Smazat všechny požadavky, koncepty a historii uložené v tomto počítači?</translation>
    </message>
    <message>
        <source>Delete all local data</source>
        <translation>Smazat všechna místní data</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Nast&amp;avení…</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk mode</source>
        <translation>Opustit &amp;režim kiosku</translation>
    </message>
    <message>
        <source>&amp;Back to the kiosk</source>
        <translation>Z&amp;pět na kiosek</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1. What you typed is still in the form; keep this window open until it can be saved or sent.</source>
        <translation>Koncept nelze uložit: %1. Co jste napsali, zůstává ve formuláři; nechte toto okno otevřené, dokud jej nepůjde uložit nebo odeslat.</translation>
    </message>
    <message>
        <source>The ticket could not be saved: %1. It is still in the form; it was not sent.</source>
        <translation>Požadavek nelze uložit: %1. Zůstává ve formuláři; nebyl odeslán.</translation>
    </message>
    <message>
        <source>Close without the ticket?</source>
        <translation>Zavřít bez požadavku?</translation>
    </message>
    <message>
        <source>The ticket you are writing could not be saved: %1. If you close now, it is lost.</source>
        <translation>Rozepsaný požadavek nelze uložit: %1. Pokud okno teď zavřete, bude ztracen.</translation>
    </message>
    <message>
        <source>%1 looks like a typo: did you mean %2? Use the suggested address, or send the address as it is.</source>
        <translation>%1 vypadá jako překlep: neměli jste na mysli %2? Použijte navrženou adresu, nebo odešlete adresu tak, jak je.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nový požadavek</translation>
    </message>
    <message>
        <source>Editing %1</source>
        <translation>Úprava požadavku %1</translation>
    </message>
    <message>
        <source>BizKitHub cannot be reached just now. The ticket is kept and will be sent by itself as soon as BizKitHub answers; you can go on with the next ticket.</source>
        <translation>BizKitHub teď není dostupný. Požadavek je uložen a odešle se sám, jakmile BizKitHub odpoví; můžete pokračovat dalším požadavkem.</translation>
    </message>
    <message>
        <source>The ticket is kept in the outbox and goes, with the others waiting, as soon as the settings are corrected.</source>
        <translation>Požadavek je uložen v odchozí složce a odejde spolu s ostatními čekajícími, jakmile bude nastavení opraveno.</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>Ukončit úpravy</translation>
    </message>
    <message>
        <source>Keep the changes as a draft in Outbox and drafts, and start a new ticket</source>
        <translation>Ponechat změny jako koncept v odchozí složce a začít nový požadavek</translation>
    </message>
    <message>
        <source>Ticket delivered.</source>
        <translation>Požadavek doručen.</translation>
    </message>
    <message>
        <source>This kiosk cannot take more requests just now. Please ask our staff for help.</source>
        <translation>Tento kiosek teď nemůže přijmout další požadavky. Obraťte se prosím na náš personál.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::OnScreenKeyboard</name>
    <message>
        <source>No on-screen keyboard: restart the app in kiosk mode to have one.</source>
        <translation>Bez klávesnice na obrazovce: pro ni spusťte aplikaci znovu v režimu kiosku.</translation>
    </message>
    <message>
        <source>No on-screen keyboard: Qt Virtual Keyboard is not installed.</source>
        <translation>Bez klávesnice na obrazovce: Qt Virtual Keyboard není nainstalován.</translation>
    </message>
    <message>
        <source>No on-screen keyboard: it could not be loaded.</source>
        <translation>Bez klávesnice na obrazovce: nepodařilo se ji načíst.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::OutboxModel</name>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Další pokus</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenční kód</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Poslední změna</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Doručeno</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::OutboxWindow</name>
    <message>
        <source>Send &amp;now</source>
        <translation>Odeslat &amp;nyní</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Upravit</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Zahodit…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Kopírovat diagnostiku</translation>
    </message>
    <message>
        <source>&amp;Undo discard</source>
        <translation>&amp;Vrátit zahození</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Odchozí</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>Čeka&amp;jící</translation>
    </message>
    <message>
        <source>D&amp;rafts</source>
        <translation>Konce&amp;pty</translation>
    </message>
    <message>
        <source>Sen&amp;t</source>
        <translation>&amp;Odeslané</translation>
    </message>
    <message>
        <source>Try to send the selected ticket now</source>
        <translation>Zkusit vybraný požadavek odeslat hned</translation>
    </message>
    <message>
        <source>Open the selected ticket in the form</source>
        <translation>Otevřít vybraný požadavek ve formuláři</translation>
    </message>
    <message>
        <source>Copy the ticket&apos;s state and attempts (without personal data) for support</source>
        <translation>Zkopírovat stav a pokusy požadavku (bez osobních údajů) pro podporu</translation>
    </message>
    <message>
        <source>Waiting: %1   Drafts: %2   Sent: %3</source>
        <translation>Čekající: %1   Koncepty: %2   Odeslané: %3</translation>
    </message>
    <message>
        <source>Delete the draft %1? You can undo this until you close the outbox.</source>
        <translation>Smazat koncept %1? Dokud nezavřete odchozí složku, můžete tuto akci vrátit zpět.</translation>
    </message>
    <message>
        <source>Discard ticket %1? It may already have reached BizKitHub; if not, it never will. You can undo this until you close the outbox.</source>
        <translation>Zahodit požadavek %1? Možná už do BizKitHub dorazil; pokud ne, už nikdy nedorazí. Dokud nezavřete odchozí složku, můžete tuto akci vrátit zpět.</translation>
    </message>
    <message>
        <source>Discard ticket %1? It has not been delivered and will not be. You can undo this until you close the outbox.</source>
        <translation>Zahodit požadavek %1? Nebyl doručen a už doručen nebude. Dokud nezavřete odchozí složku, můžete tuto akci vrátit zpět.</translation>
    </message>
    <message>
        <source>Discard ticket</source>
        <translation>Zahodit požadavek</translation>
    </message>
    <message>
        <source>Search by reference, name, e-mail, phone or subject</source>
        <translation>Hledat podle kódu, jména, e-mailu, telefonu nebo předmětu</translation>
    </message>
    <message>
        <source>Search the outbox</source>
        <translation>Hledat v odchozí složce</translation>
    </message>
    <message>
        <source>Search by reference, name, e-mail, phone or subject (%1)</source>
        <translation>Hledat podle kódu, jména, e-mailu, telefonu nebo předmětu (%1)</translation>
    </message>
    <message>
        <source>Selected ticket</source>
        <translation>Vybraný požadavek</translation>
    </message>
    <message>
        <source>No tickets match “%1”.</source>
        <translation>Hledání „%1“ neodpovídá žádný požadavek.</translation>
    </message>
    <message>
        <source>No tickets are waiting. Tickets that cannot be delivered at once wait here and are sent by themselves.</source>
        <translation>Žádné požadavky nečekají. Požadavky, které nelze doručit hned, čekají zde a odejdou samy.</translation>
    </message>
    <message>
        <source>No drafts. Tickets saved with Save as draft appear here.</source>
        <translation>Žádné koncepty. Zde se objeví požadavky uložené pomocí Uložit jako koncept.</translation>
    </message>
    <message>
        <source>No tickets sent yet. Delivered tickets are listed here for a while, so you can look up what was sent.</source>
        <translation>Zatím nebyly odeslány žádné požadavky. Doručené požadavky jsou tu nějakou dobu uvedeny, abyste mohli dohledat, co bylo odesláno.</translation>
    </message>
    <message>
        <source>Select a ticket to see it here.</source>
        <translation>Vyberte požadavek a zobrazí se zde.</translation>
    </message>
    <message>
        <source>The personal data of this ticket was removed after the retention time.</source>
        <translation>Osobní údaje tohoto požadavku byly po uplynutí doby uchování odstraněny.</translation>
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
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Sending result</source>
        <translation>Výsledek odeslání</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Podro&amp;bnosti</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Zobrazit technické podrobnosti</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technické podrobnosti</translation>
    </message>
    <message>
        <source>Use the suggested address</source>
        <translation>Použít navrženou adresu</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Přesto odeslat</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>&amp;Zkusit znovu</translation>
    </message>
    <message>
        <source>Open settin&amp;gs</source>
        <translation>Otevřít n&amp;astavení</translation>
    </message>
    <message>
        <source>Ed&amp;it the ticket</source>
        <translation>&amp;Upravit požadavek</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::SettingsDialog</name>
    <message>
        <source>Automatic (from the system language)</source>
        <translation>Automaticky (podle jazyka systému)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation>Zobrazit nebo skrýt klíč API</translation>
    </message>
    <message>
        <source>Extra trusted certificates</source>
        <translation>Další důvěryhodné certifikáty</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certifikáty (*.pem *.crt);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Set by the environment variable %1.</source>
        <translation>Nastaveno proměnnou prostředí %1.</translation>
    </message>
    <message>
        <source>These are not valid category slugs: %1. Use lowercase letters a-z, digits and single hyphens, like billing=Billing question.</source>
        <translation>Tyto identifikátory kategorií nejsou platné: %1. Použijte malá písmena a-z, číslice a jednotlivé spojovníky, např. billing=Dotaz k fakturaci.</translation>
    </message>
    <message>
        <source>No certificate could be read from this file. Choose a PEM file.</source>
        <translation>Z tohoto souboru nelze načíst žádný certifikát. Vyberte soubor PEM.</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Nastaveno vaším správcem.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Jazyk systému</translation>
    </message>
    <message>
        <source>Connection to BizKitHub</source>
        <translation>Připojení k BizKitHub</translation>
    </message>
    <message>
        <source>The ticket form</source>
        <translation>Formulář požadavku</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Tento počítač</translation>
    </message>
    <message>
        <source>Every new ticket starts with this address in its send-to e-mail field; staff can change it per ticket.</source>
        <translation>Každý nový požadavek začíná s touto adresou v poli pro odeslání na e-mail; u každého požadavku ji lze změnit.</translation>
    </message>
    <message>
        <source>How long to wait for BizKitHub&apos;s answer before the ticket is kept and tried again later. Raise it on a slow connection.</source>
        <translation>Jak dlouho čekat na odpověď BizKitHub, než se požadavek uloží a zkusí se odeslat později. Na pomalém připojení hodnotu zvyšte.</translation>
    </message>
    <message>
        <source>Only needed when your network inspects secure connections with its own certificate authority: a PEM file from your IT department.</source>
        <translation>Potřeba jen tehdy, když vaše síť kontroluje zabezpečená spojení vlastní certifikační autoritou: soubor PEM od vašeho IT oddělení.</translation>
    </message>
    <message>
        <source>Settings marked as set by your administrator cannot be changed here.</source>
        <translation>Nastavení označená jako nastavená správcem zde nelze změnit.</translation>
    </message>
    <message>
        <source>These settings apply to your user account on this computer.</source>
        <translation>Tato nastavení platí pro váš uživatelský účet na tomto počítači.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::StatusBar</name>
    <message>
        <source>Sending</source>
        <translation>Odesílá se</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Připojeno</translation>
    </message>
    <message>
        <source>BizKitHub unreachable</source>
        <translation>BizKitHub nedostupný</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Bez připojení</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>The last ticket reached BizKitHub.</source>
        <translation>Poslední požadavek do BizKitHub dorazil.</translation>
    </message>
    <message>
        <source>The network works, but BizKitHub does not answer just now. Tickets wait in the outbox and are sent by themselves when it does.</source>
        <translation>Síť funguje, ale BizKitHub právě neodpovídá. Požadavky čekají v odchozí složce a odejdou samy, jakmile odpoví.</translation>
    </message>
    <message>
        <source>This computer has no network connection. Tickets wait in the outbox and are sent by themselves when the connection returns.</source>
        <translation>Tento počítač nemá připojení k síti. Požadavky čekají v odchozí složce a odejdou samy, až se připojení obnoví.</translation>
    </message>
    <message>
        <source>BizKitHub refused the settings (key, certificate or address). Tickets wait in the outbox until the settings are corrected.</source>
        <translation>BizKitHub odmítl nastavení (klíč, certifikát nebo adresu). Požadavky čekají v odchozí složce, dokud nastavení neopravíte.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n čekající</numerusform>
            <numerusform>%n čekající</numerusform>
            <numerusform>%n čekajících</numerusform>
        </translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>naposledy odesláno %1</translation>
    </message>
    <message>
        <source>next attempt %1</source>
        <translation>další pokus %1</translation>
    </message>
    <message>
        <source>Tickets go to %1</source>
        <translation>Požadavky se odesílají na %1</translation>
    </message>
    <message>
        <source>No API key: open Settings</source>
        <translation>Chybí klíč API: otevřete nastavení</translation>
    </message>
    <message>
        <source>Sending the ticket to BizKitHub…</source>
        <translation>Odesílání požadavku do BizKitHub…</translation>
    </message>
    <message numerus="yes">
        <source>%n to correct</source>
        <translation>
            <numerusform>%n k opravě</numerusform>
            <numerusform>%n k opravě</numerusform>
            <numerusform>%n k opravě</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::SuccessPage</name>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nový požadavek</translation>
    </message>
    <message>
        <source>Start a new ticket (%1)</source>
        <translation>Začít nový požadavek (%1)</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID žádosti: %1</translation>
    </message>
    <message>
        <source>Saved in the outbox</source>
        <translation>Uloženo v odchozí složce</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Uloženo</translation>
    </message>
    <message>
        <source>Delivered at %1</source>
        <translation>Doručeno v %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Zkopírováno</translation>
    </message>
    <message>
        <source>Open settin&amp;gs</source>
        <translation>Otevřít n&amp;astavení</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenční kód</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy the reference, to give it to the customer</source>
        <translation>Zkopírovat referenční kód a předat ho zákazníkovi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Summary of the ticket</source>
        <translation>Shrnutí požadavku</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Stav HTTP: %1</translation>
    </message>
    <message>
        <source>BizKitHub has the ticket. Give the customer the reference if they ask.</source>
        <translation>BizKitHub požadavek má. Pokud se zákazník zeptá, sdělte mu referenční kód.</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Je třeba zasáhnout</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Doručeno</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Předmět</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::TicketForm</name>
    <message>
        <source>optional, e.g. order-question</source>
        <translation>nepovinné, např. dotaz-k-objednavce</translation>
    </message>
    <message>
        <source>What can we help with?</source>
        <translation>S čím vám můžeme pomoci?</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Použité znaky</translation>
    </message>
    <message>
        <source>Send the ticket (%1)</source>
        <translation>Odeslat požadavek (%1)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Měli jste na mysli %1?</translation>
    </message>
    <message>
        <source>Use the suggested address %1</source>
        <translation>Použít navrhovanou adresu %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 characters: %n too many</source>
        <translation>
            <numerusform>%1 / %2 znaků: %n znak navíc</numerusform>
            <numerusform>%1 / %2 znaků: %n znaky navíc</numerusform>
            <numerusform>%1 / %2 znaků: %n znaků navíc</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 znaků</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Pole označená * jsou povinná.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>label of a required field</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (povinné)</translation>
    </message>
    <message>
        <source>%1 (set by your administrator)</source>
        <translation>%1 (nastavuje správce)</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Nastaveno správcem</translation>
    </message>
    <message>
        <source>e.g. order-question</source>
        <translation>např. dotaz-k-objednavce</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Použít %1</translation>
    </message>
    <message>
        <source>Sa&amp;ve draft</source>
        <translation>Uložit kon&amp;cept</translation>
    </message>
    <message>
        <source>Keep the ticket in Drafts and start a new one (%1)</source>
        <translation>Ponechat požadavek v konceptech a začít nový (%1)</translation>
    </message>
    <message>
        <source>%1 sends, %2 saves a draft</source>
        <translation>%1 odešle, %2 uloží koncept</translation>
    </message>
    <message>
        <source>The customer agreed to this: %1</source>
        <translation>Zákazník s tímto souhlasil: %1</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>O vás</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Váš požadavek</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Odeslat</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nepovinné</translation>
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
        <translation>Zakládání požadavků na podporu v BizKitHub.</translation>
    </message>
    <message>
        <source>Use this INI file instead of the user&apos;s settings.</source>
        <translation>Použít tento soubor INI místo nastavení uživatele.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>soubor</translation>
    </message>
    <message>
        <source>Start in kiosk mode, as with the setting kiosk/enabled.</source>
        <translation>Spustit v režimu kiosku, stejně jako nastavení kiosk/enabled.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Zobrazí verzi.</translation>
    </message>
</context>
</TS>
