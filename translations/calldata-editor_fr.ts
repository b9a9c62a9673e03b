<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CallData</name>
    <message>
        <source>Correct the call data of an active Interaction Dialer call over ICWS. The options prefill the window; the password is never taken from the command line.</source>
        <translation>Corrige les données d&apos;appel d&apos;un appel Interaction Dialer actif via ICWS. Les options préremplissent la fenêtre ; le mot de passe n&apos;est jamais lu depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>ICWS server address, e.g. cic1 or https://cic1:8019.</source>
        <translation>Adresse du serveur ICWS, par ex. cic1 ou https://cic1:8019.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>IC user name.</source>
        <translation>Nom d&apos;utilisateur IC.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Campaign ID of the call.</source>
        <translation>ID de campagne de l&apos;appel.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Call ID of the active call.</source>
        <translation>ID d&apos;appel de l&apos;appel actif.</translation>
    </message>
    <message>
        <source>A call-data row to prefill; repeat for several rows.</source>
        <translation>Ligne de données d&apos;appel à préremplir ; répétez l&apos;option pour plusieurs lignes.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>CLÉ=VALEUR</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en-US.</source>
        <translation>Langue de l&apos;interface, par ex. de ou en-US.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, but got &quot;%1&quot;. Write it as --set Name=Value.</source>
        <translation>--set attend CLÉ=VALEUR, mais a reçu « %1 ». Écrivez-le sous la forme --set Nom=Valeur.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help for the options.</source>
        <translation>Argument inattendu « %1 ». Consultez --help pour connaître les options.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text, so characters would be lost. Use a UTF-8 locale (for example LANG=C.UTF-8) and type it again.</source>
        <translation>L&apos;argument %1 n&apos;est pas un texte UTF-8 valide, des caractères seraient donc perdus. Utilisez une locale UTF-8 (par exemple LANG=C.UTF-8) et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid UTF-8 text, so characters would be lost. Use a UTF-8 locale (for example LANG=C.UTF-8) and type it again.</source>
        <translation>La valeur de %1 n&apos;est pas un texte UTF-8 valide, des caractères seraient donc perdus. Utilisez une locale UTF-8 (par exemple LANG=C.UTF-8) et saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>Log network, session and window events to standard error (never passwords or tokens).</source>
        <translation>Journaliser les événements réseau, de session et de fenêtre sur la sortie d&apos;erreur standard (jamais les mots de passe ni les jetons).</translation>
    </message>
    <message>
        <source>Watch these agents&apos; queues (CIC user IDs, comma-separated) after the login.</source>
        <translation>Surveiller les files d&apos;attente de ces agents (ID d&apos;utilisateur CIC, séparés par des virgules) après la connexion.</translation>
    </message>
    <message>
        <source>USER_IDS</source>
        <translation>ID_UTILISATEURS</translation>
    </message>
    <message>
        <source>Watch these workgroups&apos; queues (comma-separated) after the login.</source>
        <translation>Surveiller les files d&apos;attente de ces groupes de travail (séparés par des virgules) après la connexion.</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NOMS</translation>
    </message>
</context>
<context>
    <name>CallData::AppSettings</name>
    <message>
        <source>Settings could not be saved to %1. Recent servers, trusted certificates and the window layout will not be remembered; check that the disk has room and the folder may be written.</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés dans %1. Les serveurs récents, les certificats approuvés et la disposition de la fenêtre ne seront pas mémorisés ; vérifiez que le disque dispose d&apos;espace et que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>CallData::AttributeFile</name>
    <message>
        <source>Could not open %1: %2. Check the path and that you may read the file.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2. Vérifiez le chemin et que vous avez le droit de lire le fichier.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; call data files are much smaller. Choose the right file.</source>
        <translation>%1 dépasse 16 Mio ; les fichiers de données d&apos;appel sont bien plus petits. Choisissez le bon fichier.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text. Save it as UTF-8 (&quot;CSV UTF-8&quot;) and try again.</source>
        <translation>%1 n&apos;est pas un texte UTF-8 valide. Enregistrez-le en UTF-8 (« CSV UTF-8 ») et réessayez.</translation>
    </message>
    <message>
        <source>%1 has an unknown type. Use a .json, .csv or .tsv file.</source>
        <translation>Le type de %1 est inconnu. Utilisez un fichier .json, .csv ou .tsv.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2). Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>JSON non valide (%1 à l&apos;octet %2). Un objet tel que {&quot;key&quot;: &quot;value&quot;} est attendu.</translation>
    </message>
    <message>
        <source>the JSON is not an object. Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>le JSON n&apos;est pas un objet. Un objet tel que {&quot;key&quot;: &quot;value&quot;} est attendu.</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed. Add the closing quote (&quot;).</source>
        <translation>ligne %1 : un champ entre guillemets n&apos;est pas fermé. Ajoutez le guillemet fermant (&quot;).</translation>
    </message>
    <message>
        <source>line %1 has %2 columns; expected two (key and value). Quote values that contain the separator.</source>
        <translation>la ligne %1 compte %2 colonnes ; deux sont attendues (clé et valeur). Mettez entre guillemets les valeurs qui contiennent le séparateur.</translation>
    </message>
    <message>
        <source>not valid UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation>texte UTF-8 non valide. Enregistrez le fichier en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>entry %1: the value of &quot;%2&quot; is not a string. Put the value in quotes, for example &quot;%2&quot;: &quot;42&quot;.</source>
        <translation>entrée %1 : la valeur de « %2 » n&apos;est pas une chaîne. Mettez la valeur entre guillemets, par exemple &quot;%2&quot;: &quot;42&quot;.</translation>
    </message>
    <message>
        <source>entries %1 and %2 both have the key &quot;%3&quot;; JSON would keep only one of them. Remove the entry that is wrong.</source>
        <translation>les entrées %1 et %2 ont toutes deux la clé « %3 » ; JSON n&apos;en conserverait qu&apos;une. Supprimez l&apos;entrée erronée.</translation>
    </message>
    <message>
        <source>the JSON could not be read in order. Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>le JSON n&apos;a pas pu être lu dans l&apos;ordre. Un objet tel que {&quot;key&quot;: &quot;value&quot;} est attendu.</translation>
    </message>
    <message>
        <source>line %1: there is text after the closing quote of a field. Put the whole field in quotes and double each quote inside it, for example &quot;12&quot;&quot; pipe&quot;.</source>
        <translation>ligne %1 : du texte suit le guillemet fermant d&apos;un champ. Mettez tout le champ entre guillemets et doublez chaque guillemet qu&apos;il contient, par exemple &quot;12&quot;&quot; tuyau&quot;.</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one. Put the whole field in quotes and double each quote inside it, for example &quot;12&quot;&quot; pipe&quot;.</source>
        <translation>ligne %1 : un guillemet figure dans un champ qui ne commence pas par un guillemet. Mettez tout le champ entre guillemets et doublez chaque guillemet qu&apos;il contient, par exemple &quot;12&quot;&quot; tuyau&quot;.</translation>
    </message>
    <message>
        <source>line %1 has only one column; expected two (key and value). Add the separator and the value; for an empty value end the line with the separator.</source>
        <translation>la ligne %1 ne compte qu&apos;une colonne ; deux sont attendues (clé et valeur). Ajoutez le séparateur et la valeur ; pour une valeur vide, terminez la ligne par le séparateur.</translation>
    </message>
    <message>
        <source>the clipboard text is not valid UTF-8, so some characters would be lost. Copy it again, or save it as a UTF-8 file and import that.</source>
        <translation>le texte du presse-papiers n&apos;est pas un texte UTF-8 valide, certains caractères seraient donc perdus. Copiez-le à nouveau, ou enregistrez-le dans un fichier UTF-8 et importez celui-ci.</translation>
    </message>
    <message>
        <source>line %1 of the clipboard text holds U+FFFD (�), the mark of a character lost because the copied text was not valid UTF-8. Copy it again from a program that writes UTF-8, or save it as a UTF-8 file and import that.</source>
        <translation>la ligne %1 du texte du presse-papiers contient U+FFFD (�), la marque d’un caractère perdu parce que le texte copié n’était pas de l’UTF-8 valide. Copiez-le à nouveau depuis un programme qui écrit de l’UTF-8, ou enregistrez-le dans un fichier UTF-8 et importez celui-ci.</translation>
    </message>
</context>
<context>
    <name>CallData::AuditLog</name>
    <message>
        <source>another program has held the lock %1 for over %2 seconds</source>
        <translation>un autre programme détient le verrou %1 depuis plus de %2 secondes</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation>le fichier de verrou %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be read: %2.</source>
        <translation>Le journal d&apos;audit %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>The masking key %1 is damaged; restore it from a backup, or move it away to start a new one (older masked values then no longer compare).</source>
        <translation>La clé de masquage %1 est endommagée ; restaurez-la depuis une sauvegarde, ou déplacez-la pour en créer une nouvelle (les anciennes valeurs masquées ne seront alors plus comparables).</translation>
    </message>
    <message>
        <source>The masking key %1 cannot be written: %2.</source>
        <translation>La clé de masquage %1 ne peut pas être écrite : %2.</translation>
    </message>
    <message>
        <source>The audit log %1 could not be written: %2.</source>
        <translation>Le journal d&apos;audit %1 n&apos;a pas pu être écrit : %2.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>son dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>its head file: %1</source>
        <translation>son fichier de tête : %1</translation>
    </message>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation>Le journal d&apos;audit %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Line %1 is cut short (it has no line end): the file was truncated or a write was interrupted.</source>
        <translation>La ligne %1 est tronquée (elle n&apos;a pas de fin de ligne) : le fichier a été tronqué ou une écriture a été interrompue.</translation>
    </message>
    <message>
        <source>Line %1 is not an audit record: it was edited or damaged.</source>
        <translation>La ligne %1 n&apos;est pas un enregistrement d&apos;audit : elle a été modifiée ou endommagée.</translation>
    </message>
    <message>
        <source>Line %1 holds record number %2: records before it were removed, reordered or duplicated.</source>
        <translation>La ligne %1 contient l&apos;enregistrement numéro %2 : des enregistrements antérieurs ont été supprimés, réordonnés ou dupliqués.</translation>
    </message>
    <message>
        <source>Line 1 does not start the chain: it was edited.</source>
        <translation>La ligne 1 ne commence pas la chaîne : elle a été modifiée.</translation>
    </message>
    <message>
        <source>Line %1 does not follow line %2 (the hash of line %2 differs from the one line %1 recorded): line %2 was edited, or lines were removed or reordered.</source>
        <translation>La ligne %1 ne suit pas la ligne %2 (le hachage de la ligne %2 diffère de celui que la ligne %1 a enregistré) : la ligne %2 a été modifiée, ou des lignes ont été supprimées ou réordonnées.</translation>
    </message>
    <message>
        <source>The head file %1 is missing, so removal of the newest records cannot be checked.</source>
        <translation>Le fichier de tête %1 est manquant, la suppression des enregistrements les plus récents ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <source>The head file %1 is damaged.</source>
        <translation>Le fichier de tête %1 est endommagé.</translation>
    </message>
    <message>
        <source>The log ends after record %1 but its head file names record %2: the newest records were removed.</source>
        <translation>Le journal se termine après l&apos;enregistrement %1, mais son fichier de tête indique l&apos;enregistrement %2 : les enregistrements les plus récents ont été supprimés.</translation>
    </message>
    <message>
        <source>Line %1 differs from the record the head file names: it was edited.</source>
        <translation>La ligne %1 diffère de l&apos;enregistrement indiqué par le fichier de tête : elle a été modifiée.</translation>
    </message>
    <message>
        <source>The CSV could not be written: %1.</source>
        <translation>Le fichier CSV n&apos;a pas pu être écrit : %1.</translation>
    </message>
</context>
<context>
    <name>CallData::CallDataModel</name>
    <message>
        <source>The value contains a control character (such as a tab or line break); it is sent as is.</source>
        <translation>La valeur contient un caractère de contrôle (tabulation ou saut de ligne, par exemple) ; elle est envoyée telle quelle.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>Modifier la clé de la ligne %1</translation>
    </message>
    <message>
        <source>Edit value in row %1</source>
        <translation>Modifier la valeur de la ligne %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Replace all rows</source>
        <translation>Remplacer toutes les lignes</translation>
    </message>
    <message>
        <source>Clear all rows</source>
        <translation>Effacer toutes les lignes</translation>
    </message>
    <message>
        <source>No call data yet. Add a row, paste rows from a spreadsheet or import a file.</source>
        <translation>Aucune donnée d&apos;appel pour l&apos;instant. Ajoutez une ligne, collez des lignes depuis un tableur ou importez un fichier.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>That is more than the %1 contact-list columns Dialer recommends.</source>
        <translation>C&apos;est plus que les %1 colonnes de liste de contacts recommandées par Dialer.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n rows</source>
        <translation>
            <numerusform>Ajouter %n ligne</numerusform>
            <numerusform>Ajouter %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>Insérer une ligne</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n rows</source>
        <translation>
            <numerusform>Insérer %n ligne</numerusform>
            <numerusform>Insérer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rows</source>
        <translation>
            <numerusform>Supprimer %n ligne</numerusform>
            <numerusform>Supprimer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row must be fixed before sending.</source>
        <translation>1 ligne doit être corrigée avant l&apos;envoi.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows must be fixed before sending.</source>
        <translation>
            <numerusform>%n ligne doit être corrigée avant l&apos;envoi.</numerusform>
            <numerusform>%n lignes doivent être corrigées avant l&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attribute ready to send.</source>
        <translation>1 attribut prêt à être envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n attributes ready to send.</source>
        <translation>
            <numerusform>%n attribut prêt à être envoyé.</numerusform>
            <numerusform>%n attributs prêts à être envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning.</source>
        <translation>1 avertissement.</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings.</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the call holds now for %1, as the server shows it.</source>
        <translation>Ce que l&apos;appel contient actuellement pour %1, tel que le serveur l&apos;indique.</translation>
    </message>
    <message>
        <source>Not known: the call is not on a watched queue and could not be read.</source>
        <translation>Inconnu : l&apos;appel n&apos;est dans aucune file d&apos;attente surveillée et n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>On the call now</source>
        <translation>Dans l&apos;appel</translation>
    </message>
</context>
<context>
    <name>CallData::CallDataView</name>
    <message>
        <source>Call data</source>
        <translation>Données d&apos;appel</translation>
    </message>
</context>
<context>
    <name>CallData::CertificateDialog</name>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation>(aucun signalé)</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Faire confiance à ce certificat pour %1</translation>
    </message>
    <message>
        <source>Server certificate CHANGED</source>
        <translation>Le certificat du serveur a CHANGÉ</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED since you trusted it. Someone may be intercepting the connection. Do not continue unless the server&apos;s administrator confirms that the certificate was replaced and gives you this exact fingerprint.</source>
        <translation>AVERTISSEMENT : le certificat de %1 a CHANGÉ depuis que vous lui avez fait confiance. Quelqu&apos;un intercepte peut-être la connexion. Ne continuez pas, sauf si l&apos;administrateur du serveur confirme que le certificat a été remplacé et vous communique exactement cette empreinte.</translation>
    </message>
    <message>
        <source>The server now presents this certificate:</source>
        <translation>Le serveur présente désormais ce certificat :</translation>
    </message>
    <message>
        <source>Trusting it replaces the certificate you trusted before for %1.</source>
        <translation>Lui faire confiance remplace le certificat auquel vous faisiez confiance jusqu&apos;ici pour %1.</translation>
    </message>
    <message>
        <source>Untrusted server certificate</source>
        <translation>Certificat de serveur non approuvé</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust. This is common for CIC servers with a self-made certificate.</source>
        <translation>Le serveur %1 a présenté un certificat auquel cet ordinateur ne fait pas confiance. C&apos;est courant pour les serveurs CIC dotés d&apos;un certificat auto-signé.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gives you. If they match, trust the certificate: Call Data Editor will accept exactly this certificate for %1 from now on, and will warn you if it ever changes.</source>
        <translation>Comparez l&apos;empreinte avec celle que vous communique votre administrateur. Si elles correspondent, faites confiance au certificat : Call Data Editor acceptera désormais exactement ce certificat pour %1 et vous avertira s&apos;il change un jour.</translation>
    </message>
    <message>
        <source>Trusted certificate not valid</source>
        <translation>Certificat approuvé non valide</translation>
    </message>
    <message>
        <source>The server %1 presented the certificate you trusted, but it has a problem that trusting it does not waive:</source>
        <translation>Le serveur %1 a présenté le certificat auquel vous faites confiance, mais celui-ci présente un problème que la confiance n&apos;efface pas :</translation>
    </message>
    <message>
        <source>Trusting a certificate waives who issued it and which host it names, never its validity period. Ask the administrator to renew the server&apos;s certificate.</source>
        <translation>Faire confiance à un certificat passe outre son émetteur et l&apos;hôte qu&apos;il nomme, jamais sa période de validité. Demandez à l&apos;administrateur de renouveler le certificat du serveur.</translation>
    </message>
</context>
<context>
    <name>CallData::ChosenCall</name>
    <message>
        <source>The call has left the agent&apos;s queue; the server will probably refuse a correction now.</source>
        <translation>L&apos;appel a quitté la file d&apos;attente de l&apos;agent ; le serveur refusera probablement une correction maintenant.</translation>
    </message>
    <message>
        <source>The call had already ended when it was first seen; the server may refuse a correction.</source>
        <translation>L&apos;appel était déjà terminé lorsqu&apos;il a été vu pour la première fois ; le serveur pourrait refuser une correction.</translation>
    </message>
    <message>
        <source>The call ended at %1 — the usual %2 s to correct it are over; the server will probably refuse a correction now.</source>
        <translation>L&apos;appel s&apos;est terminé à %1 — les %2 s habituelles pour le corriger sont écoulées ; le serveur refusera probablement une correction maintenant.</translation>
    </message>
    <message>
        <source>The call ended at %1 — about %2 s left to correct it.</source>
        <translation>L&apos;appel s&apos;est terminé à %1 — il reste environ %2 s pour le corriger.</translation>
    </message>
</context>
<context>
    <name>CallData::ConnectionBar</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Session ended on %1 — log in again to send</source>
        <translation>Session terminée sur %1 — reconnectez-vous pour envoyer</translation>
    </message>
</context>
<context>
    <name>CallData::CorrectionPanel</name>
    <message>
        <source>Campaign ID</source>
        <translation>ID de campagne</translation>
    </message>
    <message>
        <source>Campaign of the active call</source>
        <translation>Campagne de l&apos;appel actif</translation>
    </message>
    <message>
        <source>Call ID of the active call</source>
        <translation>ID d&apos;appel de l&apos;appel actif</translation>
    </message>
    <message>
        <source>Send the call data to the server (Ctrl+Enter)</source>
        <translation>Envoyer les données d&apos;appel au serveur (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Abort the running request (Esc)</source>
        <translation>Interrompre la requête en cours (Échap)</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+N or Insert)</source>
        <translation>Ajouter une ligne (Ctrl+N ou Inser)</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>&amp;Supprimer les lignes</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Supprimer les lignes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>&amp;Coller des lignes</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet (Ctrl+V)</source>
        <translation>Coller des lignes copiées depuis un tableur (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>C&amp;opier les lignes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows, or all rows, as tab-separated text (Ctrl+C)</source>
        <translation>Copier les lignes sélectionnées, ou toutes les lignes, sous forme de texte séparé par des tabulations (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Import call data…</source>
        <translation>&amp;Importer des données d&apos;appel…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a .json, .csv or .tsv file (Ctrl+O)</source>
        <translation>Importer un fichier .json, .csv ou .tsv (Ctrl+O)</translation>
    </message>
    <message>
        <source>C&amp;lear all rows</source>
        <translation>&amp;Effacer toutes les lignes</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove all rows (undo brings them back)</source>
        <translation>Supprimer toutes les lignes (Annuler permet de les restaurer)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler : %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir : %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as rows.</source>
        <translation>Le presse-papiers ne contient aucun texte à coller sous forme de lignes.</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>Rien n&apos;a été collé : %1</translation>
    </message>
    <message>
        <source>Paste row</source>
        <translation>Coller une ligne</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation>
            <numerusform>Coller %n ligne</numerusform>
            <numerusform>Coller %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted 1 row. Ctrl+Z undoes this.</source>
        <translation>1 ligne collée. Ctrl+Z pour annuler.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n rows. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>%n ligne collée. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n lignes collées. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied 1 row as tab-separated text.</source>
        <translation>1 ligne copiée sous forme de texte séparé par des tabulations.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows as tab-separated text.</source>
        <translation>
            <numerusform>%n ligne copiée sous forme de texte séparé par des tabulations.</numerusform>
            <numerusform>%n lignes copiées sous forme de texte séparé par des tabulations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import call data</source>
        <translation>Importer des données d&apos;appel</translation>
    </message>
    <message>
        <source>Call data (*.json *.csv *.tsv);;All files (*)</source>
        <translation>Données d&apos;appel (*.json *.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Imported 1 row from %1. Ctrl+Z undoes the import.</source>
        <translation>1 ligne importée depuis %1. Ctrl+Z annule l&apos;importation.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from %1. Ctrl+Z undoes the import.</source>
        <translation>
            <numerusform>%n ligne importée depuis %1. Ctrl+Z annule l&apos;importation.</numerusform>
            <numerusform>%n lignes importées depuis %1. Ctrl+Z annule l&apos;importation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallData::CredentialStore</name>
    <message>
        <source>No password is stored in the system keychain for this user and server.</source>
        <translation>Aucun mot de passe n&apos;est enregistré dans le trousseau système pour cet utilisateur et ce serveur.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password is not remembered; type it each time.</source>
        <translation>Aucun trousseau système n&apos;est disponible, le mot de passe n&apos;est donc pas mémorisé ; saisissez-le à chaque fois.</translation>
    </message>
    <message>
        <source>The system keychain refused the request, so the password is not remembered.</source>
        <translation>Le trousseau système a refusé la demande, le mot de passe n&apos;est donc pas mémorisé.</translation>
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
            <numerusform>Ouvert avec la correction de la ligne de commande. Le brouillon non envoyé enregistré le %1 (campagne %2, appel %3, %n ligne) n&apos;a pas été restauré ; cette correction le remplace.</numerusform>
            <numerusform>Ouvert avec la correction de la ligne de commande. Le brouillon non envoyé enregistré le %1 (campagne %2, appel %3, %n lignes) n&apos;a pas été restauré ; cette correction le remplace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsent draft</source>
        <translation>Restaurer le brouillon non envoyé</translation>
    </message>
    <message numerus="yes">
        <source>Restored your unsent correction saved at %1 (campaign %2, call %3, %n row(s)): the program ended last time before it was sent.</source>
        <translation>
            <numerusform>Votre correction non envoyée, enregistrée le %1 (campagne %2, appel %3, %n ligne), a été restaurée : la dernière fois, le programme s&apos;est arrêté avant son envoi.</numerusform>
            <numerusform>Votre correction non envoyée, enregistrée le %1 (campagne %2, appel %3, %n lignes), a été restaurée : la dernière fois, le programme s&apos;est arrêté avant son envoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallData::DraftStore</name>
    <message>
        <source>The saved draft %1 cannot be read; it was left in place.</source>
        <translation>Le brouillon enregistré %1 ne peut pas être lu ; il a été laissé en place.</translation>
    </message>
    <message>
        <source>Your unsent correction cannot be saved to %1 (%2), so it would not survive a crash. Free some disk space or check the folder&apos;s permissions.</source>
        <translation>Votre correction non envoyée ne peut pas être enregistrée dans %1 (%2) ; elle ne survivrait donc pas à un plantage. Libérez de l&apos;espace disque ou vérifiez les autorisations du dossier.</translation>
    </message>
</context>
<context>
    <name>CallData::HistoryPanel</name>
    <message>
        <source>Accepted (%1)</source>
        <translation>Acceptée (%1)</translation>
    </message>
    <message>
        <source>Canceled; the server may have received it</source>
        <translation>Annulée ; le serveur l&apos;a peut-être reçue</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Refusée (%1)</translation>
    </message>
    <message>
        <source>No answer (%1)</source>
        <translation>Pas de réponse (%1)</translation>
    </message>
    <message>
        <source>Login failed, not sent: %1</source>
        <translation>Échec de la connexion, non envoyée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the audit log could not be read; calldata-cli audit verify says why.</source>
        <translation>
            <numerusform>%n ligne du journal d&apos;audit n&apos;a pas pu être lue ; calldata-cli audit verify en donne la raison.</numerusform>
            <numerusform>%n lignes du journal d&apos;audit n&apos;ont pas pu être lues ; calldata-cli audit verify en donne la raison.</numerusform>
        </translation>
    </message>
    <message>
        <source>No corrections sent yet.</source>
        <translation>Aucune correction envoyée pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s).</source>
        <translation>
            <numerusform>%n correction.</numerusform>
            <numerusform>%n corrections.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 corrections.</source>
        <translation>%1 corrections sur %2.</translation>
    </message>
    <message>
        <source>Select a correction to see what was sent.</source>
        <translation>Sélectionnez une correction pour voir ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, from %4.</source>
        <translation>%1 par %2 sur %3, depuis %4.</translation>
    </message>
    <message>
        <source>Values were masked in the log; loading fills in the keys only.</source>
        <translation>Les valeurs ont été masquées dans le journal ; le chargement ne remplit que les clés.</translation>
    </message>
</context>
<context>
    <name>CallData::KeychainCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>cette version ne prend pas en charge le trousseau système</translation>
    </message>
</context>
<context>
    <name>CallData::LanguageMenu</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsFlow</name>
    <message>
        <source>Call status</source>
        <translation>État de l&apos;appel</translation>
    </message>
    <message>
        <source> — seen on the call: %1 of %2.</source>
        <translation> — visible dans l&apos;appel : %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <source> — but after %n s the call shows %1 of %2 sent values. The server received the correction; whether Dialer applied it is not confirmed.</source>
        <translation>
            <numerusform> — mais après %n s, l&apos;appel affiche %1 des %2 valeurs envoyées. Le serveur a reçu la correction ; il n&apos;est pas confirmé que Dialer l&apos;a appliquée.</numerusform>
            <numerusform> — mais après %n s, l&apos;appel affiche %1 des %2 valeurs envoyées. Le serveur a reçu la correction ; il n&apos;est pas confirmé que Dialer l&apos;a appliquée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsModel</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Alerting</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parqué</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>En cours d&apos;établissement</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Disconnected (internal)</source>
        <translation>Déconnecté (interne)</translation>
    </message>
    <message>
        <source>Disconnected (remote)</source>
        <translation>Déconnecté (distant)</translation>
    </message>
    <message>
        <source>ended before the watch</source>
        <translation>terminé avant la surveillance</translation>
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
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID d&apos;appel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since the end</source>
        <translation>Depuis la fin</translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsPanel</name>
    <message>
        <source>The watch starts after the login.</source>
        <translation>La surveillance commence après la connexion.</translation>
    </message>
    <message>
        <source>Name agents or workgroups and choose Watch.</source>
        <translation>Indiquez des agents ou des groupes de travail et choisissez Surveiller.</translation>
    </message>
    <message>
        <source>Starting the watch…</source>
        <translation>Démarrage de la surveillance…</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %n call(s) shown</source>
        <translation>
            <numerusform>Surveillance : %n appel affiché</numerusform>
            <numerusform>Surveillance : %n appels affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n on the queues).</source>
        <translation>
            <numerusform> (%n dans les files d&apos;attente).</numerusform>
            <numerusform> (%n dans les files d&apos;attente).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the watch: %1</source>
        <translation>Le serveur a refusé la surveillance : %1</translation>
    </message>
    <message>
        <source>Live calls &amp;columns…</source>
        <translation>&amp;Colonnes des appels en cours…</translation>
    </message>
    <message>
        <source>Live calls columns</source>
        <translation>Colonnes des appels en cours</translation>
    </message>
    <message>
        <source>More attributes to show as columns, separated by commas:</source>
        <translation>Autres attributs à afficher en colonnes, séparés par des virgules :</translation>
    </message>
    <message>
        <source>Call &amp;ID attribute…</source>
        <translation>Attribut de l&apos;&amp;ID d&apos;appel…</translation>
    </message>
    <message>
        <source>(the interaction ID)</source>
        <translation>(l&apos;ID d&apos;interaction)</translation>
    </message>
    <message>
        <source>Call ID attribute</source>
        <translation>Attribut de l&apos;ID d&apos;appel</translation>
    </message>
    <message>
        <source>Use this call fills Call ID from (which one update-call-data wants is not confirmed; follow your site&apos;s lab test):</source>
        <translation>« Utiliser cet appel » prend l&apos;ID d&apos;appel dans (celui qu&apos;attend update-call-data n&apos;est pas confirmé ; suivez le test en laboratoire de votre site) :</translation>
    </message>
    <message>
        <source>Correction &amp;window…</source>
        <translation>&amp;Délai de correction…</translation>
    </message>
    <message>
        <source>Correction window</source>
        <translation>Délai de correction</translation>
    </message>
    <message>
        <source>A call can be corrected this many seconds after it ends:</source>
        <translation>Nombre de secondes pendant lesquelles un appel peut être corrigé après sa fin :</translation>
    </message>
    <message>
        <source>Time to &amp;see a correction…</source>
        <translation>Délai pour &amp;voir une correction…</translation>
    </message>
    <message>
        <source>Time to see a correction</source>
        <translation>Délai pour voir une correction</translation>
    </message>
    <message>
        <source>After the server accepts a correction, wait this many seconds for the call to show it:</source>
        <translation>Après l&apos;acceptation d&apos;une correction par le serveur, attendre ce nombre de secondes que l&apos;appel l&apos;affiche :</translation>
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
        <translation>Indiquez au moins un agent (ID d&apos;utilisateur CIC) ou un groupe de travail à surveiller, séparés par des virgules.</translation>
    </message>
</context>
<context>
    <name>CallData::LoginPanel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>e.g. cic1 or https://cic1:8019</source>
        <translation>par ex. cic1 ou https://cic1:8019</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. cic1 or https://cic1:8019.</source>
        <translation>Saisissez l&apos;adresse du serveur, par ex. cic1 ou https://cic1:8019.</translation>
    </message>
    <message>
        <source>Enter your IC user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur IC.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Saisissez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>Server login — plain http://: the password and the call data cross the network unencrypted</source>
        <translation>Connexion au serveur — http:// simple : le mot de passe et les données d&apos;appel circulent en clair sur le réseau</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Use https:// unless this network is trusted.</source>
        <translation>Utilisez https://, sauf si ce réseau est de confiance.</translation>
    </message>
    <message>
        <source>Remember password (no keychain)</source>
        <translation>Mémoriser le mot de passe (pas de trousseau)</translation>
    </message>
    <message>
        <source>This build of Call Data Editor has no system keychain support, so the password is typed each time.</source>
        <translation>Cette version de Call Data Editor ne prend pas en charge le trousseau système : le mot de passe doit être saisi à chaque fois.</translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain (never in the settings file).</source>
        <translation>Conserve le mot de passe dans le trousseau système (jamais dans le fichier de paramètres).</translation>
    </message>
</context>
<context>
    <name>CallData::MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Annuler la requête</translation>
    </message>
    <message>
        <source>&amp;Keep-alive interval…</source>
        <translation>&amp;Intervalle de maintien de session…</translation>
    </message>
    <message>
        <source>&amp;About Call Data Editor</source>
        <translation>&amp;À propos de Call Data Editor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About Call Data Editor</source>
        <translation>À propos de Call Data Editor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Call Data Editor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Corrects the call data of active Interaction Dialer calls over the ICWS REST API.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Call Data Editor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Corrige les données d&apos;appel des appels Interaction Dialer actifs via l&apos;API REST ICWS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rows from the command line</source>
        <translation>Lignes issues de la ligne de commande</translation>
    </message>
    <message>
        <source>Keep-alive interval</source>
        <translation>Intervalle de maintien de session</translation>
    </message>
    <message>
        <source>While logged in, ask the server for messages every (seconds):</source>
        <translation>Tant que vous êtes connecté, demander les messages au serveur toutes les (secondes) :</translation>
    </message>
    <message>
        <source>Unsent edits</source>
        <translation>Modifications non envoyées</translation>
    </message>
    <message>
        <source>The call data has edits that were not sent. Close anyway and discard them?</source>
        <translation>Les données d&apos;appel comportent des modifications qui n&apos;ont pas été envoyées. Fermer quand même et les abandonner ?</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time Call Data Editor starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Call Data Editor.</translation>
    </message>
    <message>
        <source>Call Data Editor[*]</source>
        <translation>Call Data Editor[*]</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Mask values in the audit log</source>
        <translation>&amp;Masquer les valeurs dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Copy audit records to the s&amp;ystem log</source>
        <translation>Copier les enregistrements d&apos;audit dans le journal s&amp;ystème</translation>
    </message>
    <message>
        <source>Load from history</source>
        <translation>Charger depuis l&apos;historique</translation>
    </message>
    <message>
        <source>Loaded the correction for call %1 in campaign %2 sent at %3. Edit → Undo brings the previous rows back.</source>
        <translation>La correction de l&apos;appel %1 de la campagne %2, envoyée le %3, a été chargée. Édition → Annuler rétablit les lignes précédentes.</translation>
    </message>
    <message>
        <source>Its values were masked in the audit log: fill them in again.</source>
        <translation>Ses valeurs ont été masquées dans le journal d&apos;audit : saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>A correction is being sent</source>
        <translation>Une correction est en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Wait for the answer</source>
        <translation>Attendre la réponse</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
    <message>
        <source>A correction is being sent to the server. If you close now, the window stops waiting, but the server may still apply it, and you will not see whether it did. Wait for the answer, or close anyway?</source>
        <translation>Une correction est en cours d&apos;envoi au serveur. Si vous fermez maintenant, la fenêtre cesse d&apos;attendre, mais le serveur peut quand même l&apos;appliquer, et vous ne saurez pas s&apos;il l&apos;a fait. Attendre la réponse, ou fermer quand même ?</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Appels en cours</translation>
    </message>
    <message>
        <source>Live &amp;calls</source>
        <translation>Appels en &amp;cours</translation>
    </message>
</context>
<context>
    <name>CallData::MemoryCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>cette version ne prend pas en charge le trousseau système</translation>
    </message>
</context>
<context>
    <name>CallData::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>CallData::SessionController</name>
    <message>
        <source>Connected to %1 — %2</source>
        <translation>Connecté à %1 — %2</translation>
    </message>
    <message>
        <source>Connected to %1 — %2 — server %3</source>
        <translation>Connecté à %1 — %2 — serveur %3</translation>
    </message>
    <message>
        <source>A request is still running; wait for it or cancel it first.</source>
        <translation>Une requête est encore en cours ; attendez-la ou annulez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Already logged in; log out first.</source>
        <translation>Déjà connecté ; déconnectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>No answer to the keep-alive since %1: %2 Retrying every %3 s.</source>
        <translation>Aucune réponse au maintien de session depuis %1 : %2 Nouvel essai toutes les %3 s.</translation>
    </message>
</context>
<context>
    <name>CallData::SessionFlow</name>
    <message>
        <source>Logged out. Your edits are kept.</source>
        <translation>Déconnecté. Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Sending… (Esc cancels)</source>
        <translation>Envoi en cours… (Échap pour annuler)</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends.</source>
        <translation>Ctrl+Entrée pour envoyer.</translation>
    </message>
    <message>
        <source>Send the call data to the server (Ctrl+Enter)</source>
        <translation>Envoyer les données d&apos;appel au serveur (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Log in to send.</source>
        <translation>Connectez-vous pour envoyer.</translation>
    </message>
    <message>
        <source>The session has ended; log in again to send.</source>
        <translation>La session a pris fin ; reconnectez-vous pour envoyer.</translation>
    </message>
    <message>
        <source>Fix the marked rows to send.</source>
        <translation>Corrigez les lignes signalées pour pouvoir envoyer.</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Logged in again. Send the correction again: 1 attribute for call %1 in campaign %2?</source>
        <translation>Reconnecté. Renvoyer la correction : 1 attribut pour l&apos;appel %1 de la campagne %2 ?</translation>
    </message>
    <message numerus="yes">
        <source>Logged in again. Send the correction again: %n attributes for call %1 in campaign %2?</source>
        <translation>
            <numerusform>Reconnecté. Renvoyer la correction : %n attribut pour l&apos;appel %1 de la campagne %2 ?</numerusform>
            <numerusform>Reconnecté. Renvoyer la correction : %n attributs pour l&apos;appel %1 de la campagne %2 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged in again. The correction was not re-sent; press Send when ready.</source>
        <translation>Reconnecté. La correction n&apos;a pas été renvoyée ; cliquez sur Envoyer quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>Could not log in to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Examiner le certificat…</translation>
    </message>
    <message>
        <source>Login to %1 canceled.</source>
        <translation>Connexion à %1 annulée.</translation>
    </message>
    <message>
        <source>Accepted by the server (%1) at %2 — 1 attribute for call %3 in campaign %4.</source>
        <translation>Accepté par le serveur (%1) à %2 — 1 attribut pour l&apos;appel %3 de la campagne %4.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted by the server (%1) at %2 — %n attributes for call %3 in campaign %4.</source>
        <translation>
            <numerusform>Accepté par le serveur (%1) à %2 — %n attribut pour l&apos;appel %3 de la campagne %4.</numerusform>
            <numerusform>Accepté par le serveur (%1) à %2 — %n attributs pour l&apos;appel %3 de la campagne %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in again and re-send</source>
        <translation>Se reconnecter et renvoyer</translation>
    </message>
    <message>
        <source>The server %1 ended the session.</source>
        <translation>Le serveur %1 a mis fin à la session.</translation>
    </message>
    <message>
        <source>The server %1 ended the session: %2</source>
        <translation>Le serveur %1 a mis fin à la session : %2</translation>
    </message>
    <message>
        <source>Your edits are kept. Log in again to continue.</source>
        <translation>Vos modifications sont conservées. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>The certificate is trusted now. Send again.</source>
        <translation>Vous faites maintenant confiance au certificat. Envoyez à nouveau.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Renvoyer ?</translation>
    </message>
    <message>
        <source>This send is missing from the audit log; tell whoever keeps it.</source>
        <translation>Cet envoi manque dans le journal d&apos;audit ; prévenez la personne qui en est responsable.</translation>
    </message>
    <message>
        <source>Send %1 attributes? That is far more than the %2 contact-list columns Dialer recommends; a whole contact list or the wrong file may have been pasted.</source>
        <translation>Envoyer %1 attributs ? C&apos;est bien plus que les %2 colonnes de liste de contacts recommandées par Dialer ; une liste de contacts entière ou le mauvais fichier a peut-être été collé.</translation>
    </message>
    <message>
        <source>Nothing was sent. The rows are kept.</source>
        <translation>Rien n&apos;a été envoyé. Les lignes sont conservées.</translation>
    </message>
    <message>
        <source>Send this many attributes?</source>
        <translation>Envoyer autant d&apos;attributs ?</translation>
    </message>
</context>
<context>
    <name>CallData::Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not available, so the texts stay in English. Available: %2.</source>
        <translation>La langue « %1 » n&apos;est pas disponible, les textes restent donc en anglais. Disponibles : %2.</translation>
    </message>
</context>
<context>
    <name>CallDataCli</name>
    <message>
        <source>1 attribute</source>
        <translation>1 attribut</translation>
    </message>
    <message>
        <source>%1 attributes</source>
        <translation>%1 attributs</translation>
    </message>
    <message>
        <source>%1 is not accepted: a password on the command line is visible to other users. Pass it on the first line of standard input with --password-stdin, or set the ICWS_PASSWORD environment variable.</source>
        <translation>%1 n&apos;est pas accepté : un mot de passe sur la ligne de commande est visible par les autres utilisateurs. Transmettez-le sur la première ligne de l&apos;entrée standard avec --password-stdin, ou définissez la variable d&apos;environnement ICWS_PASSWORD.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 n&apos;accepte pas de valeur.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 est indiqué plusieurs fois.</translation>
    </message>
    <message>
        <source>Unexpected argument %1 after the options of %2. Values need an option in front, e.g. --set KEY=VALUE.</source>
        <translation>Argument inattendu %1 après les options de %2. Les valeurs doivent être précédées d&apos;une option, par ex. --set CLÉ=VALEUR.</translation>
    </message>
    <message>
        <source>%1 is not an option of %2.</source>
        <translation>%1 n&apos;est pas une option de %2.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE; &quot;%1&quot; has no &apos;=&apos;.</source>
        <translation>--set attend CLÉ=VALEUR ; « %1 » ne contient pas de « = ».</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE; the key before the first &apos;=&apos; is empty.</source>
        <translation>--set attend CLÉ=VALEUR ; la clé avant le premier « = » est vide.</translation>
    </message>
    <message>
        <source>--file: %1 must end in .json, .csv or .tsv.</source>
        <translation>--file : %1 doit se terminer par .json, .csv ou .tsv.</translation>
    </message>
    <message>
        <source>--file: %1 does not exist or cannot be read.</source>
        <translation>--file : %1 n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>--ca-file: %1 does not exist or cannot be read.</source>
        <translation>--ca-file : %1 n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>--ca-file: %1 holds no PEM certificate.</source>
        <translation>--ca-file : %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>--pin-sha256: expected a SHA-256 fingerprint of 64 hex digits, with or without colons.</source>
        <translation>--pin-sha256 : une empreinte SHA-256 de 64 chiffres hexadécimaux est attendue, avec ou sans deux-points.</translation>
    </message>
    <message>
        <source>--timeout: expected a positive number of seconds (at most %1), e.g. 15.</source>
        <translation>--timeout : un nombre positif de secondes est attendu (au plus %1), par ex. 15.</translation>
    </message>
    <message>
        <source>--language: expected a language tag such as en-US or de.</source>
        <translation>--language : un code de langue tel que en-US ou de est attendu.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>%1 est obligatoire pour %2.</translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation>, entrée %1</translation>
    </message>
    <message>
        <source>Dry run: nothing is sent. A real run sends these requests (secrets redacted, {sessionId} comes from the login):</source>
        <translation>Simulation : rien n&apos;est envoyé. Une exécution réelle envoie ces requêtes (secrets masqués, {sessionId} provient de la connexion) :</translation>
    </message>
    <message>
        <source>Valid: %1 for call %2 in campaign %3 to %4; nothing was sent.</source>
        <translation>Valide : %1 pour l&apos;appel %2 de la campagne %3 vers %4 ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Accepted by the server (%1): %2 for call %3 in campaign %4 via %5.</source>
        <translation>Accepté par le serveur (%1) : %2 pour l&apos;appel %3 de la campagne %4 via %5.</translation>
    </message>
    <message>
        <source>Try &apos;calldata-cli --help&apos; for more information.</source>
        <translation>Essayez « calldata-cli --help » pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Mot de passe de %1 sur %2 : </translation>
    </message>
    <message>
        <source>--password-stdin: standard input ended before the password line.</source>
        <translation>--password-stdin : l&apos;entrée standard s&apos;est terminée avant la ligne du mot de passe.</translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is too long for a password.</source>
        <translation>--password-stdin : la première ligne de l&apos;entrée standard est trop longue pour un mot de passe.</translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is empty; it must hold the password.</source>
        <translation>--password-stdin : la première ligne de l&apos;entrée standard est vide ; elle doit contenir le mot de passe.</translation>
    </message>
    <message>
        <source>No password given. Put it on the first line of standard input and pass --password-stdin, or set the ICWS_PASSWORD environment variable. Passwords are never taken as arguments.</source>
        <translation>Aucun mot de passe fourni. Placez-le sur la première ligne de l&apos;entrée standard et indiquez --password-stdin, ou définissez la variable d&apos;environnement ICWS_PASSWORD. Les mots de passe ne sont jamais acceptés comme arguments.</translation>
    </message>
    <message>
        <source>No password entered.</source>
        <translation>Aucun mot de passe saisi.</translation>
    </message>
    <message>
        <source>update-call-data: available (dialer %1).</source>
        <translation>update-call-data : disponible (dialer %1).</translation>
    </message>
    <message>
        <source>update-call-data: not available; it needs dialer feature version %1 or later, the server offers %2.</source>
        <translation>update-call-data : non disponible ; la version %1 ou ultérieure de la fonctionnalité dialer est nécessaire, le serveur propose %2.</translation>
    </message>
    <message>
        <source>no dialer feature</source>
        <translation>pas de fonctionnalité dialer</translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation>Serveur %1 : %2</translation>
    </message>
    <message>
        <source>version not reported</source>
        <translation>version non indiquée</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Fonctionnalités : %1</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>aucune signalée</translation>
    </message>
    <message>
        <source>warning: logging out failed: %1</source>
        <translation>avertissement : la déconnexion a échoué : %1</translation>
    </message>
    <message>
        <source>warning: the server did not confirm the logout in time.</source>
        <translation>avertissement : le serveur n&apos;a pas confirmé la déconnexion à temps.</translation>
    </message>
    <message>
        <source>reading the server&apos;s features failed</source>
        <translation>la lecture des fonctionnalités du serveur a échoué</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>la connexion a échoué</translation>
    </message>
    <message>
        <source>update-call-data failed</source>
        <translation>update-call-data a échoué</translation>
    </message>
    <message>
        <source>hint: if your administrator confirms this fingerprint, run again with --pin-sha256 %1, or pass your company&apos;s CA certificate with --ca-file.</source>
        <translation>conseil : si votre administrateur confirme cette empreinte, relancez avec --pin-sha256 %1, ou indiquez le certificat CA de votre entreprise avec --ca-file.</translation>
    </message>
    <message>
        <source>calls needs at least one --agent USER_ID or --workgroup NAME to watch.</source>
        <translation>calls nécessite au moins un --agent ID_UTILISATEUR ou --workgroup NOM à surveiller.</translation>
    </message>
    <message>
        <source>error: the server refused to watch the queues (HTTP %1%2): %3</source>
        <translation>erreur : le serveur a refusé la surveillance des files d&apos;attente (HTTP %1%2) : %3</translation>
    </message>
    <message>
        <source>Check the agent IDs and workgroup names, and ask the CIC administrator whether your user may watch those queues.</source>
        <translation>Vérifiez les ID d&apos;agent et les noms de groupes de travail, et demandez à l&apos;administrateur CIC si votre utilisateur peut surveiller ces files d&apos;attente.</translation>
    </message>
    <message>
        <source>No interactions on the watched queues.</source>
        <translation>Aucune interaction dans les files d&apos;attente surveillées.</translation>
    </message>
    <message>
        <source>No Dialer calls on the watched queues.</source>
        <translation>Aucun appel Dialer dans les files d&apos;attente surveillées.</translation>
    </message>
    <message>
        <source>ended (the watch cannot tell when)</source>
        <translation>terminé (moment inconnu)</translation>
    </message>
    <message>
        <source>warning: %1 is plain http://, so the password and the call data cross the network unencrypted. Use https:// unless this network is trusted.</source>
        <translation>avertissement : %1 est en http:// simple, le mot de passe et les données d&apos;appel circulent donc en clair sur le réseau. Utilisez https://, sauf si ce réseau est de confiance.</translation>
    </message>
    <message>
        <source>watching the queues failed</source>
        <translation>la surveillance des files d&apos;attente a échoué</translation>
    </message>
    <message>
        <source>%1 attributes are far more than the %2 contact-list columns Dialer recommends; this is most likely the wrong file. Check it, or add --allow-many to send more than %3.</source>
        <translation>%1 attributs, c&apos;est bien plus que les %2 colonnes de liste de contacts recommandées par Dialer ; il s&apos;agit très probablement du mauvais fichier. Vérifiez-le, ou ajoutez --allow-many pour envoyer plus de %3 attributs.</translation>
    </message>
    <message>
        <source>Unknown audit action &quot;%1&quot;. Use audit verify or audit export --csv.</source>
        <translation>Action audit inconnue « %1 ». Utilisez audit verify ou audit export --csv.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use update, features, calls or audit.</source>
        <translation>Commande inconnue « %1 ». Utilisez update, features, calls ou audit.</translation>
    </message>
    <message>
        <source>No command given. Use update, features, calls or audit (see --help).</source>
        <translation>Aucune commande indiquée. Utilisez update, features, calls ou audit (voir --help).</translation>
    </message>
    <message>
        <source>audit needs an action: audit verify, or audit export --csv.</source>
        <translation>audit nécessite une action : audit verify, ou audit export --csv.</translation>
    </message>
    <message>
        <source>audit export needs --csv (the only export format).</source>
        <translation>audit export nécessite --csv (le seul format d&apos;exportation).</translation>
    </message>
    <message>
        <source>audit export prints CSV; --json is for audit verify.</source>
        <translation>audit export affiche du CSV ; --json est réservé à audit verify.</translation>
    </message>
    <message>
        <source>--csv is an option of audit export.</source>
        <translation>--csv est une option de audit export.</translation>
    </message>
    <message>
        <source>%1: intact, 1 record; the last record&apos;s SHA-256 is %2.</source>
        <translation>%1 : intact, 1 enregistrement ; le SHA-256 du dernier enregistrement est %2.</translation>
    </message>
    <message>
        <source>%1: intact, %2 records; the last record&apos;s SHA-256 is %3.</source>
        <translation>%1 : intact, %2 enregistrements ; le SHA-256 du dernier enregistrement est %3.</translation>
    </message>
    <message>
        <source>%1: broken at line %2. %3</source>
        <translation>%1 : rompu à la ligne %2. %3</translation>
    </message>
    <message>
        <source>%1: cannot be verified. %2</source>
        <translation>%1 : ne peut pas être vérifié. %2</translation>
    </message>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation>Le journal d&apos;audit %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>warning: line %1 is not an audit record and was left out; run calldata-cli audit verify.</source>
        <translation>avertissement : la ligne %1 n&apos;est pas un enregistrement d&apos;audit et a été ignorée ; exécutez calldata-cli audit verify.</translation>
    </message>
    <message>
        <source>warning: interrupted; the logout was not awaited.</source>
        <translation>avertissement : interrompu ; la déconnexion n&apos;a pas été attendue.</translation>
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
        <translation>Utilisation :
  calldata-cli update --server ADRESSE --user UTILISATEUR --campaign ID --call ID
                      [--set CLÉ=VALEUR]... [--file FICHIER] [--password-stdin]
                      [--ca-file PEM] [--pin-sha256 HEX] [--timeout SECONDES]
                      [--language LANGUE] [--dry-run] [--allow-many] [--json]
                      [--audit-mask] [--audit-syslog]
  calldata-cli features --server ADRESSE [--ca-file PEM] [--pin-sha256 HEX]
                        [--timeout SECONDES] [--json]
  calldata-cli calls --server ADRESSE --user UTILISATEUR
                     (--agent ID_UTILISATEUR | --workgroup NOM)...
                     [--attribute NOM]... [--all] [--call-id-from ATTRIBUT]
                     [--password-stdin] [--ca-file PEM] [--pin-sha256 HEX]
                     [--timeout SECONDES] [--language LANGUE] [--json]
  calldata-cli audit verify [--file CHEMIN] [--json]
  calldata-cli audit export --csv [--file CHEMIN]
  calldata-cli --version | --help

Envoie les données d&apos;appel d&apos;un appel Interaction Dialer actif à un serveur CIC
(ICWS update-call-data). Le serveur répond 202 lorsqu&apos;il a reçu les données ;
cela ne confirme pas que Dialer les a enregistrées.

Options :
  --server ADRESSE    host, host:port ou https://host:port (par défaut https,
                      port 8019)
  --user UTILISATEUR  ID d&apos;utilisateur CIC
  --campaign ID       ID de campagne de l&apos;appel actif
  --call ID           ID d&apos;appel de l&apos;appel actif
  --set CLÉ=VALEUR    un attribut ; coupé au premier « = » ; répétable
  --file FICHIER      attributs depuis .json (objet de chaînes), .csv ou .tsv
                      (deux colonnes, en-tête key,value facultatif), UTF-8
  --password-stdin    lire le mot de passe sur la première ligne de l&apos;entrée
                      standard
  --ca-file PEM       certificats CA supplémentaires auxquels faire confiance
  --pin-sha256 HEX    faire confiance à ce certificat de serveur (SHA-256,
                      deux-points facultatifs)
  --timeout SECONDES  délai maximal de la commande entière, de la connexion à la
                      déconnexion (15 par défaut) ; le processus se termine au
                      plus une demi-seconde après
  --language LANGUE   Accept-Language, par ex. en-US (par défaut : la langue du
                      système)
  --dry-run           valider et afficher les requêtes ; ne rien envoyer
  --allow-many        envoyer plus de 1 000 attributs (refusé sans cette option)
  --json              afficher exactement un objet JSON sur la sortie standard
  --verbose           journaliser les requêtes et la session sur la sortie
                      d&apos;erreur standard (jamais le mot de passe, le cookie ni le
                      jeton CSRF)
  --agent ID_UTILISATEUR
                      calls : surveiller la file d&apos;attente de cet agent ;
                      répétable
  --workgroup NOM     calls : surveiller la file d&apos;attente de ce groupe de
                      travail ; répétable
  --attribute NOM     calls : surveiller et afficher aussi cet attribut ;
                      répétable
  --all               calls : lister toutes les interactions, pas seulement les
                      appels Dialer
  --call-id-from ATTRIBUT
                      calls : prendre l&apos;ID d&apos;appel dans cet attribut (par ex.
                      is_attr_callid) au lieu de l&apos;ID d&apos;interaction
  --audit-mask        update : enregistrer dans le journal d&apos;audit des hachages
                      salés au lieu des valeurs
  --audit-syslog      update : envoyer aussi l&apos;enregistrement d&apos;audit au journal
                      système

Chaque mise à jour est enregistrée dans le journal d&apos;audit avant que son
résultat ne soit affiché ($XDG_DATA_HOME/calldata-editor/audit.jsonl, par défaut
sous ~/.local/share). audit verify vérifie sa chaîne de hachage (code de sortie
0 intact, 1 rompu, manquant ou illisible) ; audit export --csv l&apos;affiche au
format CSV. --file désigne un autre journal.

Sans --password-stdin, le mot de passe provient de ICWS_PASSWORD, sinon d&apos;une
invite de saisie si l&apos;entrée standard est un terminal. Aucune option n&apos;accepte
le mot de passe.

Codes de sortie : 0 accepté (202), 2 erreur d&apos;utilisation ou de validation (rien
n&apos;a été envoyé), 3 connexion refusée, 4 mise à jour refusée (400), 5 session
rejetée (401), 6 fonctionnalité indisponible (dialer &lt; 3, ou 410), 7 erreur
serveur (5xx, ou aucun hôte de basculement n&apos;a accepté), 8 erreur réseau, TLS
ou délai dépassé. Pour calls : 4 surveillance refusée (un 4xx autre que 401),
6 pas de fonctionnalité queues, 8 aucune image des files d&apos;attente dans le délai
de --timeout.
</translation>
    </message>
    <message>
        <source>No picture of the queues arrived in time. %1</source>
        <translation>Aucune image des files n’est arrivée à temps. %1</translation>
    </message>
    <message>
        <source>No answer in time. %1</source>
        <translation>Pas de réponse à temps. %1</translation>
    </message>
    <message>
        <source>--timeout %1 s bounds the whole command.</source>
        <translation>--timeout %1 s borne la commande entière.</translation>
    </message>
    <message>
        <source>--timeout %1 s bounds the whole command, of which the last %2 s is kept for logging out.</source>
        <translation>--timeout %1 s borne la commande entière, dont les %2 dernières secondes sont réservées à la déconnexion.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>Certificate changed warning</source>
        <translation>Avertissement de changement de certificat</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>I have confirmed this new fingerprint with the server&apos;s administrator</source>
        <translation>J&apos;ai confirmé cette nouvelle empreinte auprès de l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>CorrectionPanel</name>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>C&amp;ampaign ID:</source>
        <translation>ID de &amp;campagne :</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>ID de campagne</translation>
    </message>
    <message>
        <source>Ca&amp;ll ID:</source>
        <translation>ID d&apos;a&amp;ppel :</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID d&apos;appel</translation>
    </message>
    <message>
        <source>Call data can only be updated while the call is active (usually until about two minutes after it ends).</source>
        <translation>Les données d&apos;appel ne peuvent être mises à jour que pendant que l&apos;appel est actif (en général jusqu&apos;à environ deux minutes après sa fin).</translation>
    </message>
    <message>
        <source>Table actions</source>
        <translation>Actions du tableau</translation>
    </message>
    <message>
        <source>Call data</source>
        <translation>Données d&apos;appel</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Call data summary</source>
        <translation>Résumé des données d&apos;appel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Filter by call or campaign</source>
        <translation>Filtrer par appel ou campagne</translation>
    </message>
    <message>
        <source>Sent corrections, newest first</source>
        <translation>Corrections envoyées, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Selected correction</source>
        <translation>Correction sélectionnée</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l&apos;historique</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>Actualiser l&apos;historique</translation>
    </message>
    <message>
        <source>Load into editor</source>
        <translation>Charger dans l&apos;éditeur</translation>
    </message>
</context>
<context>
    <name>Icws::Client</name>
    <message>
        <source>The CA file %1 could not be read or holds no PEM certificate. Choose a PEM file with your company&apos;s CA certificate.</source>
        <translation>Le fichier CA %1 est illisible ou ne contient aucun certificat PEM. Choisissez un fichier PEM contenant le certificat CA de votre entreprise.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Aucune réponse dans un délai de %n seconde.</numerusform>
            <numerusform>Aucune réponse dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer was larger than %n MiB and was not read to the end.</source>
        <translation>
            <numerusform>La réponse dépassait %n Mio et n&apos;a pas été lue jusqu&apos;au bout.</numerusform>
            <numerusform>La réponse dépassait %n Mio et n&apos;a pas été lue jusqu&apos;au bout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Icws::Http1Exchange</name>
    <message>
        <source>A request header holds a line break or another control character; nothing was sent.</source>
        <translation>Un en-tête de la requête contient un saut de ligne ou un autre caractère de contrôle ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Only a caching proxy is configured for %1; logging in and sending a correction need a proxy that tunnels (HTTP CONNECT or SOCKS5).</source>
        <translation>Seul un proxy de cache est configuré pour %1 ; la connexion et l’envoi d’une correction exigent un proxy qui fait tunnel (HTTP CONNECT ou SOCKS5).</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer headers were larger than %n KiB.</source>
        <translation>
            <numerusform>Les en-têtes de la réponse du serveur dépassaient %n Kio.</numerusform>
            <numerusform>Les en-têtes de la réponse du serveur dépassaient %n Kio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The length of the server&apos;s answer could not be read.</source>
        <translation>La longueur de la réponse du serveur n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP/1.1.</source>
        <translation>La réponse du serveur n’est pas du HTTP/1.1.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Hôte %1 introuvable</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Délai de connexion dépassé</translation>
    </message>
    <message>
        <source>SSL handshake failed: %1</source>
        <translation>Échec de la négociation SSL : %1</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Opération annulée</translation>
    </message>
</context>
<context>
    <name>Icws::Protocol</name>
    <message>
        <source>Server is empty. Enter the CIC server&apos;s host name, for example cic1.example.com.</source>
        <translation>Le champ Serveur est vide. Saisissez le nom d&apos;hôte du serveur CIC, par exemple cic1.example.com.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is not a valid address. Use a host name, host:port or https://host:port.</source>
        <translation>Le serveur « %1 » n&apos;est pas une adresse valide. Utilisez un nom d&apos;hôte, host:port ou https://host:port.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; uses the scheme &quot;%2&quot;. Use https:// (or http:// only if the server has no HTTPS).</source>
        <translation>Le serveur « %1 » utilise le schéma « %2 ». Utilisez https:// (ou http:// uniquement si le serveur ne prend pas en charge HTTPS).</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has a path. Enter only the host and, if needed, the port.</source>
        <translation>Le serveur « %1 » contient un chemin. Saisissez uniquement l&apos;hôte et, si nécessaire, le port.</translation>
    </message>
    <message>
        <source>The server does not report the Interaction Dialer feature; updating call data needs dialer feature version %1 or later. Ask the CIC administrator.</source>
        <translation>Le serveur ne signale pas la fonctionnalité Interaction Dialer ; la mise à jour des données d&apos;appel nécessite la version %1 ou ultérieure de la fonctionnalité Dialer. Contactez l&apos;administrateur CIC.</translation>
    </message>
    <message>
        <source>The server reports Interaction Dialer feature version %1; updating call data needs version %2 or later. Ask the CIC administrator about an upgrade.</source>
        <translation>Le serveur signale la version %1 de la fonctionnalité Interaction Dialer ; la mise à jour des données d&apos;appel nécessite la version %2 ou ultérieure. Contactez l&apos;administrateur CIC au sujet d&apos;une mise à niveau.</translation>
    </message>
    <message>
        <source>Server: the address contains a user name or password; type only the host (and, if needed, the port) there, and the user name and password in their own fields.</source>
        <translation>Serveur : l&apos;adresse contient un nom d&apos;utilisateur ou un mot de passe ; saisissez-y uniquement l&apos;hôte (et, si nécessaire, le port), et le nom d&apos;utilisateur et le mot de passe dans leurs propres champs.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has port 0, which no server listens on. Leave the port out (ICWS uses 8019 for HTTPS, 8018 for HTTP) or type the port the administrator gave you.</source>
        <translation>Le serveur « %1 » a le port 0, sur lequel aucun serveur n&apos;écoute. Omettez le port (ICWS utilise 8019 pour HTTPS, 8018 pour HTTP) ou saisissez le port que l&apos;administrateur vous a indiqué.</translation>
    </message>
    <message>
        <source>The server sent a CSRF token with characters other than visible ASCII (such as line breaks); it cannot be used safely in a request header, so nothing further was sent. Check that the address points to a genuine CIC server.</source>
        <translation>Le serveur a envoyé un jeton CSRF contenant des caractères autres que de l&apos;ASCII visible (des sauts de ligne, par exemple) ; il ne peut pas être utilisé sans risque dans un en-tête de requête, rien d&apos;autre n&apos;a donc été envoyé. Vérifiez que l&apos;adresse pointe vers un véritable serveur CIC.</translation>
    </message>
    <message>
        <source>The server&apos;s login answer has no session ID or no CSRF token. Check that the address points to the CIC server&apos;s ICWS port.</source>
        <translation>La réponse de connexion du serveur ne contient pas d&apos;ID de session ou pas de jeton CSRF. Vérifiez que l&apos;adresse pointe vers le port ICWS du serveur CIC.</translation>
    </message>
    <message>
        <source>The server sent a session ID that is not a plain word of visible ASCII characters (or a name such as &quot;.&quot; or &quot;..&quot; that the request address would drop); it cannot be used safely in a request address, so nothing further was sent. Check that the address points to a genuine CIC server.</source>
        <translation>Le serveur a envoyé un ID de session qui n&apos;est pas un simple mot en caractères ASCII visibles (ou qui est un nom tel que « . » ou « .. » que l&apos;adresse de la requête supprimerait) ; il ne peut pas être utilisé sans risque dans l&apos;adresse d&apos;une requête, rien d&apos;autre n&apos;a donc été envoyé. Vérifiez que l&apos;adresse pointe vers un véritable serveur CIC.</translation>
    </message>
</context>
<context>
    <name>Icws::QueueWatch</name>
    <message>
        <source>The server does not report the queues feature, so live calls cannot be watched. Type the campaign ID and call ID by hand, or ask the CIC administrator.</source>
        <translation>Le serveur ne signale pas la fonctionnalité queues, les appels en cours ne peuvent donc pas être surveillés. Saisissez l&apos;ID de campagne et l&apos;ID d&apos;appel à la main, ou contactez l&apos;administrateur CIC.</translation>
    </message>
    <message>
        <source>The server does not report the interactions feature, so what the call holds now cannot be read.</source>
        <translation>Le serveur ne signale pas la fonctionnalité interactions, le contenu actuel de l&apos;appel ne peut donc pas être lu.</translation>
    </message>
</context>
<context>
    <name>Icws::Result</name>
    <message>
        <source>Accepted by the server (HTTP %1).</source>
        <translation>Accepté par le serveur (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 400 Bad Request).</source>
        <translation>Le serveur a refusé la requête (HTTP 400 Bad Request).</translation>
    </message>
    <message>
        <source>The server no longer accepts this session (HTTP 401 Unauthorized).</source>
        <translation>Le serveur n&apos;accepte plus cette session (HTTP 401 Unauthorized).</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>Le serveur a mis fin à la session.</translation>
    </message>
    <message>
        <source>The server does not offer this function (HTTP 410 Gone).</source>
        <translation>Le serveur ne propose pas cette fonction (HTTP 410 Gone).</translation>
    </message>
    <message>
        <source>The server failed while handling the request (HTTP %1).</source>
        <translation>Le serveur a rencontré une erreur lors du traitement de la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>No server accepted the connection (HTTP 503); tried %1.</source>
        <translation>Aucun serveur n&apos;a accepté la connexion (HTTP 503) ; serveurs essayés : %1.</translation>
    </message>
    <message>
        <source>The server is not accepting connections (HTTP 503 Service Unavailable).</source>
        <translation>Le serveur n&apos;accepte pas de connexions (HTTP 503 Service Unavailable).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Le serveur a répondu avec un statut inattendu (HTTP %1).</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Le serveur %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>Le nom de serveur %1 est introuvable.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Le serveur %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server %1 presented a different certificate than the one you trusted.</source>
        <translation>Le serveur %1 a présenté un certificat différent de celui auquel vous faites confiance.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer arrived.</source>
        <translation>La connexion à %1 a été fermée avant l&apos;arrivée de la réponse.</translation>
    </message>
    <message>
        <source>A network error occurred while talking to %1.</source>
        <translation>Une erreur réseau s&apos;est produite lors de la communication avec %1.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>This server does not support updating call data.</source>
        <translation>Ce serveur ne prend pas en charge la mise à jour des données d&apos;appel.</translation>
    </message>
    <message>
        <source>The correction is not complete, so nothing was sent.</source>
        <translation>La correction est incomplète, rien n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>You are not logged in, so nothing was sent.</source>
        <translation>Vous n&apos;êtes pas connecté, rien n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (HTTP %1).</source>
        <translation>La réponse du serveur est incompréhensible (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the user name and password, then log in again.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Check the campaign ID, call ID and keys. Call data can only be updated while the call is active; once it has ended, correct the contact list instead.</source>
        <translation>Vérifiez l&apos;ID de campagne, l&apos;ID d&apos;appel et les clés. Les données d&apos;appel ne peuvent être mises à jour que pendant que l&apos;appel est actif ; une fois l&apos;appel terminé, corrigez plutôt la liste de contacts.</translation>
    </message>
    <message>
        <source>Log in again; your edits are kept and can be sent again.</source>
        <translation>Reconnectez-vous ; vos modifications sont conservées et peuvent être renvoyées.</translation>
    </message>
    <message>
        <source>Ask the CIC administrator whether Interaction Dialer&apos;s update-call-data is available on this server.</source>
        <translation>Demandez à l&apos;administrateur CIC si la fonction update-call-data d&apos;Interaction Dialer est disponible sur ce serveur.</translation>
    </message>
    <message>
        <source>The server may be switching over. Wait a minute, then log in again.</source>
        <translation>Le serveur est peut-être en cours de basculement. Attendez une minute, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Check that the address points to the CIC server&apos;s ICWS port (usually 8019 for HTTPS).</source>
        <translation>Vérifiez que l&apos;adresse pointe vers le port ICWS du serveur CIC (généralement 8019 pour HTTPS).</translation>
    </message>
    <message>
        <source>Check the server address and port (ICWS uses 8019 for HTTPS, 8018 for HTTP) and that the server is running.</source>
        <translation>Vérifiez l&apos;adresse et le port du serveur (ICWS utilise 8019 pour HTTPS, 8018 pour HTTP) et que le serveur est en marche.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name and your network connection.</source>
        <translation>Vérifiez l&apos;orthographe du nom du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <source>Check your network connection, then try again. Nothing confirms whether the server received the request.</source>
        <translation>Vérifiez votre connexion réseau, puis réessayez. Rien ne permet de savoir si le serveur a reçu la requête.</translation>
    </message>
    <message>
        <source>Check your network connection, then try again.</source>
        <translation>Vérifiez votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Send again when you are ready. The server may still have received a canceled update.</source>
        <translation>Renvoyez quand vous le souhaitez. Le serveur a peut-être quand même reçu la mise à jour annulée.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Message du serveur : %1</translation>
    </message>
    <message>
        <source>Error ID: %1</source>
        <translation>ID d&apos;erreur : %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur : %1</translation>
    </message>
    <message>
        <source>Property: %1</source>
        <translation>Propriété : %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Certificate for %1: subject %2, issued by %3, valid %4 to %5</source>
        <translation>Certificat de %1 : sujet %2, délivré par %3, valide du %4 au %5</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps failing, give the CIC administrator the time and these details.</source>
        <translation>Réessayez dans un instant. Si l&apos;échec persiste, communiquez à l&apos;administrateur CIC l&apos;heure et ces détails.</translation>
    </message>
    <message>
        <source>Do not continue unless your administrator confirms the certificate was replaced. Compare its SHA-256 fingerprint with the one they give you.</source>
        <translation>Ne continuez pas, sauf si votre administrateur confirme que le certificat a été remplacé. Comparez son empreinte SHA-256 avec celle qu&apos;il vous communique.</translation>
    </message>
    <message>
        <source>If your administrator confirms the certificate&apos;s SHA-256 fingerprint, trust this certificate, or add your company&apos;s CA certificate file.</source>
        <translation>Si votre administrateur confirme l&apos;empreinte SHA-256 du certificat, faites confiance à ce certificat ou ajoutez le fichier de certificat CA de votre entreprise.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, not 200 OK or 202 Accepted: it did not say that it accepted the correction.</source>
        <translation>Le serveur a répondu HTTP %1, et non 200 OK ou 202 Accepted : il n&apos;a pas indiqué avoir accepté la correction.</translation>
    </message>
    <message>
        <source>The server sent only an interim answer (HTTP %1); its final answer was not received.</source>
        <translation>Le serveur n&apos;a envoyé qu&apos;une réponse intermédiaire (HTTP %1) ; sa réponse finale n&apos;a pas été reçue.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) without saying where to.</source>
        <translation>Le serveur a répondu par une redirection (HTTP %1) sans indiquer vers où.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) to %2; it was not followed.</source>
        <translation>Le serveur a répondu par une redirection (HTTP %1) vers %2 ; elle n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <source>The server refused the request as too large (HTTP 413 Content Too Large).</source>
        <translation>Le serveur a refusé la requête, trop volumineuse (HTTP 413 Content Too Large).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the certificate you trusted has a problem trusting it does not waive.</source>
        <translation>La connexion sécurisée à %1 a échoué : le certificat auquel vous faites confiance présente un problème que la confiance n&apos;efface pas.</translation>
    </message>
    <message>
        <source>The login was canceled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Check the user name and password, then log in again. If they are right, the password may have expired or the account may lack the rights or licence for ICWS: ask the CIC administrator.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe, puis reconnectez-vous. S&apos;ils sont corrects, le mot de passe a peut-être expiré ou le compte n&apos;a peut-être pas les droits ou la licence pour ICWS : contactez l&apos;administrateur CIC.</translation>
    </message>
    <message>
        <source>Whether the correction was taken is unknown. Check the call&apos;s data before sending again.</source>
        <translation>On ne sait pas si la correction a été prise en compte. Vérifiez les données de l&apos;appel avant de renvoyer.</translation>
    </message>
    <message>
        <source>Check the server address; if the CIC server has moved, type the new address yourself.</source>
        <translation>Vérifiez l&apos;adresse du serveur ; si le serveur CIC a changé d&apos;adresse, saisissez vous-même la nouvelle.</translation>
    </message>
    <message>
        <source>Send fewer or shorter values at a time.</source>
        <translation>Envoyez moins de valeurs, ou des valeurs plus courtes, à la fois.</translation>
    </message>
    <message>
        <source>Trusting a certificate waives who issued it and which host it names, never its validity period. Ask the administrator to renew the server&apos;s certificate.</source>
        <translation>Faire confiance à un certificat passe outre son émetteur et l&apos;hôte qu&apos;il nomme, jamais sa période de validité. Demandez à l&apos;administrateur de renouveler le certificat du serveur.</translation>
    </message>
    <message>
        <source>Nothing was sent to the call. Log in again when you are ready.</source>
        <translation>Rien n&apos;a été envoyé à l&apos;appel. Reconnectez-vous quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after the update was sent and before any answer: it is unknown whether the server received it.</source>
        <translation>La connexion à %1 a été perdue après l&apos;envoi de la mise à jour et avant toute réponse : on ne sait pas si le serveur l&apos;a reçue.</translation>
    </message>
    <message>
        <source>It was not sent again by itself. Check whether the call shows the new values before sending again.</source>
        <translation>Elle n&apos;a pas été renvoyée automatiquement. Vérifiez si l&apos;appel affiche les nouvelles valeurs avant de renvoyer.</translation>
    </message>
</context>
<context>
    <name>Icws::Validation</name>
    <message>
        <source>The key is empty. Type a column name or remove the row.</source>
        <translation>La clé est vide. Saisissez un nom de colonne ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>The key contains a control character (such as a tab or line break). Retype the key.</source>
        <translation>La clé contient un caractère de contrôle (tabulation ou saut de ligne, par exemple). Saisissez à nouveau la clé.</translation>
    </message>
    <message>
        <source>Campaign ID is empty. Enter the ID of the campaign that placed the call.</source>
        <translation>L&apos;ID de campagne est vide. Saisissez l&apos;ID de la campagne qui a passé l&apos;appel.</translation>
    </message>
    <message>
        <source>Call ID is empty. Enter the ID of the active Dialer call to correct.</source>
        <translation>L&apos;ID d&apos;appel est vide. Saisissez l&apos;ID de l&apos;appel Dialer actif à corriger.</translation>
    </message>
    <message>
        <source>There is no call data to send. Add at least one key and value.</source>
        <translation>Il n&apos;y a aucune donnée d&apos;appel à envoyer. Ajoutez au moins une clé et une valeur.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 attributes is more than the %2 contact-list columns Dialer recommends.</source>
        <translation>%1 attributs, c&apos;est plus que les %2 colonnes de liste de contacts recommandées par Dialer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a column Dialer manages itself; changing it can disturb the campaign.</source>
        <translation>« %1 » est une colonne gérée par Dialer lui-même ; la modifier peut perturber la campagne.</translation>
    </message>
    <message>
        <source>The key contains a broken character (not valid Unicode text). Retype the key.</source>
        <translation>La clé contient un caractère endommagé (texte Unicode non valide). Saisissez à nouveau la clé.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; repeats row %2. Merge the two rows or rename one.</source>
        <translation>La clé « %1 » répète la ligne %2. Fusionnez les deux lignes ou renommez-en une.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; repeats row %2 (&quot;%3&quot;): keys are compared ignoring case, invisible characters and how accented letters are encoded. Merge the two rows or rename one.</source>
        <translation>La clé « %1 » répète la ligne %2 (« %3 ») : les clés sont comparées sans tenir compte de la casse, des caractères invisibles ni du codage des lettres accentuées. Fusionnez les deux lignes ou renommez-en une.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; contains invisible characters (zero-width or text-direction marks), often left by copying. They are sent as typed but ignored when keys are compared; retype the key if they are not meant.</source>
        <translation>La clé « %1 » contient des caractères invisibles (largeur nulle ou marques de sens du texte), souvent laissés par un copier-coller. Ils sont envoyés tels quels mais ignorés lors de la comparaison des clés ; saisissez à nouveau la clé s&apos;ils ne sont pas voulus.</translation>
    </message>
    <message>
        <source>Campaign ID contains a tab, line break or other invisible or control character, often left by copying. Retype the campaign ID.</source>
        <translation>L&apos;ID de campagne contient une tabulation, un saut de ligne ou un autre caractère invisible ou de contrôle, souvent laissé par un copier-coller. Saisissez à nouveau l&apos;ID de campagne.</translation>
    </message>
    <message>
        <source>Call ID contains a tab, line break or other invisible or control character, often left by copying. Retype the call ID.</source>
        <translation>L&apos;ID d&apos;appel contient une tabulation, un saut de ligne ou un autre caractère invisible ou de contrôle, souvent laissé par un copier-coller. Saisissez à nouveau l&apos;ID d&apos;appel.</translation>
    </message>
    <message>
        <source>Row %1: the value contains a broken character (not valid Unicode text). Retype the value.</source>
        <translation>Ligne %1 : la valeur contient un caractère endommagé (texte Unicode non valide). Saisissez à nouveau la valeur.</translation>
    </message>
</context>
<context>
    <name>LiveCallsPanel</name>
    <message>
        <source>Agents to watch:</source>
        <translation>Agents à surveiller :</translation>
    </message>
    <message>
        <source>Agents to watch</source>
        <translation>Agents à surveiller</translation>
    </message>
    <message>
        <source>CIC user IDs, e.g. agent1, agent2</source>
        <translation>ID d&apos;utilisateur CIC, par ex. agent1, agent2</translation>
    </message>
    <message>
        <source>Workgroups to watch:</source>
        <translation>Groupes de travail à surveiller :</translation>
    </message>
    <message>
        <source>Workgroups to watch</source>
        <translation>Groupes de travail à surveiller</translation>
    </message>
    <message>
        <source>Workgroup names, e.g. Collections</source>
        <translation>Noms de groupes de travail, par ex. Collections</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Show all calls</source>
        <translation>Afficher tous les appels</translation>
    </message>
    <message>
        <source>Also list interactions that are not Dialer calls (no campaign).</source>
        <translation>Lister aussi les interactions qui ne sont pas des appels Dialer (sans campagne).</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>État de la surveillance</translation>
    </message>
    <message>
        <source>Filter live calls</source>
        <translation>Filtrer les appels en cours</translation>
    </message>
    <message>
        <source>Filter: agent, party, campaign, call ID…</source>
        <translation>Filtre : agent, correspondant, campagne, ID d&apos;appel…</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Appels en cours</translation>
    </message>
    <message>
        <source>Use this call</source>
        <translation>Utiliser cet appel</translation>
    </message>
    <message>
        <source>Fill Campaign ID and Call ID from the selected row (also Enter or a double-click); the call-data rows stay.</source>
        <translation>Remplir l&apos;ID de campagne et l&apos;ID d&apos;appel à partir de la ligne sélectionnée (aussi avec Entrée ou un double-clic) ; les lignes de données d&apos;appel sont conservées.</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>Server login</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rveur :</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The CIC server running ICWS, e.g. cic1 or https://cic1:8019</source>
        <translation>Le serveur CIC qui exécute ICWS, par ex. cic1 ou https://cic1:8019</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
</context>
</TS>
