<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zobrazí pomocníka k voľbám príkazového riadka.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zobrazí pomocníka vrátane volieb špecifických pre Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zobrazí informácie o verzii.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Neznáma voľba „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Neznáme voľby: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Po „%1“ chýba hodnota.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Neočakávaná hodnota po „%1“.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[voľby]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Použitie: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Voľby:</translation>
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
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Uložiť všetko</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvoriť</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>Án&amp;o</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Áno &amp;všetkým</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ie všetkým</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prerušiť</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opakovať</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorovať</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodiť</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomocník</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použiť</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Obnoviť predvolené</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresa servera:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresa servera</translation>
    </message>
    <message>
        <source>https://api.bizkithub.com</source>
        <translation>https://api.bizkithub.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Kľúč API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Kľúč API</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zobraziť</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Zobraziť kľúč API</translation>
    </message>
    <message>
        <source>Phone &amp;country:</source>
        <translation>Krajina &amp;telefónnych čísel:</translation>
    </message>
    <message>
        <source>Country of phone numbers given without a country code</source>
        <translation>Krajina telefónnych čísel zadaných bez predvoľby krajiny</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategórie</translation>
    </message>
    <message>
        <source>One per line: slug=Label, e.g. billing=Billing question</source>
        <translation>Jedna na riadok: slug=Názov, napr. billing=Otázka k fakturácii</translation>
    </message>
    <message>
        <source>Send &amp;to e-mail:</source>
        <translation>O&amp;doslať na e-mail:</translation>
    </message>
    <message>
        <source>Default send-to e-mail</source>
        <translation>Predvolená adresa pre „Odoslať na e-mail“</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nepovinné</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>Čakať na &amp;odpoveď:</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer</source>
        <translation>Počet sekúnd čakania na odpoveď</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>E&amp;xtra certificates:</source>
        <translation>Ďalšie &amp;certifikáty:</translation>
    </message>
    <message>
        <source>Extra trusted certificates (PEM file)</source>
        <translation>Ďalšie dôveryhodné certifikáty (súbor PEM)</translation>
    </message>
    <message>
        <source>optional: PEM file for a TLS-inspecting proxy</source>
        <translation>nepovinné: súbor PEM pre proxy server, ktorý kontroluje TLS</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Prehľadávať…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Jazyk aplikácie</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>Kat&amp;egórie:</translation>
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
        <translation>Meno</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>P&amp;riezvisko:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
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
        <translation>Použiť navrhovanú adresu</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fón:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Požiadavka</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategória:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Sprá&amp;va:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>Internal (never shown to the customer)</source>
        <translation>Interné (zákazník to nikdy neuvidí)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interná poznámka</translation>
    </message>
    <message>
        <source>Send &amp;to e-mail:</source>
        <translation>O&amp;doslať na e-mail:</translation>
    </message>
    <message>
        <source>Send to e-mail</source>
        <translation>Odoslať na e-mail</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Odoslať</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>&amp;Meno:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Predme&amp;t:</translation>
    </message>
    <message>
        <source>Internal n&amp;ote:</source>
        <translation>&amp;Interná poznámka:</translation>
    </message>
</context>
<context>
    <name>bizkithub::AdminPin</name>
    <message numerus="yes">
        <source>The PIN is too short: use at least %n characters.</source>
        <translation>
            <numerusform>PIN je príliš krátky: použite aspoň %n znak.</numerusform>
            <numerusform>PIN je príliš krátky: použite aspoň %n znaky.</numerusform>
            <numerusform>PIN je príliš krátky: použite aspoň %n znakov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is too long: use at most %n characters.</source>
        <translation>
            <numerusform>PIN je príliš dlhý: použite najviac %n znak.</numerusform>
            <numerusform>PIN je príliš dlhý: použite najviac %n znaky.</numerusform>
            <numerusform>PIN je príliš dlhý: použite najviac %n znakov.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::ApiKey</name>
    <message>
        <source>Production key</source>
        <translation>Produkčný kľúč</translation>
    </message>
    <message>
        <source>Development key</source>
        <translation>Vývojový kľúč</translation>
    </message>
    <message>
        <source>System key</source>
        <translation>Systémový kľúč</translation>
    </message>
    <message>
        <source>An API key is needed to send tickets. Enter it in Settings (ask your BizKitHub administrator for one).</source>
        <translation>Na odosielanie požiadaviek je potrebný kľúč API. Zadajte ho v nastaveniach (požiadajte oň správcu BizKitHub).</translation>
    </message>
    <message>
        <source>This API key is not in the right format: it has 32 letters and digits and starts with PROD, DEV_ or ROOT. Copy it again from BizKitHub.</source>
        <translation>Tento kľúč API nemá správny formát: má 32 písmen a číslic a začína sa na PROD, DEV_ alebo ROOT. Skopírujte ho z BizKitHub znova.</translation>
    </message>
    <message>
        <source>This is a ROOT platform key, which has no limits and must not be used on a kiosk. Enter a PROD key for this kiosk.</source>
        <translation>Toto je platformový kľúč ROOT, ktorý nemá žiadne obmedzenia a nesmie sa používať v kiosku. Pre tento kiosk zadajte kľúč PROD.</translation>
    </message>
</context>
<context>
    <name>bizkithub::BaseUrl</name>
    <message>
        <source>Enter the server address as a web address, like https://api.bizkithub.com.</source>
        <translation>Zadajte adresu servera ako webovú adresu, napríklad https://api.bizkithub.com.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// is refused, except on this computer itself).</source>
        <translation>Adresa servera sa musí začínať na https:// (obyčajné http:// sa odmieta, s výnimkou samotného tohto počítača).</translation>
    </message>
</context>
<context>
    <name>bizkithub::Consent</name>
    <message>
        <source>The customer agrees that their details are used to handle this request.</source>
        <translation>Zákazník súhlasí s tým, že jeho údaje sa použijú na vybavenie tejto požiadavky.</translation>
    </message>
    <message>
        <source>I agree that my details are used to handle this request.</source>
        <translation>Súhlasím s tým, že moje údaje sa použijú na vybavenie tejto požiadavky.</translation>
    </message>
    <message>
        <source>Tick the box to confirm the agreement; the ticket cannot be sent without it.</source>
        <translation>Začiarknite políčko a potvrďte súhlas; bez neho nemožno požiadavku odoslať.</translation>
    </message>
</context>
<context>
    <name>bizkithub::FormPolicy</name>
    <message>
        <source>Leave your e-mail address so we can reply.</source>
        <translation>Nechajte nám svoj e-mail, aby sme vám mohli odpovedať.</translation>
    </message>
    <message>
        <source>Leave your phone number so we can reply.</source>
        <translation>Nechajte nám svoje telefónne číslo, aby sme vám mohli odpovedať.</translation>
    </message>
    <message>
        <source>Leave an e-mail or a phone number so we can reply.</source>
        <translation>Nechajte nám e-mail alebo telefónne číslo, aby sme vám mohli odpovedať.</translation>
    </message>
</context>
<context>
    <name>bizkithub::Outbox</name>
    <message>
        <source>This is not an exported outbox file.</source>
        <translation>Toto nie je exportovaný súbor priečinka „Odchádzajúce“.</translation>
    </message>
    <message>
        <source>Skipped an entry without a valid id or state.</source>
        <translation>Vynechala sa položka bez platného ID alebo stavu.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk je plný</translation>
    </message>
    <message>
        <source>the outbox file is damaged</source>
        <translation>súbor priečinka „Odchádzajúce“ je poškodený</translation>
    </message>
    <message>
        <source>the outbox file cannot be written</source>
        <translation>do súboru priečinka „Odchádzajúce“ sa nedá zapisovať</translation>
    </message>
    <message>
        <source>another program keeps the outbox busy</source>
        <translation>priečinok „Odchádzajúce“ blokuje iný program</translation>
    </message>
    <message>
        <source>the outbox was written by a newer version of this application</source>
        <translation>priečinok „Odchádzajúce“ zapísala novšia verzia tejto aplikácie</translation>
    </message>
    <message>
        <source>the outbox cannot be used just now</source>
        <translation>priečinok „Odchádzajúce“ sa teraz nedá použiť</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be written: the disk is full. Free some space on this computer and try again.</source>
        <translation>Do priečinka „Odchádzajúce“ %1 sa nedá zapisovať: disk je plný. Uvoľnite na tomto počítači miesto a skúste to znova.</translation>
    </message>
    <message>
        <source>The outbox %1 is damaged and cannot be read. It has not been changed: keep the file, and ask your administrator to recover the tickets in it (for example with sqlite3 .recover). To go on working, move it elsewhere; a new outbox is made at the next start.</source>
        <translation>Priečinok „Odchádzajúce“ %1 je poškodený a nedá sa prečítať. Nebol zmenený: súbor si ponechajte a požiadajte správcu, aby z neho požiadavky obnovil (napríklad pomocou sqlite3 .recover). Ak chcete pokračovať v práci, presuňte ho inam; pri ďalšom spustení vznikne nový priečinok.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be opened for writing. Check that this user may write to the file and its folder.</source>
        <translation>Priečinok „Odchádzajúce“ %1 sa nedá otvoriť na zápis. Skontrolujte, či tento používateľ smie zapisovať do súboru aj do jeho priečinka.</translation>
    </message>
    <message>
        <source>The outbox %1 is kept busy by another program. Try again in a moment.</source>
        <translation>Priečinok „Odchádzajúce“ %1 blokuje iný program. Skúste to o chvíľu znova.</translation>
    </message>
    <message>
        <source>The outbox %1 was written by a newer version of this application. Install that version again.</source>
        <translation>Priečinok „Odchádzajúce“ %1 zapísala novšia verzia tejto aplikácie. Nainštalujte znova túto verziu.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be used just now. Try again in a moment.</source>
        <translation>Priečinok „Odchádzajúce“ %1 sa teraz nedá použiť. Skúste to o chvíľu znova.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be used: %2</source>
        <translation>Priečinok „Odchádzajúce“ %1 sa nedá použiť: %2</translation>
    </message>
    <message>
        <source>Could not store ticket %1: %2.</source>
        <translation>Požiadavku %1 sa nepodarilo uložiť: %2.</translation>
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
        <translation>Čaká</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Odosiela sa</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>Znova sa odosiela</translation>
    </message>
    <message>
        <source>Needs correcting</source>
        <translation>Treba opraviť</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pozastavené</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odoslané</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Doručené.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept some fields.</source>
        <translation>BizKitHub neprijal niektoré polia.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept the ticket as it was written.</source>
        <translation>BizKitHub požiadavku v tejto podobe neprijal.</translation>
    </message>
    <message>
        <source>The API key was refused.</source>
        <translation>Kľúč API bol odmietnutý.</translation>
    </message>
    <message>
        <source>Too many tickets at once; BizKitHub asked to wait.</source>
        <translation>Príliš veľa požiadaviek naraz; BizKitHub požiadal o počkanie.</translation>
    </message>
    <message>
        <source>BizKitHub had a problem (HTTP %1).</source>
        <translation>BizKitHub mal problém (HTTP %1).</translation>
    </message>
    <message>
        <source>BizKitHub had a problem.</source>
        <translation>BizKitHub mal problém.</translation>
    </message>
    <message>
        <source>BizKitHub could not be reached.</source>
        <translation>BizKitHub nebol dostupný.</translation>
    </message>
    <message>
        <source>The answer did not arrive; it will be sent again safely.</source>
        <translation>Odpoveď nedorazila; požiadavka sa bezpečne odošle znova.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate was not trusted.</source>
        <translation>Bezpečnostnému certifikátu servera sa nedôveruje.</translation>
    </message>
    <message>
        <source>The server address in Settings is wrong.</source>
        <translation>Adresa servera v nastaveniach je chybná.</translation>
    </message>
    <message>
        <source>The server address in Settings points somewhere else.</source>
        <translation>Adresa servera v nastaveniach vedie inam.</translation>
    </message>
    <message>
        <source>The settings need correcting (API key or server address).</source>
        <translation>Nastavenia treba opraviť (kľúč API alebo adresu servera).</translation>
    </message>
    <message>
        <source>Sending was stopped before the ticket left.</source>
        <translation>Odosielanie bolo zastavené skôr, ako požiadavka odišla.</translation>
    </message>
    <message>
        <source>The last attempt failed.</source>
        <translation>Posledný pokus zlyhal.</translation>
    </message>
</context>
<context>
    <name>bizkithub::OutboxStatus</name>
    <message numerus="yes">
        <source>%n ticket(s) have waited more than %1 hours: the oldest, %2, since %3.</source>
        <translation>
            <numerusform>%n požiadavka čaká dlhšie ako %1 hodín: %2, od %3.</numerusform>
            <numerusform>%n požiadavky čakajú dlhšie ako %1 hodín: najstaršia %2, od %3.</numerusform>
            <numerusform>%n požiadaviek čaká dlhšie ako %1 hodín: najstaršia %2, od %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Požiadavky: %1</translation>
    </message>
    <message>
        <source>Oldest waiting: none</source>
        <translation>Najstaršia čakajúca: žiadna</translation>
    </message>
    <message numerus="yes">
        <source>Oldest waiting: %1, since %2 (%n minute(s))</source>
        <translation>
            <numerusform>Najstaršia čakajúca: %1, od %2 (%n minúta)</numerusform>
            <numerusform>Najstaršia čakajúca: %1, od %2 (%n minúty)</numerusform>
            <numerusform>Najstaršia čakajúca: %1, od %2 (%n minút)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending is on hold since %1: %2</source>
        <translation>Odosielanie je pozastavené od %1: %2</translation>
    </message>
    <message>
        <source>Sending is not on hold.</source>
        <translation>Odosielanie nie je pozastavené.</translation>
    </message>
    <message>
        <source>Last delivery: %1</source>
        <translation>Posledné doručenie: %1</translation>
    </message>
    <message>
        <source>Last delivery: never</source>
        <translation>Posledné doručenie: nikdy</translation>
    </message>
    <message>
        <source>Last failed attempt: %1, %2: %3</source>
        <translation>Posledný neúspešný pokus: %1, %2: %3</translation>
    </message>
    <message>
        <source>API key: none</source>
        <translation>Kľúč API: žiadny</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Kľúč API: %1</translation>
    </message>
    <message>
        <source>Locked by the system scope: nothing</source>
        <translation>Zamknuté systémovým nastavením: nič</translation>
    </message>
    <message>
        <source>Locked by the system scope: %1</source>
        <translation>Zamknuté systémovým nastavením: %1</translation>
    </message>
    <message>
        <source>Version %1 on %2</source>
        <translation>Verzia %1 na %2</translation>
    </message>
</context>
<context>
    <name>bizkithub::Settings</name>
    <message>
        <source>How can we help?</source>
        <translation>Ako vám môžeme pomôcť?</translation>
    </message>
</context>
<context>
    <name>bizkithub::SubmitJob</name>
    <message>
        <source>No answer within the time limit.</source>
        <translation>V časovom limite neprišla žiadna odpoveď.</translation>
    </message>
</context>
<context>
    <name>bizkithub::SubmitResult</name>
    <message>
        <source>The ticket was sent to BizKitHub.</source>
        <translation>Požiadavka bola odoslaná do BizKitHub.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept the ticket. Check what you wrote and send it again; nothing you typed is lost.</source>
        <translation>BizKitHub požiadavku neprijal. Skontrolujte, čo ste napísali, a odošlite ju znova; nič z toho, čo ste zadali, sa nestratilo.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept some fields. They are marked below: correct them and send again.</source>
        <translation>BizKitHub neprijal niektoré polia. Sú označené nižšie: opravte ich a odošlite znova.</translation>
    </message>
    <message>
        <source>BizKitHub refused the API key, so the ticket was not sent. Ask your administrator for a valid key and enter it in Settings; nothing you typed is lost.</source>
        <translation>BizKitHub odmietol kľúč API, preto požiadavka nebola odoslaná. Požiadajte správcu o platný kľúč a zadajte ho v nastaveniach; nič z toho, čo ste zadali, sa nestratilo.</translation>
    </message>
    <message>
        <source>BizKitHub is receiving too many tickets from this key right now. The ticket was not sent: try again after %1.</source>
        <translation>BizKitHub práve dostáva z tohto kľúča príliš veľa požiadaviek. Požiadavka nebola odoslaná: skúste to znova po %1.</translation>
    </message>
    <message>
        <source>BizKitHub is receiving too many tickets from this key right now. The ticket was not sent: try again in a minute.</source>
        <translation>BizKitHub práve dostáva z tohto kľúča príliš veľa požiadaviek. Požiadavka nebola odoslaná: skúste to znova o minútu.</translation>
    </message>
    <message>
        <source>BizKitHub had a problem and did not take the ticket. Nothing you typed is lost: try again in a few minutes.</source>
        <translation>BizKitHub mal problém a požiadavku neprevzal. Nič z toho, čo ste zadali, sa nestratilo: skúste to znova o niekoľko minút.</translation>
    </message>
    <message>
        <source>The ticket could not be sent because BizKitHub cannot be reached. Check the connection and try again; nothing you typed is lost.</source>
        <translation>Požiadavku sa nepodarilo odoslať, pretože BizKitHub nie je dostupný. Skontrolujte pripojenie a skúste to znova; nič z toho, čo ste zadali, sa nestratilo.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the server&apos;s security certificate is not trusted. This can mean the connection is being intercepted: tell your administrator.</source>
        <translation>Požiadavka nebola odoslaná, pretože bezpečnostný certifikát servera nie je dôveryhodný. Môže to znamenať, že spojenie niekto zachytáva: oznámte to správcovi.</translation>
    </message>
    <message>
        <source>The ticket was not sent because no valid API key is set. Enter the key in Settings; nothing you typed is lost.</source>
        <translation>Požiadavka nebola odoslaná, pretože nie je nastavený platný kľúč API. Zadajte kľúč v nastaveniach; nič z toho, čo ste zadali, sa nestratilo.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the server address in Settings is not a valid https:// address.</source>
        <translation>Požiadavka nebola odoslaná, pretože adresa servera v nastaveniach nie je platná adresa https://.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the extra certificate file in Settings cannot be read.</source>
        <translation>Požiadavka nebola odoslaná, pretože súbor s ďalšími certifikátmi uvedený v nastaveniach sa nedá prečítať.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the server address in Settings points somewhere else (%1). Ask your administrator to correct it.</source>
        <translation>Požiadavka nebola odoslaná, pretože adresa servera v nastaveniach vedie inam (%1). Požiadajte správcu, aby ju opravil.</translation>
    </message>
    <message>
        <source>The ticket was not sent because the server address in Settings is wrong (the contact form was not found there).</source>
        <translation>Požiadavka nebola odoslaná, pretože adresa servera v nastaveniach je nesprávna (kontaktný formulár sa na nej nenašiel).</translation>
    </message>
    <message>
        <source>The ticket was not sent because the network proxy asks for a login. Tell your administrator.</source>
        <translation>Požiadavka nebola odoslaná, pretože sieťový proxy server vyžaduje prihlásenie. Oznámte to správcovi.</translation>
    </message>
    <message>
        <source>The ticket was not sent because of a problem with the settings.</source>
        <translation>Požiadavka nebola odoslaná pre problém s nastaveniami.</translation>
    </message>
    <message>
        <source>Sending was cancelled. The ticket was not sent; nothing you typed is lost.</source>
        <translation>Odosielanie bolo zrušené. Požiadavka nebola odoslaná; nič z toho, čo ste zadali, sa nestratilo.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Výsledok: %1</translation>
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
        <translation>Správa servera: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID žiadosti: %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Sieť: %1</translation>
    </message>
    <message>
        <source>Redirected to: %1</source>
        <translation>Presmerované na: %1</translation>
    </message>
    <message>
        <source>Retry after: %1</source>
        <translation>Skúsiť znova po: %1</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Limit požiadaviek: zostáva %1 z %2</translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation>Dokumentácia: %1</translation>
    </message>
    <message>
        <source>The connection was lost before BizKitHub answered, so the ticket may or may not have arrived. Try again: at worst it arrives twice, with the same reference, so staff can spot the copy.</source>
        <translation>Spojenie sa prerušilo skôr, ako BizKitHub odpovedal, takže požiadavka mohla, ale nemusela doraziť. Skúste to znova: v najhoršom prípade dorazí dvakrát s rovnakým referenčným kódom, takže pracovníci kópiu ľahko rozpoznajú.</translation>
    </message>
    <message>
        <source>Nothing was sent: this kiosk is set up with a ROOT platform key, which has no limits and must not be used on a public machine. Administrator: enter a PROD key for this kiosk in Settings.</source>
        <translation>Nič nebolo odoslané: tento kiosk je nastavený s platformovým kľúčom ROOT, ktorý nemá žiadne obmedzenia a nesmie sa používať na verejne prístupnom počítači. Pokyn pre správcu: zadajte pre tento kiosk v nastaveniach kľúč PROD.</translation>
    </message>
</context>
<context>
    <name>bizkithub::Ticket</name>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interná poznámka</translation>
    </message>
    <message>
        <source>Send to e-mail</source>
        <translation>Odoslať na e-mail</translation>
    </message>
</context>
<context>
    <name>bizkithub::ValidationIssue</name>
    <message>
        <source>Write the message: it cannot be empty.</source>
        <translation>Napíšte správu: nemôže byť prázdna.</translation>
    </message>
    <message>
        <source>Fill in this field: it is required.</source>
        <translation>Vyplňte toto pole: je povinné.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten this to at most %n characters.</source>
        <translation>
            <numerusform>Skráťte text na najviac %n znak.</numerusform>
            <numerusform>Skráťte text na najviac %n znaky.</numerusform>
            <numerusform>Skráťte text na najviac %n znakov.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the whole e-mail address, with an @, like name@example.com.</source>
        <translation>Zadajte celú e-mailovú adresu so znakom @, napríklad name@example.com.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @. Enter a single address.</source>
        <translation>E-mailová adresa obsahuje práve jeden znak @. Zadajte iba jednu adresu.</translation>
    </message>
    <message>
        <source>Enter the part of the e-mail address before the @.</source>
        <translation>Zadajte časť e-mailovej adresy pred znakom @.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row. Check the address.</source>
        <translation>Časť pred znakom @ sa nemôže začínať ani končiť bodkou a nemôže obsahovať dve bodky za sebou. Skontrolujte adresu.</translation>
    </message>
    <message>
        <source>Quoted e-mail addresses are not accepted. Enter an address without quotes.</source>
        <translation>E-mailové adresy v úvodzovkách sa neprijímajú. Zadajte adresu bez úvodzoviek.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character an e-mail address cannot have (such as a space or a comma). Check the address.</source>
        <translation>Časť pred znakom @ obsahuje znak, ktorý e-mailová adresa nemôže obsahovať (napríklad medzeru alebo čiarku). Skontrolujte adresu.</translation>
    </message>
    <message>
        <source>The part before the @ is too long (at most 64 bytes). Check the address.</source>
        <translation>Časť pred znakom @ je príliš dlhá (najviac 64 bajtov). Skontrolujte adresu.</translation>
    </message>
    <message>
        <source>Enter the domain after the @, like example.com.</source>
        <translation>Zadajte doménu za znakom @, napríklad example.com.</translation>
    </message>
    <message>
        <source>Addresses at an IP address are not accepted. Enter an address at a domain, like name@example.com.</source>
        <translation>Adresy s IP adresou namiesto domény sa neprijímajú. Zadajte adresu s doménou, napríklad name@example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is incomplete: it needs a dot, like example.com.</source>
        <translation>Doména za znakom @ je neúplná: musí obsahovať bodku, napríklad example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is not valid: use letters, digits, dots and hyphens, with no hyphen or dot at either end of a part.</source>
        <translation>Doména za znakom @ nie je platná: použite písmená, číslice, bodky a spojovníky, pričom žiadna časť sa nesmie začínať ani končiť spojovníkom či bodkou.</translation>
    </message>
    <message>
        <source>The domain after the @ cannot end in a number. Check the address.</source>
        <translation>Doména za znakom @ sa nemôže končiť číslom. Skontrolujte adresu.</translation>
    </message>
    <message>
        <source>This e-mail address is too long (at most 254 bytes). Check the address.</source>
        <translation>Táto e-mailová adresa je príliš dlhá (najviac 254 bajtov). Skontrolujte adresu.</translation>
    </message>
    <message>
        <source>Enter a phone number using digits, optionally starting with + and the country code.</source>
        <translation>Zadajte telefónne číslo pomocou číslic, prípadne na začiatku so znakom + a predvoľbou krajiny.</translation>
    </message>
    <message>
        <source>The country code is not known. Start with + and a valid country code, like +420.</source>
        <translation>Predvoľba krajiny nie je známa. Začnite znakom + a platnou predvoľbou krajiny, napríklad +420.</translation>
    </message>
    <message>
        <source>This phone number is too short. Check that no digit is missing.</source>
        <translation>Toto telefónne číslo je príliš krátke. Skontrolujte, či nechýba niektorá číslica.</translation>
    </message>
    <message>
        <source>This phone number is too long. Check for extra digits.</source>
        <translation>Toto telefónne číslo je príliš dlhé. Skontrolujte, či neobsahuje nadbytočné číslice.</translation>
    </message>
    <message>
        <source>This is not a valid phone number for its country. Check the digits and the country code.</source>
        <translation>Toto nie je platné telefónne číslo pre danú krajinu. Skontrolujte číslice a predvoľbu krajiny.</translation>
    </message>
    <message>
        <source>Enter the phone number without the extension, and write the extension in the message.</source>
        <translation>Zadajte telefónne číslo bez klapky a klapku uveďte v správe.</translation>
    </message>
    <message>
        <source>Use only lowercase letters a-z, digits and single hyphens between them, like &quot;order-question&quot;.</source>
        <translation>Použite iba malé písmená a-z, číslice a jednotlivé spojovníky medzi nimi, napríklad „otazka-k-objednavke“.</translation>
    </message>
    <message numerus="yes">
        <source>The category is too long: at most %n characters.</source>
        <translation>
            <numerusform>Kategória je príliš dlhá: najviac %n znak.</numerusform>
            <numerusform>Kategória je príliš dlhá: najviac %n znaky.</numerusform>
            <numerusform>Kategória je príliš dlhá: najviac %n znakov.</numerusform>
        </translation>
    </message>
    <message>
        <source>BizKitHub did not accept this field. Check it and send again.</source>
        <translation>BizKitHub toto pole neprijal. Skontrolujte ho a odošlite znova.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept this field (%1). Check it and send again.</source>
        <translation>BizKitHub toto pole neprijal (%1). Skontrolujte ho a odošlite znova.</translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number, so that we can reply.</source>
        <translation>Zadajte e-mailovú adresu alebo telefónne číslo, aby sme vám mohli odpovedať.</translation>
    </message>
    <message>
        <source>This looks like more than one e-mail address. Enter only one address.</source>
        <translation>Vyzerá to na viac ako jednu e-mailovú adresu. Zadajte iba jednu adresu.</translation>
    </message>
    <message>
        <source>The domain contains %1, which cannot be part of an address; remove it.</source>
        <translation>Doména obsahuje znak %1, ktorý nemôže byť súčasťou adresy; odstráňte ho.</translation>
    </message>
    <message>
        <source>The domain contains the dash %1, which cannot be part of an address; type a plain hyphen (-) instead.</source>
        <translation>Doména obsahuje pomlčku %1, ktorá nemôže byť súčasťou adresy; napíšte namiesto nej obyčajný spojovník (-).</translation>
    </message>
    <message>
        <source>The domain contains %1, which is allowed only together with certain other letters. Check the address.</source>
        <translation>Doména obsahuje znak %1, ktorý je povolený iba spolu s určitými ďalšími písmenami. Skontrolujte adresu.</translation>
    </message>
    <message>
        <source>The part %1 of the domain does not follow the rules for right-to-left writing in domains. Check the address.</source>
        <translation>Časť %1 domény nedodržiava pravidlá pre písanie sprava doľava v doménach. Skontrolujte adresu.</translation>
    </message>
    <message>
        <source>The part %1 of the domain is not a valid encoded international name. Check the address.</source>
        <translation>Časť %1 domény nie je platne zakódovaný medzinárodný názov. Skontrolujte adresu.</translation>
    </message>
    <message>
        <source>The part %1 of the domain cannot have hyphens as its third and fourth characters. Check the address.</source>
        <translation>Časť %1 domény nesmie mať spojovníky na treťom a štvrtom mieste. Skontrolujte adresu.</translation>
    </message>
    <message>
        <source>Domains ending in %1 are reserved and never receive mail. Enter a real address.</source>
        <translation>Domény končiace na %1 sú vyhradené a nikdy neprijímajú poštu. Zadajte skutočnú adresu.</translation>
    </message>
</context>
<context>
    <name>bizkithub::cli</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>Neznámy príkaz: %1</translation>
    </message>
    <message>
        <source>Subject line.</source>
        <translation>Predmet požiadavky.</translation>
    </message>
    <message>
        <source>Internal note, never shown to the customer.</source>
        <translation>Interná poznámka, zákazník ju nikdy neuvidí.</translation>
    </message>
    <message>
        <source>E-mail address the ticket is sent to.</source>
        <translation>E-mailová adresa, na ktorú sa požiadavka odošle.</translation>
    </message>
    <message>
        <source>Category slug that routes the ticket.</source>
        <translation>Identifikátor (slug) kategórie, podľa ktorého sa požiadavka smeruje.</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address.</source>
        <translation>E-mailová adresa zákazníka.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone.</source>
        <translation>Telefón zákazníka.</translation>
    </message>
    <message>
        <source>The customer&apos;s first name.</source>
        <translation>Meno zákazníka.</translation>
    </message>
    <message>
        <source>The customer&apos;s last name.</source>
        <translation>Priezvisko zákazníka.</translation>
    </message>
    <message>
        <source>Cannot read the message file %1: %2</source>
        <translation>Súbor so správou %1 sa nedá prečítať: %2</translation>
    </message>
    <message>
        <source>Send one support ticket to BizKitHub.</source>
        <translation>Odošle jednu požiadavku na podporu do BizKitHub.</translation>
    </message>
    <message>
        <source>The message (required).</source>
        <translation>Správa (povinná).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Read the message from a file; - reads standard input.</source>
        <translation>Načíta správu zo súboru; - číta štandardný vstup.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>súbor</translation>
    </message>
    <message>
        <source>value</source>
        <translation>hodnota</translation>
    </message>
    <message>
        <source>Country (ISO 3166 code, e.g. CZ) of phone numbers given without +.</source>
        <translation>Krajina (kód ISO 3166, napr. CZ) telefónnych čísel zadaných bez +.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds.</source>
        <translation>Prestane čakať po uplynutí tohto počtu sekúnd.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekundy</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>Načíta nastavenia z tohto súboru INI.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Vypíše výsledok ako jeden objekt JSON.</translation>
    </message>
    <message>
        <source>Check and normalise the ticket, print the request body, send nothing.</source>
        <translation>Skontroluje a normalizuje požiadavku, vypíše telo žiadosti a nič neodošle.</translation>
    </message>
    <message>
        <source>Give either --message or --message-file, not both.</source>
        <translation>Zadajte buď --message, alebo --message-file, nie obidve.</translation>
    </message>
    <message>
        <source>--default-region: %1 is not a known country code; use a two-letter ISO 3166 code such as CZ, SK or DE.</source>
        <translation>--default-region: %1 nie je známy kód krajiny; použite dvojpísmenový kód ISO 3166, napríklad CZ, SK alebo DE.</translation>
    </message>
    <message>
        <source>(Settings key api/key, or the environment variable BIZKITHUB_API_KEY.)</source>
        <translation>(Položka nastavení api/key alebo premenná prostredia BIZKITHUB_API_KEY.)</translation>
    </message>
    <message>
        <source>(Settings key api/baseUrl, or the environment variable BIZKITHUB_BASE_URL.)</source>
        <translation>(Položka nastavení api/baseUrl alebo premenná prostredia BIZKITHUB_BASE_URL.)</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Priečinok „Odchádzajúce“ je prázdny.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenčný kód: %1</translation>
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
        <translation>Vytvorené: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Pokusy: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Ďalší pokus: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Posledná chyba: %1</translation>
    </message>
    <message>
        <source>Refused field %1: %2</source>
        <translation>Odmietnuté pole %1: %2</translation>
    </message>
    <message>
        <source>Delivered: %1. Still waiting: %2.</source>
        <translation>Doručené: %1. Stále čaká: %2.</translation>
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
        <translation>Obsluha priečinka „Odchádzajúce“: požiadavky uchované, kým ich nebude možné doručiť.

  list              všetky požiadavky v priečinku „Odchádzajúce“ vrátane konceptov
  show ID           jedna požiadavka (ID: jej UUID alebo referenčný kód) s pokusmi
  flush             doručí, čo sa dá doručiť teraz
  retry ID          naplánuje požiadavku na okamžité odoslanie (zruší aj pozastavenie)
  discard ID        odstráni požiadavku
  export FILE       zapíše neodoslané požiadavky do súboru FILE (- pre stdout);
                    --move ich tu odstráni, takže ich odošle iba importujúci počítač
  import FILE       pridá požiadavky z exportovaného súboru FILE (každú raz)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Vypíše JSON.</translation>
    </message>
    <message>
        <source>With export: remove the exported tickets here once the file is written, so that only the machine that imports them sends them.</source>
        <translation>Pri exporte: po zapísaní súboru tu exportované požiadavky odstráni, aby ich odoslal iba počítač, ktorý ich importuje.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Akcia, ktorá sa má vykonať (pozrite vyššie).</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot;.</source>
        <translation>Nesprávny počet argumentov pre „%1“.</translation>
    </message>
    <message>
        <source>Unknown outbox action: &quot;%1&quot;.</source>
        <translation>Neznáma akcia príkazu outbox: „%1“.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Na štandardný výstup sa nedá zapisovať.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 sa nedá zapísať: %2</translation>
    </message>
    <message>
        <source>Moved %1 ticket(s) to %2.</source>
        <translation>Požiadavky presunuté do %2: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 sa nedá prečítať: %2</translation>
    </message>
    <message>
        <source>Imported %1 ticket(s); %2 were already here.</source>
        <translation>Importované požiadavky: %1; už tu boli: %2.</translation>
    </message>
    <message>
        <source>No ticket %1 in the outbox.</source>
        <translation>V priečinku „Odchádzajúce“ nie je požiadavka %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: there is nothing to retry.</source>
        <translation>Požiadavka %1 je v stave %2: nie je čo skúšať znova.</translation>
    </message>
    <message>
        <source>Ticket %1 is being sent right now and cannot be discarded.</source>
        <translation>Požiadavka %1 sa práve odosiela a nedá sa zahodiť.</translation>
    </message>
    <message>
        <source>Discarded %1.</source>
        <translation>Zahodené: %1.</translation>
    </message>
    <message>
        <source>The message file %1 is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Súbor so správou %1 nie je text v kódovaní UTF-8. Uložte ho v UTF-8 a skúste to znova.</translation>
    </message>
    <message>
        <source>Do not keep the ticket in the outbox when it cannot be delivered.</source>
        <translation>Neuchová požiadavku v priečinku „Odchádzajúce“, ak ju nemožno doručiť.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (put values with spaces in quotes)</source>
        <translation>Neočakávaný argument: %1 (hodnoty s medzerami dajte do úvodzoviek)</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds from %1 to %2.</source>
        <translation>--timeout: zadajte počet sekúnd od %1 do %2.</translation>
    </message>
    <message>
        <source>Nothing was sent. Use --no-queue to send without the outbox.</source>
        <translation>Nič nebolo odoslané. Ak chcete odoslať bez priečinka „Odchádzajúce“, použite --no-queue.</translation>
    </message>
    <message>
        <source>Kept in the outbox as %1; sending is on hold until the settings change (or &quot;bizkithub-contact-cli outbox retry %1&quot;).</source>
        <translation>Požiadavka je uložená v priečinku „Odchádzajúce“ ako %1; odosielanie je pozastavené, kým sa nezmenia nastavenia (alebo použite „bizkithub-contact-cli outbox retry %1“).</translation>
    </message>
    <message>
        <source>Kept in the outbox as %1: it will be sent by the app, or by &quot;bizkithub-contact-cli outbox flush&quot;.</source>
        <translation>Požiadavka je uložená v priečinku „Odchádzajúce“ ako %1: odošle ju aplikácia alebo príkaz „bizkithub-contact-cli outbox flush“.</translation>
    </message>
    <message>
        <source>Kept in the outbox as %1: see &quot;bizkithub-contact-cli outbox show %1&quot;.</source>
        <translation>Požiadavka je uložená v priečinku „Odchádzajúce“ ako %1: pozrite „bizkithub-contact-cli outbox show %1“.</translation>
    </message>
    <message>
        <source>New admin PIN: </source>
        <translation>Nový PIN správcu: </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>Zopakujte PIN: </translation>
    </message>
    <message>
        <source>The two PINs differ. Nothing was changed.</source>
        <translation>Zadané PIN kódy sa líšia. Nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>Sets the PIN that opens a kiosk&apos;s settings and outbox (kiosk/adminPinHash). The PIN is read from the terminal, or from the first line of standard input, and only a salted PBKDF2-SHA256 hash of it is kept. By default it goes into the system-wide settings, where it locks the key; that needs administrator rights.</source>
        <translation>Nastaví PIN, ktorým sa v kiosku otvárajú nastavenia a priečinok „Odchádzajúce“ (kiosk/adminPinHash). PIN sa načíta z terminálu alebo z prvého riadka štandardného vstupu a uchováva sa iba jeho solený hash PBKDF2-SHA256. Predvolene sa uloží do systémových nastavení, kde túto položku nastavení uzamkne; na to sú potrebné práva správcu.</translation>
    </message>
    <message>
        <source>Keep the PIN in this user&apos;s settings instead (or in --config).</source>
        <translation>Namiesto toho uloží PIN do nastavení tohto používateľa (alebo do --config).</translation>
    </message>
    <message>
        <source>Print the settings line instead of writing it, for configuration management.</source>
        <translation>Namiesto zápisu vypíše riadok nastavení pre nástroje na správu konfigurácie.</translation>
    </message>
    <message>
        <source>Use this INI file instead of the user&apos;s settings.</source>
        <translation>Použije tento súbor INI namiesto nastavení používateľa.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Neočakávaný argument: %1</translation>
    </message>
    <message>
        <source>No PIN was given. Nothing was changed.</source>
        <translation>Nebol zadaný žiadny PIN. Nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>The admin PIN of this computer is set system-wide (%1); a user&apos;s PIN would not be used. Leave out --user to change it there.</source>
        <translation>PIN správcu tohto počítača je nastavený v systémových nastaveniach (%1); PIN používateľa by sa nepoužil. Ak ho chcete zmeniť tam, vynechajte --user.</translation>
    </message>
    <message>
        <source>Cannot write %1. Run this as an administrator, use --user to keep the PIN in this user&apos;s settings, or --print to get the line for your configuration management.</source>
        <translation>%1 sa nedá zapísať. Spustite príkaz ako správca, použite --user na uloženie PIN kódu do nastavení tohto používateľa alebo --print na získanie riadka pre vašu správu konfigurácie.</translation>
    </message>
    <message>
        <source>The admin PIN is set (%1 in %2).</source>
        <translation>PIN správcu je nastavený (%1 v %2).</translation>
    </message>
    <message>
        <source>Usage: bizkithub-contact-cli admin set-pin [--user] [--print] [--config FILE]
  set-pin    Set the PIN that opens a kiosk&apos;s settings and outbox.
</source>
        <translation>Použitie: bizkithub-contact-cli admin set-pin [--user] [--print] [--config FILE]
  set-pin    Nastaví PIN, ktorým sa v kiosku otvárajú nastavenia a priečinok „Odchádzajúce“.
</translation>
    </message>
    <message>
        <source>Unknown admin command: %1</source>
        <translation>Neznámy príkaz pre admin: %1</translation>
    </message>
    <message>
        <source>%1 of them do not meet this computer&apos;s form rules and wait in the outbox for an edit (outbox list).</source>
        <translation>Požiadavky, ktoré nespĺňajú pravidlá formulára tohto počítača a čakajú v priečinku „Odchádzajúce“ na úpravu (outbox list): %1.</translation>
    </message>
    <message>
        <source>%1: set by your administrator on this computer; leave it out.</source>
        <translation>%1: na tomto počítači nastavuje správca; tieto voľby vynechajte.</translation>
    </message>
    <message>
        <source>%1 ticket(s) could not be removed here: %2. Do not import the file on another computer before they are removed.</source>
        <translation>Počet požiadaviek, ktoré sa tu nedajú odstrániť: %1 (%2). Súbor neimportujte na inom počítači, kým nebudú odstránené.</translation>
    </message>
    <message>
        <source>The ticket could not be saved: %1. It was not sent and not kept; send it again once that is solved.</source>
        <translation>Požiadavku sa nepodarilo uložiť: %1. Nebola odoslaná ani uchovaná; keď to bude vyriešené, odošlite ju znova.</translation>
    </message>
    <message>
        <source>The outbox could not record this attempt: %1. Ticket %2 stays in the outbox and may be delivered once more.</source>
        <translation>Priečinok „Odchádzajúce“ nemohol tento pokus zaznamenať: %1. Požiadavka %2 zostáva v priečinku a môže byť doručená ešte raz.</translation>
    </message>
    <message>
        <source>The customer agreed to the notice in form/consentText; the internal note records it.</source>
        <translation>Zákazník súhlasil s upozornením z form/consentText; interná poznámka to zaznamená.</translation>
    </message>
    <message>
        <source>With flush: say nothing when there was nothing to deliver (for a timer).</source>
        <translation>S flush: nič nevypisovať, keď nebolo čo doručiť (pre časovač).</translation>
    </message>
    <message>
        <source>How this computer&apos;s outbox stands: tickets by state, the oldest waiting one, the hold, the last delivery and the last failure, the key&apos;s kind, what the system scope locks. Exit code 0: healthy; 4: tickets have waited longer than outbox/alertAfterHours; 5: sending is on hold.</source>
        <translation>Ako sú na tom odchádzajúce požiadavky tohto počítača: požiadavky podľa stavu, najstaršia čakajúca, pozastavenie, posledné doručenie a posledné zlyhanie, druh kľúča, čo zamyká systémové nastavenie. Návratový kód 0: v poriadku; 4: požiadavky čakajú dlhšie ako outbox/alertAfterHours; 5: odosielanie je pozastavené.</translation>
    </message>
    <message>
        <source>Also write the status in the Prometheus text format to this file (for node_exporter&apos;s textfile collector), replacing it whole.</source>
        <translation>Zapísať stav aj do tohto súboru vo formáte Prometheus (pre textfile collector programu node_exporter), vždy celý.</translation>
    </message>
    <message>
        <source>status takes no arguments.</source>
        <translation>status neprijíma žiadne argumenty.</translation>
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
        <translation>Použitie: bizkithub-contact-cli &lt;command&gt; [options]

Príkazy:
  send       Odošle jednu požiadavku na podporu (podrobnosti: bizkithub-contact-cli send --help)
  outbox     Vypíše, doručí, exportuje alebo importuje odchádzajúce požiadavky (podrobnosti: ... outbox --help)
  admin      Nastavenie kiosku: admin set-pin (podrobnosti: ... admin --help)
  status     Ako sú na tom odchádzajúce požiadavky tohto počítača, pre správcu (podrobnosti: ... status --help)

Voľby:
  -h, --help     Zobrazí tohto pomocníka.
  -v, --version  Zobrazí verziu.
</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::AdminPinDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administrácia</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>&amp;PIN správcu:</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN správcu</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odomknúť</translation>
    </message>
    <message>
        <source>No admin PIN is set up on this kiosk. Set one on this computer with: bizkithub-contact-cli admin set-pin</source>
        <translation>V tomto kiosku nie je nastavený PIN správcu. Nastavte ho na tomto počítači príkazom: bizkithub-contact-cli admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Príliš veľa nesprávnych PIN kódov. Skúste to znova o %n sekundu.</numerusform>
            <numerusform>Príliš veľa nesprávnych PIN kódov. Skúste to znova o %n sekundy.</numerusform>
            <numerusform>Príliš veľa nesprávnych PIN kódov. Skúste to znova o %n sekúnd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Overuje sa…</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Nesprávny PIN. Skúste to znova.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazať</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Vymazať PIN</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Vymazať poslednú číslicu</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::GuestReceipt</name>
    <message>
        <source>We will reply to %1.</source>
        <translation>Odpovieme vám na %1.</translation>
    </message>
    <message>
        <source>We will call you on %1.</source>
        <translation>Zavoláme vám na číslo %1.</translation>
    </message>
    <message>
        <source>You left no e-mail or phone number: ask our staff about your request with this reference.</source>
        <translation>Nezanechali ste e-mail ani telefón: na svoju požiadavku sa opýtajte našich zamestnancov s týmto číslom.</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Číslo vašej požiadavky</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Ďakujeme!</translation>
    </message>
    <message>
        <source>The printer did not accept the receipt.</source>
        <translation>Tlačiareň potvrdenku neprijala.</translation>
    </message>
    <message>
        <source>There is no printer called %1 on this computer.</source>
        <translation>Na tomto počítači nie je tlačiareň s názvom %1.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Potvrdenie</translation>
    </message>
    <message>
        <source>Receipt printing is not installed (%1).</source>
        <translation>Tlač potvrdení nie je nainštalovaná (%1).</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::KioskChrome</name>
    <message>
        <source>Thank you!</source>
        <translation>Ďakujeme!</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n waiting</source>
        <translation>
            <numerusform>⚠ %n čakajúca</numerusform>
            <numerusform>⚠ %n čakajúce</numerusform>
            <numerusform>⚠ %n čakajúcich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n čakajúca</numerusform>
            <numerusform>%n čakajúce</numerusform>
            <numerusform>%n čakajúcich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n tickets in the last hour: new ones are refused</source>
        <translation>
            <numerusform>⚠ %n požiadavka za poslednú hodinu: nové sa odmietajú</numerusform>
            <numerusform>⚠ %n požiadavky za poslednú hodinu: nové sa odmietajú</numerusform>
            <numerusform>⚠ %n požiadaviek za poslednú hodinu: nové sa odmietajú</numerusform>
        </translation>
    </message>
    <message>
        <source>We have your request. Your reference:</source>
        <translation>Vašu požiadavku máme. Jej číslo:</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Vytlačiť potvrdenie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Back to the start for the next guest</source>
        <translation>Späť na začiatok pre ďalšieho hosťa</translation>
    </message>
    <message>
        <source>Scan to keep your reference on your phone.</source>
        <translation>Naskenujte a číslo požiadavky budete mať v telefóne.</translation>
    </message>
    <message>
        <source>Scan to follow your request on your phone.</source>
        <translation>Naskenujte a sledujte svoju požiadavku v telefóne.</translation>
    </message>
    <message>
        <source>QR code of your reference</source>
        <translation>QR kód čísla vašej požiadavky</translation>
    </message>
    <message>
        <source>Your reference is %1.</source>
        <translation>Číslo vašej požiadavky je %1.</translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n second(s).</source>
        <translation>
            <numerusform>Späť na začiatok o %n sekundu.</numerusform>
            <numerusform>Späť na začiatok o %n sekundy.</numerusform>
            <numerusform>Späť na začiatok o %n sekúnd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your receipt is being printed.</source>
        <translation>Potvrdenie sa tlačí.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please note your reference, or ask our staff.</source>
        <translation>Potvrdenie sa nepodarilo vytlačiť. Poznačte si prosím číslo požiadavky, alebo sa obráťte na našich zamestnancov.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::KioskController</name>
    <message>
        <source>Still there? Touch to continue</source>
        <translation>Ste ešte tu? Dotknite sa a pokračujte</translation>
    </message>
    <message numerus="yes">
        <source>The form will be cleared in %n second(s) to protect your data.</source>
        <translation>
            <numerusform>Na ochranu vašich údajov sa formulár vymaže o %n sekundu.</numerusform>
            <numerusform>Na ochranu vašich údajov sa formulár vymaže o %n sekundy.</numerusform>
            <numerusform>Na ochranu vašich údajov sa formulár vymaže o %n sekúnd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::KioskShell</name>
    <message>
        <source>Receipt printer %1: the last receipt could not be printed.</source>
        <translation>Tlačiareň potvrdení %1: posledné potvrdenie sa nepodarilo vytlačiť.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::MainWindow</name>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>Zrušiť odosie&amp;lanie</translation>
    </message>
    <message>
        <source>BizKitHub Contact</source>
        <translation>BizKitHub Contact</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nová požiadavka</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Odoslať</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Nas&amp;tavenia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončiť</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomocník</translation>
    </message>
    <message>
        <source>&amp;About BizKitHub Contact</source>
        <translation>O &amp;aplikácii BizKitHub Contact</translation>
    </message>
    <message>
        <source>About BizKitHub Contact</source>
        <translation>O aplikácii BizKitHub Contact</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BizKitHub Contact %1&lt;/h3&gt;&lt;p&gt;Files support tickets into BizKitHub.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BizKitHub Contact %1&lt;/h3&gt;&lt;p&gt;Zakladá požiadavky na podporu v BizKitHub.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The API key is saved. Press Send to send the ticket.</source>
        <translation>Kľúč API je uložený. Požiadavku odošlete tlačidlom „Odoslať“.</translation>
    </message>
    <message>
        <source>Stop sending and go on editing (Esc)</source>
        <translation>Zastaviť odosielanie a pokračovať v úpravách (Esc)</translation>
    </message>
    <message>
        <source>It will be sent automatically as soon as BizKitHub can be reached.</source>
        <translation>Odošle sa automaticky, hneď ako bude BizKitHub dostupný.</translation>
    </message>
    <message>
        <source>Start a new ticket; the one you are writing stays in Drafts</source>
        <translation>Začať novú požiadavku; tá, ktorú práve píšete, zostane v konceptoch</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Uložiť ako &amp;koncept</translation>
    </message>
    <message>
        <source>&amp;Outbox and drafts…</source>
        <translation>O&amp;dchádzajúce a koncepty…</translation>
    </message>
    <message>
        <source>Delete all &amp;local data…</source>
        <translation>Odstrániť všetky &amp;lokálne údaje…</translation>
    </message>
    <message>
        <source>Restored the ticket you were writing at %1.</source>
        <translation>Požiadavka, ktorú ste písali o %1, bola obnovená.</translation>
    </message>
    <message>
        <source>Sending is on hold: %1 Tickets wait in the outbox until this is fixed.</source>
        <translation>Odosielanie je pozastavené: %1 Požiadavky čakajú v priečinku „Odchádzajúce“, kým sa problém neodstráni.</translation>
    </message>
    <message>
        <source>Saved as draft %1. Open it again from Outbox and drafts (%2).</source>
        <translation>Uložené ako koncept %1. Znova ho otvoríte v časti „Odchádzajúce a koncepty“ (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the marked fields and send again (problems found: %n).</source>
        <translation>
            <numerusform>Opravte označené polia a odošlite znova (nájdený %n problém).</numerusform>
            <numerusform>Opravte označené polia a odošlite znova (nájdené %n problémy).</numerusform>
            <numerusform>Opravte označené polia a odošlite znova (nájdených %n problémov).</numerusform>
        </translation>
    </message>
    <message>
        <source>It could not be delivered just now. It will be sent automatically when the connection returns; you can go on with the next ticket.</source>
        <translation>Momentálne ju nebolo možné doručiť. Odošle sa automaticky po obnovení pripojenia; môžete pokračovať ďalšou požiadavkou.</translation>
    </message>
    <message>
        <source>Ticket %1 is being sent right now and cannot be edited.</source>
        <translation>Požiadavka %1 sa práve odosiela a nedá sa upraviť.</translation>
    </message>
    <message>
        <source>BizKitHub did not accept some fields of this ticket. They are marked below: correct them and send again.</source>
        <translation>BizKitHub neprijal niektoré polia tejto požiadavky. Sú označené nižšie: opravte ich a odošlite znova.</translation>
    </message>
    <message numerus="yes">
        <source>Delete all tickets, drafts and history kept on this computer? %n ticket(s) have not been delivered and will be lost.</source>
        <translation>
            <numerusform>Odstrániť všetky požiadavky, koncepty a históriu uložené v tomto počítači? %n požiadavka nebola doručená a stratí sa.</numerusform>
            <numerusform>Odstrániť všetky požiadavky, koncepty a históriu uložené v tomto počítači? %n požiadavky neboli doručené a stratia sa.</numerusform>
            <numerusform>Odstrániť všetky požiadavky, koncepty a históriu uložené v tomto počítači? %n požiadaviek nebolo doručených a stratí sa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all tickets, drafts and history kept on this computer?</source>
        <translation>Odstrániť všetky požiadavky, koncepty a históriu uložené v tomto počítači?</translation>
    </message>
    <message>
        <source>Delete all local data</source>
        <translation>Odstrániť všetky lokálne údaje</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrácia</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Nastav&amp;enia…</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk mode</source>
        <translation>Opustiť &amp;režim kiosku</translation>
    </message>
    <message>
        <source>&amp;Back to the kiosk</source>
        <translation>Späť do k&amp;iosku</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1. What you typed is still in the form; keep this window open until it can be saved or sent.</source>
        <translation>Koncept sa nepodarilo uložiť: %1. Čo ste napísali, zostáva vo formulári; nechajte toto okno otvorené, kým ho nebude možné uložiť alebo odoslať.</translation>
    </message>
    <message>
        <source>The ticket could not be saved: %1. It is still in the form; it was not sent.</source>
        <translation>Požiadavku sa nepodarilo uložiť: %1. Zostáva vo formulári; nebola odoslaná.</translation>
    </message>
    <message>
        <source>Close without the ticket?</source>
        <translation>Zavrieť bez požiadavky?</translation>
    </message>
    <message>
        <source>The ticket you are writing could not be saved: %1. If you close now, it is lost.</source>
        <translation>Rozpísanú požiadavku sa nepodarilo uložiť: %1. Ak okno teraz zavriete, stratí sa.</translation>
    </message>
    <message>
        <source>%1 looks like a typo: did you mean %2? Use the suggested address, or send the address as it is.</source>
        <translation>%1 vyzerá ako preklep: nemali ste na mysli %2? Použite navrhnutú adresu, alebo odošlite adresu tak, ako je.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nová požiadavka</translation>
    </message>
    <message>
        <source>Editing %1</source>
        <translation>Úprava požiadavky %1</translation>
    </message>
    <message>
        <source>BizKitHub cannot be reached just now. The ticket is kept and will be sent by itself as soon as BizKitHub answers; you can go on with the next ticket.</source>
        <translation>BizKitHub teraz nie je dostupný. Požiadavka je uložená a odošle sa sama, hneď ako BizKitHub odpovie; môžete pokračovať ďalšou požiadavkou.</translation>
    </message>
    <message>
        <source>The ticket is kept in the outbox and goes, with the others waiting, as soon as the settings are corrected.</source>
        <translation>Požiadavka je uložená v priečinku „Odchádzajúce“ a odíde spolu s ostatnými čakajúcimi, hneď ako sa nastavenia opravia.</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>Ukončiť úpravy</translation>
    </message>
    <message>
        <source>Keep the changes as a draft in Outbox and drafts, and start a new ticket</source>
        <translation>Ponechať zmeny ako koncept v priečinku „Odchádzajúce“ a začať novú požiadavku</translation>
    </message>
    <message>
        <source>Ticket delivered.</source>
        <translation>Požiadavka doručená.</translation>
    </message>
    <message>
        <source>This kiosk cannot take more requests just now. Please ask our staff for help.</source>
        <translation>Tento kiosk teraz nemôže prijať ďalšie požiadavky. Obráťte sa, prosím, na náš personál.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::OnScreenKeyboard</name>
    <message>
        <source>No on-screen keyboard: restart the app in kiosk mode to have one.</source>
        <translation>Bez klávesnice na obrazovke: pre ňu spustite aplikáciu znova v režime kiosku.</translation>
    </message>
    <message>
        <source>No on-screen keyboard: Qt Virtual Keyboard is not installed.</source>
        <translation>Bez klávesnice na obrazovke: Qt Virtual Keyboard nie je nainštalovaný.</translation>
    </message>
    <message>
        <source>No on-screen keyboard: it could not be loaded.</source>
        <translation>Bez klávesnice na obrazovke: nepodarilo sa ju načítať.</translation>
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
        <translation>Vytvorené</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Ďalší pokus</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenčný kód</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Dôvod</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Posledná zmena</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Doručené</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::OutboxWindow</name>
    <message>
        <source>Send &amp;now</source>
        <translation>Odoslať &amp;hneď</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Upraviť</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Zahodiť…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Kopírovať diagnostiku</translation>
    </message>
    <message>
        <source>&amp;Undo discard</source>
        <translation>&amp;Vrátiť zahodenie</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Odchádzajúce</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>Č&amp;akajúce</translation>
    </message>
    <message>
        <source>D&amp;rafts</source>
        <translation>Ko&amp;ncepty</translation>
    </message>
    <message>
        <source>Sen&amp;t</source>
        <translation>&amp;Odoslané</translation>
    </message>
    <message>
        <source>Try to send the selected ticket now</source>
        <translation>Skúsiť vybranú požiadavku odoslať hneď</translation>
    </message>
    <message>
        <source>Open the selected ticket in the form</source>
        <translation>Otvoriť vybranú požiadavku vo formulári</translation>
    </message>
    <message>
        <source>Copy the ticket&apos;s state and attempts (without personal data) for support</source>
        <translation>Skopírovať stav a pokusy požiadavky (bez osobných údajov) pre podporu</translation>
    </message>
    <message>
        <source>Waiting: %1   Drafts: %2   Sent: %3</source>
        <translation>Čakajúce: %1   Koncepty: %2   Odoslané: %3</translation>
    </message>
    <message>
        <source>Delete the draft %1? You can undo this until you close the outbox.</source>
        <translation>Odstrániť koncept %1? Kým nezatvoríte priečinok „Odchádzajúce“, môžete to vrátiť späť.</translation>
    </message>
    <message>
        <source>Discard ticket %1? It may already have reached BizKitHub; if not, it never will. You can undo this until you close the outbox.</source>
        <translation>Zahodiť požiadavku %1? Možno už do BizKitHub dorazila; ak nie, už nikdy nedorazí. Kým nezatvoríte priečinok „Odchádzajúce“, môžete to vrátiť späť.</translation>
    </message>
    <message>
        <source>Discard ticket %1? It has not been delivered and will not be. You can undo this until you close the outbox.</source>
        <translation>Zahodiť požiadavku %1? Nebola doručená a ani nebude. Kým nezatvoríte priečinok „Odchádzajúce“, môžete to vrátiť späť.</translation>
    </message>
    <message>
        <source>Discard ticket</source>
        <translation>Zahodiť požiadavku</translation>
    </message>
    <message>
        <source>Search by reference, name, e-mail, phone or subject</source>
        <translation>Hľadať podľa kódu, mena, e-mailu, telefónu alebo predmetu</translation>
    </message>
    <message>
        <source>Search the outbox</source>
        <translation>Hľadať v priečinku „Odchádzajúce“</translation>
    </message>
    <message>
        <source>Search by reference, name, e-mail, phone or subject (%1)</source>
        <translation>Hľadať podľa kódu, mena, e-mailu, telefónu alebo predmetu (%1)</translation>
    </message>
    <message>
        <source>Selected ticket</source>
        <translation>Vybraná požiadavka</translation>
    </message>
    <message>
        <source>No tickets match “%1”.</source>
        <translation>Hľadaniu „%1“ nezodpovedá žiadna požiadavka.</translation>
    </message>
    <message>
        <source>No tickets are waiting. Tickets that cannot be delivered at once wait here and are sent by themselves.</source>
        <translation>Žiadne požiadavky nečakajú. Požiadavky, ktoré nemožno doručiť hneď, čakajú tu a odídu samy.</translation>
    </message>
    <message>
        <source>No drafts. Tickets saved with Save as draft appear here.</source>
        <translation>Žiadne koncepty. Tu sa zobrazia požiadavky uložené cez Uložiť ako koncept.</translation>
    </message>
    <message>
        <source>No tickets sent yet. Delivered tickets are listed here for a while, so you can look up what was sent.</source>
        <translation>Zatiaľ neboli odoslané žiadne požiadavky. Doručené požiadavky sú tu nejaký čas uvedené, aby ste mohli dohľadať, čo sa odoslalo.</translation>
    </message>
    <message>
        <source>Select a ticket to see it here.</source>
        <translation>Vyberte požiadavku a zobrazí sa tu.</translation>
    </message>
    <message>
        <source>The personal data of this ticket was removed after the retention time.</source>
        <translation>Osobné údaje tejto požiadavky boli po uplynutí doby uchovávania odstránené.</translation>
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
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>Sending result</source>
        <translation>Výsledok odoslania</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Podro&amp;bnosti</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Zobraziť technické podrobnosti</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technické podrobnosti</translation>
    </message>
    <message>
        <source>Use the suggested address</source>
        <translation>Použiť navrhnutú adresu</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Napriek tomu odoslať</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Skúsiť &amp;znova</translation>
    </message>
    <message>
        <source>Open settin&amp;gs</source>
        <translation>Otvoriť n&amp;astavenia</translation>
    </message>
    <message>
        <source>Ed&amp;it the ticket</source>
        <translation>&amp;Upraviť požiadavku</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::SettingsDialog</name>
    <message>
        <source>Automatic (from the system language)</source>
        <translation>Automaticky (podľa jazyka systému)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation>Zobraziť alebo skryť kľúč API</translation>
    </message>
    <message>
        <source>Extra trusted certificates</source>
        <translation>Ďalšie dôveryhodné certifikáty</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certifikáty (*.pem *.crt);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Set by the environment variable %1.</source>
        <translation>Nastavené premennou prostredia %1.</translation>
    </message>
    <message>
        <source>These are not valid category slugs: %1. Use lowercase letters a-z, digits and single hyphens, like billing=Billing question.</source>
        <translation>Toto nie sú platné identifikátory kategórií: %1. Použite malé písmená a-z, číslice a jednotlivé spojovníky, napríklad billing=Otázka k fakturácii.</translation>
    </message>
    <message>
        <source>No certificate could be read from this file. Choose a PEM file.</source>
        <translation>Z tohto súboru sa nepodarilo načítať žiadny certifikát. Vyberte súbor PEM.</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Nastavené správcom.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Jazyk systému</translation>
    </message>
    <message>
        <source>Connection to BizKitHub</source>
        <translation>Pripojenie k BizKitHub</translation>
    </message>
    <message>
        <source>The ticket form</source>
        <translation>Formulár požiadavky</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Tento počítač</translation>
    </message>
    <message>
        <source>Every new ticket starts with this address in its send-to e-mail field; staff can change it per ticket.</source>
        <translation>Každá nová požiadavka začína s touto adresou v poli na odoslanie na e-mail; pri každej požiadavke ju možno zmeniť.</translation>
    </message>
    <message>
        <source>How long to wait for BizKitHub&apos;s answer before the ticket is kept and tried again later. Raise it on a slow connection.</source>
        <translation>Ako dlho čakať na odpoveď BizKitHub, kým sa požiadavka uloží a skúsi sa odoslať neskôr. Na pomalom pripojení hodnotu zvýšte.</translation>
    </message>
    <message>
        <source>Only needed when your network inspects secure connections with its own certificate authority: a PEM file from your IT department.</source>
        <translation>Potrebné len vtedy, keď vaša sieť kontroluje zabezpečené spojenia vlastnou certifikačnou autoritou: súbor PEM od vášho IT oddelenia.</translation>
    </message>
    <message>
        <source>Settings marked as set by your administrator cannot be changed here.</source>
        <translation>Nastavenia označené ako nastavené správcom tu nemožno zmeniť.</translation>
    </message>
    <message>
        <source>These settings apply to your user account on this computer.</source>
        <translation>Tieto nastavenia platia pre váš používateľský účet na tomto počítači.</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::StatusBar</name>
    <message>
        <source>Sending</source>
        <translation>Odosiela sa</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Pripojené</translation>
    </message>
    <message>
        <source>BizKitHub unreachable</source>
        <translation>BizKitHub nedostupný</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Bez pripojenia</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pozastavené</translation>
    </message>
    <message>
        <source>The last ticket reached BizKitHub.</source>
        <translation>Posledná požiadavka do BizKitHub dorazila.</translation>
    </message>
    <message>
        <source>The network works, but BizKitHub does not answer just now. Tickets wait in the outbox and are sent by themselves when it does.</source>
        <translation>Sieť funguje, ale BizKitHub práve neodpovedá. Požiadavky čakajú v priečinku „Odchádzajúce“ a odídu samy, keď odpovie.</translation>
    </message>
    <message>
        <source>This computer has no network connection. Tickets wait in the outbox and are sent by themselves when the connection returns.</source>
        <translation>Tento počítač nemá pripojenie k sieti. Požiadavky čakajú v priečinku „Odchádzajúce“ a odídu samy, keď sa pripojenie obnoví.</translation>
    </message>
    <message>
        <source>BizKitHub refused the settings (key, certificate or address). Tickets wait in the outbox until the settings are corrected.</source>
        <translation>BizKitHub odmietol nastavenia (kľúč, certifikát alebo adresu). Požiadavky čakajú v priečinku „Odchádzajúce“, kým nastavenia neopravíte.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n čakajúca</numerusform>
            <numerusform>%n čakajúce</numerusform>
            <numerusform>%n čakajúcich</numerusform>
        </translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>naposledy odoslané %1</translation>
    </message>
    <message>
        <source>next attempt %1</source>
        <translation>ďalší pokus %1</translation>
    </message>
    <message>
        <source>Tickets go to %1</source>
        <translation>Požiadavky sa odosielajú na %1</translation>
    </message>
    <message>
        <source>No API key: open Settings</source>
        <translation>Chýba kľúč API: otvorte nastavenia</translation>
    </message>
    <message>
        <source>Sending the ticket to BizKitHub…</source>
        <translation>Požiadavka sa odosiela do BizKitHub…</translation>
    </message>
    <message numerus="yes">
        <source>%n to correct</source>
        <translation>
            <numerusform>%n na opravu</numerusform>
            <numerusform>%n na opravu</numerusform>
            <numerusform>%n na opravu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::SuccessPage</name>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nová požiadavka</translation>
    </message>
    <message>
        <source>Start a new ticket (%1)</source>
        <translation>Začať novú požiadavku (%1)</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID žiadosti: %1</translation>
    </message>
    <message>
        <source>Saved in the outbox</source>
        <translation>Uložené v priečinku „Odchádzajúce“</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Uložené</translation>
    </message>
    <message>
        <source>Delivered at %1</source>
        <translation>Doručené o %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopírované</translation>
    </message>
    <message>
        <source>Open settin&amp;gs</source>
        <translation>Otvoriť n&amp;astavenia</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenčný kód</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovať</translation>
    </message>
    <message>
        <source>Copy the reference, to give it to the customer</source>
        <translation>Skopírovať referenčný kód a odovzdať ho zákazníkovi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Summary of the ticket</source>
        <translation>Zhrnutie požiadavky</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Stav HTTP: %1</translation>
    </message>
    <message>
        <source>BizKitHub has the ticket. Give the customer the reference if they ask.</source>
        <translation>BizKitHub požiadavku má. Ak sa zákazník opýta, povedzte mu referenčný kód.</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Je potrebný zásah</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Doručené</translation>
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
        <translation>Telefón</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odoslané</translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::TicketForm</name>
    <message>
        <source>optional, e.g. order-question</source>
        <translation>nepovinné, napr. otazka-k-objednavke</translation>
    </message>
    <message>
        <source>What can we help with?</source>
        <translation>S čím vám môžeme pomôcť?</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Použité znaky</translation>
    </message>
    <message>
        <source>Send the ticket (%1)</source>
        <translation>Odoslať požiadavku (%1)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Mysleli ste %1?</translation>
    </message>
    <message>
        <source>Use the suggested address %1</source>
        <translation>Použiť navrhovanú adresu %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 characters: %n too many</source>
        <translation>
            <numerusform>%1 / %2 znakov: o %n znak viac</numerusform>
            <numerusform>%1 / %2 znakov: o %n znaky viac</numerusform>
            <numerusform>%1 / %2 znakov: o %n znakov viac</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 znakov</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Polia označené * sú povinné.</translation>
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
        <translation>%1 (nastavené správcom)</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Nastavené správcom</translation>
    </message>
    <message>
        <source>e.g. order-question</source>
        <translation>napr. otazka-k-objednavke</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Použiť %1</translation>
    </message>
    <message>
        <source>Sa&amp;ve draft</source>
        <translation>Uložiť kon&amp;cept</translation>
    </message>
    <message>
        <source>Keep the ticket in Drafts and start a new one (%1)</source>
        <translation>Ponechať požiadavku v konceptoch a začať novú (%1)</translation>
    </message>
    <message>
        <source>%1 sends, %2 saves a draft</source>
        <translation>%1 odošle, %2 uloží koncept</translation>
    </message>
    <message>
        <source>The customer agreed to this: %1</source>
        <translation>Zákazník s týmto súhlasil: %1</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>O vás</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Vaša požiadavka</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Odoslať</translation>
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
        <translation>Zakladanie požiadaviek na podporu v BizKitHub.</translation>
    </message>
    <message>
        <source>Use this INI file instead of the user&apos;s settings.</source>
        <translation>Použije tento súbor INI namiesto nastavení používateľa.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>súbor</translation>
    </message>
    <message>
        <source>Start in kiosk mode, as with the setting kiosk/enabled.</source>
        <translation>Spustí aplikáciu v režime kiosku, rovnako ako nastavenie kiosk/enabled.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Zobrazí verziu.</translation>
    </message>
</context>
</TS>
