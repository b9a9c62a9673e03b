<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CallData</name>
    <message>
        <source>Correct the call data of an active Interaction Dialer call over ICWS. The options prefill the window; the password is never taken from the command line.</source>
        <translation>Corrige los datos de llamada de una llamada activa de Interaction Dialer a través de ICWS. Las opciones rellenan previamente la ventana; la contraseña nunca se toma de la línea de comandos.</translation>
    </message>
    <message>
        <source>ICWS server address, e.g. cic1 or https://cic1:8019.</source>
        <translation>Dirección del servidor ICWS, p. ej., cic1 o https://cic1:8019.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>IC user name.</source>
        <translation>Nombre de usuario de IC.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>Campaign ID of the call.</source>
        <translation>ID de campaña de la llamada.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Call ID of the active call.</source>
        <translation>ID de llamada de la llamada activa.</translation>
    </message>
    <message>
        <source>A call-data row to prefill; repeat for several rows.</source>
        <translation>Una fila de datos de llamada para rellenar previamente; repita la opción para varias filas.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>CLAVE=VALOR</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en-US.</source>
        <translation>Idioma de la interfaz, p. ej., es o en-US.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, but got &quot;%1&quot;. Write it as --set Name=Value.</source>
        <translation>--set espera CLAVE=VALOR, pero recibió «%1». Escríbalo como --set Nombre=Valor.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help for the options.</source>
        <translation>Argumento inesperado «%1». Consulte --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text, so characters would be lost. Use a UTF-8 locale (for example LANG=C.UTF-8) and type it again.</source>
        <translation>El argumento %1 no es texto UTF-8 válido, por lo que se perderían caracteres. Use una configuración regional UTF-8 (por ejemplo, LANG=C.UTF-8) y vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid UTF-8 text, so characters would be lost. Use a UTF-8 locale (for example LANG=C.UTF-8) and type it again.</source>
        <translation>El valor de %1 no es texto UTF-8 válido, por lo que se perderían caracteres. Use una configuración regional UTF-8 (por ejemplo, LANG=C.UTF-8) y vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>Log network, session and window events to standard error (never passwords or tokens).</source>
        <translation>Registrar los eventos de red, de sesión y de ventana en la salida de error estándar (nunca contraseñas ni tokens).</translation>
    </message>
    <message>
        <source>Watch these agents&apos; queues (CIC user IDs, comma-separated) after the login.</source>
        <translation>Supervisar las colas de estos agentes (ID de usuario de CIC, separados por comas) después de iniciar sesión.</translation>
    </message>
    <message>
        <source>USER_IDS</source>
        <translation>ID_USUARIOS</translation>
    </message>
    <message>
        <source>Watch these workgroups&apos; queues (comma-separated) after the login.</source>
        <translation>Supervisar las colas de estos grupos de trabajo (separados por comas) después de iniciar sesión.</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NOMBRES</translation>
    </message>
</context>
<context>
    <name>CallData::AppSettings</name>
    <message>
        <source>Settings could not be saved to %1. Recent servers, trusted certificates and the window layout will not be remembered; check that the disk has room and the folder may be written.</source>
        <translation>No se pudo guardar la configuración en %1. No se recordarán los servidores recientes, los certificados de confianza ni la disposición de la ventana; compruebe que hay espacio en el disco y que se puede escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>CallData::AttributeFile</name>
    <message>
        <source>Could not open %1: %2. Check the path and that you may read the file.</source>
        <translation>No se pudo abrir %1: %2. Compruebe la ruta y que tiene permiso para leer el archivo.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; call data files are much smaller. Choose the right file.</source>
        <translation>%1 ocupa más de 16 MiB; los archivos de datos de llamada son mucho más pequeños. Elija el archivo correcto.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text. Save it as UTF-8 (&quot;CSV UTF-8&quot;) and try again.</source>
        <translation>%1 no es texto UTF-8 válido. Guárdelo como UTF-8 («CSV UTF-8») e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 has an unknown type. Use a .json, .csv or .tsv file.</source>
        <translation>%1 tiene un tipo desconocido. Use un archivo .json, .csv o .tsv.</translation>
    </message>
    <message>
        <source>not valid UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation>no es texto UTF-8 válido. Guarde el archivo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2). Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>no es JSON válido (%1 en el byte %2). Se espera un objeto como {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>the JSON is not an object. Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>el JSON no es un objeto. Se espera un objeto como {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>entry %1: the value of &quot;%2&quot; is not a string. Put the value in quotes, for example &quot;%2&quot;: &quot;42&quot;.</source>
        <translation>entrada %1: el valor de «%2» no es una cadena. Ponga el valor entre comillas, por ejemplo, &quot;%2&quot;: &quot;42&quot;.</translation>
    </message>
    <message>
        <source>entries %1 and %2 both have the key &quot;%3&quot;; JSON would keep only one of them. Remove the entry that is wrong.</source>
        <translation>las entradas %1 y %2 tienen la misma clave «%3»; JSON solo conservaría una de ellas. Quite la entrada incorrecta.</translation>
    </message>
    <message>
        <source>the JSON could not be read in order. Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>no se pudo leer el JSON en orden. Se espera un objeto como {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>line %1: there is text after the closing quote of a field. Put the whole field in quotes and double each quote inside it, for example &quot;12&quot;&quot; pipe&quot;.</source>
        <translation>línea %1: hay texto después de la comilla de cierre de un campo. Ponga todo el campo entre comillas y duplique cada comilla que contenga, por ejemplo, &quot;12&quot;&quot; tubo&quot;.</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one. Put the whole field in quotes and double each quote inside it, for example &quot;12&quot;&quot; pipe&quot;.</source>
        <translation>línea %1: hay una comilla dentro de un campo que no empieza con comillas. Ponga todo el campo entre comillas y duplique cada comilla que contenga, por ejemplo, &quot;12&quot;&quot; tubo&quot;.</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed. Add the closing quote (&quot;).</source>
        <translation>línea %1: un campo entre comillas no está cerrado. Añada la comilla de cierre (&quot;).</translation>
    </message>
    <message>
        <source>line %1 has %2 columns; expected two (key and value). Quote values that contain the separator.</source>
        <translation>la línea %1 tiene %2 columnas; se esperan dos (clave y valor). Ponga entre comillas los valores que contengan el separador.</translation>
    </message>
    <message>
        <source>line %1 has only one column; expected two (key and value). Add the separator and the value; for an empty value end the line with the separator.</source>
        <translation>la línea %1 solo tiene una columna; se esperan dos (clave y valor). Añada el separador y el valor; para un valor vacío, termine la línea con el separador.</translation>
    </message>
    <message>
        <source>the clipboard text is not valid UTF-8, so some characters would be lost. Copy it again, or save it as a UTF-8 file and import that.</source>
        <translation>el texto del portapapeles no es UTF-8 válido, por lo que se perderían algunos caracteres. Cópielo de nuevo, o guárdelo como archivo UTF-8 e impórtelo.</translation>
    </message>
    <message>
        <source>line %1 of the clipboard text holds U+FFFD (�), the mark of a character lost because the copied text was not valid UTF-8. Copy it again from a program that writes UTF-8, or save it as a UTF-8 file and import that.</source>
        <translation>la línea %1 del texto del portapapeles contiene U+FFFD (�), la marca de un carácter perdido porque el texto copiado no era UTF-8 válido. Cópielo de nuevo desde un programa que escriba UTF-8, o guárdelo como archivo UTF-8 e impórtelo.</translation>
    </message>
</context>
<context>
    <name>CallData::AuditLog</name>
    <message>
        <source>another program has held the lock %1 for over %2 seconds</source>
        <translation>otro programa mantiene el bloqueo %1 desde hace más de %2 segundos</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation>no se puede crear el archivo de bloqueo %1</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be read: %2.</source>
        <translation>No se puede leer el registro de auditoría %1: %2.</translation>
    </message>
    <message>
        <source>The masking key %1 is damaged; restore it from a backup, or move it away to start a new one (older masked values then no longer compare).</source>
        <translation>La clave de enmascaramiento %1 está dañada; restáurela desde una copia de seguridad o muévala a otro lugar para empezar una nueva (los valores enmascarados anteriores ya no podrán compararse).</translation>
    </message>
    <message>
        <source>The masking key %1 cannot be written: %2.</source>
        <translation>No se puede escribir la clave de enmascaramiento %1: %2.</translation>
    </message>
    <message>
        <source>The audit log %1 could not be written: %2.</source>
        <translation>No se pudo escribir el registro de auditoría %1: %2.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>no se puede crear su carpeta</translation>
    </message>
    <message>
        <source>its head file: %1</source>
        <translation>su archivo de cabecera: %1</translation>
    </message>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation>El registro de auditoría %1 no existe.</translation>
    </message>
    <message>
        <source>Line %1 is cut short (it has no line end): the file was truncated or a write was interrupted.</source>
        <translation>La línea %1 está cortada (no tiene final de línea): el archivo se truncó o se interrumpió una escritura.</translation>
    </message>
    <message>
        <source>Line %1 is not an audit record: it was edited or damaged.</source>
        <translation>La línea %1 no es un registro de auditoría: se editó o se dañó.</translation>
    </message>
    <message>
        <source>Line %1 holds record number %2: records before it were removed, reordered or duplicated.</source>
        <translation>La línea %1 contiene el registro número %2: se quitaron, reordenaron o duplicaron registros anteriores.</translation>
    </message>
    <message>
        <source>Line 1 does not start the chain: it was edited.</source>
        <translation>La línea 1 no inicia la cadena: se editó.</translation>
    </message>
    <message>
        <source>Line %1 does not follow line %2 (the hash of line %2 differs from the one line %1 recorded): line %2 was edited, or lines were removed or reordered.</source>
        <translation>La línea %1 no sigue a la línea %2 (el hash de la línea %2 no coincide con el que registró la línea %1): la línea %2 se editó, o se quitaron o reordenaron líneas.</translation>
    </message>
    <message>
        <source>The head file %1 is missing, so removal of the newest records cannot be checked.</source>
        <translation>Falta el archivo de cabecera %1, así que no se puede comprobar si se quitaron los registros más recientes.</translation>
    </message>
    <message>
        <source>The head file %1 is damaged.</source>
        <translation>El archivo de cabecera %1 está dañado.</translation>
    </message>
    <message>
        <source>The log ends after record %1 but its head file names record %2: the newest records were removed.</source>
        <translation>El registro termina después de la entrada %1, pero su archivo de cabecera indica la entrada %2: se quitaron las entradas más recientes.</translation>
    </message>
    <message>
        <source>Line %1 differs from the record the head file names: it was edited.</source>
        <translation>La línea %1 no coincide con la entrada que indica el archivo de cabecera: se editó.</translation>
    </message>
    <message>
        <source>The CSV could not be written: %1.</source>
        <translation>No se pudo escribir el CSV: %1.</translation>
    </message>
</context>
<context>
    <name>CallData::CallDataModel</name>
    <message>
        <source>The value contains a control character (such as a tab or line break); it is sent as is.</source>
        <translation>El valor contiene un carácter de control (como un tabulador o un salto de línea); se envía tal cual.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
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
        <translation>Editar la clave de la fila %1</translation>
    </message>
    <message>
        <source>Edit value in row %1</source>
        <translation>Editar el valor de la fila %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Agregar fila</translation>
    </message>
    <message numerus="yes">
        <source>Add %n rows</source>
        <translation>
            <numerusform>Agregar %n fila</numerusform>
            <numerusform>Agregar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>Insertar fila</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n rows</source>
        <translation>
            <numerusform>Insertar %n fila</numerusform>
            <numerusform>Insertar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rows</source>
        <translation>
            <numerusform>Quitar %n fila</numerusform>
            <numerusform>Quitar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace all rows</source>
        <translation>Reemplazar todas las filas</translation>
    </message>
    <message>
        <source>Clear all rows</source>
        <translation>Borrar todas las filas</translation>
    </message>
    <message>
        <source>No call data yet. Add a row, paste rows from a spreadsheet or import a file.</source>
        <translation>Aún no hay datos de llamada. Agregue una fila, pegue filas desde una hoja de cálculo o importe un archivo.</translation>
    </message>
    <message>
        <source>1 row must be fixed before sending.</source>
        <translation>Hay que corregir 1 fila antes de enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows must be fixed before sending.</source>
        <translation>
            <numerusform>Hay que corregir %n fila antes de enviar.</numerusform>
            <numerusform>Hay que corregir %n filas antes de enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>1 attribute ready to send.</source>
        <translation>1 atributo listo para enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%n attributes ready to send.</source>
        <translation>
            <numerusform>%n atributo listo para enviar.</numerusform>
            <numerusform>%n atributos listos para enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning.</source>
        <translation>1 advertencia.</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings.</source>
        <translation>
            <numerusform>%n advertencia.</numerusform>
            <numerusform>%n advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than the %1 contact-list columns Dialer recommends.</source>
        <translation>Son más que las %1 columnas de lista de contactos que recomienda Dialer.</translation>
    </message>
    <message>
        <source>What the call holds now for %1, as the server shows it.</source>
        <translation>Lo que contiene ahora la llamada para %1, tal como lo muestra el servidor.</translation>
    </message>
    <message>
        <source>Not known: the call is not on a watched queue and could not be read.</source>
        <translation>Desconocido: la llamada no está en ninguna cola supervisada y no se pudo leer.</translation>
    </message>
    <message>
        <source>On the call now</source>
        <translation>Ahora en la llamada</translation>
    </message>
</context>
<context>
    <name>CallData::CallDataView</name>
    <message>
        <source>Call data</source>
        <translation>Datos de llamada</translation>
    </message>
</context>
<context>
    <name>CallData::CertificateDialog</name>
    <message>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation>(ninguno notificado)</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Confiar en este certificado para %1</translation>
    </message>
    <message>
        <source>Trusted certificate not valid</source>
        <translation>Certificado de confianza no válido</translation>
    </message>
    <message>
        <source>The server %1 presented the certificate you trusted, but it has a problem that trusting it does not waive:</source>
        <translation>El servidor %1 presentó el certificado en el que usted confía, pero tiene un problema que confiar en él no resuelve:</translation>
    </message>
    <message>
        <source>Trusting a certificate waives who issued it and which host it names, never its validity period. Ask the administrator to renew the server&apos;s certificate.</source>
        <translation>Confiar en un certificado pasa por alto quién lo emitió y qué host nombra, pero nunca su período de validez. Pida al administrador que renueve el certificado del servidor.</translation>
    </message>
    <message>
        <source>Server certificate CHANGED</source>
        <translation>El certificado del servidor ha CAMBIADO</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED since you trusted it. Someone may be intercepting the connection. Do not continue unless the server&apos;s administrator confirms that the certificate was replaced and gives you this exact fingerprint.</source>
        <translation>ADVERTENCIA: el certificado de %1 ha CAMBIADO desde que confió en él. Es posible que alguien esté interceptando la conexión. No continúe a menos que el administrador del servidor confirme que se reemplazó el certificado y le dé exactamente esta huella digital.</translation>
    </message>
    <message>
        <source>The server now presents this certificate:</source>
        <translation>El servidor presenta ahora este certificado:</translation>
    </message>
    <message>
        <source>Trusting it replaces the certificate you trusted before for %1.</source>
        <translation>Si confía en él, sustituirá al certificado en el que confiaba antes para %1.</translation>
    </message>
    <message>
        <source>Untrusted server certificate</source>
        <translation>Certificado de servidor no fiable</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust. This is common for CIC servers with a self-made certificate.</source>
        <translation>El servidor %1 presentó un certificado en el que este equipo no confía. Es habitual en servidores CIC con un certificado autofirmado.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gives you. If they match, trust the certificate: Call Data Editor will accept exactly this certificate for %1 from now on, and will warn you if it ever changes.</source>
        <translation>Compare la huella digital con la que le indique su administrador. Si coinciden, confíe en el certificado: a partir de ahora, Call Data Editor aceptará exactamente este certificado para %1 y le avisará si alguna vez cambia.</translation>
    </message>
</context>
<context>
    <name>CallData::ChosenCall</name>
    <message>
        <source>The call has left the agent&apos;s queue; the server will probably refuse a correction now.</source>
        <translation>La llamada salió de la cola del agente; es probable que el servidor rechace ahora una corrección.</translation>
    </message>
    <message>
        <source>The call had already ended when it was first seen; the server may refuse a correction.</source>
        <translation>La llamada ya había terminado cuando se vio por primera vez; puede que el servidor rechace una corrección.</translation>
    </message>
    <message>
        <source>The call ended at %1 — the usual %2 s to correct it are over; the server will probably refuse a correction now.</source>
        <translation>La llamada terminó a las %1 — ya pasaron los %2 s habituales para corregirla; es probable que el servidor rechace ahora una corrección.</translation>
    </message>
    <message>
        <source>The call ended at %1 — about %2 s left to correct it.</source>
        <translation>La llamada terminó a las %1 — quedan unos %2 s para corregirla.</translation>
    </message>
</context>
<context>
    <name>CallData::ConnectionBar</name>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Session ended on %1 — log in again to send</source>
        <translation>Sesión finalizada en %1 — inicie sesión de nuevo para enviar</translation>
    </message>
</context>
<context>
    <name>CallData::CorrectionPanel</name>
    <message>
        <source>Campaign ID</source>
        <translation>ID de campaña</translation>
    </message>
    <message>
        <source>Campaign of the active call</source>
        <translation>Campaña de la llamada activa</translation>
    </message>
    <message>
        <source>Call ID of the active call</source>
        <translation>ID de llamada de la llamada activa</translation>
    </message>
    <message>
        <source>Send the call data to the server (Ctrl+Enter)</source>
        <translation>Enviar los datos de llamada al servidor (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Abort the running request (Esc)</source>
        <translation>Interrumpir la solicitud en curso (Esc)</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Agregar fila</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Agregar fila</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+N or Insert)</source>
        <translation>Agregar una fila (Ctrl+N o Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>&amp;Eliminar filas</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Eliminar las filas seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>&amp;Pegar filas</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet (Ctrl+V)</source>
        <translation>Pegar filas copiadas de una hoja de cálculo (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows, or all rows, as tab-separated text (Ctrl+C)</source>
        <translation>Copiar las filas seleccionadas, o todas, como texto separado por tabulaciones (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Import call data…</source>
        <translation>&amp;Importar datos de llamada…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a .json, .csv or .tsv file (Ctrl+O)</source>
        <translation>Importar un archivo .json, .csv o .tsv (Ctrl+O)</translation>
    </message>
    <message>
        <source>C&amp;lear all rows</source>
        <translation>&amp;Borrar todas las filas</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove all rows (undo brings them back)</source>
        <translation>Quitar todas las filas (Deshacer las recupera)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Pegar filas</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as rows.</source>
        <translation>El portapapeles no contiene texto que pegar como filas.</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>No se pegó nada: %1</translation>
    </message>
    <message>
        <source>Paste row</source>
        <translation>Pegar fila</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation>
            <numerusform>Pegar %n fila</numerusform>
            <numerusform>Pegar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted 1 row. Ctrl+Z undoes this.</source>
        <translation>Se pegó 1 fila. Ctrl+Z lo deshace.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n rows. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>Se pegó %n fila. Ctrl+Z lo deshace.</numerusform>
            <numerusform>Se pegaron %n filas. Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied 1 row as tab-separated text.</source>
        <translation>Se copió 1 fila como texto separado por tabulaciones.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows as tab-separated text.</source>
        <translation>
            <numerusform>Se copió %n fila como texto separado por tabulaciones.</numerusform>
            <numerusform>Se copiaron %n filas como texto separado por tabulaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import call data</source>
        <translation>Importar datos de llamada</translation>
    </message>
    <message>
        <source>Call data (*.json *.csv *.tsv);;All files (*)</source>
        <translation>Datos de llamada (*.json *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Imported 1 row from %1. Ctrl+Z undoes the import.</source>
        <translation>Se importó 1 fila de %1. Ctrl+Z deshace la importación.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from %1. Ctrl+Z undoes the import.</source>
        <translation>
            <numerusform>Se importó %n fila de %1. Ctrl+Z deshace la importación.</numerusform>
            <numerusform>Se importaron %n filas de %1. Ctrl+Z deshace la importación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallData::CredentialStore</name>
    <message>
        <source>No password is stored in the system keychain for this user and server.</source>
        <translation>No hay ninguna contraseña guardada en el llavero del sistema para este usuario y servidor.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password is not remembered; type it each time.</source>
        <translation>No hay ningún llavero del sistema disponible, así que la contraseña no se recuerda; escríbala cada vez.</translation>
    </message>
    <message>
        <source>The system keychain refused the request, so the password is not remembered.</source>
        <translation>El llavero del sistema rechazó la solicitud, así que la contraseña no se recuerda.</translation>
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
            <numerusform>Abierto con la corrección de la línea de comandos. El borrador sin enviar guardado el %1 (campaña %2, llamada %3, %n fila) no se restauró; esta corrección ocupa su lugar.</numerusform>
            <numerusform>Abierto con la corrección de la línea de comandos. El borrador sin enviar guardado el %1 (campaña %2, llamada %3, %n filas) no se restauró; esta corrección ocupa su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsent draft</source>
        <translation>Restaurar el borrador sin enviar</translation>
    </message>
    <message numerus="yes">
        <source>Restored your unsent correction saved at %1 (campaign %2, call %3, %n row(s)): the program ended last time before it was sent.</source>
        <translation>
            <numerusform>Se restauró su corrección sin enviar guardada el %1 (campaña %2, llamada %3, %n fila): la última vez, el programa terminó antes de enviarla.</numerusform>
            <numerusform>Se restauró su corrección sin enviar guardada el %1 (campaña %2, llamada %3, %n filas): la última vez, el programa terminó antes de enviarla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallData::DraftStore</name>
    <message>
        <source>The saved draft %1 cannot be read; it was left in place.</source>
        <translation>No se puede leer el borrador guardado %1; se ha dejado donde estaba.</translation>
    </message>
    <message>
        <source>Your unsent correction cannot be saved to %1 (%2), so it would not survive a crash. Free some disk space or check the folder&apos;s permissions.</source>
        <translation>Su corrección no enviada no se puede guardar en %1 (%2), así que no sobreviviría a un bloqueo del programa. Libere espacio en disco o revise los permisos de la carpeta.</translation>
    </message>
</context>
<context>
    <name>CallData::HistoryPanel</name>
    <message>
        <source>Accepted (%1)</source>
        <translation>Aceptada (%1)</translation>
    </message>
    <message>
        <source>Canceled; the server may have received it</source>
        <translation>Cancelada; puede que el servidor la haya recibido</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Rechazada (%1)</translation>
    </message>
    <message>
        <source>No answer (%1)</source>
        <translation>Sin respuesta (%1)</translation>
    </message>
    <message>
        <source>Login failed, not sent: %1</source>
        <translation>Error al iniciar sesión, no enviada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the audit log could not be read; calldata-cli audit verify says why.</source>
        <translation>
            <numerusform>No se pudo leer %n línea del registro de auditoría; calldata-cli audit verify indica por qué.</numerusform>
            <numerusform>No se pudieron leer %n líneas del registro de auditoría; calldata-cli audit verify indica por qué.</numerusform>
        </translation>
    </message>
    <message>
        <source>No corrections sent yet.</source>
        <translation>Aún no se ha enviado ninguna corrección.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s).</source>
        <translation>
            <numerusform>%n corrección.</numerusform>
            <numerusform>%n correcciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 corrections.</source>
        <translation>%1 de %2 correcciones.</translation>
    </message>
    <message>
        <source>Select a correction to see what was sent.</source>
        <translation>Seleccione una corrección para ver lo que se envió.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, from %4.</source>
        <translation>%1 por %2 en %3, desde %4.</translation>
    </message>
    <message>
        <source>Values were masked in the log; loading fills in the keys only.</source>
        <translation>Los valores se enmascararon en el registro; al cargar solo se rellenan las claves.</translation>
    </message>
</context>
<context>
    <name>CallData::KeychainCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>esta versión no admite el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>CallData::LanguageMenu</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsFlow</name>
    <message>
        <source>Call status</source>
        <translation>Estado de la llamada</translation>
    </message>
    <message>
        <source> — seen on the call: %1 of %2.</source>
        <translation> — visto en la llamada: %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source> — but after %n s the call shows %1 of %2 sent values. The server received the correction; whether Dialer applied it is not confirmed.</source>
        <translation>
            <numerusform> — pero tras %n s la llamada muestra %1 de %2 valores enviados. El servidor recibió la corrección; no está confirmado que Dialer la haya aplicado.</numerusform>
            <numerusform> — pero tras %n s la llamada muestra %1 de %2 valores enviados. El servidor recibió la corrección; no está confirmado que Dialer la haya aplicado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsModel</name>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Alerting</source>
        <translation>Alertando</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Ofrecida</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Estacionada</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Marcando</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Disconnected (internal)</source>
        <translation>Desconectada (interna)</translation>
    </message>
    <message>
        <source>Disconnected (remote)</source>
        <translation>Desconectada (remota)</translation>
    </message>
    <message>
        <source>ended before the watch</source>
        <translation>terminó antes de la supervisión</translation>
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
        <translation>Agente</translation>
    </message>
    <message>
        <source>Remote party</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since the end</source>
        <translation>Desde el fin</translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsPanel</name>
    <message>
        <source>The watch starts after the login.</source>
        <translation>La supervisión empieza después de iniciar sesión.</translation>
    </message>
    <message>
        <source>Name agents or workgroups and choose Watch.</source>
        <translation>Indique agentes o grupos de trabajo y elija Supervisar.</translation>
    </message>
    <message>
        <source>Starting the watch…</source>
        <translation>Iniciando la supervisión…</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %n call(s) shown</source>
        <translation>
            <numerusform>Supervisando: %n llamada mostrada</numerusform>
            <numerusform>Supervisando: %n llamadas mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n on the queues).</source>
        <translation>
            <numerusform> (%n en las colas).</numerusform>
            <numerusform> (%n en las colas).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the watch: %1</source>
        <translation>El servidor rechazó la supervisión: %1</translation>
    </message>
    <message>
        <source>Live calls &amp;columns…</source>
        <translation>&amp;Columnas de las llamadas en curso…</translation>
    </message>
    <message>
        <source>Live calls columns</source>
        <translation>Columnas de las llamadas en curso</translation>
    </message>
    <message>
        <source>More attributes to show as columns, separated by commas:</source>
        <translation>Más atributos que mostrar como columnas, separados por comas:</translation>
    </message>
    <message>
        <source>Call &amp;ID attribute…</source>
        <translation>Atributo del &amp;ID de llamada…</translation>
    </message>
    <message>
        <source>(the interaction ID)</source>
        <translation>(el ID de interacción)</translation>
    </message>
    <message>
        <source>Call ID attribute</source>
        <translation>Atributo del ID de llamada</translation>
    </message>
    <message>
        <source>Use this call fills Call ID from (which one update-call-data wants is not confirmed; follow your site&apos;s lab test):</source>
        <translation>«Usar esta llamada» toma el ID de llamada de (no está confirmado cuál espera update-call-data; siga la prueba de laboratorio de su sitio):</translation>
    </message>
    <message>
        <source>Correction &amp;window…</source>
        <translation>&amp;Plazo de corrección…</translation>
    </message>
    <message>
        <source>Correction window</source>
        <translation>Plazo de corrección</translation>
    </message>
    <message>
        <source>A call can be corrected this many seconds after it ends:</source>
        <translation>Segundos durante los que se puede corregir una llamada después de terminar:</translation>
    </message>
    <message>
        <source>Time to &amp;see a correction…</source>
        <translation>&amp;Tiempo para ver una corrección…</translation>
    </message>
    <message>
        <source>Time to see a correction</source>
        <translation>Tiempo para ver una corrección</translation>
    </message>
    <message>
        <source>After the server accepts a correction, wait this many seconds for the call to show it:</source>
        <translation>Después de que el servidor acepte una corrección, esperar estos segundos a que la llamada la muestre:</translation>
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
        <translation>Indique al menos un agente (ID de usuario de CIC) o un grupo de trabajo que supervisar, separados por comas.</translation>
    </message>
</context>
<context>
    <name>CallData::LoginPanel</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>e.g. cic1 or https://cic1:8019</source>
        <translation>p. ej., cic1 o https://cic1:8019</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. cic1 or https://cic1:8019.</source>
        <translation>Escriba la dirección del servidor, p. ej., cic1 o https://cic1:8019.</translation>
    </message>
    <message>
        <source>Enter your IC user name.</source>
        <translation>Escriba su nombre de usuario de IC.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Escriba la contraseña de %1.</translation>
    </message>
    <message>
        <source>Server login — plain http://: the password and the call data cross the network unencrypted</source>
        <translation>Inicio de sesión en el servidor — http:// sin cifrar: la contraseña y los datos de llamada viajan por la red sin cifrar</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>Inicio de sesión en el servidor</translation>
    </message>
    <message>
        <source>Use https:// unless this network is trusted.</source>
        <translation>Use https:// a menos que esta red sea de confianza.</translation>
    </message>
    <message>
        <source>Remember password (no keychain)</source>
        <translation>Recordar contraseña (sin llavero)</translation>
    </message>
    <message>
        <source>This build of Call Data Editor has no system keychain support, so the password is typed each time.</source>
        <translation>Esta versión de Call Data Editor no admite el llavero del sistema, así que la contraseña se escribe cada vez.</translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain (never in the settings file).</source>
        <translation>Guarda la contraseña en el llavero del sistema (nunca en el archivo de configuración).</translation>
    </message>
</context>
<context>
    <name>CallData::MainWindow</name>
    <message>
        <source>Call Data Editor[*]</source>
        <translation>Call Data Editor[*]</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Cancelar &amp;solicitud</translation>
    </message>
    <message>
        <source>&amp;Keep-alive interval…</source>
        <translation>&amp;Intervalo de mantenimiento de sesión…</translation>
    </message>
    <message>
        <source>&amp;About Call Data Editor</source>
        <translation>&amp;Acerca de Call Data Editor</translation>
    </message>
    <message>
        <source>About Call Data Editor</source>
        <translation>Acerca de Call Data Editor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Call Data Editor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Corrects the call data of active Interaction Dialer calls over the ICWS REST API.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Call Data Editor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Corrige los datos de llamada de llamadas activas de Interaction Dialer a través de la API REST de ICWS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Rows from the command line</source>
        <translation>Filas de la línea de comandos</translation>
    </message>
    <message>
        <source>The new language applies the next time Call Data Editor starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Call Data Editor.</translation>
    </message>
    <message>
        <source>Keep-alive interval</source>
        <translation>Intervalo de mantenimiento de sesión</translation>
    </message>
    <message>
        <source>While logged in, ask the server for messages every (seconds):</source>
        <translation>Mientras haya una sesión iniciada, consultar al servidor si hay mensajes cada (segundos):</translation>
    </message>
    <message>
        <source>Unsent edits</source>
        <translation>Cambios sin enviar</translation>
    </message>
    <message>
        <source>The call data has edits that were not sent. Close anyway and discard them?</source>
        <translation>Los datos de llamada tienen cambios que no se enviaron. ¿Cerrar de todos modos y descartarlos?</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Mask values in the audit log</source>
        <translation>&amp;Enmascarar los valores en el registro de auditoría</translation>
    </message>
    <message>
        <source>Copy audit records to the s&amp;ystem log</source>
        <translation>Copiar los registros de auditoría al &amp;registro del sistema</translation>
    </message>
    <message>
        <source>Load from history</source>
        <translation>Cargar desde el historial</translation>
    </message>
    <message>
        <source>Loaded the correction for call %1 in campaign %2 sent at %3. Edit → Undo brings the previous rows back.</source>
        <translation>Se cargó la corrección de la llamada %1 de la campaña %2 enviada el %3. Editar → Deshacer recupera las filas anteriores.</translation>
    </message>
    <message>
        <source>Its values were masked in the audit log: fill them in again.</source>
        <translation>Sus valores se enmascararon en el registro de auditoría: vuelva a escribirlos.</translation>
    </message>
    <message>
        <source>A correction is being sent</source>
        <translation>Se está enviando una corrección</translation>
    </message>
    <message>
        <source>Wait for the answer</source>
        <translation>Esperar la respuesta</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>A correction is being sent to the server. If you close now, the window stops waiting, but the server may still apply it, and you will not see whether it did. Wait for the answer, or close anyway?</source>
        <translation>Se está enviando una corrección al servidor. Si cierra ahora, la ventana dejará de esperar, pero puede que el servidor la aplique igualmente y usted no verá si lo hizo. ¿Esperar la respuesta o cerrar de todos modos?</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Llamadas en curso</translation>
    </message>
    <message>
        <source>Live &amp;calls</source>
        <translation>&amp;Llamadas en curso</translation>
    </message>
</context>
<context>
    <name>CallData::MemoryCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>esta versión no admite el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>CallData::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>CallData::SessionController</name>
    <message>
        <source>Connected to %1 — %2</source>
        <translation>Conectado a %1 — %2</translation>
    </message>
    <message>
        <source>Connected to %1 — %2 — server %3</source>
        <translation>Conectado a %1 — %2 — servidor %3</translation>
    </message>
    <message>
        <source>A request is still running; wait for it or cancel it first.</source>
        <translation>Todavía hay una solicitud en curso; espere a que termine o cancélela primero.</translation>
    </message>
    <message>
        <source>Already logged in; log out first.</source>
        <translation>Ya ha iniciado sesión; cierre la sesión primero.</translation>
    </message>
    <message>
        <source>No answer to the keep-alive since %1: %2 Retrying every %3 s.</source>
        <translation>Sin respuesta al mantenimiento de sesión desde las %1: %2 Se reintenta cada %3 s.</translation>
    </message>
</context>
<context>
    <name>CallData::SessionFlow</name>
    <message>
        <source>Logged out. Your edits are kept.</source>
        <translation>Sesión cerrada. Sus cambios se conservan.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Sending… (Esc cancels)</source>
        <translation>Enviando… (Esc cancela)</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends.</source>
        <translation>Ctrl+Intro envía.</translation>
    </message>
    <message>
        <source>Send the call data to the server (Ctrl+Enter)</source>
        <translation>Enviar los datos de llamada al servidor (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Log in to send.</source>
        <translation>Inicie sesión para enviar.</translation>
    </message>
    <message>
        <source>The session has ended; log in again to send.</source>
        <translation>La sesión ha terminado; inicie sesión de nuevo para enviar.</translation>
    </message>
    <message>
        <source>Fix the marked rows to send.</source>
        <translation>Corrija las filas marcadas para enviar.</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>Logged in again. Send the correction again: 1 attribute for call %1 in campaign %2?</source>
        <translation>Sesión iniciada de nuevo. ¿Reenviar la corrección: 1 atributo para la llamada %1 de la campaña %2?</translation>
    </message>
    <message numerus="yes">
        <source>Logged in again. Send the correction again: %n attributes for call %1 in campaign %2?</source>
        <translation>
            <numerusform>Sesión iniciada de nuevo. ¿Reenviar la corrección: %n atributo para la llamada %1 de la campaña %2?</numerusform>
            <numerusform>Sesión iniciada de nuevo. ¿Reenviar la corrección: %n atributos para la llamada %1 de la campaña %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged in again. The correction was not re-sent; press Send when ready.</source>
        <translation>Sesión iniciada de nuevo. La corrección no se reenvió; pulse Enviar cuando esté listo.</translation>
    </message>
    <message>
        <source>Could not log in to %1.</source>
        <translation>No se pudo iniciar sesión en %1.</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Revisar certificado…</translation>
    </message>
    <message>
        <source>Login to %1 canceled.</source>
        <translation>Se canceló el inicio de sesión en %1.</translation>
    </message>
    <message>
        <source>Accepted by the server (%1) at %2 — 1 attribute for call %3 in campaign %4.</source>
        <translation>Aceptado por el servidor (%1) a las %2 — 1 atributo para la llamada %3 de la campaña %4.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted by the server (%1) at %2 — %n attributes for call %3 in campaign %4.</source>
        <translation>
            <numerusform>Aceptado por el servidor (%1) a las %2 — %n atributo para la llamada %3 de la campaña %4.</numerusform>
            <numerusform>Aceptado por el servidor (%1) a las %2 — %n atributos para la llamada %3 de la campaña %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in again and re-send</source>
        <translation>Iniciar sesión de nuevo y reenviar</translation>
    </message>
    <message>
        <source>The server %1 ended the session.</source>
        <translation>El servidor %1 finalizó la sesión.</translation>
    </message>
    <message>
        <source>The server %1 ended the session: %2</source>
        <translation>El servidor %1 finalizó la sesión: %2</translation>
    </message>
    <message>
        <source>Your edits are kept. Log in again to continue.</source>
        <translation>Sus cambios se conservan. Inicie sesión de nuevo para continuar.</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Iniciar sesión de nuevo</translation>
    </message>
    <message>
        <source>The certificate is trusted now. Send again.</source>
        <translation>Ahora se confía en el certificado. Vuelva a enviar.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>¿Enviar de nuevo?</translation>
    </message>
    <message>
        <source>This send is missing from the audit log; tell whoever keeps it.</source>
        <translation>Este envío no consta en el registro de auditoría; avise a quien lo mantenga.</translation>
    </message>
    <message>
        <source>Send %1 attributes? That is far more than the %2 contact-list columns Dialer recommends; a whole contact list or the wrong file may have been pasted.</source>
        <translation>¿Enviar %1 atributos? Son muchos más que las %2 columnas de lista de contactos que recomienda Dialer; puede que se haya pegado una lista de contactos completa o el archivo equivocado.</translation>
    </message>
    <message>
        <source>Nothing was sent. The rows are kept.</source>
        <translation>No se envió nada. Las filas se conservan.</translation>
    </message>
    <message>
        <source>Send this many attributes?</source>
        <translation>¿Enviar tantos atributos?</translation>
    </message>
</context>
<context>
    <name>CallData::Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not available, so the texts stay in English. Available: %2.</source>
        <translation>El idioma «%1» no está disponible, así que los textos se quedan en inglés. Disponibles: %2.</translation>
    </message>
</context>
<context>
    <name>CallDataCli</name>
    <message>
        <source>Try &apos;calldata-cli --help&apos; for more information.</source>
        <translation>Pruebe &apos;calldata-cli --help&apos; para obtener más información.</translation>
    </message>
    <message>
        <source>%1 is not accepted: a password on the command line is visible to other users. Pass it on the first line of standard input with --password-stdin, or set the ICWS_PASSWORD environment variable.</source>
        <translation>%1 no se acepta: una contraseña en la línea de comandos es visible para otros usuarios. Pásela en la primera línea de la entrada estándar con --password-stdin o defina la variable de entorno ICWS_PASSWORD.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida %1.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 se indica más de una vez.</translation>
    </message>
    <message>
        <source>Unexpected argument %1 after the options of %2. Values need an option in front, e.g. --set KEY=VALUE.</source>
        <translation>Argumento inesperado %1 después de las opciones de %2. Los valores necesitan una opción delante, p. ej., --set CLAVE=VALOR.</translation>
    </message>
    <message>
        <source>%1 is not an option of %2.</source>
        <translation>%1 no es una opción de %2.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE; &quot;%1&quot; has no &apos;=&apos;.</source>
        <translation>--set espera CLAVE=VALOR; «%1» no tiene &apos;=&apos;.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE; the key before the first &apos;=&apos; is empty.</source>
        <translation>--set espera CLAVE=VALOR; la clave antes del primer &apos;=&apos; está vacía.</translation>
    </message>
    <message>
        <source>--file: %1 must end in .json, .csv or .tsv.</source>
        <translation>--file: %1 debe terminar en .json, .csv o .tsv.</translation>
    </message>
    <message>
        <source>--file: %1 does not exist or cannot be read.</source>
        <translation>--file: %1 no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>--ca-file: %1 does not exist or cannot be read.</source>
        <translation>--ca-file: %1 no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>--ca-file: %1 holds no PEM certificate.</source>
        <translation>--ca-file: %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>--pin-sha256: expected a SHA-256 fingerprint of 64 hex digits, with or without colons.</source>
        <translation>--pin-sha256: se espera una huella digital SHA-256 de 64 dígitos hexadecimales, con o sin dos puntos.</translation>
    </message>
    <message>
        <source>--timeout: expected a positive number of seconds (at most %1), e.g. 15.</source>
        <translation>--timeout: se espera un número positivo de segundos (como máximo %1), p. ej., 15.</translation>
    </message>
    <message>
        <source>--language: expected a language tag such as en-US or de.</source>
        <translation>--language: se espera una etiqueta de idioma como en-US o es.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>%1 es obligatorio para %2.</translation>
    </message>
    <message>
        <source>calls needs at least one --agent USER_ID or --workgroup NAME to watch.</source>
        <translation>calls necesita al menos un --agent ID_USUARIO o --workgroup NOMBRE que supervisar.</translation>
    </message>
    <message>
        <source>warning: logging out failed: %1</source>
        <translation>advertencia: no se pudo cerrar la sesión: %1</translation>
    </message>
    <message>
        <source>warning: the server did not confirm the logout in time.</source>
        <translation>advertencia: el servidor no confirmó el cierre de sesión a tiempo.</translation>
    </message>
    <message>
        <source>error: the server refused to watch the queues (HTTP %1%2): %3</source>
        <translation>error: el servidor rechazó la supervisión de las colas (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Check the agent IDs and workgroup names, and ask the CIC administrator whether your user may watch those queues.</source>
        <translation>Compruebe los ID de agente y los nombres de grupos de trabajo, y pregunte al administrador de CIC si su usuario puede supervisar esas colas.</translation>
    </message>
    <message>
        <source>No interactions on the watched queues.</source>
        <translation>No hay interacciones en las colas supervisadas.</translation>
    </message>
    <message>
        <source>No Dialer calls on the watched queues.</source>
        <translation>No hay llamadas de Dialer en las colas supervisadas.</translation>
    </message>
    <message>
        <source>ended (the watch cannot tell when)</source>
        <translation>terminada (no se sabe cuándo)</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Contraseña de %1 en %2: </translation>
    </message>
    <message>
        <source>Dry run: nothing is sent. A real run sends these requests (secrets redacted, {sessionId} comes from the login):</source>
        <translation>Simulación: no se envía nada. Una ejecución real envía estas solicitudes (secretos ocultos, {sessionId} procede del inicio de sesión):</translation>
    </message>
    <message>
        <source>Valid: %1 for call %2 in campaign %3 to %4; nothing was sent.</source>
        <translation>Válido: %1 para la llamada %2 de la campaña %3 en %4; no se envió nada.</translation>
    </message>
    <message>
        <source>update-call-data: available (dialer %1).</source>
        <translation>update-call-data: disponible (dialer %1).</translation>
    </message>
    <message>
        <source>update-call-data: not available; it needs dialer feature version %1 or later, the server offers %2.</source>
        <translation>update-call-data: no disponible; necesita la versión %1 o posterior de la función dialer, el servidor ofrece %2.</translation>
    </message>
    <message>
        <source>no dialer feature</source>
        <translation>sin función dialer</translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation>Servidor %1: %2</translation>
    </message>
    <message>
        <source>version not reported</source>
        <translation>versión no indicada</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Funciones: %1</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>ninguna notificada</translation>
    </message>
    <message>
        <source>1 attribute</source>
        <translation>1 atributo</translation>
    </message>
    <message>
        <source>%1 attributes</source>
        <translation>%1 atributos</translation>
    </message>
    <message>
        <source>--password-stdin: standard input ended before the password line.</source>
        <translation>--password-stdin: la entrada estándar terminó antes de la línea de la contraseña.</translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is too long for a password.</source>
        <translation>--password-stdin: la primera línea de la entrada estándar es demasiado larga para una contraseña.</translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is empty; it must hold the password.</source>
        <translation>--password-stdin: la primera línea de la entrada estándar está vacía; debe contener la contraseña.</translation>
    </message>
    <message>
        <source>warning: %1 is plain http://, so the password and the call data cross the network unencrypted. Use https:// unless this network is trusted.</source>
        <translation>advertencia: %1 es http:// sin cifrar, así que la contraseña y los datos de llamada viajan por la red sin cifrar. Use https:// a menos que esta red sea de confianza.</translation>
    </message>
    <message>
        <source>No password given. Put it on the first line of standard input and pass --password-stdin, or set the ICWS_PASSWORD environment variable. Passwords are never taken as arguments.</source>
        <translation>No se indicó ninguna contraseña. Póngala en la primera línea de la entrada estándar y pase --password-stdin, o defina la variable de entorno ICWS_PASSWORD. Las contraseñas nunca se aceptan como argumentos.</translation>
    </message>
    <message>
        <source>No password entered.</source>
        <translation>No se escribió ninguna contraseña.</translation>
    </message>
    <message>
        <source>reading the server&apos;s features failed</source>
        <translation>no se pudieron leer las funciones del servidor</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>no se pudo iniciar sesión</translation>
    </message>
    <message>
        <source>update-call-data failed</source>
        <translation>update-call-data falló</translation>
    </message>
    <message>
        <source>watching the queues failed</source>
        <translation>no se pudieron supervisar las colas</translation>
    </message>
    <message>
        <source>hint: if your administrator confirms this fingerprint, run again with --pin-sha256 %1, or pass your company&apos;s CA certificate with --ca-file.</source>
        <translation>sugerencia: si su administrador confirma esta huella digital, vuelva a ejecutar con --pin-sha256 %1, o pase el certificado de CA de su empresa con --ca-file.</translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation>, entrada %1</translation>
    </message>
    <message>
        <source>Accepted by the server (%1): %2 for call %3 in campaign %4 via %5.</source>
        <translation>Aceptado por el servidor (%1): %2 para la llamada %3 de la campaña %4 a través de %5.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>%1 attributes are far more than the %2 contact-list columns Dialer recommends; this is most likely the wrong file. Check it, or add --allow-many to send more than %3.</source>
        <translation>%1 atributos son muchos más que las %2 columnas de lista de contactos que recomienda Dialer; lo más probable es que sea el archivo equivocado. Revíselo o agregue --allow-many para enviar más de %3.</translation>
    </message>
    <message>
        <source>Unknown audit action &quot;%1&quot;. Use audit verify or audit export --csv.</source>
        <translation>Acción de audit desconocida «%1». Use audit verify o audit export --csv.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use update, features, calls or audit.</source>
        <translation>Comando desconocido «%1». Use update, features, calls o audit.</translation>
    </message>
    <message>
        <source>No command given. Use update, features, calls or audit (see --help).</source>
        <translation>No se indicó ningún comando. Use update, features, calls o audit (consulte --help).</translation>
    </message>
    <message>
        <source>audit needs an action: audit verify, or audit export --csv.</source>
        <translation>audit necesita una acción: audit verify o audit export --csv.</translation>
    </message>
    <message>
        <source>audit export needs --csv (the only export format).</source>
        <translation>audit export necesita --csv (el único formato de exportación).</translation>
    </message>
    <message>
        <source>audit export prints CSV; --json is for audit verify.</source>
        <translation>audit export imprime CSV; --json es para audit verify.</translation>
    </message>
    <message>
        <source>--csv is an option of audit export.</source>
        <translation>--csv es una opción de audit export.</translation>
    </message>
    <message>
        <source>%1: intact, 1 record; the last record&apos;s SHA-256 is %2.</source>
        <translation>%1: intacto, 1 registro; el SHA-256 del último registro es %2.</translation>
    </message>
    <message>
        <source>%1: intact, %2 records; the last record&apos;s SHA-256 is %3.</source>
        <translation>%1: intacto, %2 registros; el SHA-256 del último registro es %3.</translation>
    </message>
    <message>
        <source>%1: broken at line %2. %3</source>
        <translation>%1: roto en la línea %2. %3</translation>
    </message>
    <message>
        <source>%1: cannot be verified. %2</source>
        <translation>%1: no se puede verificar. %2</translation>
    </message>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation>El registro de auditoría %1 no existe.</translation>
    </message>
    <message>
        <source>warning: line %1 is not an audit record and was left out; run calldata-cli audit verify.</source>
        <translation>advertencia: la línea %1 no es un registro de auditoría y se omitió; ejecute calldata-cli audit verify.</translation>
    </message>
    <message>
        <source>warning: interrupted; the logout was not awaited.</source>
        <translation>advertencia: interrumpido; no se esperó al cierre de sesión.</translation>
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
        <translation>Uso:
  calldata-cli update --server DIRECCIÓN --user USUARIO --campaign ID --call ID
                      [--set CLAVE=VALOR]... [--file ARCHIVO] [--password-stdin]
                      [--ca-file PEM] [--pin-sha256 HEX] [--timeout SEGUNDOS]
                      [--language IDIOMA] [--dry-run] [--allow-many] [--json]
                      [--audit-mask] [--audit-syslog]
  calldata-cli features --server DIRECCIÓN [--ca-file PEM] [--pin-sha256 HEX]
                        [--timeout SEGUNDOS] [--json]
  calldata-cli calls --server DIRECCIÓN --user USUARIO
                     (--agent ID_USUARIO | --workgroup NOMBRE)...
                     [--attribute NOMBRE]... [--all] [--call-id-from ATRIBUTO]
                     [--password-stdin] [--ca-file PEM] [--pin-sha256 HEX]
                     [--timeout SEGUNDOS] [--language IDIOMA] [--json]
  calldata-cli audit verify [--file RUTA] [--json]
  calldata-cli audit export --csv [--file RUTA]
  calldata-cli --version | --help

Envía los datos de llamada de una llamada activa de Interaction Dialer a un
servidor CIC (ICWS update-call-data). El servidor responde 202 cuando ha
recibido los datos; eso no confirma que Dialer los haya guardado.

Opciones:
  --server DIRECCIÓN   host, host:puerto o https://host:puerto (predeterminado:
                       https, puerto 8019)
  --user USUARIO       ID de usuario de CIC
  --campaign ID        ID de campaña de la llamada activa
  --call ID            ID de llamada de la llamada activa
  --set CLAVE=VALOR    un atributo; se divide en el primer &apos;=&apos;; repetible
  --file ARCHIVO       atributos de .json (objeto de cadenas), .csv o .tsv
                       (dos columnas, encabezado key,value opcional), UTF-8
  --password-stdin     leer la contraseña de la primera línea de la entrada
                       estándar
  --ca-file PEM        certificados de CA adicionales en los que confiar
  --pin-sha256 HEX     confiar en este certificado de servidor (SHA-256, dos
                       puntos opcionales)
  --timeout SEGUNDOS   límite para el comando entero, del inicio al cierre de
                       sesión (predeterminado: 15); el proceso termina como
                       mucho medio segundo después
  --language IDIOMA    Accept-Language, p. ej., en-US (predeterminado: la
                       configuración regional del sistema)
  --dry-run            validar y mostrar las solicitudes; no enviar nada
  --allow-many         enviar más de 1000 atributos (se rechaza sin esta opción)
  --json               imprimir exactamente un objeto JSON en la salida estándar
  --verbose            registrar las solicitudes y la sesión en la salida de
                       error estándar (nunca la contraseña, la cookie ni el
                       token CSRF)
  --agent ID_USUARIO   calls: supervisar la cola de usuario de este agente;
                       repetible
  --workgroup NOMBRE   calls: supervisar la cola de este grupo de trabajo;
                       repetible
  --attribute NOMBRE   calls: supervisar y mostrar también este atributo;
                       repetible
  --all                calls: listar todas las interacciones, no solo las
                       llamadas de Dialer
  --call-id-from ATRIBUTO
                       calls: tomar el ID de llamada de este atributo (p. ej.,
                       is_attr_callid) en lugar del ID de interacción
  --audit-mask         update: registrar en el registro de auditoría hashes con
                       sal en lugar de los valores
  --audit-syslog       update: enviar también el registro de auditoría al
                       registro del sistema

Cada actualización se anota en el registro de auditoría antes de mostrar su
resultado ($XDG_DATA_HOME/calldata-editor/audit.jsonl, de forma predeterminada
en ~/.local/share). audit verify comprueba su cadena de hashes (salida 0
intacto, 1 roto, ausente o ilegible); audit export --csv lo imprime como CSV.
--file indica otro registro.

Sin --password-stdin, la contraseña procede de ICWS_PASSWORD o, si no, de una
solicitud cuando la entrada estándar es un terminal. Ninguna opción acepta la
contraseña.

Códigos de salida: 0 aceptado (202), 2 error de uso o de validación (no se envió
nada), 3 inicio de sesión rechazado, 4 actualización rechazada (400), 5 sesión
rechazada (401), 6 función no disponible (dialer &lt; 3, o 410), 7 error del
servidor (5xx, o ningún host de conmutación aceptó), 8 error de red, de TLS o
de tiempo de espera. Para calls: 4 se rechazó la supervisión (un 4xx distinto
de 401), 6 sin función queues, 8 ninguna imagen de las colas dentro de
--timeout.
</translation>
    </message>
    <message>
        <source>No picture of the queues arrived in time. %1</source>
        <translation>No llegó a tiempo ninguna imagen de las colas. %1</translation>
    </message>
    <message>
        <source>No answer in time. %1</source>
        <translation>Sin respuesta a tiempo. %1</translation>
    </message>
    <message>
        <source>--timeout %1 s bounds the whole command.</source>
        <translation>--timeout %1 s limita el comando entero.</translation>
    </message>
    <message>
        <source>--timeout %1 s bounds the whole command, of which the last %2 s is kept for logging out.</source>
        <translation>--timeout %1 s limita el comando entero; sus últimos %2 s se reservan para cerrar la sesión.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>Certificate changed warning</source>
        <translation>Advertencia de cambio de certificado</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>I have confirmed this new fingerprint with the server&apos;s administrator</source>
        <translation>He confirmado esta nueva huella digital con el administrador del servidor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>CorrectionPanel</name>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>C&amp;ampaign ID:</source>
        <translation>ID de c&amp;ampaña:</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>ID de campaña</translation>
    </message>
    <message>
        <source>Ca&amp;ll ID:</source>
        <translation>ID de &amp;llamada:</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Call data can only be updated while the call is active (usually until about two minutes after it ends).</source>
        <translation>Los datos de llamada solo se pueden actualizar mientras la llamada está activa (normalmente hasta unos dos minutos después de que termine).</translation>
    </message>
    <message>
        <source>Table actions</source>
        <translation>Acciones de la tabla</translation>
    </message>
    <message>
        <source>Call data</source>
        <translation>Datos de llamada</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Call data summary</source>
        <translation>Resumen de los datos de llamada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Filter by call or campaign</source>
        <translation>Filtrar por llamada o campaña</translation>
    </message>
    <message>
        <source>Sent corrections, newest first</source>
        <translation>Correcciones enviadas, las más recientes primero</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Selected correction</source>
        <translation>Corrección seleccionada</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>Actualizar el historial</translation>
    </message>
    <message>
        <source>Load into editor</source>
        <translation>Cargar en el editor</translation>
    </message>
</context>
<context>
    <name>Icws::Client</name>
    <message>
        <source>The CA file %1 could not be read or holds no PEM certificate. Choose a PEM file with your company&apos;s CA certificate.</source>
        <translation>No se pudo leer el archivo de CA %1 o no contiene ningún certificado PEM. Elija un archivo PEM con el certificado de CA de su empresa.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Sin respuesta en %n segundo.</numerusform>
            <numerusform>Sin respuesta en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer was larger than %n MiB and was not read to the end.</source>
        <translation>
            <numerusform>La respuesta superaba %n MiB y no se leyó hasta el final.</numerusform>
            <numerusform>La respuesta superaba %n MiB y no se leyó hasta el final.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Icws::Http1Exchange</name>
    <message>
        <source>A request header holds a line break or another control character; nothing was sent.</source>
        <translation>Un encabezado de la solicitud contiene un salto de línea u otro carácter de control; no se envió nada.</translation>
    </message>
    <message>
        <source>Only a caching proxy is configured for %1; logging in and sending a correction need a proxy that tunnels (HTTP CONNECT or SOCKS5).</source>
        <translation>Para %1 solo hay configurado un proxy de caché; iniciar sesión y enviar una corrección requieren un proxy que haga túnel (HTTP CONNECT o SOCKS5).</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer headers were larger than %n KiB.</source>
        <translation>
            <numerusform>Los encabezados de la respuesta del servidor superaban %n KiB.</numerusform>
            <numerusform>Los encabezados de la respuesta del servidor superaban %n KiB.</numerusform>
        </translation>
    </message>
    <message>
        <source>The length of the server&apos;s answer could not be read.</source>
        <translation>No se pudo leer la longitud de la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP/1.1.</source>
        <translation>La respuesta del servidor no es HTTP/1.1.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Conexión cerrada</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>No se encontró el host %1</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Tiempo de conexión agotado</translation>
    </message>
    <message>
        <source>SSL handshake failed: %1</source>
        <translation>Falló el protocolo de enlace SSL: %1</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Operación cancelada</translation>
    </message>
</context>
<context>
    <name>Icws::Protocol</name>
    <message>
        <source>Server is empty. Enter the CIC server&apos;s host name, for example cic1.example.com.</source>
        <translation>El servidor está vacío. Escriba el nombre de host del servidor CIC, por ejemplo, cic1.example.com.</translation>
    </message>
    <message>
        <source>Server: the address contains a user name or password; type only the host (and, if needed, the port) there, and the user name and password in their own fields.</source>
        <translation>Servidor: la dirección contiene un nombre de usuario o una contraseña; escriba ahí solo el host (y, si hace falta, el puerto), y el usuario y la contraseña en sus propios campos.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is not a valid address. Use a host name, host:port or https://host:port.</source>
        <translation>El servidor «%1» no es una dirección válida. Use un nombre de host, host:puerto o https://host:puerto.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; uses the scheme &quot;%2&quot;. Use https:// (or http:// only if the server has no HTTPS).</source>
        <translation>El servidor «%1» usa el esquema «%2». Use https:// (o http:// solo si el servidor no tiene HTTPS).</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has port 0, which no server listens on. Leave the port out (ICWS uses 8019 for HTTPS, 8018 for HTTP) or type the port the administrator gave you.</source>
        <translation>El servidor «%1» tiene el puerto 0, en el que no escucha ningún servidor. Omita el puerto (ICWS usa 8019 para HTTPS y 8018 para HTTP) o escriba el puerto que le indicó el administrador.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has a path. Enter only the host and, if needed, the port.</source>
        <translation>El servidor «%1» tiene una ruta. Escriba solo el host y, si hace falta, el puerto.</translation>
    </message>
    <message>
        <source>The server does not report the Interaction Dialer feature; updating call data needs dialer feature version %1 or later. Ask the CIC administrator.</source>
        <translation>El servidor no notifica la función Interaction Dialer; actualizar los datos de llamada requiere la versión %1 o posterior de la función dialer. Consulte al administrador de CIC.</translation>
    </message>
    <message>
        <source>The server reports Interaction Dialer feature version %1; updating call data needs version %2 or later. Ask the CIC administrator about an upgrade.</source>
        <translation>El servidor notifica la versión %1 de la función Interaction Dialer; actualizar los datos de llamada requiere la versión %2 o posterior. Consulte al administrador de CIC sobre una actualización.</translation>
    </message>
    <message>
        <source>The server sent a CSRF token with characters other than visible ASCII (such as line breaks); it cannot be used safely in a request header, so nothing further was sent. Check that the address points to a genuine CIC server.</source>
        <translation>El servidor envió un token CSRF con caracteres que no son ASCII visible (como saltos de línea); no se puede usar con seguridad en un encabezado de solicitud, así que no se envió nada más. Compruebe que la dirección apunta a un servidor CIC auténtico.</translation>
    </message>
    <message>
        <source>The server&apos;s login answer has no session ID or no CSRF token. Check that the address points to the CIC server&apos;s ICWS port.</source>
        <translation>La respuesta de inicio de sesión del servidor no tiene ID de sesión o token CSRF. Compruebe que la dirección apunta al puerto ICWS del servidor CIC.</translation>
    </message>
    <message>
        <source>The server sent a session ID that is not a plain word of visible ASCII characters (or a name such as &quot;.&quot; or &quot;..&quot; that the request address would drop); it cannot be used safely in a request address, so nothing further was sent. Check that the address points to a genuine CIC server.</source>
        <translation>El servidor envió un ID de sesión que no es una palabra simple de caracteres ASCII visibles (o es un nombre como «.» o «..» que la dirección de la solicitud descartaría); no se puede usar con seguridad en la dirección de una solicitud, así que no se envió nada más. Compruebe que la dirección apunta a un servidor CIC auténtico.</translation>
    </message>
</context>
<context>
    <name>Icws::QueueWatch</name>
    <message>
        <source>The server does not report the queues feature, so live calls cannot be watched. Type the campaign ID and call ID by hand, or ask the CIC administrator.</source>
        <translation>El servidor no notifica la función queues, así que no se pueden supervisar las llamadas en curso. Escriba a mano el ID de campaña y el ID de llamada, o consulte al administrador de CIC.</translation>
    </message>
    <message>
        <source>The server does not report the interactions feature, so what the call holds now cannot be read.</source>
        <translation>El servidor no notifica la función interactions, así que no se puede leer lo que contiene ahora la llamada.</translation>
    </message>
</context>
<context>
    <name>Icws::Result</name>
    <message>
        <source>Accepted by the server (HTTP %1).</source>
        <translation>Aceptado por el servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 400 Bad Request).</source>
        <translation>El servidor rechazó la solicitud (HTTP 400 Bad Request).</translation>
    </message>
    <message>
        <source>The server no longer accepts this session (HTTP 401 Unauthorized).</source>
        <translation>El servidor ya no acepta esta sesión (HTTP 401 Unauthorized).</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>El servidor finalizó la sesión.</translation>
    </message>
    <message>
        <source>The server does not offer this function (HTTP 410 Gone).</source>
        <translation>El servidor no ofrece esta función (HTTP 410 Gone).</translation>
    </message>
    <message>
        <source>The server failed while handling the request (HTTP %1).</source>
        <translation>El servidor falló al procesar la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>No server accepted the connection (HTTP 503); tried %1.</source>
        <translation>Ningún servidor aceptó la conexión (HTTP 503); se probaron: %1.</translation>
    </message>
    <message>
        <source>The server is not accepting connections (HTTP 503 Service Unavailable).</source>
        <translation>El servidor no acepta conexiones (HTTP 503 Service Unavailable).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>El servidor respondió con un estado inesperado (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, not 200 OK or 202 Accepted: it did not say that it accepted the correction.</source>
        <translation>El servidor respondió HTTP %1, no 200 OK ni 202 Accepted: no indicó que aceptara la corrección.</translation>
    </message>
    <message>
        <source>The server sent only an interim answer (HTTP %1); its final answer was not received.</source>
        <translation>El servidor solo envió una respuesta provisional (HTTP %1); no se recibió su respuesta final.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) without saying where to.</source>
        <translation>El servidor respondió con una redirección (HTTP %1) sin indicar adónde.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) to %2; it was not followed.</source>
        <translation>El servidor respondió con una redirección (HTTP %1) a %2; no se siguió.</translation>
    </message>
    <message>
        <source>The server refused the request as too large (HTTP 413 Content Too Large).</source>
        <translation>El servidor rechazó la solicitud por ser demasiado grande (HTTP 413 Content Too Large).</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>El servidor %1 rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>No se encontró el nombre de servidor %1.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>El servidor %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the certificate you trusted has a problem trusting it does not waive.</source>
        <translation>La conexión segura con %1 falló: el certificado en el que confía tiene un problema que confiar en él no resuelve.</translation>
    </message>
    <message>
        <source>The server %1 presented a different certificate than the one you trusted.</source>
        <translation>El servidor %1 presentó un certificado distinto de aquel en el que usted confía.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>La conexión segura con %1 falló: su certificado no es de confianza.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer arrived.</source>
        <translation>La conexión con %1 se cerró antes de que llegara la respuesta.</translation>
    </message>
    <message>
        <source>A network error occurred while talking to %1.</source>
        <translation>Se produjo un error de red al comunicarse con %1.</translation>
    </message>
    <message>
        <source>The login was canceled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>This server does not support updating call data.</source>
        <translation>Este servidor no admite la actualización de datos de llamada.</translation>
    </message>
    <message>
        <source>The correction is not complete, so nothing was sent.</source>
        <translation>La corrección no está completa, así que no se envió nada.</translation>
    </message>
    <message>
        <source>You are not logged in, so nothing was sent.</source>
        <translation>No ha iniciado sesión, así que no se envió nada.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (HTTP %1).</source>
        <translation>No se pudo entender la respuesta del servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the user name and password, then log in again.</source>
        <translation>Compruebe el nombre de usuario y la contraseña e inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Check the user name and password, then log in again. If they are right, the password may have expired or the account may lack the rights or licence for ICWS: ask the CIC administrator.</source>
        <translation>Compruebe el nombre de usuario y la contraseña e inicie sesión de nuevo. Si son correctos, puede que la contraseña haya caducado o que la cuenta carezca de permisos o licencia para ICWS: consulte al administrador de CIC.</translation>
    </message>
    <message>
        <source>Check the campaign ID, call ID and keys. Call data can only be updated while the call is active; once it has ended, correct the contact list instead.</source>
        <translation>Compruebe el ID de campaña, el ID de llamada y las claves. Los datos de llamada solo se pueden actualizar mientras la llamada está activa; cuando haya terminado, corrija la lista de contactos.</translation>
    </message>
    <message>
        <source>Log in again; your edits are kept and can be sent again.</source>
        <translation>Inicie sesión de nuevo; sus cambios se conservan y se pueden volver a enviar.</translation>
    </message>
    <message>
        <source>Ask the CIC administrator whether Interaction Dialer&apos;s update-call-data is available on this server.</source>
        <translation>Pregunte al administrador de CIC si update-call-data de Interaction Dialer está disponible en este servidor.</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps failing, give the CIC administrator the time and these details.</source>
        <translation>Vuelva a intentarlo en un momento. Si sigue fallando, indique al administrador de CIC la hora y estos detalles.</translation>
    </message>
    <message>
        <source>The server may be switching over. Wait a minute, then log in again.</source>
        <translation>Puede que el servidor esté en plena conmutación (switchover). Espere un minuto e inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Check that the address points to the CIC server&apos;s ICWS port (usually 8019 for HTTPS).</source>
        <translation>Compruebe que la dirección apunta al puerto ICWS del servidor CIC (normalmente 8019 para HTTPS).</translation>
    </message>
    <message>
        <source>Whether the correction was taken is unknown. Check the call&apos;s data before sending again.</source>
        <translation>No se sabe si la corrección se aplicó. Compruebe los datos de la llamada antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Check the server address; if the CIC server has moved, type the new address yourself.</source>
        <translation>Compruebe la dirección del servidor; si el servidor CIC se ha trasladado, escriba usted mismo la nueva dirección.</translation>
    </message>
    <message>
        <source>Send fewer or shorter values at a time.</source>
        <translation>Envíe menos valores, o valores más cortos, cada vez.</translation>
    </message>
    <message>
        <source>Check the server address and port (ICWS uses 8019 for HTTPS, 8018 for HTTP) and that the server is running.</source>
        <translation>Compruebe la dirección y el puerto del servidor (ICWS usa 8019 para HTTPS y 8018 para HTTP) y que el servidor esté en funcionamiento.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name and your network connection.</source>
        <translation>Compruebe cómo está escrito el nombre del servidor y su conexión de red.</translation>
    </message>
    <message>
        <source>Check your network connection, then try again. Nothing confirms whether the server received the request.</source>
        <translation>Compruebe su conexión de red e inténtelo de nuevo. Nada confirma si el servidor recibió la solicitud.</translation>
    </message>
    <message>
        <source>Trusting a certificate waives who issued it and which host it names, never its validity period. Ask the administrator to renew the server&apos;s certificate.</source>
        <translation>Confiar en un certificado pasa por alto quién lo emitió y qué host nombra, pero nunca su período de validez. Pida al administrador que renueve el certificado del servidor.</translation>
    </message>
    <message>
        <source>Do not continue unless your administrator confirms the certificate was replaced. Compare its SHA-256 fingerprint with the one they give you.</source>
        <translation>No continúe a menos que su administrador confirme que se reemplazó el certificado. Compare su huella digital SHA-256 con la que le indique.</translation>
    </message>
    <message>
        <source>If your administrator confirms the certificate&apos;s SHA-256 fingerprint, trust this certificate, or add your company&apos;s CA certificate file.</source>
        <translation>Si su administrador confirma la huella digital SHA-256 del certificado, confíe en este certificado o agregue el archivo del certificado de CA de su empresa.</translation>
    </message>
    <message>
        <source>Check your network connection, then try again.</source>
        <translation>Compruebe su conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing was sent to the call. Log in again when you are ready.</source>
        <translation>No se envió nada a la llamada. Inicie sesión de nuevo cuando esté listo.</translation>
    </message>
    <message>
        <source>Send again when you are ready. The server may still have received a canceled update.</source>
        <translation>Vuelva a enviar cuando esté listo. Puede que el servidor haya recibido de todos modos una actualización cancelada.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Mensaje del servidor: %1</translation>
    </message>
    <message>
        <source>Error ID: %1</source>
        <translation>ID de error: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>Property: %1</source>
        <translation>Propiedad: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Certificate for %1: subject %2, issued by %3, valid %4 to %5</source>
        <translation>Certificado de %1: sujeto %2, emitido por %3, válido del %4 al %5</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella digital SHA-256: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after the update was sent and before any answer: it is unknown whether the server received it.</source>
        <translation>La conexión con %1 se perdió después de enviar la actualización y antes de recibir respuesta: no se sabe si el servidor la recibió.</translation>
    </message>
    <message>
        <source>It was not sent again by itself. Check whether the call shows the new values before sending again.</source>
        <translation>No se volvió a enviar automáticamente. Compruebe si la llamada muestra los nuevos valores antes de volver a enviar.</translation>
    </message>
</context>
<context>
    <name>Icws::Validation</name>
    <message>
        <source>The key contains a control character (such as a tab or line break). Retype the key.</source>
        <translation>La clave contiene un carácter de control (como un tabulador o un salto de línea). Vuelva a escribir la clave.</translation>
    </message>
    <message>
        <source>The key is empty. Type a column name or remove the row.</source>
        <translation>La clave está vacía. Escriba un nombre de columna o quite la fila.</translation>
    </message>
    <message>
        <source>The key contains a broken character (not valid Unicode text). Retype the key.</source>
        <translation>La clave contiene un carácter dañado (no es texto Unicode válido). Vuelva a escribir la clave.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; repeats row %2. Merge the two rows or rename one.</source>
        <translation>La clave «%1» repite la fila %2. Combine las dos filas o cambie el nombre de una.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; repeats row %2 (&quot;%3&quot;): keys are compared ignoring case, invisible characters and how accented letters are encoded. Merge the two rows or rename one.</source>
        <translation>La clave «%1» repite la fila %2 («%3»): las claves se comparan sin tener en cuenta mayúsculas y minúsculas, caracteres invisibles ni cómo se codifican las letras acentuadas. Combine las dos filas o cambie el nombre de una.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; contains invisible characters (zero-width or text-direction marks), often left by copying. They are sent as typed but ignored when keys are compared; retype the key if they are not meant.</source>
        <translation>La clave «%1» contiene caracteres invisibles (de ancho cero o marcas de dirección del texto), que a menudo quedan al copiar. Se envían tal como se escribieron, pero se ignoran al comparar claves; vuelva a escribir la clave si no son intencionados.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a column Dialer manages itself; changing it can disturb the campaign.</source>
        <translation>«%1» es una columna que administra el propio Dialer; cambiarla puede alterar la campaña.</translation>
    </message>
    <message>
        <source>Campaign ID is empty. Enter the ID of the campaign that placed the call.</source>
        <translation>El ID de campaña está vacío. Escriba el ID de la campaña que realizó la llamada.</translation>
    </message>
    <message>
        <source>Campaign ID contains a tab, line break or other invisible or control character, often left by copying. Retype the campaign ID.</source>
        <translation>El ID de campaña contiene un tabulador, un salto de línea u otro carácter invisible o de control, que a menudo queda al copiar. Vuelva a escribir el ID de campaña.</translation>
    </message>
    <message>
        <source>Call ID is empty. Enter the ID of the active Dialer call to correct.</source>
        <translation>El ID de llamada está vacío. Escriba el ID de la llamada activa de Dialer que quiere corregir.</translation>
    </message>
    <message>
        <source>Call ID contains a tab, line break or other invisible or control character, often left by copying. Retype the call ID.</source>
        <translation>El ID de llamada contiene un tabulador, un salto de línea u otro carácter invisible o de control, que a menudo queda al copiar. Vuelva a escribir el ID de llamada.</translation>
    </message>
    <message>
        <source>There is no call data to send. Add at least one key and value.</source>
        <translation>No hay datos de llamada que enviar. Agregue al menos una clave y un valor.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Row %1: the value contains a broken character (not valid Unicode text). Retype the value.</source>
        <translation>Fila %1: el valor contiene un carácter dañado (no es texto Unicode válido). Vuelva a escribir el valor.</translation>
    </message>
    <message>
        <source>%1 attributes is more than the %2 contact-list columns Dialer recommends.</source>
        <translation>%1 atributos son más que las %2 columnas de lista de contactos que recomienda Dialer.</translation>
    </message>
</context>
<context>
    <name>LiveCallsPanel</name>
    <message>
        <source>Agents to watch:</source>
        <translation>Agentes que supervisar:</translation>
    </message>
    <message>
        <source>Agents to watch</source>
        <translation>Agentes que supervisar</translation>
    </message>
    <message>
        <source>CIC user IDs, e.g. agent1, agent2</source>
        <translation>ID de usuario de CIC, p. ej., agent1, agent2</translation>
    </message>
    <message>
        <source>Workgroups to watch:</source>
        <translation>Grupos de trabajo que supervisar:</translation>
    </message>
    <message>
        <source>Workgroups to watch</source>
        <translation>Grupos de trabajo que supervisar</translation>
    </message>
    <message>
        <source>Workgroup names, e.g. Collections</source>
        <translation>Nombres de grupos de trabajo, p. ej., Collections</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Supervisar</translation>
    </message>
    <message>
        <source>Show all calls</source>
        <translation>Mostrar todas las llamadas</translation>
    </message>
    <message>
        <source>Also list interactions that are not Dialer calls (no campaign).</source>
        <translation>Listar también las interacciones que no son llamadas de Dialer (sin campaña).</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>Estado de la supervisión</translation>
    </message>
    <message>
        <source>Filter live calls</source>
        <translation>Filtrar las llamadas en curso</translation>
    </message>
    <message>
        <source>Filter: agent, party, campaign, call ID…</source>
        <translation>Filtro: agente, interlocutor, campaña, ID de llamada…</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Llamadas en curso</translation>
    </message>
    <message>
        <source>Use this call</source>
        <translation>Usar esta llamada</translation>
    </message>
    <message>
        <source>Fill Campaign ID and Call ID from the selected row (also Enter or a double-click); the call-data rows stay.</source>
        <translation>Rellenar el ID de campaña y el ID de llamada con la fila seleccionada (también con Intro o doble clic); las filas de datos de llamada se mantienen.</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>Server login</source>
        <translation>Inicio de sesión en el servidor</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The CIC server running ICWS, e.g. cic1 or https://cic1:8019</source>
        <translation>El servidor CIC que ejecuta ICWS, p. ej., cic1 o https://cic1:8019</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Recordar contraseña</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
</TS>
