<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.bizkithub.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of phone numbers given without a country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: slug=Label, e.g. billing=Billing question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default send-to e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted certificates (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: PEM file for a TLS-inspecting proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+420 777 123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal (never shown to the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::AdminPin</name>
    <message numerus="yes">
        <source>The PIN is too short: use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is too long: use at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::ApiKey</name>
    <message>
        <source>Production key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key is needed to send tickets. Enter it in Settings (ask your BizKitHub administrator for one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is not in the right format: it has 32 letters and digits and starts with PROD, DEV_ or ROOT. Copy it again from BizKitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a ROOT platform key, which has no limits and must not be used on a kiosk. Enter a PROD key for this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::BaseUrl</name>
    <message>
        <source>Enter the server address as a web address, like https://api.bizkithub.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// is refused, except on this computer itself).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::Outbox</name>
    <message>
        <source>The outbox %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox was written by a newer version of this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an exported outbox file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped an entry without a valid id or state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::OutboxEntry</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs correcting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::SubmitJob</name>
    <message>
        <source>No answer within the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::SubmitResult</name>
    <message>
        <source>The ticket was sent to BizKitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizKitHub did not accept the ticket. Check what you wrote and send it again; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizKitHub did not accept some fields. They are marked below: correct them and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizKitHub refused the API key, so the ticket was not sent. Ask your administrator for a valid key and enter it in Settings; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizKitHub is receiving too many tickets from this key right now. The ticket was not sent: try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizKitHub is receiving too many tickets from this key right now. The ticket was not sent: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizKitHub had a problem and did not take the ticket. Nothing you typed is lost: try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be sent because BizKitHub cannot be reached. Check the connection and try again; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not sent because the server&apos;s security certificate is not trusted. This can mean the connection is being intercepted: tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not sent because no valid API key is set. Enter the key in Settings; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not sent because the server address in Settings is not a valid https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not sent because the extra certificate file in Settings cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not sent because the server address in Settings points somewhere else (%1). Ask your administrator to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not sent because the server address in Settings is wrong (the contact form was not found there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not sent because the network proxy asks for a login. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not sent because of a problem with the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled. The ticket was not sent; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost before BizKitHub answered, so the ticket may or may not have arrived. Try again: at worst it arrives twice, with the same reference, so staff can spot the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: this kiosk is set up with a ROOT platform key, which has no limits and must not be used on a public machine. Administrator: enter a PROD key for this kiosk in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::Ticket</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::ValidationIssue</name>
    <message>
        <source>Write the message: it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in this field: it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shorten this to at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the whole e-mail address, with an @, like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @. Enter a single address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the part of the e-mail address before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted e-mail addresses are not accepted. Enter an address without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ contains a character an e-mail address cannot have (such as a space or a comma). Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ is too long (at most 64 bytes). Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain after the @, like example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses at an IP address are not accepted. Enter an address at a domain, like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ is incomplete: it needs a dot, like example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ is not valid: use letters, digits, dots and hyphens, with no hyphen or dot at either end of a part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ cannot end in a number. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is too long (at most 254 bytes). Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number using digits, optionally starting with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code is not known. Start with + and a valid country code, like +420.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number is too short. Check that no digit is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number is too long. Check for extra digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid phone number for its country. Check the digits and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number without the extension, and write the extension in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only lowercase letters a-z, digits and single hyphens between them, like &quot;order-question&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The category is too long: at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>BizKitHub did not accept this field. Check it and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizKitHub did not accept this field (%1). Check it and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number, so that we can reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::cli</name>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note, never shown to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address the ticket is sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category slug that routes the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the message file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one support ticket to BizKitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message from a file; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (ISO 3166 code, e.g. CZ) of phone numbers given without +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and normalise the ticket, print the request body, send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --message or --message-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--default-region: %1 is not a known country code; use a two-letter ISO 3166 code such as CZ, SK or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Settings key api/key, or the environment variable BIZKITHUB_API_KEY.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Settings key api/baseUrl, or the environment variable BIZKITHUB_BASE_URL.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered: %1. Still waiting: %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With export: remove the exported tickets here once the file is written, so that only the machine that imports them sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outbox action: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 ticket(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 ticket(s); %2 were already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket %1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2: there is nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is being sent right now and cannot be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file %1 is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep the ticket in the outbox when it cannot be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (put values with spaces in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Use --no-queue to send without the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be stored in the outbox %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the outbox as %1; sending is on hold until the settings change (or &quot;bizkithub-contact-cli outbox retry %1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the outbox as %1: it will be sent by the app, or by &quot;bizkithub-contact-cli outbox flush&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the outbox as %1: see &quot;bizkithub-contact-cli outbox show %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New admin PIN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the PIN that opens a kiosk&apos;s settings and outbox (kiosk/adminPinHash). The PIN is read from the terminal, or from the first line of standard input, and only a salted PBKDF2-SHA256 hash of it is kept. By default it goes into the system-wide settings, where it locks the key; that needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the PIN in this user&apos;s settings instead (or in --config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the settings line instead of writing it, for configuration management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this INI file instead of the user&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN was given. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin PIN of this computer is set system-wide (%1); a user&apos;s PIN would not be used. Leave out --user to change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1. Run this as an administrator, use --user to keep the PIN in this user&apos;s settings, or --print to get the line for your configuration management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin PIN is set (%1 in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bizkithub-contact-cli admin set-pin [--user] [--print] [--config FILE]
  set-pin    Set the PIN that opens a kiosk&apos;s settings and outbox.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown admin command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them do not meet this computer&apos;s form rules and wait in the outbox for an edit (outbox list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set by your administrator on this computer; leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bizkithub-contact-cli &lt;command&gt; [options]

Commands:
  send       Send one support ticket (see: bizkithub-contact-cli send --help)
  outbox     List, flush, export or import the outbox (see: ... outbox --help)
  admin      Set up a kiosk: admin set-pin (see: ... admin --help)

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::AdminPinDialog</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin PIN is set up on this kiosk. Set one on this computer with: bizkithub-contact-cli admin set-pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::KioskController</name>
    <message>
        <source>Still there? Touch to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The form will be cleared in %n second(s) to protect your data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::MainWindow</name>
    <message>
        <source>&amp;Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizKitHub Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BizKitHub Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BizKitHub Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;BizKitHub Contact %1&lt;/h3&gt;&lt;p&gt;Files support tickets into BizKitHub.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key: open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is saved. Press Send to send the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the ticket to BizKitHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending and go on editing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be sent automatically as soon as BizKitHub can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new ticket; the one you are writing stays in Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox and drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the ticket you were writing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is on hold: %1 Tickets wait in the outbox until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as draft %1. Open it again from Outbox and drafts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please correct the marked fields and send again (problems found: %n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket could not be stored in the outbox (%1). Nothing you typed is lost; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is on hold until the settings are corrected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is saved in the outbox and will be sent once this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be delivered just now. It will be sent automatically when the connection returns; you can go on with the next ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is being sent right now and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizKitHub did not accept some fields of this ticket. They are marked below: correct them and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all tickets, drafts and history kept on this computer? %n ticket(s) have not been delivered and will be lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all tickets, drafts and history kept on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch the screen to write another request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have your request. Your reference is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::OutboxModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::OutboxWindow</name>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to send the selected ticket now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected ticket in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ticket&apos;s state and attempts (without personal data) for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1   Drafts: %2   Sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft %1? You can undo this until you close the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard ticket %1? It may already have reached BizKitHub; if not, it never will. You can undo this until you close the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard ticket %1? It has not been delivered and will not be. You can undo this until you close the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::ResultBanner</name>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::SettingsDialog</name>
    <message>
        <source>Automatic (from the system language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are not valid category slugs: %1. Use lowercase letters a-z, digits and single hyphens, like billing=Billing question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from this file. Choose a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::SuccessPage</name>
    <message>
        <source>&amp;New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the sent ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new ticket (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizKitHub has the ticket. Here is what was sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bizkithub::gui::TicketForm</name>
    <message>
        <source>optional, e.g. order-question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can we help with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the ticket (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 characters: %n too many</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>label of a required field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set by your administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. order-question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BizKitHub Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File support tickets into BizKitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this INI file instead of the user&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in kiosk mode, as with the setting kiosk/enabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
