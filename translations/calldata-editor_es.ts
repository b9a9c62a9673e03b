<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CallData</name>
    <message>
        <source>Correct the call data of an active Interaction Dialer call over ICWS. The options prefill the window; the password is never taken from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICWS server address, e.g. cic1 or https://cic1:8019.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign ID of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ID of the active call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call-data row to prefill; repeat for several rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en-US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, but got &quot;%1&quot;. Write it as --set Name=Value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text, so characters would be lost. Use a UTF-8 locale (for example LANG=C.UTF-8) and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is not valid UTF-8 text, so characters would be lost. Use a UTF-8 locale (for example LANG=C.UTF-8) and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::AttributeFile</name>
    <message>
        <source>Could not open %1: %2. Check the path and that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; call data files are much smaller. Choose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text. Save it as UTF-8 (&quot;CSV UTF-8&quot;) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown type. Use a .json, .csv or .tsv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2). Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not an object. Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: the value of &quot;%2&quot; is not a string. Put the value in quotes, for example &quot;%2&quot;: &quot;42&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 and %2 both have the key &quot;%3&quot;; JSON would keep only one of them. Remove the entry that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON could not be read in order. Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: there is text after the closing quote of a field. Put the whole field in quotes and double each quote inside it, for example &quot;12&quot;&quot; pipe&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one. Put the whole field in quotes and double each quote inside it, for example &quot;12&quot;&quot; pipe&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed. Add the closing quote (&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has %2 columns; expected two (key and value). Quote values that contain the separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has only one column; expected two (key and value). Add the separator and the value; for an empty value end the line with the separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard text is not valid UTF-8, so some characters would be lost. Copy it again, or save it as a UTF-8 file and import that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::AuditLog</name>
    <message>
        <source>another program has held the lock %1 for over %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The masking key %1 is damaged; restore it from a backup, or move it away to start a new one (older masked values then no longer compare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The masking key %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log %1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its head file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is cut short (it has no line end): the file was truncated or a write was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not an audit record: it was edited or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds record number %2: records before it were removed, reordered or duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1 does not start the chain: it was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 does not follow line %2 (the hash of line %2 differs from the one line %1 recorded): line %2 was edited, or lines were removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head file %1 is missing, so removal of the newest records cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends after record %1 but its head file names record %2: the newest records were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 differs from the record the head file names: it was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::CallDataModel</name>
    <message>
        <source>The value contains a control character (such as a tab or line break); it is sent as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit key in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit value in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Insert %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call data yet. Add a row, paste rows from a spreadsheet or import a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row must be fixed before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows must be fixed before sending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 attribute ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attributes ready to send.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warnings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than the %1 contact-list columns Dialer recommends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::CallDataView</name>
    <message>
        <source>Call data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::CertificateDialog</name>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 presented the certificate you trusted, but it has a problem that trusting it does not waive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusting a certificate waives who issued it and which host it names, never its validity period. Ask the administrator to renew the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate CHANGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED since you trusted it. Someone may be intercepting the connection. Do not continue unless the server&apos;s administrator confirms that the certificate was replaced and gives you this exact fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server now presents this certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusting it replaces the certificate you trusted before for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust. This is common for CIC servers with a self-made certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gives you. If they match, trust the certificate: Call Data Editor will accept exactly this certificate for %1 from now on, and will warn you if it ever changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::ChosenCall</name>
    <message>
        <source>The call has left the agent&apos;s queue; the server will probably refuse a correction now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call had already ended when it was first seen; the server may refuse a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended at %1 — the usual %2 s to correct it are over; the server will probably refuse a correction now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended at %1 — about %2 s left to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know an interaction %1 now; it may have ended, or the call ID may be another attribute (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::ConnectionBar</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended on %1 — log in again to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::CorrectionPanel</name>
    <message>
        <source>Campaign ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign of the active call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ID of the active call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the call data to the server (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the running request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Ctrl+N or Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows, or all rows, as tab-separated text (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import call data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .json, .csv or .tsv file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all rows (undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted 1 row. Ctrl+Z undoes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n rows. Ctrl+Z undoes this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied 1 row as tab-separated text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows as tab-separated text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import call data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call data (*.json *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 row from %1. Ctrl+Z undoes the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from %1. Ctrl+Z undoes the import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallData::CredentialStore</name>
    <message>
        <source>No password is stored in the system keychain for this user and server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the password is not remembered; type it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused the request, so the password is not remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::DraftStore</name>
    <message>
        <source>The saved draft %1 cannot be read; it was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsent correction cannot be saved to %1 (%2), so it would not survive a crash. Free some disk space or check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::KeychainCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsModel</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected (remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended before the watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsWatch</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one agent (CIC user ID) or workgroup to watch, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::LoginPanel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cic1 or https://cic1:8019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, e.g. cic1 or https://cic1:8019.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your IC user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server login — plain http://: the password and the call data cross the network unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// unless this network is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password (no keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Call Data Editor has no system keychain support, so the password is typed each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain (never in the settings file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::MainWindow</name>
    <message>
        <source>Call Data Editor[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep-alive interval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Call Data Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Call Data Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Call Data Editor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Corrects the call data of active Interaction Dialer calls over the ICWS REST API.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Call Data Editor starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While logged in, ask the server for messages every (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call data has edits that were not sent. Close anyway and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::MemoryCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::SessionController</name>
    <message>
        <source>Connected to %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 — %2 — server %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is still running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already logged in; log out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to the keep-alive since %1: %2 Retrying every %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallData::SessionFlow</name>
    <message>
        <source>Logged out. Your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the call data to the server (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended; log in again to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked rows to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in again. Send the correction again: 1 attribute for call %1 in campaign %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logged in again. Send the correction again: %n attributes for call %1 in campaign %2?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Logged in again. The correction was not re-sent; press Send when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to %1 canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the server (%1) at %2 — 1 attribute for call %3 in campaign %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted by the server (%1) at %2 — %n attributes for call %3 in campaign %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Log in again and re-send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 ended the session: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are kept. Log in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is trusted now. Send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDataCli</name>
    <message>
        <source>Try &apos;calldata-cli --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not accepted: a password on the command line is visible to other users. Pass it on the first line of standard input with --password-stdin, or set the ICWS_PASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use update, features or calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument %1 after the options of %2. Values need an option in front, e.g. --set KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Use update, features or calls (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an option of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE; &quot;%1&quot; has no &apos;=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE; the key before the first &apos;=&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file: %1 must end in .json, .csv or .tsv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file: %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file: %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file: %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-sha256: expected a SHA-256 fingerprint of 64 hex digits, with or without colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: expected a positive number of seconds (at most %1), e.g. 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language: expected a language tag such as en-US or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls needs at least one --agent USER_ID or --workgroup NAME to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  calldata-cli update --server ADDRESS --user USER --campaign ID --call ID
                      [--set KEY=VALUE]... [--file FILE] [--password-stdin]
                      [--ca-file PEM] [--pin-sha256 HEX] [--timeout SECONDS]
                      [--language TAG] [--dry-run] [--json]
  calldata-cli features --server ADDRESS [--ca-file PEM] [--pin-sha256 HEX] [--json]
  calldata-cli calls --server ADDRESS --user USER (--agent USER_ID | --workgroup NAME)...
                     [--attribute NAME]... [--all] [--call-id-from ATTRIBUTE]
                     [--password-stdin] [--ca-file PEM] [--pin-sha256 HEX]
                     [--timeout SECONDS] [--language TAG] [--json]
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
  --timeout SECONDS  bound for every request (default 15)
  --language TAG     Accept-Language, e.g. en-US (default: the system locale)
  --dry-run          validate and print the requests; send nothing
  --json             print exactly one JSON object on standard output
  --agent USER_ID    calls: watch this agent&apos;s user queue; repeatable
  --workgroup NAME   calls: watch this workgroup&apos;s queue; repeatable
  --attribute NAME   calls: also watch and print this attribute; repeatable
  --all              calls: list every interaction, not only Dialer calls
  --call-id-from ATTRIBUTE
                     calls: take the call ID from this attribute (e.g.
                     is_attr_callid) instead of the interaction ID

Without --password-stdin the password comes from ICWS_PASSWORD, else from a
prompt when standard input is a terminal. No option takes the password.

Exit codes: 0 accepted (202), 2 usage or validation error (nothing sent),
3 login refused, 4 update refused (400), 5 session rejected (401),
6 feature unavailable (dialer &lt; 3, or 410), 7 server error (5xx, or no
switchover host accepted), 8 network, TLS or timeout error. For calls: 4 the
watch was refused (a 4xx other than 401), 6 no queues feature, 8 no picture
of the queues within --timeout.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No picture of the queues arrived within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>warning: logging out failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the server did not confirm the logout in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the server refused to watch the queues (HTTP %1%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the agent IDs and workgroup names, and ask the CIC administrator whether your user may watch those queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions on the watched queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Dialer calls on the watched queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended (the watch cannot tell when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing is sent. A real run sends these requests (secrets redacted, {sessionId} comes from the login):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1 for call %2 in campaign %3 to %4; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update-call-data: available (dialer %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update-call-data: not available; it needs dialer feature version %1 or later, the server offers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dialer feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: standard input ended before the password line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is too long for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is empty; it must hold the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is plain http://, so the password and the call data cross the network unencrypted. Use https:// unless this network is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given. Put it on the first line of standard input and pass --password-stdin, or set the ICWS_PASSWORD environment variable. Passwords are never taken as arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the server&apos;s features failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update-call-data failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watching the queues failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: if your administrator confirms this fingerprint, run again with --pin-sha256 %1, or pass your company&apos;s CA certificate with --ca-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the server (%1): %2 for call %3 in campaign %4 via %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate changed warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have confirmed this new fingerprint with the server&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionPanel</name>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ampaign ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ll ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call data can only be updated while the call is active (usually until about two minutes after it ends).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call data summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Icws::Client</name>
    <message>
        <source>The CA file %1 could not be read or holds no PEM certificate. Choose a PEM file with your company&apos;s CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Icws::Protocol</name>
    <message>
        <source>Server is empty. Enter the CIC server&apos;s host name, for example cic1.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: the address contains a user name or password; type only the host (and, if needed, the port) there, and the user name and password in their own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is not a valid address. Use a host name, host:port or https://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; uses the scheme &quot;%2&quot;. Use https:// (or http:// only if the server has no HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has port 0, which no server listens on. Leave the port out (ICWS uses 8019 for HTTPS, 8018 for HTTP) or type the port the administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has a path. Enter only the host and, if needed, the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not report the Interaction Dialer feature; updating call data needs dialer feature version %1 or later. Ask the CIC administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports Interaction Dialer feature version %1; updating call data needs version %2 or later. Ask the CIC administrator about an upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a session ID that is not a plain word of visible ASCII characters (or is &quot;.&quot; or &quot;..&quot;); it cannot be used safely in a request address, so nothing further was sent. Check that the address points to a genuine CIC server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a CSRF token with characters other than visible ASCII (such as line breaks); it cannot be used safely in a request header, so nothing further was sent. Check that the address points to a genuine CIC server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s login answer has no session ID or no CSRF token. Check that the address points to the CIC server&apos;s ICWS port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Icws::QueueWatch</name>
    <message>
        <source>The server does not report the queues feature, so live calls cannot be watched. Type the campaign ID and call ID by hand, or ask the CIC administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not report the interactions feature, so what the call holds now cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Icws::Result</name>
    <message>
        <source>Accepted by the server (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 400 Bad Request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this session (HTTP 401 Unauthorized).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this function (HTTP 410 Gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while handling the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server accepted the connection (HTTP 503); tried %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not accepting connections (HTTP 503 Service Unavailable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1, not 200 OK or 202 Accepted: it did not say that it accepted the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent only an interim answer (HTTP %1); its final answer was not received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) without saying where to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) to %2; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as too large (HTTP 413 Content Too Large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the certificate you trusted has a problem trusting it does not waive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 presented a different certificate than the one you trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error occurred while talking to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not support updating call data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction is not complete, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password, then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password, then log in again. If they are right, the password may have expired or the account may lack the rights or licence for ICWS: ask the CIC administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the campaign ID, call ID and keys. Call data can only be updated while the call is active; once it has ended, correct the contact list instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again; your edits are kept and can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the CIC administrator whether Interaction Dialer&apos;s update-call-data is available on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps failing, give the CIC administrator the time and these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may be switching over. Wait a minute, then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address points to the CIC server&apos;s ICWS port (usually 8019 for HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the correction was taken is unknown. Check the call&apos;s data before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address; if the CIC server has moved, type the new address yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send fewer or shorter values at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address and port (ICWS uses 8019 for HTTPS, 8018 for HTTP) and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the server name and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection, then try again. Nothing confirms whether the server received the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusting a certificate waives who issued it and which host it names, never its validity period. Ask the administrator to renew the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not continue unless your administrator confirms the certificate was replaced. Compare its SHA-256 fingerprint with the one they give you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your administrator confirms the certificate&apos;s SHA-256 fingerprint, trust this certificate, or add your company&apos;s CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to the call. Log in again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again when you are ready. The server may still have received a canceled update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate for %1: subject %2, issued by %3, valid %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Icws::Validation</name>
    <message>
        <source>The key contains a control character (such as a tab or line break). Retype the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is empty. Type a column name or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains a broken character (not valid Unicode text). Retype the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; repeats row %2. Merge the two rows or rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; repeats row %2 (&quot;%3&quot;): keys are compared ignoring case, invisible characters and how accented letters are encoded. Merge the two rows or rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; contains invisible characters (zero-width or text-direction marks), often left by copying. They are sent as typed but ignored when keys are compared; retype the key if they are not meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a column Dialer manages itself; changing it can disturb the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign ID is empty. Enter the ID of the campaign that placed the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign ID contains a tab, line break or other invisible or control character, often left by copying. Retype the campaign ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ID is empty. Enter the ID of the active Dialer call to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ID contains a tab, line break or other invisible or control character, often left by copying. Retype the call ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call data to send. Add at least one key and value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the value contains a broken character (not valid Unicode text). Retype the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attributes is more than the %2 contact-list columns Dialer recommends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>Server login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CIC server running ICWS, e.g. cic1 or https://cic1:8019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
