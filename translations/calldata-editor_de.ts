<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CallData</name>
    <message>
        <source>Correct the call data of an active Interaction Dialer call over ICWS. The options prefill the window; the password is never taken from the command line.</source>
        <translation>Korrigiert die Anrufdaten eines aktiven Anrufs in Interaction Dialer über ICWS. Die Optionen füllen das Fenster vorab aus; das Passwort wird nie aus der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>ICWS server address, e.g. cic1 or https://cic1:8019.</source>
        <translation>Adresse des ICWS-Servers, z. B. cic1 oder https://cic1:8019.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>IC user name.</source>
        <translation>IC-Benutzername.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Campaign ID of the call.</source>
        <translation>Kampagnen-ID des Anrufs.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Call ID of the active call.</source>
        <translation>Anruf-ID des aktiven Anrufs.</translation>
    </message>
    <message>
        <source>A call-data row to prefill; repeat for several rows.</source>
        <translation>Eine vorab auszufüllende Zeile der Anrufdaten; für mehrere Zeilen wiederholen.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en-US.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de oder en-US.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>SPRACHCODE</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, but got &quot;%1&quot;. Write it as --set Name=Value.</source>
        <translation>--set erwartet SCHLÜSSEL=WERT, erhalten wurde jedoch „%1“. Schreiben Sie es in der Form --set Name=Wert.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help for the options.</source>
        <translation>Unerwartetes Argument „%1“. Die verfügbaren Optionen zeigt --help.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text, so characters would be lost. Use a UTF-8 locale (for example LANG=C.UTF-8) and type it again.</source>
        <translation>Argument %1 ist kein gültiger UTF-8-Text, daher gingen Zeichen verloren. Verwenden Sie ein UTF-8-Gebietsschema (zum Beispiel LANG=C.UTF-8) und geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid UTF-8 text, so characters would be lost. Use a UTF-8 locale (for example LANG=C.UTF-8) and type it again.</source>
        <translation>Der Wert von %1 ist kein gültiger UTF-8-Text, daher gingen Zeichen verloren. Verwenden Sie ein UTF-8-Gebietsschema (zum Beispiel LANG=C.UTF-8) und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Log network, session and window events to standard error (never passwords or tokens).</source>
        <translation>Netzwerk-, Sitzungs- und Fensterereignisse auf der Standardfehlerausgabe protokollieren (nie Passwörter oder Tokens).</translation>
    </message>
    <message>
        <source>Watch these agents&apos; queues (CIC user IDs, comma-separated) after the login.</source>
        <translation>Nach der Anmeldung die Warteschlangen dieser Agenten beobachten (CIC-Benutzer-IDs, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>USER_IDS</source>
        <translation>BENUTZER_IDS</translation>
    </message>
    <message>
        <source>Watch these workgroups&apos; queues (comma-separated) after the login.</source>
        <translation>Nach der Anmeldung die Warteschlangen dieser Arbeitsgruppen beobachten (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NAMEN</translation>
    </message>
</context>
<context>
    <name>CallData::AppSettings</name>
    <message>
        <source>Settings could not be saved to %1. Recent servers, trusted certificates and the window layout will not be remembered; check that the disk has room and the folder may be written.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden. Zuletzt verwendete Server, vertrauenswürdige Zertifikate und die Fensteranordnung werden nicht gespeichert; prüfen Sie, ob auf dem Datenträger Platz ist und der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>CallData::AttributeFile</name>
    <message>
        <source>Could not open %1: %2. Check the path and that you may read the file.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; call data files are much smaller. Choose the right file.</source>
        <translation>%1 ist größer als 16 MiB; Dateien mit Anrufdaten sind viel kleiner. Wählen Sie die richtige Datei.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text. Save it as UTF-8 (&quot;CSV UTF-8&quot;) and try again.</source>
        <translation>%1 ist kein gültiger UTF-8-Text. Speichern Sie die Datei als UTF-8 („CSV UTF-8“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 has an unknown type. Use a .json, .csv or .tsv file.</source>
        <translation>%1 hat einen unbekannten Dateityp. Verwenden Sie eine .json-, .csv- oder .tsv-Datei.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2). Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>kein gültiges JSON (%1 bei Byte %2). Erwartet wird ein Objekt wie {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>the JSON is not an object. Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>das JSON ist kein Objekt. Erwartet wird ein Objekt wie {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed. Add the closing quote (&quot;).</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist nicht abgeschlossen. Ergänzen Sie das schließende Anführungszeichen (&quot;).</translation>
    </message>
    <message>
        <source>line %1 has %2 columns; expected two (key and value). Quote values that contain the separator.</source>
        <translation>Zeile %1 hat %2 Spalten; erwartet werden zwei (Schlüssel und Wert). Setzen Sie Werte, die das Trennzeichen enthalten, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>not valid UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation>kein gültiger UTF-8-Text. Speichern Sie die Datei als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>entry %1: the value of &quot;%2&quot; is not a string. Put the value in quotes, for example &quot;%2&quot;: &quot;42&quot;.</source>
        <translation>Eintrag %1: Der Wert von „%2“ ist keine Zeichenkette. Setzen Sie den Wert in Anführungszeichen, zum Beispiel &quot;%2&quot;: &quot;42&quot;.</translation>
    </message>
    <message>
        <source>entries %1 and %2 both have the key &quot;%3&quot;; JSON would keep only one of them. Remove the entry that is wrong.</source>
        <translation>Die Einträge %1 und %2 haben beide den Schlüssel „%3“; JSON würde nur einen davon behalten. Entfernen Sie den falschen Eintrag.</translation>
    </message>
    <message>
        <source>the JSON could not be read in order. Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>Das JSON konnte nicht der Reihe nach gelesen werden. Erwartet wird ein Objekt wie {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>line %1: there is text after the closing quote of a field. Put the whole field in quotes and double each quote inside it, for example &quot;12&quot;&quot; pipe&quot;.</source>
        <translation>Zeile %1: Nach dem schließenden Anführungszeichen eines Felds steht noch Text. Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie jedes Anführungszeichen darin, zum Beispiel &quot;12&quot;&quot; Rohr&quot;.</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one. Put the whole field in quotes and double each quote inside it, for example &quot;12&quot;&quot; pipe&quot;.</source>
        <translation>Zeile %1: Ein Anführungszeichen steht in einem Feld, das nicht mit einem beginnt. Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie jedes Anführungszeichen darin, zum Beispiel &quot;12&quot;&quot; Rohr&quot;.</translation>
    </message>
    <message>
        <source>line %1 has only one column; expected two (key and value). Add the separator and the value; for an empty value end the line with the separator.</source>
        <translation>Zeile %1 hat nur eine Spalte; erwartet werden zwei (Schlüssel und Wert). Ergänzen Sie Trennzeichen und Wert; für einen leeren Wert beenden Sie die Zeile mit dem Trennzeichen.</translation>
    </message>
    <message>
        <source>the clipboard text is not valid UTF-8, so some characters would be lost. Copy it again, or save it as a UTF-8 file and import that.</source>
        <translation>Der Text in der Zwischenablage ist kein gültiges UTF-8, daher gingen einige Zeichen verloren. Kopieren Sie ihn erneut oder speichern Sie ihn als UTF-8-Datei und importieren Sie diese.</translation>
    </message>
    <message>
        <source>line %1 of the clipboard text holds U+FFFD (�), the mark of a character lost because the copied text was not valid UTF-8. Copy it again from a program that writes UTF-8, or save it as a UTF-8 file and import that.</source>
        <translation>Zeile %1 des Zwischenablagetexts enthält U+FFFD (�), das Zeichen für ein verlorenes Zeichen, weil der kopierte Text kein gültiges UTF-8 war. Kopieren Sie ihn erneut aus einem Programm, das UTF-8 schreibt, oder speichern Sie ihn als UTF-8-Datei und importieren Sie diese.</translation>
    </message>
</context>
<context>
    <name>CallData::AuditLog</name>
    <message>
        <source>another program has held the lock %1 for over %2 seconds</source>
        <translation>ein anderes Programm hält die Sperre %1 seit über %2 Sekunden</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be read: %2.</source>
        <translation>Das Prüfprotokoll %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The masking key %1 is damaged; restore it from a backup, or move it away to start a new one (older masked values then no longer compare).</source>
        <translation>Der Maskierungsschlüssel %1 ist beschädigt; stellen Sie ihn aus einer Sicherung wieder her oder verschieben Sie ihn, um einen neuen zu beginnen (ältere maskierte Werte sind dann nicht mehr vergleichbar).</translation>
    </message>
    <message>
        <source>The masking key %1 cannot be written: %2.</source>
        <translation>Der Maskierungsschlüssel %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The audit log %1 could not be written: %2.</source>
        <translation>Das Prüfprotokoll %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>its head file: %1</source>
        <translation>seine Kopfdatei: %1</translation>
    </message>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation>Das Prüfprotokoll %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Line %1 is cut short (it has no line end): the file was truncated or a write was interrupted.</source>
        <translation>Zeile %1 ist abgeschnitten (ohne Zeilenende): Die Datei wurde gekürzt oder ein Schreibvorgang unterbrochen.</translation>
    </message>
    <message>
        <source>Line %1 is not an audit record: it was edited or damaged.</source>
        <translation>Zeile %1 ist kein Prüfeintrag: Sie wurde bearbeitet oder beschädigt.</translation>
    </message>
    <message>
        <source>Line %1 holds record number %2: records before it were removed, reordered or duplicated.</source>
        <translation>Zeile %1 enthält Eintrag Nummer %2: Frühere Einträge wurden entfernt, umsortiert oder dupliziert.</translation>
    </message>
    <message>
        <source>Line 1 does not start the chain: it was edited.</source>
        <translation>Zeile 1 beginnt die Kette nicht: Sie wurde bearbeitet.</translation>
    </message>
    <message>
        <source>Line %1 does not follow line %2 (the hash of line %2 differs from the one line %1 recorded): line %2 was edited, or lines were removed or reordered.</source>
        <translation>Zeile %1 folgt nicht auf Zeile %2 (der Hash von Zeile %2 weicht von dem ab, den Zeile %1 festhält): Zeile %2 wurde bearbeitet, oder Zeilen wurden entfernt oder umsortiert.</translation>
    </message>
    <message>
        <source>The head file %1 is missing, so removal of the newest records cannot be checked.</source>
        <translation>Die Kopfdatei %1 fehlt, daher lässt sich nicht prüfen, ob die neuesten Einträge entfernt wurden.</translation>
    </message>
    <message>
        <source>The head file %1 is damaged.</source>
        <translation>Die Kopfdatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The log ends after record %1 but its head file names record %2: the newest records were removed.</source>
        <translation>Das Protokoll endet nach Eintrag %1, seine Kopfdatei nennt aber Eintrag %2: Die neuesten Einträge wurden entfernt.</translation>
    </message>
    <message>
        <source>Line %1 differs from the record the head file names: it was edited.</source>
        <translation>Zeile %1 weicht von dem Eintrag ab, den die Kopfdatei nennt: Sie wurde bearbeitet.</translation>
    </message>
    <message>
        <source>The CSV could not be written: %1.</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>CallData::CallDataModel</name>
    <message>
        <source>The value contains a control character (such as a tab or line break); it is sent as is.</source>
        <translation>Der Wert enthält ein Steuerzeichen (z. B. einen Tabulator oder Zeilenumbruch); er wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 ✖</source>
        <translation>%1 ✖</translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <source>Edit key in row %1</source>
        <translation>Schlüssel in Zeile %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit value in row %1</source>
        <translation>Wert in Zeile %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Replace all rows</source>
        <translation>Alle Zeilen ersetzen</translation>
    </message>
    <message>
        <source>Clear all rows</source>
        <translation>Alle Zeilen löschen</translation>
    </message>
    <message>
        <source>No call data yet. Add a row, paste rows from a spreadsheet or import a file.</source>
        <translation>Noch keine Anrufdaten. Fügen Sie eine Zeile hinzu, fügen Sie Zeilen aus einer Tabellenkalkulation ein oder importieren Sie eine Datei.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>That is more than the %1 contact-list columns Dialer recommends.</source>
        <translation>Das sind mehr als die %1 Kontaktlistenspalten, die Dialer empfiehlt.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n rows</source>
        <translation>
            <numerusform>%n Zeile hinzufügen</numerusform>
            <numerusform>%n Zeilen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>Zeile einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n rows</source>
        <translation>
            <numerusform>%n Zeile einfügen</numerusform>
            <numerusform>%n Zeilen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rows</source>
        <translation>
            <numerusform>%n Zeile entfernen</numerusform>
            <numerusform>%n Zeilen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row must be fixed before sending.</source>
        <translation>1 Zeile muss vor dem Senden korrigiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows must be fixed before sending.</source>
        <translation>
            <numerusform>%n Zeile muss vor dem Senden korrigiert werden.</numerusform>
            <numerusform>%n Zeilen müssen vor dem Senden korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attribute ready to send.</source>
        <translation>1 Attribut ist bereit zum Senden.</translation>
    </message>
    <message numerus="yes">
        <source>%n attributes ready to send.</source>
        <translation>
            <numerusform>%n Attribut ist bereit zum Senden.</numerusform>
            <numerusform>%n Attribute sind bereit zum Senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning.</source>
        <translation>1 Warnung.</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings.</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the call holds now for %1, as the server shows it.</source>
        <translation>Was der Anruf derzeit für %1 enthält, wie der Server es anzeigt.</translation>
    </message>
    <message>
        <source>Not known: the call is not on a watched queue and could not be read.</source>
        <translation>Unbekannt: Der Anruf ist in keiner beobachteten Warteschlange und konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>On the call now</source>
        <translation>Jetzt im Anruf</translation>
    </message>
</context>
<context>
    <name>CallData::CallDataView</name>
    <message>
        <source>Call data</source>
        <translation>Anrufdaten</translation>
    </message>
</context>
<context>
    <name>CallData::CertificateDialog</name>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation>(keine gemeldet)</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Diesem Zertifikat für %1 vertrauen</translation>
    </message>
    <message>
        <source>Server certificate CHANGED</source>
        <translation>Serverzertifikat GEÄNDERT</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED since you trusted it. Someone may be intercepting the connection. Do not continue unless the server&apos;s administrator confirms that the certificate was replaced and gives you this exact fingerprint.</source>
        <translation>WARNUNG: Das Zertifikat von %1 hat sich GEÄNDERT, seit Sie ihm vertraut haben. Möglicherweise wird die Verbindung abgefangen. Fahren Sie nur fort, wenn der Administrator des Servers bestätigt, dass das Zertifikat ersetzt wurde, und Ihnen genau diesen Fingerabdruck nennt.</translation>
    </message>
    <message>
        <source>The server now presents this certificate:</source>
        <translation>Der Server legt jetzt dieses Zertifikat vor:</translation>
    </message>
    <message>
        <source>Trusting it replaces the certificate you trusted before for %1.</source>
        <translation>Wenn Sie ihm vertrauen, ersetzt es das Zertifikat, dem Sie bisher für %1 vertraut haben.</translation>
    </message>
    <message>
        <source>Untrusted server certificate</source>
        <translation>Nicht vertrauenswürdiges Serverzertifikat</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust. This is common for CIC servers with a self-made certificate.</source>
        <translation>Der Server %1 hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut. Das ist bei CIC-Servern mit selbst erstelltem Zertifikat üblich.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gives you. If they match, trust the certificate: Call Data Editor will accept exactly this certificate for %1 from now on, and will warn you if it ever changes.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen Ihr Administrator nennt. Wenn beide übereinstimmen, vertrauen Sie dem Zertifikat: Call Data Editor akzeptiert ab jetzt genau dieses Zertifikat für %1 und warnt Sie, falls es sich jemals ändert.</translation>
    </message>
    <message>
        <source>Trusted certificate not valid</source>
        <translation>Vertrauenswürdiges Zertifikat ungültig</translation>
    </message>
    <message>
        <source>The server %1 presented the certificate you trusted, but it has a problem that trusting it does not waive:</source>
        <translation>Der Server %1 hat das Zertifikat vorgelegt, dem Sie vertrauen, aber es hat ein Problem, über das auch Ihr Vertrauen nicht hinweghilft:</translation>
    </message>
    <message>
        <source>Trusting a certificate waives who issued it and which host it names, never its validity period. Ask the administrator to renew the server&apos;s certificate.</source>
        <translation>Wenn Sie einem Zertifikat vertrauen, wird darüber hinweggesehen, wer es ausgestellt hat und welchen Host es nennt, nie aber über seinen Gültigkeitszeitraum. Bitten Sie den Administrator, das Serverzertifikat zu erneuern.</translation>
    </message>
</context>
<context>
    <name>CallData::ChosenCall</name>
    <message>
        <source>The call has left the agent&apos;s queue; the server will probably refuse a correction now.</source>
        <translation>Der Anruf hat die Warteschlange des Agenten verlassen; der Server lehnt eine Korrektur jetzt wahrscheinlich ab.</translation>
    </message>
    <message>
        <source>The call had already ended when it was first seen; the server may refuse a correction.</source>
        <translation>Der Anruf war bereits beendet, als er zum ersten Mal erfasst wurde; der Server lehnt eine Korrektur möglicherweise ab.</translation>
    </message>
    <message>
        <source>The call ended at %1 — the usual %2 s to correct it are over; the server will probably refuse a correction now.</source>
        <translation>Der Anruf endete um %1 – die üblichen %2 s für eine Korrektur sind vorbei; der Server lehnt eine Korrektur jetzt wahrscheinlich ab.</translation>
    </message>
    <message>
        <source>The call ended at %1 — about %2 s left to correct it.</source>
        <translation>Der Anruf endete um %1 – noch etwa %2 s für eine Korrektur.</translation>
    </message>
</context>
<context>
    <name>CallData::ConnectionBar</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Session ended on %1 — log in again to send</source>
        <translation>Sitzung auf %1 beendet – zum Senden erneut anmelden</translation>
    </message>
</context>
<context>
    <name>CallData::CorrectionPanel</name>
    <message>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <source>Campaign of the active call</source>
        <translation>Kampagne des aktiven Anrufs</translation>
    </message>
    <message>
        <source>Call ID of the active call</source>
        <translation>Anruf-ID des aktiven Anrufs</translation>
    </message>
    <message>
        <source>Send the call data to the server (Ctrl+Enter)</source>
        <translation>Anrufdaten an den Server senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Abort the running request (Esc)</source>
        <translation>Laufende Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+N or Insert)</source>
        <translation>Zeile hinzufügen (Strg+N oder Einfg)</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>Zeilen &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Zeilen entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Ausgewählte Zeilen entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>Zeilen ein&amp;fügen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet (Ctrl+V)</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen einfügen (Strg+V)</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows, or all rows, as tab-separated text (Ctrl+C)</source>
        <translation>Ausgewählte oder alle Zeilen als tabulatorgetrennten Text kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>&amp;Import call data…</source>
        <translation>Anrufdaten &amp;importieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a .json, .csv or .tsv file (Ctrl+O)</source>
        <translation>Eine .json-, .csv- oder .tsv-Datei importieren (Strg+O)</translation>
    </message>
    <message>
        <source>C&amp;lear all rows</source>
        <translation>&amp;Alle Zeilen löschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove all rows (undo brings them back)</source>
        <translation>Alle Zeilen entfernen (mit „Rückgängig“ wiederherstellbar)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Zeilen einfügen</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: %1 (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as rows.</source>
        <translation>Die Zwischenablage enthält keinen Text, der als Zeilen eingefügt werden kann.</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>Es wurde nichts eingefügt: %1</translation>
    </message>
    <message>
        <source>Paste row</source>
        <translation>Zeile einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation>
            <numerusform>%n Zeile einfügen</numerusform>
            <numerusform>%n Zeilen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted 1 row. Ctrl+Z undoes this.</source>
        <translation>1 Zeile eingefügt. Strg+Z macht dies rückgängig.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n rows. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>%n Zeile eingefügt. Strg+Z macht dies rückgängig.</numerusform>
            <numerusform>%n Zeilen eingefügt. Strg+Z macht dies rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied 1 row as tab-separated text.</source>
        <translation>1 Zeile als tabulatorgetrennten Text kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows as tab-separated text.</source>
        <translation>
            <numerusform>%n Zeile als tabulatorgetrennten Text kopiert.</numerusform>
            <numerusform>%n Zeilen als tabulatorgetrennten Text kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import call data</source>
        <translation>Anrufdaten importieren</translation>
    </message>
    <message>
        <source>Call data (*.json *.csv *.tsv);;All files (*)</source>
        <translation>Anrufdaten (*.json *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Imported 1 row from %1. Ctrl+Z undoes the import.</source>
        <translation>1 Zeile aus %1 importiert. Strg+Z macht den Import rückgängig.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from %1. Ctrl+Z undoes the import.</source>
        <translation>
            <numerusform>%n Zeile aus %1 importiert. Strg+Z macht den Import rückgängig.</numerusform>
            <numerusform>%n Zeilen aus %1 importiert. Strg+Z macht den Import rückgängig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallData::CredentialStore</name>
    <message>
        <source>No password is stored in the system keychain for this user and server.</source>
        <translation>Für diesen Benutzer und Server ist kein Passwort im Schlüsselbund des Systems hinterlegt.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password is not remembered; type it each time.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher wird das Passwort nicht gespeichert; geben Sie es jedes Mal ein.</translation>
    </message>
    <message>
        <source>The system keychain refused the request, so the password is not remembered.</source>
        <translation>Der Schlüsselbund des Systems hat die Anfrage abgelehnt, daher wird das Passwort nicht gespeichert.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>CallData::DraftFlow</name>
    <message numerus="yes">
        <source>Opened with the correction from the command line. The unsent draft saved at %1 (campaign %2, call %3, %n row(s)) was not restored; this correction takes its place.</source>
        <translation>
            <numerusform>Mit der Korrektur aus der Befehlszeile geöffnet. Der am %1 gespeicherte, nicht gesendete Entwurf (Kampagne %2, Anruf %3, %n Zeile) wurde nicht wiederhergestellt; diese Korrektur tritt an seine Stelle.</numerusform>
            <numerusform>Mit der Korrektur aus der Befehlszeile geöffnet. Der am %1 gespeicherte, nicht gesendete Entwurf (Kampagne %2, Anruf %3, %n Zeilen) wurde nicht wiederhergestellt; diese Korrektur tritt an seine Stelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsent draft</source>
        <translation>Nicht gesendeten Entwurf wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Restored your unsent correction saved at %1 (campaign %2, call %3, %n row(s)): the program ended last time before it was sent.</source>
        <translation>
            <numerusform>Ihre am %1 gespeicherte, nicht gesendete Korrektur wurde wiederhergestellt (Kampagne %2, Anruf %3, %n Zeile): Das Programm wurde beim letzten Mal beendet, bevor sie gesendet wurde.</numerusform>
            <numerusform>Ihre am %1 gespeicherte, nicht gesendete Korrektur wurde wiederhergestellt (Kampagne %2, Anruf %3, %n Zeilen): Das Programm wurde beim letzten Mal beendet, bevor sie gesendet wurde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallData::DraftStore</name>
    <message>
        <source>The saved draft %1 cannot be read; it was left in place.</source>
        <translation>Der gespeicherte Entwurf %1 kann nicht gelesen werden; er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Your unsent correction cannot be saved to %1 (%2), so it would not survive a crash. Free some disk space or check the folder&apos;s permissions.</source>
        <translation>Ihre nicht gesendete Korrektur kann nicht in %1 gespeichert werden (%2) und ginge daher bei einem Absturz verloren. Geben Sie Speicherplatz frei oder prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>CallData::HistoryPanel</name>
    <message>
        <source>Accepted (%1)</source>
        <translation>Angenommen (%1)</translation>
    </message>
    <message>
        <source>Canceled; the server may have received it</source>
        <translation>Abgebrochen; der Server hat sie möglicherweise empfangen</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message>
        <source>No answer (%1)</source>
        <translation>Keine Antwort (%1)</translation>
    </message>
    <message>
        <source>Login failed, not sent: %1</source>
        <translation>Anmeldung fehlgeschlagen, nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the audit log could not be read; calldata-cli audit verify says why.</source>
        <translation>
            <numerusform>%n Zeile des Prüfprotokolls konnte nicht gelesen werden; calldata-cli audit verify nennt den Grund.</numerusform>
            <numerusform>%n Zeilen des Prüfprotokolls konnten nicht gelesen werden; calldata-cli audit verify nennt den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>No corrections sent yet.</source>
        <translation>Noch keine Korrekturen gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s).</source>
        <translation>
            <numerusform>%n Korrektur.</numerusform>
            <numerusform>%n Korrekturen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 corrections.</source>
        <translation>%1 von %2 Korrekturen.</translation>
    </message>
    <message>
        <source>Select a correction to see what was sent.</source>
        <translation>Wählen Sie eine Korrektur aus, um zu sehen, was gesendet wurde.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, from %4.</source>
        <translation>%1 von %2 auf %3, aus %4.</translation>
    </message>
    <message>
        <source>Values were masked in the log; loading fills in the keys only.</source>
        <translation>Die Werte wurden im Protokoll maskiert; beim Laden werden nur die Schlüssel eingetragen.</translation>
    </message>
</context>
<context>
    <name>CallData::KeychainCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>diese Programmversion unterstützt keinen Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>CallData::LanguageMenu</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsFlow</name>
    <message>
        <source>Call status</source>
        <translation>Anrufstatus</translation>
    </message>
    <message>
        <source> — seen on the call: %1 of %2.</source>
        <translation> – im Anruf sichtbar: %1 von %2.</translation>
    </message>
    <message numerus="yes">
        <source> — but after %n s the call shows %1 of %2 sent values. The server received the correction; whether Dialer applied it is not confirmed.</source>
        <translation>
            <numerusform> – aber nach %n s zeigt der Anruf %1 von %2 gesendeten Werten. Der Server hat die Korrektur empfangen; ob Dialer sie übernommen hat, ist nicht bestätigt.</numerusform>
            <numerusform> – aber nach %n s zeigt der Anruf %1 von %2 gesendeten Werten. Der Server hat die Korrektur empfangen; ob Dialer sie übernommen hat, ist nicht bestätigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsModel</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Alerting</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>Wird aufgebaut</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Wählt</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Disconnected (internal)</source>
        <translation>Getrennt (intern)</translation>
    </message>
    <message>
        <source>Disconnected (remote)</source>
        <translation>Getrennt (Gegenseite)</translation>
    </message>
    <message>
        <source>ended before the watch</source>
        <translation>vor der Beobachtung beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Remote party</source>
        <translation>Gegenseite</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since the end</source>
        <translation>Seit Ende</translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsPanel</name>
    <message>
        <source>The watch starts after the login.</source>
        <translation>Die Beobachtung beginnt nach der Anmeldung.</translation>
    </message>
    <message>
        <source>Name agents or workgroups and choose Watch.</source>
        <translation>Nennen Sie Agenten oder Arbeitsgruppen und wählen Sie „Beobachten“.</translation>
    </message>
    <message>
        <source>Starting the watch…</source>
        <translation>Beobachtung wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %n call(s) shown</source>
        <translation>
            <numerusform>Beobachtung: %n Anruf angezeigt</numerusform>
            <numerusform>Beobachtung: %n Anrufe angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n on the queues).</source>
        <translation>
            <numerusform> (%n in den Warteschlangen).</numerusform>
            <numerusform> (%n in den Warteschlangen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the watch: %1</source>
        <translation>Der Server hat die Beobachtung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Live calls &amp;columns…</source>
        <translation>&amp;Spalten der aktiven Anrufe…</translation>
    </message>
    <message>
        <source>Live calls columns</source>
        <translation>Spalten der aktiven Anrufe</translation>
    </message>
    <message>
        <source>More attributes to show as columns, separated by commas:</source>
        <translation>Weitere Attribute, die als Spalten angezeigt werden, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>Call &amp;ID attribute…</source>
        <translation>Attribut für Anruf-&amp;ID…</translation>
    </message>
    <message>
        <source>(the interaction ID)</source>
        <translation>(die Interaktions-ID)</translation>
    </message>
    <message>
        <source>Call ID attribute</source>
        <translation>Attribut für Anruf-ID</translation>
    </message>
    <message>
        <source>Use this call fills Call ID from (which one update-call-data wants is not confirmed; follow your site&apos;s lab test):</source>
        <translation>„Diesen Anruf verwenden“ übernimmt die Anruf-ID aus (welches Attribut update-call-data erwartet, ist nicht bestätigt; folgen Sie dem Labortest Ihres Standorts):</translation>
    </message>
    <message>
        <source>Correction &amp;window…</source>
        <translation>&amp;Zeitfenster für Korrekturen…</translation>
    </message>
    <message>
        <source>Correction window</source>
        <translation>Zeitfenster für Korrekturen</translation>
    </message>
    <message>
        <source>A call can be corrected this many seconds after it ends:</source>
        <translation>So viele Sekunden nach seinem Ende kann ein Anruf korrigiert werden:</translation>
    </message>
    <message>
        <source>Time to &amp;see a correction…</source>
        <translation>Zeit bis zur &amp;Anzeige einer Korrektur…</translation>
    </message>
    <message>
        <source>Time to see a correction</source>
        <translation>Zeit bis zur Anzeige einer Korrektur</translation>
    </message>
    <message>
        <source>After the server accepts a correction, wait this many seconds for the call to show it:</source>
        <translation>Nachdem der Server eine Korrektur angenommen hat, so viele Sekunden warten, bis der Anruf sie zeigt:</translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsWatch</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Name at least one agent (CIC user ID) or workgroup to watch, separated by commas.</source>
        <translation>Nennen Sie mindestens einen Agenten (CIC-Benutzer-ID) oder eine Arbeitsgruppe zum Beobachten, getrennt durch Kommas.</translation>
    </message>
</context>
<context>
    <name>CallData::LoginPanel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>e.g. cic1 or https://cic1:8019</source>
        <translation>z. B. cic1 oder https://cic1:8019</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. cic1 or https://cic1:8019.</source>
        <translation>Geben Sie die Serveradresse ein, z. B. cic1 oder https://cic1:8019.</translation>
    </message>
    <message>
        <source>Enter your IC user name.</source>
        <translation>Geben Sie Ihren IC-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Geben Sie das Passwort für %1 ein.</translation>
    </message>
    <message>
        <source>Server login — plain http://: the password and the call data cross the network unencrypted</source>
        <translation>Serveranmeldung – reines http://: Passwort und Anrufdaten gehen unverschlüsselt über das Netzwerk</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>Serveranmeldung</translation>
    </message>
    <message>
        <source>Use https:// unless this network is trusted.</source>
        <translation>Verwenden Sie https://, es sei denn, dieses Netzwerk ist vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Remember password (no keychain)</source>
        <translation>Passwort merken (kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>This build of Call Data Editor has no system keychain support, so the password is typed each time.</source>
        <translation>Diese Version von Call Data Editor unterstützt den Schlüsselbund des Systems nicht; das Passwort muss daher jedes Mal eingegeben werden.</translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain (never in the settings file).</source>
        <translation>Bewahrt das Passwort im Schlüsselbund des Systems auf (nie in der Einstellungsdatei).</translation>
    </message>
</context>
<context>
    <name>CallData::MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Anfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep-alive interval…</source>
        <translation>&amp;Keep-alive-Intervall…</translation>
    </message>
    <message>
        <source>&amp;About Call Data Editor</source>
        <translation>&amp;Über Call Data Editor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About Call Data Editor</source>
        <translation>Über Call Data Editor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Call Data Editor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Corrects the call data of active Interaction Dialer calls over the ICWS REST API.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Call Data Editor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Korrigiert die Anrufdaten aktiver Anrufe in Interaction Dialer über die ICWS-REST-API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rows from the command line</source>
        <translation>Zeilen aus der Befehlszeile</translation>
    </message>
    <message>
        <source>Keep-alive interval</source>
        <translation>Keep-alive-Intervall</translation>
    </message>
    <message>
        <source>While logged in, ask the server for messages every (seconds):</source>
        <translation>Während Sie angemeldet sind, den Server regelmäßig nach Nachrichten fragen, alle (Sekunden):</translation>
    </message>
    <message>
        <source>Unsent edits</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>The call data has edits that were not sent. Close anyway and discard them?</source>
        <translation>Die Anrufdaten enthalten Änderungen, die nicht gesendet wurden. Trotzdem schließen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The new language applies the next time Call Data Editor starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Call Data Editor.</translation>
    </message>
    <message>
        <source>Call Data Editor[*]</source>
        <translation>Call Data Editor[*]</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Mask values in the audit log</source>
        <translation>Werte im Prüfprotokoll &amp;maskieren</translation>
    </message>
    <message>
        <source>Copy audit records to the s&amp;ystem log</source>
        <translation>Prüfeinträge ins S&amp;ystemprotokoll kopieren</translation>
    </message>
    <message>
        <source>Load from history</source>
        <translation>Aus dem Verlauf laden</translation>
    </message>
    <message>
        <source>Loaded the correction for call %1 in campaign %2 sent at %3. Edit → Undo brings the previous rows back.</source>
        <translation>Die am %3 gesendete Korrektur für Anruf %1 in Kampagne %2 wurde geladen. Bearbeiten → Rückgängig stellt die vorherigen Zeilen wieder her.</translation>
    </message>
    <message>
        <source>Its values were masked in the audit log: fill them in again.</source>
        <translation>Ihre Werte wurden im Prüfprotokoll maskiert: Tragen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>A correction is being sent</source>
        <translation>Eine Korrektur wird gesendet</translation>
    </message>
    <message>
        <source>Wait for the answer</source>
        <translation>Auf die Antwort warten</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>A correction is being sent to the server. If you close now, the window stops waiting, but the server may still apply it, and you will not see whether it did. Wait for the answer, or close anyway?</source>
        <translation>Eine Korrektur wird gerade an den Server gesendet. Wenn Sie jetzt schließen, wartet das Fenster nicht mehr, der Server übernimmt sie aber möglicherweise trotzdem, und Sie sehen nicht, ob er es getan hat. Auf die Antwort warten oder trotzdem schließen?</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Aktive Anrufe</translation>
    </message>
    <message>
        <source>Live &amp;calls</source>
        <translation>Aktive &amp;Anrufe</translation>
    </message>
</context>
<context>
    <name>CallData::MemoryCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>diese Programmversion unterstützt keinen Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>CallData::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Meldungstyp</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>CallData::SessionController</name>
    <message>
        <source>Connected to %1 — %2</source>
        <translation>Verbunden mit %1 – %2</translation>
    </message>
    <message>
        <source>Connected to %1 — %2 — server %3</source>
        <translation>Verbunden mit %1 – %2 – Server %3</translation>
    </message>
    <message>
        <source>A request is still running; wait for it or cancel it first.</source>
        <translation>Eine Anfrage läuft noch; warten Sie auf sie oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>Already logged in; log out first.</source>
        <translation>Bereits angemeldet; melden Sie sich zuerst ab.</translation>
    </message>
    <message>
        <source>No answer to the keep-alive since %1: %2 Retrying every %3 s.</source>
        <translation>Keine Antwort auf das Keep-alive seit %1: %2 Neuer Versuch alle %3 s.</translation>
    </message>
</context>
<context>
    <name>CallData::SessionFlow</name>
    <message>
        <source>Logged out. Your edits are kept.</source>
        <translation>Abgemeldet. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Sending… (Esc cancels)</source>
        <translation>Wird gesendet… (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Abmeldung…</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends.</source>
        <translation>Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <source>Send the call data to the server (Ctrl+Enter)</source>
        <translation>Anrufdaten an den Server senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Log in to send.</source>
        <translation>Melden Sie sich an, um zu senden.</translation>
    </message>
    <message>
        <source>The session has ended; log in again to send.</source>
        <translation>Die Sitzung wurde beendet; melden Sie sich erneut an, um zu senden.</translation>
    </message>
    <message>
        <source>Fix the marked rows to send.</source>
        <translation>Korrigieren Sie die markierten Zeilen, um zu senden.</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>Logged in again. Send the correction again: 1 attribute for call %1 in campaign %2?</source>
        <translation>Erneut angemeldet. Die Korrektur erneut senden: 1 Attribut für Anruf %1 in Kampagne %2?</translation>
    </message>
    <message numerus="yes">
        <source>Logged in again. Send the correction again: %n attributes for call %1 in campaign %2?</source>
        <translation>
            <numerusform>Erneut angemeldet. Die Korrektur erneut senden: %n Attribut für Anruf %1 in Kampagne %2?</numerusform>
            <numerusform>Erneut angemeldet. Die Korrektur erneut senden: %n Attribute für Anruf %1 in Kampagne %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged in again. The correction was not re-sent; press Send when ready.</source>
        <translation>Erneut angemeldet. Die Korrektur wurde nicht erneut gesendet; klicken Sie auf „Senden“, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Could not log in to %1.</source>
        <translation>Anmeldung bei %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Zertifikat prüfen…</translation>
    </message>
    <message>
        <source>Login to %1 canceled.</source>
        <translation>Anmeldung bei %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Accepted by the server (%1) at %2 — 1 attribute for call %3 in campaign %4.</source>
        <translation>Vom Server angenommen (%1) um %2 – 1 Attribut für Anruf %3 in Kampagne %4.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted by the server (%1) at %2 — %n attributes for call %3 in campaign %4.</source>
        <translation>
            <numerusform>Vom Server angenommen (%1) um %2 – %n Attribut für Anruf %3 in Kampagne %4.</numerusform>
            <numerusform>Vom Server angenommen (%1) um %2 – %n Attribute für Anruf %3 in Kampagne %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in again and re-send</source>
        <translation>Erneut anmelden und senden</translation>
    </message>
    <message>
        <source>The server %1 ended the session.</source>
        <translation>Der Server %1 hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>The server %1 ended the session: %2</source>
        <translation>Der Server %1 hat die Sitzung beendet: %2</translation>
    </message>
    <message>
        <source>Your edits are kept. Log in again to continue.</source>
        <translation>Ihre Änderungen bleiben erhalten. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>The certificate is trusted now. Send again.</source>
        <translation>Dem Zertifikat wird jetzt vertraut. Senden Sie erneut.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>This send is missing from the audit log; tell whoever keeps it.</source>
        <translation>Dieser Sendevorgang fehlt im Prüfprotokoll; informieren Sie die dafür zuständige Person.</translation>
    </message>
    <message>
        <source>Send %1 attributes? That is far more than the %2 contact-list columns Dialer recommends; a whole contact list or the wrong file may have been pasted.</source>
        <translation>%1 Attribute senden? Das sind weit mehr als die %2 Kontaktlistenspalten, die Dialer empfiehlt; möglicherweise wurde eine ganze Kontaktliste oder die falsche Datei eingefügt.</translation>
    </message>
    <message>
        <source>Nothing was sent. The rows are kept.</source>
        <translation>Es wurde nichts gesendet. Die Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Send this many attributes?</source>
        <translation>So viele Attribute senden?</translation>
    </message>
</context>
<context>
    <name>CallData::Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not available, so the texts stay in English. Available: %2.</source>
        <translation>Die Sprache „%1“ ist nicht verfügbar, daher bleiben die Texte auf Englisch. Verfügbar: %2.</translation>
    </message>
</context>
<context>
    <name>CallDataCli</name>
    <message>
        <source>1 attribute</source>
        <translation>1 Attribut</translation>
    </message>
    <message>
        <source>%1 attributes</source>
        <translation>%1 Attribute</translation>
    </message>
    <message>
        <source>%1 is not accepted: a password on the command line is visible to other users. Pass it on the first line of standard input with --password-stdin, or set the ICWS_PASSWORD environment variable.</source>
        <translation>%1 wird nicht akzeptiert: Ein Passwort in der Befehlszeile ist für andere Benutzer sichtbar. Übergeben Sie es mit --password-stdin in der ersten Zeile der Standardeingabe oder setzen Sie die Umgebungsvariable ICWS_PASSWORD.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 erfordert einen Wert.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 akzeptiert keinen Wert.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 wurde mehrfach angegeben.</translation>
    </message>
    <message>
        <source>Unexpected argument %1 after the options of %2. Values need an option in front, e.g. --set KEY=VALUE.</source>
        <translation>Unerwartetes Argument %1 nach den Optionen von %2. Vor einem Wert muss eine Option stehen, z. B. --set SCHLÜSSEL=WERT.</translation>
    </message>
    <message>
        <source>%1 is not an option of %2.</source>
        <translation>%1 ist keine Option von %2.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE; &quot;%1&quot; has no &apos;=&apos;.</source>
        <translation>--set erwartet SCHLÜSSEL=WERT; „%1“ enthält kein &apos;=&apos;.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE; the key before the first &apos;=&apos; is empty.</source>
        <translation>--set erwartet SCHLÜSSEL=WERT; der Schlüssel vor dem ersten &apos;=&apos; ist leer.</translation>
    </message>
    <message>
        <source>--file: %1 must end in .json, .csv or .tsv.</source>
        <translation>--file: %1 muss auf .json, .csv oder .tsv enden.</translation>
    </message>
    <message>
        <source>--file: %1 does not exist or cannot be read.</source>
        <translation>--file: %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--ca-file: %1 does not exist or cannot be read.</source>
        <translation>--ca-file: %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--ca-file: %1 holds no PEM certificate.</source>
        <translation>--ca-file: %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>--pin-sha256: expected a SHA-256 fingerprint of 64 hex digits, with or without colons.</source>
        <translation>--pin-sha256: Erwartet wird ein SHA-256-Fingerabdruck aus 64 Hexadezimalziffern, mit oder ohne Doppelpunkte.</translation>
    </message>
    <message>
        <source>--timeout: expected a positive number of seconds (at most %1), e.g. 15.</source>
        <translation>--timeout: Erwartet wird eine positive Anzahl von Sekunden (höchstens %1), z. B. 15.</translation>
    </message>
    <message>
        <source>--language: expected a language tag such as en-US or de.</source>
        <translation>--language: Erwartet wird ein Sprachcode wie en-US oder de.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>%1 ist für %2 erforderlich.</translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation>, Eintrag %1</translation>
    </message>
    <message>
        <source>Dry run: nothing is sent. A real run sends these requests (secrets redacted, {sessionId} comes from the login):</source>
        <translation>Testlauf: Es wird nichts gesendet. Ein echter Lauf sendet diese Anfragen (Geheimnisse unkenntlich gemacht, {sessionId} stammt aus der Anmeldung):</translation>
    </message>
    <message>
        <source>Valid: %1 for call %2 in campaign %3 to %4; nothing was sent.</source>
        <translation>Gültig: %1 für Anruf %2 in Kampagne %3 an %4; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Accepted by the server (%1): %2 for call %3 in campaign %4 via %5.</source>
        <translation>Vom Server angenommen (%1): %2 für Anruf %3 in Kampagne %4 über %5.</translation>
    </message>
    <message>
        <source>Try &apos;calldata-cli --help&apos; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit &apos;calldata-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>--password-stdin: standard input ended before the password line.</source>
        <translation>--password-stdin: Die Standardeingabe endete vor der Passwortzeile.</translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is too long for a password.</source>
        <translation>--password-stdin: Die erste Zeile der Standardeingabe ist für ein Passwort zu lang.</translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is empty; it must hold the password.</source>
        <translation>--password-stdin: Die erste Zeile der Standardeingabe ist leer; sie muss das Passwort enthalten.</translation>
    </message>
    <message>
        <source>No password given. Put it on the first line of standard input and pass --password-stdin, or set the ICWS_PASSWORD environment variable. Passwords are never taken as arguments.</source>
        <translation>Kein Passwort angegeben. Schreiben Sie es in die erste Zeile der Standardeingabe und übergeben Sie --password-stdin, oder setzen Sie die Umgebungsvariable ICWS_PASSWORD. Passwörter werden nie als Argumente entgegengenommen.</translation>
    </message>
    <message>
        <source>No password entered.</source>
        <translation>Kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>update-call-data: available (dialer %1).</source>
        <translation>update-call-data: verfügbar (dialer %1).</translation>
    </message>
    <message>
        <source>update-call-data: not available; it needs dialer feature version %1 or later, the server offers %2.</source>
        <translation>update-call-data: nicht verfügbar; erfordert Version %1 oder höher des Dialer-Features, der Server bietet %2.</translation>
    </message>
    <message>
        <source>no dialer feature</source>
        <translation>kein Dialer-Feature</translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation>Server %1: %2</translation>
    </message>
    <message>
        <source>version not reported</source>
        <translation>Version nicht gemeldet</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Features: %1</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>keine gemeldet</translation>
    </message>
    <message>
        <source>warning: logging out failed: %1</source>
        <translation>Warnung: Abmelden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>warning: the server did not confirm the logout in time.</source>
        <translation>Warnung: Der Server hat die Abmeldung nicht rechtzeitig bestätigt.</translation>
    </message>
    <message>
        <source>reading the server&apos;s features failed</source>
        <translation>Lesen der Server-Features fehlgeschlagen</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>update-call-data failed</source>
        <translation>update-call-data fehlgeschlagen</translation>
    </message>
    <message>
        <source>hint: if your administrator confirms this fingerprint, run again with --pin-sha256 %1, or pass your company&apos;s CA certificate with --ca-file.</source>
        <translation>Hinweis: Wenn Ihr Administrator diesen Fingerabdruck bestätigt, führen Sie den Befehl erneut mit --pin-sha256 %1 aus oder übergeben Sie das CA-Zertifikat Ihres Unternehmens mit --ca-file.</translation>
    </message>
    <message>
        <source>calls needs at least one --agent USER_ID or --workgroup NAME to watch.</source>
        <translation>calls benötigt mindestens ein --agent BENUTZER_ID oder --workgroup NAME zum Beobachten.</translation>
    </message>
    <message>
        <source>error: the server refused to watch the queues (HTTP %1%2): %3</source>
        <translation>Fehler: Der Server hat das Beobachten der Warteschlangen abgelehnt (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Check the agent IDs and workgroup names, and ask the CIC administrator whether your user may watch those queues.</source>
        <translation>Prüfen Sie die Agenten-IDs und Arbeitsgruppennamen, und fragen Sie den CIC-Administrator, ob Ihr Benutzer diese Warteschlangen beobachten darf.</translation>
    </message>
    <message>
        <source>No interactions on the watched queues.</source>
        <translation>Keine Interaktionen in den beobachteten Warteschlangen.</translation>
    </message>
    <message>
        <source>No Dialer calls on the watched queues.</source>
        <translation>Keine Dialer-Anrufe in den beobachteten Warteschlangen.</translation>
    </message>
    <message>
        <source>ended (the watch cannot tell when)</source>
        <translation>beendet (wann, ist nicht erkennbar)</translation>
    </message>
    <message>
        <source>warning: %1 is plain http://, so the password and the call data cross the network unencrypted. Use https:// unless this network is trusted.</source>
        <translation>Warnung: %1 ist reines http://, daher gehen Passwort und Anrufdaten unverschlüsselt über das Netzwerk. Verwenden Sie https://, es sei denn, dieses Netzwerk ist vertrauenswürdig.</translation>
    </message>
    <message>
        <source>watching the queues failed</source>
        <translation>Beobachten der Warteschlangen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 attributes are far more than the %2 contact-list columns Dialer recommends; this is most likely the wrong file. Check it, or add --allow-many to send more than %3.</source>
        <translation>%1 Attribute sind weit mehr als die %2 Kontaktlistenspalten, die Dialer empfiehlt; vermutlich ist es die falsche Datei. Prüfen Sie sie, oder fügen Sie --allow-many hinzu, um mehr als %3 zu senden.</translation>
    </message>
    <message>
        <source>Unknown audit action &quot;%1&quot;. Use audit verify or audit export --csv.</source>
        <translation>Unbekannte audit-Aktion „%1“. Verwenden Sie audit verify oder audit export --csv.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use update, features, calls or audit.</source>
        <translation>Unbekannter Befehl „%1“. Verwenden Sie update, features, calls oder audit.</translation>
    </message>
    <message>
        <source>No command given. Use update, features, calls or audit (see --help).</source>
        <translation>Kein Befehl angegeben. Verwenden Sie update, features, calls oder audit (siehe --help).</translation>
    </message>
    <message>
        <source>audit needs an action: audit verify, or audit export --csv.</source>
        <translation>audit erfordert eine Aktion: audit verify oder audit export --csv.</translation>
    </message>
    <message>
        <source>audit export needs --csv (the only export format).</source>
        <translation>audit export erfordert --csv (das einzige Exportformat).</translation>
    </message>
    <message>
        <source>audit export prints CSV; --json is for audit verify.</source>
        <translation>audit export gibt CSV aus; --json gilt für audit verify.</translation>
    </message>
    <message>
        <source>--csv is an option of audit export.</source>
        <translation>--csv ist eine Option von audit export.</translation>
    </message>
    <message>
        <source>%1: intact, 1 record; the last record&apos;s SHA-256 is %2.</source>
        <translation>%1: intakt, 1 Eintrag; der SHA-256 des letzten Eintrags ist %2.</translation>
    </message>
    <message>
        <source>%1: intact, %2 records; the last record&apos;s SHA-256 is %3.</source>
        <translation>%1: intakt, %2 Einträge; der SHA-256 des letzten Eintrags ist %3.</translation>
    </message>
    <message>
        <source>%1: broken at line %2. %3</source>
        <translation>%1: unterbrochen in Zeile %2. %3</translation>
    </message>
    <message>
        <source>%1: cannot be verified. %2</source>
        <translation>%1: kann nicht geprüft werden. %2</translation>
    </message>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation>Das Prüfprotokoll %1 existiert nicht.</translation>
    </message>
    <message>
        <source>warning: line %1 is not an audit record and was left out; run calldata-cli audit verify.</source>
        <translation>Warnung: Zeile %1 ist kein Prüfeintrag und wurde ausgelassen; führen Sie calldata-cli audit verify aus.</translation>
    </message>
    <message>
        <source>warning: interrupted; the logout was not awaited.</source>
        <translation>Warnung: unterbrochen; auf die Abmeldung wurde nicht gewartet.</translation>
    </message>
    <message>
        <source>Usage:
  calldata-cli update --server ADDRESS --user USER --campaign ID --call ID
                      [--set KEY=VALUE]... [--file FILE] [--password-stdin]
                      [--ca-file PEM] [--pin-sha256 HEX] [--timeout SECONDS]
                      [--language TAG] [--dry-run] [--allow-many] [--json]
                      [--audit-mask] [--audit-syslog]
  calldata-cli features --server ADDRESS [--ca-file PEM] [--pin-sha256 HEX]
                        [--timeout SECONDS] [--json]
  calldata-cli calls --server ADDRESS --user USER (--agent USER_ID | --workgroup NAME)...
                     [--attribute NAME]... [--all] [--call-id-from ATTRIBUTE]
                     [--password-stdin] [--ca-file PEM] [--pin-sha256 HEX]
                     [--timeout SECONDS] [--language TAG] [--json]
  calldata-cli audit verify [--file PATH] [--json]
  calldata-cli audit export --csv [--file PATH]
  calldata-cli --version | --help

Sends call data of an active Interaction Dialer call to a CIC server (ICWS
update-call-data). The server answers 202 when it received the data; that is not
a confirmation that Dialer saved it.

Options:
  --server ADDRESS   host, host:port or https://host:port (default https, port 8019)
  --user USER        CIC user ID
  --campaign ID      campaign ID of the active call
  --call ID          call ID of the active call
  --set KEY=VALUE    one attribute; split on the first &apos;=&apos;; repeatable
  --file FILE        attributes from .json (object of strings), .csv or .tsv
                     (two columns, optional key,value header), UTF-8
  --password-stdin   read the password from the first line of standard input
  --ca-file PEM      extra CA certificates to trust
  --pin-sha256 HEX   trust this server certificate (SHA-256, colons optional)
  --timeout SECONDS  bound for the whole command, login to logout (default 15);
                     the process ends at most half a second after it
  --language TAG     Accept-Language, e.g. en-US (default: the system locale)
  --dry-run          validate and print the requests; send nothing
  --allow-many       send more than 1,000 attributes (refused without it)
  --json             print exactly one JSON object on standard output
  --verbose          log requests and the session to standard error
                     (never the password, cookie or CSRF token)
  --agent USER_ID    calls: watch this agent&apos;s user queue; repeatable
  --workgroup NAME   calls: watch this workgroup&apos;s queue; repeatable
  --attribute NAME   calls: also watch and print this attribute; repeatable
  --all              calls: list every interaction, not only Dialer calls
  --call-id-from ATTRIBUTE
                     calls: take the call ID from this attribute (e.g.
                     is_attr_callid) instead of the interaction ID
  --audit-mask       update: record salted hashes instead of the values in the
                     audit log
  --audit-syslog     update: also send the audit record to the system log

Every update is recorded in the audit log before its result is printed
($XDG_DATA_HOME/calldata-editor/audit.jsonl, by default under ~/.local/share).
audit verify checks its hash chain (exit 0 intact, 1 broken, missing or
unreadable); audit export --csv prints it as CSV. --file names another log.

Without --password-stdin the password comes from ICWS_PASSWORD, else from a
prompt when standard input is a terminal. No option takes the password.

Exit codes: 0 accepted (202), 2 usage or validation error (nothing sent),
3 login refused, 4 update refused (400), 5 session rejected (401),
6 feature unavailable (dialer &lt; 3, or 410), 7 server error (5xx, or no
switchover host accepted), 8 network, TLS or timeout error. For calls: 4 the
watch was refused (a 4xx other than 401), 6 no queues feature, 8 no picture
of the queues within --timeout.
</source>
        <translation>Aufruf:
  calldata-cli update --server ADRESSE --user BENUTZER --campaign ID --call ID
                      [--set SCHLÜSSEL=WERT]... [--file DATEI] [--password-stdin]
                      [--ca-file PEM] [--pin-sha256 HEX] [--timeout SEKUNDEN]
                      [--language SPRACHCODE] [--dry-run] [--allow-many] [--json]
                      [--audit-mask] [--audit-syslog]
  calldata-cli features --server ADRESSE [--ca-file PEM] [--pin-sha256 HEX]
                        [--timeout SEKUNDEN] [--json]
  calldata-cli calls --server ADRESSE --user BENUTZER
                     (--agent BENUTZER_ID | --workgroup NAME)...
                     [--attribute NAME]... [--all] [--call-id-from ATTRIBUT]
                     [--password-stdin] [--ca-file PEM] [--pin-sha256 HEX]
                     [--timeout SEKUNDEN] [--language SPRACHCODE] [--json]
  calldata-cli audit verify [--file PFAD] [--json]
  calldata-cli audit export --csv [--file PFAD]
  calldata-cli --version | --help

Sendet die Anrufdaten eines aktiven Anrufs in Interaction Dialer an einen
CIC-Server (ICWS update-call-data). Der Server antwortet mit 202, wenn er die
Daten empfangen hat; das ist keine Bestätigung, dass Dialer sie übernommen hat.

Optionen:
  --server ADRESSE       host, host:port oder https://host:port
                         (Standard: https, Port 8019)
  --user BENUTZER        CIC-Benutzer-ID
  --campaign ID          Kampagnen-ID des aktiven Anrufs
  --call ID              Anruf-ID des aktiven Anrufs
  --set SCHLÜSSEL=WERT   ein Attribut; am ersten &apos;=&apos; getrennt; wiederholbar
  --file DATEI           Attribute aus .json (Objekt aus Zeichenketten),
                         .csv oder .tsv (UTF-8, zwei Spalten, optionale
                         Kopfzeile key,value)
  --password-stdin       Passwort aus der ersten Zeile der Standardeingabe lesen
  --ca-file PEM          zusätzliche CA-Zertifikate, denen vertraut wird
  --pin-sha256 HEX       diesem Serverzertifikat vertrauen (SHA-256,
                         Doppelpunkte optional)
  --timeout SEKUNDEN     Zeitlimit für den ganzen Befehl, Anmeldung bis Abmeldung
                         (Standard: 15); der Prozess endet höchstens eine halbe
                         Sekunde danach
  --language SPRACHCODE  Accept-Language, z. B. en-US (Standard: Gebietsschema
                         des Systems)
  --dry-run              prüfen und die Anfragen ausgeben; nichts senden
  --allow-many           mehr als 1.000 Attribute senden (sonst abgelehnt)
  --json                 genau ein JSON-Objekt auf der Standardausgabe ausgeben
  --verbose              Anfragen und die Sitzung auf der Standardfehlerausgabe
                         protokollieren (nie Passwort, Cookie oder CSRF-Token)
  --agent BENUTZER_ID    calls: die Benutzerwarteschlange dieses Agenten
                         beobachten; wiederholbar
  --workgroup NAME       calls: die Warteschlange dieser Arbeitsgruppe
                         beobachten; wiederholbar
  --attribute NAME       calls: auch dieses Attribut beobachten und ausgeben;
                         wiederholbar
  --all                  calls: alle Interaktionen auflisten, nicht nur
                         Dialer-Anrufe
  --call-id-from ATTRIBUT
                         calls: die Anruf-ID aus diesem Attribut nehmen (z. B.
                         is_attr_callid) statt der Interaktions-ID
  --audit-mask           update: gesalzene Hashes statt der Werte im
                         Prüfprotokoll speichern
  --audit-syslog         update: den Prüfeintrag auch an das Systemprotokoll
                         senden

Jede Aktualisierung wird im Prüfprotokoll festgehalten, bevor ihr Ergebnis
ausgegeben wird ($XDG_DATA_HOME/calldata-editor/audit.jsonl, standardmäßig unter
~/.local/share). audit verify prüft seine Hash-Kette (Exit-Code 0 intakt, 1
unterbrochen, fehlend oder unlesbar); audit export --csv gibt es als CSV aus.
--file nennt ein anderes Protokoll.

Ohne --password-stdin kommt das Passwort aus ICWS_PASSWORD, sonst aus einer
Abfrage, wenn die Standardeingabe ein Terminal ist. Keine Option nimmt das
Passwort entgegen.

Exit-Codes: 0 angenommen (202), 2 Aufruf- oder Validierungsfehler (nichts
gesendet), 3 Anmeldung abgelehnt, 4 Aktualisierung abgelehnt (400), 5 Sitzung
abgelehnt (401), 6 Feature nicht verfügbar (dialer &lt; 3 oder 410), 7 Serverfehler
(5xx oder kein Switchover-Host hat angenommen), 8 Netzwerk-, TLS- oder
Zeitüberschreitungsfehler. Für calls: 4 Beobachten abgelehnt (ein 4xx außer
401), 6 kein Feature „queues“, 8 kein Bild der Warteschlangen innerhalb von
--timeout.
</translation>
    </message>
    <message>
        <source>No picture of the queues arrived in time. %1</source>
        <translation>Innerhalb der Zeit kam kein Bild der Warteschlangen an. %1</translation>
    </message>
    <message>
        <source>No answer in time. %1</source>
        <translation>Keine Antwort innerhalb der Zeit. %1</translation>
    </message>
    <message>
        <source>--timeout %1 s bounds the whole command.</source>
        <translation>--timeout %1 s begrenzt den ganzen Befehl.</translation>
    </message>
    <message>
        <source>--timeout %1 s bounds the whole command, of which the last %2 s is kept for logging out.</source>
        <translation>--timeout %1 s begrenzt den ganzen Befehl; die letzten %2 s davon sind für die Abmeldung reserviert.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Certificate changed warning</source>
        <translation>Warnung: Zertifikat geändert</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>I have confirmed this new fingerprint with the server&apos;s administrator</source>
        <translation>Ich habe diesen neuen Fingerabdruck mit dem Administrator des Servers abgeglichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>CorrectionPanel</name>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>C&amp;ampaign ID:</source>
        <translation>&amp;Kampagnen-ID:</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <source>Ca&amp;ll ID:</source>
        <translation>&amp;Anruf-ID:</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>Call data can only be updated while the call is active (usually until about two minutes after it ends).</source>
        <translation>Anrufdaten können nur aktualisiert werden, solange der Anruf aktiv ist (meist bis etwa zwei Minuten nach seinem Ende).</translation>
    </message>
    <message>
        <source>Table actions</source>
        <translation>Tabellenaktionen</translation>
    </message>
    <message>
        <source>Call data</source>
        <translation>Anrufdaten</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Call data summary</source>
        <translation>Zusammenfassung der Anrufdaten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Filter by call or campaign</source>
        <translation>Nach Anruf oder Kampagne filtern</translation>
    </message>
    <message>
        <source>Sent corrections, newest first</source>
        <translation>Gesendete Korrekturen, neueste zuerst</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Selected correction</source>
        <translation>Ausgewählte Korrektur</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Verlaufsstatus</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>Verlauf aktualisieren</translation>
    </message>
    <message>
        <source>Load into editor</source>
        <translation>In den Editor laden</translation>
    </message>
</context>
<context>
    <name>Icws::Client</name>
    <message>
        <source>The CA file %1 could not be read or holds no PEM certificate. Choose a PEM file with your company&apos;s CA certificate.</source>
        <translation>Die CA-Datei %1 konnte nicht gelesen werden oder enthält kein PEM-Zertifikat. Wählen Sie eine PEM-Datei mit dem CA-Zertifikat Ihres Unternehmens.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer was larger than %n MiB and was not read to the end.</source>
        <translation>
            <numerusform>Die Antwort war größer als %n MiB und wurde nicht bis zum Ende gelesen.</numerusform>
            <numerusform>Die Antwort war größer als %n MiB und wurde nicht bis zum Ende gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Icws::Http1Exchange</name>
    <message>
        <source>A request header holds a line break or another control character; nothing was sent.</source>
        <translation>Ein Anfrage-Header enthält einen Zeilenumbruch oder ein anderes Steuerzeichen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Only a caching proxy is configured for %1; logging in and sending a correction need a proxy that tunnels (HTTP CONNECT or SOCKS5).</source>
        <translation>Für %1 ist nur ein zwischenspeichernder Proxy eingerichtet; Anmelden und Senden einer Korrektur brauchen einen tunnelnden Proxy (HTTP CONNECT oder SOCKS5).</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer headers were larger than %n KiB.</source>
        <translation>
            <numerusform>Die Antwort-Header des Servers waren größer als %n KiB.</numerusform>
            <numerusform>Die Antwort-Header des Servers waren größer als %n KiB.</numerusform>
        </translation>
    </message>
    <message>
        <source>The length of the server&apos;s answer could not be read.</source>
        <translation>Die Länge der Serverantwort ließ sich nicht lesen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP/1.1.</source>
        <translation>Die Antwort des Servers ist kein HTTP/1.1.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>SSL handshake failed: %1</source>
        <translation>SSL-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>Icws::Protocol</name>
    <message>
        <source>Server is empty. Enter the CIC server&apos;s host name, for example cic1.example.com.</source>
        <translation>Kein Server angegeben. Geben Sie den Hostnamen des CIC-Servers ein, zum Beispiel cic1.example.com.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is not a valid address. Use a host name, host:port or https://host:port.</source>
        <translation>Server „%1“ ist keine gültige Adresse. Verwenden Sie einen Hostnamen, host:port oder https://host:port.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; uses the scheme &quot;%2&quot;. Use https:// (or http:// only if the server has no HTTPS).</source>
        <translation>Server „%1“ verwendet das Schema „%2“. Verwenden Sie https:// (oder http:// nur, wenn der Server kein HTTPS anbietet).</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has a path. Enter only the host and, if needed, the port.</source>
        <translation>Server „%1“ enthält einen Pfad. Geben Sie nur den Host und bei Bedarf den Port ein.</translation>
    </message>
    <message>
        <source>The server does not report the Interaction Dialer feature; updating call data needs dialer feature version %1 or later. Ask the CIC administrator.</source>
        <translation>Der Server meldet das Feature „Interaction Dialer“ nicht; zum Aktualisieren von Anrufdaten ist Version %1 oder höher des Dialer-Features erforderlich. Wenden Sie sich an den CIC-Administrator.</translation>
    </message>
    <message>
        <source>The server reports Interaction Dialer feature version %1; updating call data needs version %2 or later. Ask the CIC administrator about an upgrade.</source>
        <translation>Der Server meldet für das Feature „Interaction Dialer“ die Version %1; zum Aktualisieren von Anrufdaten ist Version %2 oder höher erforderlich. Fragen Sie den CIC-Administrator nach einem Upgrade.</translation>
    </message>
    <message>
        <source>Server: the address contains a user name or password; type only the host (and, if needed, the port) there, and the user name and password in their own fields.</source>
        <translation>Server: Die Adresse enthält einen Benutzernamen oder ein Passwort; geben Sie dort nur den Host (und bei Bedarf den Port) ein und Benutzername und Passwort in ihren eigenen Feldern.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has port 0, which no server listens on. Leave the port out (ICWS uses 8019 for HTTPS, 8018 for HTTP) or type the port the administrator gave you.</source>
        <translation>Server „%1“ hat Port 0, auf dem kein Server lauscht. Lassen Sie den Port weg (ICWS verwendet 8019 für HTTPS, 8018 für HTTP) oder geben Sie den Port ein, den Ihnen der Administrator genannt hat.</translation>
    </message>
    <message>
        <source>The server sent a CSRF token with characters other than visible ASCII (such as line breaks); it cannot be used safely in a request header, so nothing further was sent. Check that the address points to a genuine CIC server.</source>
        <translation>Der Server hat ein CSRF-Token mit anderen Zeichen als sichtbarem ASCII gesendet (z. B. Zeilenumbrüchen); es kann nicht sicher in einem Anfrage-Header verwendet werden, daher wurde nichts weiter gesendet. Prüfen Sie, ob die Adresse auf einen echten CIC-Server zeigt.</translation>
    </message>
    <message>
        <source>The server&apos;s login answer has no session ID or no CSRF token. Check that the address points to the CIC server&apos;s ICWS port.</source>
        <translation>Die Anmeldeantwort des Servers enthält keine Sitzungs-ID oder kein CSRF-Token. Prüfen Sie, ob die Adresse auf den ICWS-Port des CIC-Servers zeigt.</translation>
    </message>
    <message>
        <source>The server sent a session ID that is not a plain word of visible ASCII characters (or a name such as &quot;.&quot; or &quot;..&quot; that the request address would drop); it cannot be used safely in a request address, so nothing further was sent. Check that the address points to a genuine CIC server.</source>
        <translation>Der Server hat eine Sitzungs-ID gesendet, die kein einfaches Wort aus sichtbaren ASCII-Zeichen ist (oder ein Name wie „.“ oder „..“, den die Anfrageadresse verwerfen würde); sie kann nicht sicher in einer Anfrageadresse verwendet werden, daher wurde nichts weiter gesendet. Prüfen Sie, ob die Adresse auf einen echten CIC-Server zeigt.</translation>
    </message>
</context>
<context>
    <name>Icws::QueueWatch</name>
    <message>
        <source>The server does not report the queues feature, so live calls cannot be watched. Type the campaign ID and call ID by hand, or ask the CIC administrator.</source>
        <translation>Der Server meldet das Feature „queues“ nicht, daher können aktive Anrufe nicht beobachtet werden. Geben Sie Kampagnen-ID und Anruf-ID von Hand ein, oder wenden Sie sich an den CIC-Administrator.</translation>
    </message>
    <message>
        <source>The server does not report the interactions feature, so what the call holds now cannot be read.</source>
        <translation>Der Server meldet das Feature „interactions“ nicht, daher lässt sich nicht lesen, was der Anruf gerade enthält.</translation>
    </message>
</context>
<context>
    <name>Icws::Result</name>
    <message>
        <source>Accepted by the server (HTTP %1).</source>
        <translation>Vom Server angenommen (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 400 Bad Request).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP 400 Bad Request).</translation>
    </message>
    <message>
        <source>The server no longer accepts this session (HTTP 401 Unauthorized).</source>
        <translation>Der Server akzeptiert diese Sitzung nicht mehr (HTTP 401 Unauthorized).</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>Der Server hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>The server does not offer this function (HTTP 410 Gone).</source>
        <translation>Der Server bietet diese Funktion nicht an (HTTP 410 Gone).</translation>
    </message>
    <message>
        <source>The server failed while handling the request (HTTP %1).</source>
        <translation>Beim Verarbeiten der Anfrage ist auf dem Server ein Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>No server accepted the connection (HTTP 503); tried %1.</source>
        <translation>Kein Server hat die Verbindung angenommen (HTTP 503); versucht: %1.</translation>
    </message>
    <message>
        <source>The server is not accepting connections (HTTP 503 Service Unavailable).</source>
        <translation>Der Server nimmt keine Verbindungen an (HTTP 503 Service Unavailable).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Der Server hat mit einem unerwarteten Status geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>Der Servername %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server %1 presented a different certificate than the one you trusted.</source>
        <translation>Der Server %1 hat ein anderes Zertifikat vorgelegt als das, dem Sie vertraut haben.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer arrived.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort eintraf.</translation>
    </message>
    <message>
        <source>A network error occurred while talking to %1.</source>
        <translation>Bei der Kommunikation mit %1 ist ein Netzwerkfehler aufgetreten.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This server does not support updating call data.</source>
        <translation>Dieser Server unterstützt das Aktualisieren von Anrufdaten nicht.</translation>
    </message>
    <message>
        <source>The correction is not complete, so nothing was sent.</source>
        <translation>Die Korrektur ist unvollständig, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>You are not logged in, so nothing was sent.</source>
        <translation>Sie sind nicht angemeldet, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (HTTP %1).</source>
        <translation>Die Antwort des Servers konnte nicht verstanden werden (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the user name and password, then log in again.</source>
        <translation>Prüfen Sie Benutzername und Passwort und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Check the campaign ID, call ID and keys. Call data can only be updated while the call is active; once it has ended, correct the contact list instead.</source>
        <translation>Prüfen Sie Kampagnen-ID, Anruf-ID und Schlüssel. Anrufdaten können nur aktualisiert werden, solange der Anruf aktiv ist; nach dem Ende des Anrufs korrigieren Sie stattdessen die Kontaktliste.</translation>
    </message>
    <message>
        <source>Log in again; your edits are kept and can be sent again.</source>
        <translation>Melden Sie sich erneut an; Ihre Änderungen bleiben erhalten und können erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Ask the CIC administrator whether Interaction Dialer&apos;s update-call-data is available on this server.</source>
        <translation>Fragen Sie den CIC-Administrator, ob update-call-data von Interaction Dialer auf diesem Server verfügbar ist.</translation>
    </message>
    <message>
        <source>The server may be switching over. Wait a minute, then log in again.</source>
        <translation>Möglicherweise wechselt der Server gerade auf den Switchover-Server. Warten Sie eine Minute und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Check that the address points to the CIC server&apos;s ICWS port (usually 8019 for HTTPS).</source>
        <translation>Prüfen Sie, ob die Adresse auf den ICWS-Port des CIC-Servers zeigt (meist 8019 für HTTPS).</translation>
    </message>
    <message>
        <source>Check the server address and port (ICWS uses 8019 for HTTPS, 8018 for HTTP) and that the server is running.</source>
        <translation>Prüfen Sie Serveradresse und Port (ICWS verwendet 8019 für HTTPS, 8018 für HTTP) und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name and your network connection.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Check your network connection, then try again. Nothing confirms whether the server received the request.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es dann erneut. Ob der Server die Anfrage empfangen hat, ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Check your network connection, then try again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Send again when you are ready. The server may still have received a canceled update.</source>
        <translation>Senden Sie erneut, wenn Sie bereit sind. Der Server hat eine abgebrochene Aktualisierung möglicherweise dennoch empfangen.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Servermeldung: %1</translation>
    </message>
    <message>
        <source>Error ID: %1</source>
        <translation>Fehler-ID: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Property: %1</source>
        <translation>Eigenschaft: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Certificate for %1: subject %2, issued by %3, valid %4 to %5</source>
        <translation>Zertifikat für %1: Inhaber %2, ausgestellt von %3, gültig von %4 bis %5</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps failing, give the CIC administrator the time and these details.</source>
        <translation>Versuchen Sie es gleich noch einmal. Wenn der Fehler weiterhin auftritt, nennen Sie dem CIC-Administrator die Uhrzeit und diese Details.</translation>
    </message>
    <message>
        <source>Do not continue unless your administrator confirms the certificate was replaced. Compare its SHA-256 fingerprint with the one they give you.</source>
        <translation>Fahren Sie nur fort, wenn Ihr Administrator bestätigt, dass das Zertifikat ersetzt wurde. Vergleichen Sie dessen SHA-256-Fingerabdruck mit dem, den Ihr Administrator Ihnen nennt.</translation>
    </message>
    <message>
        <source>If your administrator confirms the certificate&apos;s SHA-256 fingerprint, trust this certificate, or add your company&apos;s CA certificate file.</source>
        <translation>Wenn Ihr Administrator den SHA-256-Fingerabdruck des Zertifikats bestätigt, vertrauen Sie diesem Zertifikat oder fügen Sie die CA-Zertifikatsdatei Ihres Unternehmens hinzu.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, not 200 OK or 202 Accepted: it did not say that it accepted the correction.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet, nicht mit 200 OK oder 202 Accepted: Er hat nicht bestätigt, dass er die Korrektur angenommen hat.</translation>
    </message>
    <message>
        <source>The server sent only an interim answer (HTTP %1); its final answer was not received.</source>
        <translation>Der Server hat nur eine Zwischenantwort gesendet (HTTP %1); seine endgültige Antwort ist nicht eingetroffen.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) without saying where to.</source>
        <translation>Der Server hat mit einer Weiterleitung geantwortet (HTTP %1), ohne ein Ziel zu nennen.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) to %2; it was not followed.</source>
        <translation>Der Server hat mit einer Weiterleitung (HTTP %1) nach %2 geantwortet; ihr wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The server refused the request as too large (HTTP 413 Content Too Large).</source>
        <translation>Der Server hat die Anfrage als zu groß abgelehnt (HTTP 413 Content Too Large).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the certificate you trusted has a problem trusting it does not waive.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat, dem Sie vertrauen, hat ein Problem, über das auch Ihr Vertrauen nicht hinweghilft.</translation>
    </message>
    <message>
        <source>The login was canceled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Check the user name and password, then log in again. If they are right, the password may have expired or the account may lack the rights or licence for ICWS: ask the CIC administrator.</source>
        <translation>Prüfen Sie Benutzername und Passwort und melden Sie sich dann erneut an. Wenn beide stimmen, ist das Passwort vielleicht abgelaufen, oder dem Konto fehlen Rechte oder Lizenz für ICWS: Wenden Sie sich an den CIC-Administrator.</translation>
    </message>
    <message>
        <source>Whether the correction was taken is unknown. Check the call&apos;s data before sending again.</source>
        <translation>Ob die Korrektur übernommen wurde, ist unbekannt. Prüfen Sie die Daten des Anrufs, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Check the server address; if the CIC server has moved, type the new address yourself.</source>
        <translation>Prüfen Sie die Serveradresse; wenn der CIC-Server umgezogen ist, geben Sie die neue Adresse selbst ein.</translation>
    </message>
    <message>
        <source>Send fewer or shorter values at a time.</source>
        <translation>Senden Sie weniger oder kürzere Werte auf einmal.</translation>
    </message>
    <message>
        <source>Trusting a certificate waives who issued it and which host it names, never its validity period. Ask the administrator to renew the server&apos;s certificate.</source>
        <translation>Wenn Sie einem Zertifikat vertrauen, wird darüber hinweggesehen, wer es ausgestellt hat und welchen Host es nennt, nie aber über seinen Gültigkeitszeitraum. Bitten Sie den Administrator, das Serverzertifikat zu erneuern.</translation>
    </message>
    <message>
        <source>Nothing was sent to the call. Log in again when you are ready.</source>
        <translation>An den Anruf wurde nichts gesendet. Melden Sie sich erneut an, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after the update was sent and before any answer: it is unknown whether the server received it.</source>
        <translation>Die Verbindung zu %1 ging verloren, nachdem die Aktualisierung gesendet wurde und bevor eine Antwort kam: Ob der Server sie empfangen hat, ist unbekannt.</translation>
    </message>
    <message>
        <source>It was not sent again by itself. Check whether the call shows the new values before sending again.</source>
        <translation>Sie wurde nicht automatisch erneut gesendet. Prüfen Sie, ob der Anruf die neuen Werte zeigt, bevor Sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>Icws::Validation</name>
    <message>
        <source>The key is empty. Type a column name or remove the row.</source>
        <translation>Der Schlüssel ist leer. Geben Sie einen Spaltennamen ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>The key contains a control character (such as a tab or line break). Retype the key.</source>
        <translation>Der Schlüssel enthält ein Steuerzeichen (z. B. einen Tabulator oder Zeilenumbruch). Geben Sie den Schlüssel neu ein.</translation>
    </message>
    <message>
        <source>Campaign ID is empty. Enter the ID of the campaign that placed the call.</source>
        <translation>Die Kampagnen-ID ist leer. Geben Sie die ID der Kampagne ein, die den Anruf getätigt hat.</translation>
    </message>
    <message>
        <source>Call ID is empty. Enter the ID of the active Dialer call to correct.</source>
        <translation>Die Anruf-ID ist leer. Geben Sie die ID des aktiven Dialer-Anrufs ein, der korrigiert werden soll.</translation>
    </message>
    <message>
        <source>There is no call data to send. Add at least one key and value.</source>
        <translation>Es sind keine Anrufdaten zum Senden vorhanden. Fügen Sie mindestens einen Schlüssel mit Wert hinzu.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 attributes is more than the %2 contact-list columns Dialer recommends.</source>
        <translation>%1 Attribute sind mehr als die %2 Kontaktlistenspalten, die Dialer empfiehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a column Dialer manages itself; changing it can disturb the campaign.</source>
        <translation>„%1“ ist eine Spalte, die Dialer selbst verwaltet; eine Änderung kann die Kampagne stören.</translation>
    </message>
    <message>
        <source>The key contains a broken character (not valid Unicode text). Retype the key.</source>
        <translation>Der Schlüssel enthält ein defektes Zeichen (kein gültiger Unicode-Text). Geben Sie den Schlüssel neu ein.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; repeats row %2. Merge the two rows or rename one.</source>
        <translation>Der Schlüssel „%1“ wiederholt Zeile %2. Führen Sie die beiden Zeilen zusammen oder benennen Sie eine um.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; repeats row %2 (&quot;%3&quot;): keys are compared ignoring case, invisible characters and how accented letters are encoded. Merge the two rows or rename one.</source>
        <translation>Der Schlüssel „%1“ wiederholt Zeile %2 („%3“): Schlüssel werden ohne Rücksicht auf Groß-/Kleinschreibung, unsichtbare Zeichen und die Codierung von Akzentbuchstaben verglichen. Führen Sie die beiden Zeilen zusammen oder benennen Sie eine um.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; contains invisible characters (zero-width or text-direction marks), often left by copying. They are sent as typed but ignored when keys are compared; retype the key if they are not meant.</source>
        <translation>Der Schlüssel „%1“ enthält unsichtbare Zeichen (Nullbreiten- oder Textrichtungszeichen), die oft beim Kopieren entstehen. Sie werden wie eingegeben gesendet, beim Vergleich von Schlüsseln aber ignoriert; geben Sie den Schlüssel neu ein, wenn sie nicht beabsichtigt sind.</translation>
    </message>
    <message>
        <source>Campaign ID contains a tab, line break or other invisible or control character, often left by copying. Retype the campaign ID.</source>
        <translation>Die Kampagnen-ID enthält einen Tabulator, Zeilenumbruch oder ein anderes unsichtbares oder Steuerzeichen, oft vom Kopieren. Geben Sie die Kampagnen-ID neu ein.</translation>
    </message>
    <message>
        <source>Call ID contains a tab, line break or other invisible or control character, often left by copying. Retype the call ID.</source>
        <translation>Die Anruf-ID enthält einen Tabulator, Zeilenumbruch oder ein anderes unsichtbares oder Steuerzeichen, oft vom Kopieren. Geben Sie die Anruf-ID neu ein.</translation>
    </message>
    <message>
        <source>Row %1: the value contains a broken character (not valid Unicode text). Retype the value.</source>
        <translation>Zeile %1: Der Wert enthält ein defektes Zeichen (kein gültiger Unicode-Text). Geben Sie den Wert neu ein.</translation>
    </message>
</context>
<context>
    <name>LiveCallsPanel</name>
    <message>
        <source>Agents to watch:</source>
        <translation>Zu beobachtende Agenten:</translation>
    </message>
    <message>
        <source>Agents to watch</source>
        <translation>Zu beobachtende Agenten</translation>
    </message>
    <message>
        <source>CIC user IDs, e.g. agent1, agent2</source>
        <translation>CIC-Benutzer-IDs, z. B. agent1, agent2</translation>
    </message>
    <message>
        <source>Workgroups to watch:</source>
        <translation>Zu beobachtende Arbeitsgruppen:</translation>
    </message>
    <message>
        <source>Workgroups to watch</source>
        <translation>Zu beobachtende Arbeitsgruppen</translation>
    </message>
    <message>
        <source>Workgroup names, e.g. Collections</source>
        <translation>Namen von Arbeitsgruppen, z. B. Collections</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Show all calls</source>
        <translation>Alle Anrufe anzeigen</translation>
    </message>
    <message>
        <source>Also list interactions that are not Dialer calls (no campaign).</source>
        <translation>Auch Interaktionen auflisten, die keine Dialer-Anrufe sind (ohne Kampagne).</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>Beobachtungsstatus</translation>
    </message>
    <message>
        <source>Filter live calls</source>
        <translation>Aktive Anrufe filtern</translation>
    </message>
    <message>
        <source>Filter: agent, party, campaign, call ID…</source>
        <translation>Filter: Agent, Gegenseite, Kampagne, Anruf-ID…</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Aktive Anrufe</translation>
    </message>
    <message>
        <source>Use this call</source>
        <translation>Diesen Anruf verwenden</translation>
    </message>
    <message>
        <source>Fill Campaign ID and Call ID from the selected row (also Enter or a double-click); the call-data rows stay.</source>
        <translation>Kampagnen-ID und Anruf-ID aus der ausgewählten Zeile übernehmen (auch mit Eingabe oder Doppelklick); die Zeilen der Anrufdaten bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>Server login</source>
        <translation>Serveranmeldung</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The CIC server running ICWS, e.g. cic1 or https://cic1:8019</source>
        <translation>Der CIC-Server, auf dem ICWS läuft, z. B. cic1 oder https://cic1:8019</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
</context>
</TS>
