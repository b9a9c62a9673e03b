<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CallData</name>
    <message>
        <source>Correct the call data of an active Interaction Dialer call over ICWS. The options prefill the window; the password is never taken from the command line.</source>
        <translation>Corrige os dados de uma chamada ativa do Interaction Dialer via ICWS. As opções preenchem a janela previamente; a senha nunca é obtida da linha de comando.</translation>
    </message>
    <message>
        <source>ICWS server address, e.g. cic1 or https://cic1:8019.</source>
        <translation>Endereço do servidor ICWS, por exemplo, cic1 ou https://cic1:8019.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ENDEREÇO</translation>
    </message>
    <message>
        <source>IC user name.</source>
        <translation>Nome de usuário do IC.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUÁRIO</translation>
    </message>
    <message>
        <source>Campaign ID of the call.</source>
        <translation>ID da campanha da chamada.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Call ID of the active call.</source>
        <translation>ID da chamada ativa.</translation>
    </message>
    <message>
        <source>A call-data row to prefill; repeat for several rows.</source>
        <translation>Uma linha de dados da chamada para preencher previamente; repita para várias linhas.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>CHAVE=VALOR</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en-US.</source>
        <translation>Idioma da interface, por exemplo, pt-BR ou en-US.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, but got &quot;%1&quot;. Write it as --set Name=Value.</source>
        <translation>--set espera CHAVE=VALOR, mas recebeu “%1”. Escreva na forma --set Nome=Valor.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help for the options.</source>
        <translation>Argumento inesperado “%1”. Consulte --help para ver as opções.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text, so characters would be lost. Use a UTF-8 locale (for example LANG=C.UTF-8) and type it again.</source>
        <translation>O argumento %1 não é um texto UTF-8 válido, por isso caracteres seriam perdidos. Use uma localidade UTF-8 (por exemplo, LANG=C.UTF-8) e digite-o novamente.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid UTF-8 text, so characters would be lost. Use a UTF-8 locale (for example LANG=C.UTF-8) and type it again.</source>
        <translation>O valor de %1 não é um texto UTF-8 válido, por isso caracteres seriam perdidos. Use uma localidade UTF-8 (por exemplo, LANG=C.UTF-8) e digite-o novamente.</translation>
    </message>
    <message>
        <source>Log network, session and window events to standard error (never passwords or tokens).</source>
        <translation>Registrar eventos de rede, sessão e janela na saída de erro padrão (nunca senhas ou tokens).</translation>
    </message>
    <message>
        <source>Watch these agents&apos; queues (CIC user IDs, comma-separated) after the login.</source>
        <translation>Monitorar as filas destes agentes (IDs de usuário do CIC, separados por vírgulas) após o login.</translation>
    </message>
    <message>
        <source>USER_IDS</source>
        <translation>IDS_USUÁRIOS</translation>
    </message>
    <message>
        <source>Watch these workgroups&apos; queues (comma-separated) after the login.</source>
        <translation>Monitorar as filas destes grupos de trabalho (separados por vírgulas) após o login.</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NOMES</translation>
    </message>
</context>
<context>
    <name>CallData::AppSettings</name>
    <message>
        <source>Settings could not be saved to %1. Recent servers, trusted certificates and the window layout will not be remembered; check that the disk has room and the folder may be written.</source>
        <translation>Não foi possível salvar as configurações em %1. Servidores recentes, certificados confiáveis e o layout da janela não serão lembrados; verifique se há espaço no disco e se a pasta permite gravação.</translation>
    </message>
</context>
<context>
    <name>CallData::AttributeFile</name>
    <message>
        <source>Could not open %1: %2. Check the path and that you may read the file.</source>
        <translation>Não foi possível abrir %1: %2. Verifique o caminho e se você tem permissão para ler o arquivo.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; call data files are much smaller. Choose the right file.</source>
        <translation>%1 tem mais de 16 MiB; arquivos de dados da chamada são bem menores. Escolha o arquivo certo.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text. Save it as UTF-8 (&quot;CSV UTF-8&quot;) and try again.</source>
        <translation>%1 não é um texto UTF-8 válido. Salve-o como UTF-8 (“CSV UTF-8”) e tente novamente.</translation>
    </message>
    <message>
        <source>%1 has an unknown type. Use a .json, .csv or .tsv file.</source>
        <translation>%1 tem um tipo desconhecido. Use um arquivo .json, .csv ou .tsv.</translation>
    </message>
    <message>
        <source>not valid UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation>não é um texto UTF-8 válido. Salve o arquivo como UTF-8 e tente novamente.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2). Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>não é um JSON válido (%1 no byte %2). Esperava-se um objeto como {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>the JSON is not an object. Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>o JSON não é um objeto. Esperava-se um objeto como {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>entry %1: the value of &quot;%2&quot; is not a string. Put the value in quotes, for example &quot;%2&quot;: &quot;42&quot;.</source>
        <translation>entrada %1: o valor de “%2” não é uma string. Coloque o valor entre aspas, por exemplo, &quot;%2&quot;: &quot;42&quot;.</translation>
    </message>
    <message>
        <source>entries %1 and %2 both have the key &quot;%3&quot;; JSON would keep only one of them. Remove the entry that is wrong.</source>
        <translation>as entradas %1 e %2 têm a mesma chave “%3”; o JSON manteria apenas uma delas. Remova a entrada errada.</translation>
    </message>
    <message>
        <source>the JSON could not be read in order. Expected an object such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>não foi possível ler o JSON em ordem. Esperava-se um objeto como {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>line %1: there is text after the closing quote of a field. Put the whole field in quotes and double each quote inside it, for example &quot;12&quot;&quot; pipe&quot;.</source>
        <translation>linha %1: há texto depois das aspas de fechamento de um campo. Coloque o campo inteiro entre aspas e duplique cada aspa dentro dele, por exemplo, &quot;12&quot;&quot; cano&quot;.</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one. Put the whole field in quotes and double each quote inside it, for example &quot;12&quot;&quot; pipe&quot;.</source>
        <translation>linha %1: há aspas dentro de um campo que não começa com aspas. Coloque o campo inteiro entre aspas e duplique cada aspa dentro dele, por exemplo, &quot;12&quot;&quot; cano&quot;.</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed. Add the closing quote (&quot;).</source>
        <translation>linha %1: um campo entre aspas não foi fechado. Adicione as aspas de fechamento (&quot;).</translation>
    </message>
    <message>
        <source>line %1 has %2 columns; expected two (key and value). Quote values that contain the separator.</source>
        <translation>a linha %1 tem %2 colunas; esperavam-se duas (chave e valor). Coloque entre aspas os valores que contêm o separador.</translation>
    </message>
    <message>
        <source>line %1 has only one column; expected two (key and value). Add the separator and the value; for an empty value end the line with the separator.</source>
        <translation>a linha %1 tem apenas uma coluna; esperavam-se duas (chave e valor). Adicione o separador e o valor; para um valor vazio, termine a linha com o separador.</translation>
    </message>
    <message>
        <source>the clipboard text is not valid UTF-8, so some characters would be lost. Copy it again, or save it as a UTF-8 file and import that.</source>
        <translation>o texto da área de transferência não é UTF-8 válido, por isso alguns caracteres seriam perdidos. Copie-o novamente ou salve-o como arquivo UTF-8 e importe esse arquivo.</translation>
    </message>
    <message>
        <source>line %1 of the clipboard text holds U+FFFD (�), the mark of a character lost because the copied text was not valid UTF-8. Copy it again from a program that writes UTF-8, or save it as a UTF-8 file and import that.</source>
        <translation>a linha %1 do texto da área de transferência contém U+FFFD (�), a marca de um caractere perdido porque o texto copiado não era UTF-8 válido. Copie-o de novo de um programa que grave UTF-8, ou salve-o como arquivo UTF-8 e importe esse arquivo.</translation>
    </message>
</context>
<context>
    <name>CallData::AuditLog</name>
    <message>
        <source>another program has held the lock %1 for over %2 seconds</source>
        <translation>outro programa mantém o bloqueio %1 há mais de %2 segundos</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation>não é possível criar o arquivo de bloqueio %1</translation>
    </message>
    <message>
        <source>The audit log %1 cannot be read: %2.</source>
        <translation>Não é possível ler o log de auditoria %1: %2.</translation>
    </message>
    <message>
        <source>The masking key %1 is damaged; restore it from a backup, or move it away to start a new one (older masked values then no longer compare).</source>
        <translation>A chave de mascaramento %1 está danificada; restaure-a de um backup ou mova-a para outro lugar para começar uma nova (os valores mascarados anteriores deixarão de ser comparáveis).</translation>
    </message>
    <message>
        <source>The masking key %1 cannot be written: %2.</source>
        <translation>Não é possível gravar a chave de mascaramento %1: %2.</translation>
    </message>
    <message>
        <source>The audit log %1 could not be written: %2.</source>
        <translation>Não foi possível gravar o log de auditoria %1: %2.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>não é possível criar a pasta do log</translation>
    </message>
    <message>
        <source>its head file: %1</source>
        <translation>o arquivo de cabeçalho do log: %1</translation>
    </message>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation>O log de auditoria %1 não existe.</translation>
    </message>
    <message>
        <source>Line %1 is cut short (it has no line end): the file was truncated or a write was interrupted.</source>
        <translation>A linha %1 está cortada (não tem fim de linha): o arquivo foi truncado ou uma gravação foi interrompida.</translation>
    </message>
    <message>
        <source>Line %1 is not an audit record: it was edited or damaged.</source>
        <translation>A linha %1 não é um registro de auditoria: ela foi editada ou danificada.</translation>
    </message>
    <message>
        <source>Line %1 holds record number %2: records before it were removed, reordered or duplicated.</source>
        <translation>A linha %1 contém o registro número %2: registros anteriores foram removidos, reordenados ou duplicados.</translation>
    </message>
    <message>
        <source>Line 1 does not start the chain: it was edited.</source>
        <translation>A linha 1 não inicia a cadeia: ela foi editada.</translation>
    </message>
    <message>
        <source>Line %1 does not follow line %2 (the hash of line %2 differs from the one line %1 recorded): line %2 was edited, or lines were removed or reordered.</source>
        <translation>A linha %1 não segue a linha %2 (o hash da linha %2 difere do que a linha %1 registrou): a linha %2 foi editada, ou linhas foram removidas ou reordenadas.</translation>
    </message>
    <message>
        <source>The head file %1 is missing, so removal of the newest records cannot be checked.</source>
        <translation>O arquivo de cabeçalho %1 está ausente, por isso não é possível verificar se os registros mais recentes foram removidos.</translation>
    </message>
    <message>
        <source>The head file %1 is damaged.</source>
        <translation>O arquivo de cabeçalho %1 está danificado.</translation>
    </message>
    <message>
        <source>The log ends after record %1 but its head file names record %2: the newest records were removed.</source>
        <translation>O log termina após o registro %1, mas o arquivo de cabeçalho indica o registro %2: os registros mais recentes foram removidos.</translation>
    </message>
    <message>
        <source>Line %1 differs from the record the head file names: it was edited.</source>
        <translation>A linha %1 difere do registro indicado pelo arquivo de cabeçalho: ela foi editada.</translation>
    </message>
    <message>
        <source>The CSV could not be written: %1.</source>
        <translation>Não foi possível gravar o CSV: %1.</translation>
    </message>
</context>
<context>
    <name>CallData::CallDataModel</name>
    <message>
        <source>The value contains a control character (such as a tab or line break); it is sent as is.</source>
        <translation>O valor contém um caractere de controle (como uma tabulação ou quebra de linha); ele é enviado como está.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
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
        <translation>Editar a chave da linha %1</translation>
    </message>
    <message>
        <source>Edit value in row %1</source>
        <translation>Editar o valor da linha %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Adicionar linha</translation>
    </message>
    <message numerus="yes">
        <source>Add %n rows</source>
        <translation>
            <numerusform>Adicionar %n linha</numerusform>
            <numerusform>Adicionar %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>Inserir linha</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n rows</source>
        <translation>
            <numerusform>Inserir %n linha</numerusform>
            <numerusform>Inserir %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remover linha</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rows</source>
        <translation>
            <numerusform>Remover %n linha</numerusform>
            <numerusform>Remover %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace all rows</source>
        <translation>Substituir todas as linhas</translation>
    </message>
    <message>
        <source>Clear all rows</source>
        <translation>Limpar todas as linhas</translation>
    </message>
    <message>
        <source>No call data yet. Add a row, paste rows from a spreadsheet or import a file.</source>
        <translation>Ainda não há dados da chamada. Adicione uma linha, cole linhas de uma planilha ou importe um arquivo.</translation>
    </message>
    <message>
        <source>1 row must be fixed before sending.</source>
        <translation>1 linha precisa ser corrigida antes do envio.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows must be fixed before sending.</source>
        <translation>
            <numerusform>%n linha precisa ser corrigida antes do envio.</numerusform>
            <numerusform>%n linhas precisam ser corrigidas antes do envio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>1 attribute ready to send.</source>
        <translation>1 atributo pronto para enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%n attributes ready to send.</source>
        <translation>
            <numerusform>%n atributo pronto para enviar.</numerusform>
            <numerusform>%n atributos prontos para enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning.</source>
        <translation>1 aviso.</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings.</source>
        <translation>
            <numerusform>%n aviso.</numerusform>
            <numerusform>%n avisos.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than the %1 contact-list columns Dialer recommends.</source>
        <translation>Isso é mais do que as %1 colunas de lista de contatos que o Dialer recomenda.</translation>
    </message>
    <message>
        <source>What the call holds now for %1, as the server shows it.</source>
        <translation>O que a chamada contém agora para %1, conforme o servidor mostra.</translation>
    </message>
    <message>
        <source>Not known: the call is not on a watched queue and could not be read.</source>
        <translation>Desconhecido: a chamada não está em uma fila monitorada e não pôde ser lida.</translation>
    </message>
    <message>
        <source>On the call now</source>
        <translation>Na chamada agora</translation>
    </message>
</context>
<context>
    <name>CallData::CallDataView</name>
    <message>
        <source>Call data</source>
        <translation>Dados da chamada</translation>
    </message>
</context>
<context>
    <name>CallData::CertificateDialog</name>
    <message>
        <source>(not stated)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>de %1 até %2</translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation>(nenhum informado)</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Confiar neste certificado para %1</translation>
    </message>
    <message>
        <source>Trusted certificate not valid</source>
        <translation>Certificado confiável inválido</translation>
    </message>
    <message>
        <source>The server %1 presented the certificate you trusted, but it has a problem that trusting it does not waive:</source>
        <translation>O servidor %1 apresentou o certificado em que você confia, mas ele tem um problema que confiar nele não resolve:</translation>
    </message>
    <message>
        <source>Trusting a certificate waives who issued it and which host it names, never its validity period. Ask the administrator to renew the server&apos;s certificate.</source>
        <translation>Confiar em um certificado ignora quem o emitiu e qual host ele nomeia, mas nunca o período de validade. Peça ao administrador para renovar o certificado do servidor.</translation>
    </message>
    <message>
        <source>Server certificate CHANGED</source>
        <translation>Certificado do servidor ALTERADO</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED since you trusted it. Someone may be intercepting the connection. Do not continue unless the server&apos;s administrator confirms that the certificate was replaced and gives you this exact fingerprint.</source>
        <translation>AVISO: o certificado de %1 foi ALTERADO desde que você confiou nele. Alguém pode estar interceptando a conexão. Não continue, a menos que o administrador do servidor confirme que o certificado foi substituído e lhe informe exatamente esta impressão digital.</translation>
    </message>
    <message>
        <source>The server now presents this certificate:</source>
        <translation>O servidor agora apresenta este certificado:</translation>
    </message>
    <message>
        <source>Trusting it replaces the certificate you trusted before for %1.</source>
        <translation>Confiar nele substitui o certificado em que você confiava antes para %1.</translation>
    </message>
    <message>
        <source>Untrusted server certificate</source>
        <translation>Certificado de servidor não confiável</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust. This is common for CIC servers with a self-made certificate.</source>
        <translation>O servidor %1 apresentou um certificado em que este computador não confia. Isso é comum em servidores CIC com certificado autoassinado.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gives you. If they match, trust the certificate: Call Data Editor will accept exactly this certificate for %1 from now on, and will warn you if it ever changes.</source>
        <translation>Compare a impressão digital com a que o seu administrador lhe informar. Se forem iguais, confie no certificado: a partir de agora, o Call Data Editor aceitará exatamente este certificado para %1 e avisará você se ele mudar.</translation>
    </message>
</context>
<context>
    <name>CallData::ChosenCall</name>
    <message>
        <source>The call has left the agent&apos;s queue; the server will probably refuse a correction now.</source>
        <translation>A chamada saiu da fila do agente; o servidor provavelmente recusará uma correção agora.</translation>
    </message>
    <message>
        <source>The call had already ended when it was first seen; the server may refuse a correction.</source>
        <translation>A chamada já tinha terminado quando foi vista pela primeira vez; o servidor pode recusar uma correção.</translation>
    </message>
    <message>
        <source>The call ended at %1 — the usual %2 s to correct it are over; the server will probably refuse a correction now.</source>
        <translation>A chamada terminou às %1 — os %2 s habituais para corrigi-la já passaram; o servidor provavelmente recusará uma correção agora.</translation>
    </message>
    <message>
        <source>The call ended at %1 — about %2 s left to correct it.</source>
        <translation>A chamada terminou às %1 — restam cerca de %2 s para corrigi-la.</translation>
    </message>
</context>
<context>
    <name>CallData::ConnectionBar</name>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Session ended on %1 — log in again to send</source>
        <translation>Sessão encerrada em %1 — faça login novamente para enviar</translation>
    </message>
</context>
<context>
    <name>CallData::CorrectionPanel</name>
    <message>
        <source>Campaign ID</source>
        <translation>ID da campanha</translation>
    </message>
    <message>
        <source>Campaign of the active call</source>
        <translation>Campanha da chamada ativa</translation>
    </message>
    <message>
        <source>Call ID of the active call</source>
        <translation>ID da chamada ativa</translation>
    </message>
    <message>
        <source>Send the call data to the server (Ctrl+Enter)</source>
        <translation>Enviar os dados da chamada ao servidor (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Abort the running request (Esc)</source>
        <translation>Interromper a solicitação em andamento (Esc)</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Adicionar linha</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+N or Insert)</source>
        <translation>Adicionar uma linha (Ctrl+N ou Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>Re&amp;mover linhas</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Remover linhas</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Remover as linhas selecionadas (Delete)</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>C&amp;olar linhas</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet (Ctrl+V)</source>
        <translation>Colar linhas copiadas de uma planilha (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copiar linhas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows, or all rows, as tab-separated text (Ctrl+C)</source>
        <translation>Copiar as linhas selecionadas, ou todas, como texto separado por tabulações (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Import call data…</source>
        <translation>&amp;Importar dados da chamada…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a .json, .csv or .tsv file (Ctrl+O)</source>
        <translation>Importar um arquivo .json, .csv ou .tsv (Ctrl+O)</translation>
    </message>
    <message>
        <source>C&amp;lear all rows</source>
        <translation>&amp;Limpar todas as linhas</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Remove all rows (undo brings them back)</source>
        <translation>Remover todas as linhas (Desfazer as traz de volta)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Colar linhas</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar linhas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Desfazer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Desfazer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Refazer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Refazer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as rows.</source>
        <translation>A área de transferência não contém texto para colar como linhas.</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>Nada foi colado: %1</translation>
    </message>
    <message>
        <source>Paste row</source>
        <translation>Colar linha</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation>
            <numerusform>Colar %n linha</numerusform>
            <numerusform>Colar %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted 1 row. Ctrl+Z undoes this.</source>
        <translation>1 linha colada. Ctrl+Z desfaz.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n rows. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>%n linha colada. Ctrl+Z desfaz.</numerusform>
            <numerusform>%n linhas coladas. Ctrl+Z desfaz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied 1 row as tab-separated text.</source>
        <translation>1 linha copiada como texto separado por tabulações.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows as tab-separated text.</source>
        <translation>
            <numerusform>%n linha copiada como texto separado por tabulações.</numerusform>
            <numerusform>%n linhas copiadas como texto separado por tabulações.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import call data</source>
        <translation>Importar dados da chamada</translation>
    </message>
    <message>
        <source>Call data (*.json *.csv *.tsv);;All files (*)</source>
        <translation>Dados da chamada (*.json *.csv *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Não foi possível importar %1: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Imported 1 row from %1. Ctrl+Z undoes the import.</source>
        <translation>1 linha importada de %1. Ctrl+Z desfaz a importação.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from %1. Ctrl+Z undoes the import.</source>
        <translation>
            <numerusform>%n linha importada de %1. Ctrl+Z desfaz a importação.</numerusform>
            <numerusform>%n linhas importadas de %1. Ctrl+Z desfaz a importação.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallData::CredentialStore</name>
    <message>
        <source>No password is stored in the system keychain for this user and server.</source>
        <translation>Nenhuma senha está armazenada no chaveiro do sistema para este usuário e servidor.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password is not remembered; type it each time.</source>
        <translation>Não há chaveiro do sistema disponível, por isso a senha não é lembrada; digite-a a cada vez.</translation>
    </message>
    <message>
        <source>The system keychain refused the request, so the password is not remembered.</source>
        <translation>O chaveiro do sistema recusou a solicitação, por isso a senha não é lembrada.</translation>
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
            <numerusform>Aberto com a correção da linha de comando. O rascunho não enviado salvo em %1 (campanha %2, chamada %3, %n linha) não foi restaurado; esta correção ocupa o lugar dele.</numerusform>
            <numerusform>Aberto com a correção da linha de comando. O rascunho não enviado salvo em %1 (campanha %2, chamada %3, %n linhas) não foi restaurado; esta correção ocupa o lugar dele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsent draft</source>
        <translation>Restaurar rascunho não enviado</translation>
    </message>
    <message numerus="yes">
        <source>Restored your unsent correction saved at %1 (campaign %2, call %3, %n row(s)): the program ended last time before it was sent.</source>
        <translation>
            <numerusform>Sua correção não enviada salva em %1 (campanha %2, chamada %3, %n linha) foi restaurada: da última vez, o programa foi encerrado antes de enviá-la.</numerusform>
            <numerusform>Sua correção não enviada salva em %1 (campanha %2, chamada %3, %n linhas) foi restaurada: da última vez, o programa foi encerrado antes de enviá-la.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallData::DraftStore</name>
    <message>
        <source>The saved draft %1 cannot be read; it was left in place.</source>
        <translation>Não é possível ler o rascunho salvo %1; ele foi mantido onde está.</translation>
    </message>
    <message>
        <source>Your unsent correction cannot be saved to %1 (%2), so it would not survive a crash. Free some disk space or check the folder&apos;s permissions.</source>
        <translation>Sua correção não enviada não pode ser salva em %1 (%2), por isso não sobreviveria a uma falha. Libere espaço em disco ou verifique as permissões da pasta.</translation>
    </message>
</context>
<context>
    <name>CallData::HistoryPanel</name>
    <message>
        <source>Accepted (%1)</source>
        <translation>Aceita (%1)</translation>
    </message>
    <message>
        <source>Canceled; the server may have received it</source>
        <translation>Cancelada; o servidor pode tê-la recebido</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Recusada (%1)</translation>
    </message>
    <message>
        <source>No answer (%1)</source>
        <translation>Sem resposta (%1)</translation>
    </message>
    <message>
        <source>Login failed, not sent: %1</source>
        <translation>Falha no login, não enviada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the audit log could not be read; calldata-cli audit verify says why.</source>
        <translation>
            <numerusform>%n linha do log de auditoria não pôde ser lida; calldata-cli audit verify informa o motivo.</numerusform>
            <numerusform>%n linhas do log de auditoria não puderam ser lidas; calldata-cli audit verify informa o motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No corrections sent yet.</source>
        <translation>Nenhuma correção enviada ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s).</source>
        <translation>
            <numerusform>%n correção.</numerusform>
            <numerusform>%n correções.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 corrections.</source>
        <translation>%1 de %2 correções.</translation>
    </message>
    <message>
        <source>Select a correction to see what was sent.</source>
        <translation>Selecione uma correção para ver o que foi enviado.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, from %4.</source>
        <translation>%1 por %2 em %3, via %4.</translation>
    </message>
    <message>
        <source>Values were masked in the log; loading fills in the keys only.</source>
        <translation>Os valores foram mascarados no log; ao carregar, apenas as chaves são preenchidas.</translation>
    </message>
</context>
<context>
    <name>CallData::KeychainCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>esta versão não tem suporte a chaveiro</translation>
    </message>
</context>
<context>
    <name>CallData::LanguageMenu</name>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsFlow</name>
    <message>
        <source>Call status</source>
        <translation>Status da chamada</translation>
    </message>
    <message>
        <source> — seen on the call: %1 of %2.</source>
        <translation> — visto na chamada: %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source> — but after %n s the call shows %1 of %2 sent values. The server received the correction; whether Dialer applied it is not confirmed.</source>
        <translation>
            <numerusform> — mas após %n s a chamada mostra %1 de %2 valores enviados. O servidor recebeu a correção; não está confirmado se o Dialer a aplicou.</numerusform>
            <numerusform> — mas após %n s a chamada mostra %1 de %2 valores enviados. O servidor recebeu a correção; não está confirmado se o Dialer a aplicou.</numerusform>
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
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Oferecida</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Estacionada</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Discando</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspensa</translation>
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
        <translation>terminou antes do monitoramento</translation>
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
        <translation>Parte remota</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID da chamada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since the end</source>
        <translation>Desde o fim</translation>
    </message>
</context>
<context>
    <name>CallData::LiveCallsPanel</name>
    <message>
        <source>The watch starts after the login.</source>
        <translation>O monitoramento começa após o login.</translation>
    </message>
    <message>
        <source>Name agents or workgroups and choose Watch.</source>
        <translation>Informe agentes ou grupos de trabalho e escolha Monitorar.</translation>
    </message>
    <message>
        <source>Starting the watch…</source>
        <translation>Iniciando o monitoramento…</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %n call(s) shown</source>
        <translation>
            <numerusform>Monitorando: %n chamada exibida</numerusform>
            <numerusform>Monitorando: %n chamadas exibidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n on the queues).</source>
        <translation>
            <numerusform> (%n nas filas).</numerusform>
            <numerusform> (%n nas filas).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the watch: %1</source>
        <translation>O servidor recusou o monitoramento: %1</translation>
    </message>
    <message>
        <source>Live calls &amp;columns…</source>
        <translation>&amp;Colunas das chamadas em andamento…</translation>
    </message>
    <message>
        <source>Live calls columns</source>
        <translation>Colunas das chamadas em andamento</translation>
    </message>
    <message>
        <source>More attributes to show as columns, separated by commas:</source>
        <translation>Outros atributos a exibir como colunas, separados por vírgulas:</translation>
    </message>
    <message>
        <source>Call &amp;ID attribute…</source>
        <translation>Atributo do &amp;ID da chamada…</translation>
    </message>
    <message>
        <source>(the interaction ID)</source>
        <translation>(o ID da interação)</translation>
    </message>
    <message>
        <source>Call ID attribute</source>
        <translation>Atributo do ID da chamada</translation>
    </message>
    <message>
        <source>Use this call fills Call ID from (which one update-call-data wants is not confirmed; follow your site&apos;s lab test):</source>
        <translation>“Usar esta chamada” preenche o ID da chamada a partir de (qual deles o update-call-data espera não está confirmado; siga o teste de laboratório do seu site):</translation>
    </message>
    <message>
        <source>Correction &amp;window…</source>
        <translation>&amp;Prazo de correção…</translation>
    </message>
    <message>
        <source>Correction window</source>
        <translation>Prazo de correção</translation>
    </message>
    <message>
        <source>A call can be corrected this many seconds after it ends:</source>
        <translation>Segundos durante os quais uma chamada pode ser corrigida após o término:</translation>
    </message>
    <message>
        <source>Time to &amp;see a correction…</source>
        <translation>&amp;Tempo para ver uma correção…</translation>
    </message>
    <message>
        <source>Time to see a correction</source>
        <translation>Tempo para ver uma correção</translation>
    </message>
    <message>
        <source>After the server accepts a correction, wait this many seconds for the call to show it:</source>
        <translation>Depois que o servidor aceitar uma correção, aguardar estes segundos até a chamada exibi-la:</translation>
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
        <translation>Informe pelo menos um agente (ID de usuário do CIC) ou grupo de trabalho para monitorar, separados por vírgulas.</translation>
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
        <translation>por exemplo, cic1 ou https://cic1:8019</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. cic1 or https://cic1:8019.</source>
        <translation>Digite o endereço do servidor, por exemplo, cic1 ou https://cic1:8019.</translation>
    </message>
    <message>
        <source>Enter your IC user name.</source>
        <translation>Digite seu nome de usuário do IC.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Digite a senha de %1.</translation>
    </message>
    <message>
        <source>Server login — plain http://: the password and the call data cross the network unencrypted</source>
        <translation>Login no servidor — http:// simples: a senha e os dados da chamada trafegam pela rede sem criptografia</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>Login no servidor</translation>
    </message>
    <message>
        <source>Use https:// unless this network is trusted.</source>
        <translation>Use https://, a menos que esta rede seja confiável.</translation>
    </message>
    <message>
        <source>Remember password (no keychain)</source>
        <translation>Lembrar senha (sem chaveiro)</translation>
    </message>
    <message>
        <source>This build of Call Data Editor has no system keychain support, so the password is typed each time.</source>
        <translation>Esta versão do Call Data Editor não tem suporte ao chaveiro do sistema, por isso a senha é digitada a cada vez.</translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain (never in the settings file).</source>
        <translation>Guarda a senha no chaveiro do sistema (nunca no arquivo de configurações).</translation>
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
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Fazer login</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Fazer &amp;logout</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Cancelar solicitação</translation>
    </message>
    <message>
        <source>&amp;Keep-alive interval…</source>
        <translation>&amp;Intervalo de keep-alive…</translation>
    </message>
    <message>
        <source>&amp;About Call Data Editor</source>
        <translation>&amp;Sobre o Call Data Editor</translation>
    </message>
    <message>
        <source>About Call Data Editor</source>
        <translation>Sobre o Call Data Editor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Call Data Editor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Corrects the call data of active Interaction Dialer calls over the ICWS REST API.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Call Data Editor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Corrige os dados de chamadas ativas do Interaction Dialer pela API REST do ICWS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Rows from the command line</source>
        <translation>Linhas da linha de comando</translation>
    </message>
    <message>
        <source>The new language applies the next time Call Data Editor starts.</source>
        <translation>O novo idioma será aplicado na próxima vez que o Call Data Editor for iniciado.</translation>
    </message>
    <message>
        <source>Keep-alive interval</source>
        <translation>Intervalo de keep-alive</translation>
    </message>
    <message>
        <source>While logged in, ask the server for messages every (seconds):</source>
        <translation>Enquanto estiver conectado, consultar o servidor sobre mensagens a cada (segundos):</translation>
    </message>
    <message>
        <source>Unsent edits</source>
        <translation>Edições não enviadas</translation>
    </message>
    <message>
        <source>The call data has edits that were not sent. Close anyway and discard them?</source>
        <translation>Os dados da chamada têm edições que não foram enviadas. Fechar mesmo assim e descartá-las?</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>&amp;Mask values in the audit log</source>
        <translation>&amp;Mascarar valores no log de auditoria</translation>
    </message>
    <message>
        <source>Copy audit records to the s&amp;ystem log</source>
        <translation>Copiar registros de auditoria para o log do si&amp;stema</translation>
    </message>
    <message>
        <source>Load from history</source>
        <translation>Carregar do histórico</translation>
    </message>
    <message>
        <source>Loaded the correction for call %1 in campaign %2 sent at %3. Edit → Undo brings the previous rows back.</source>
        <translation>A correção da chamada %1 na campanha %2, enviada em %3, foi carregada. Editar → Desfazer traz de volta as linhas anteriores.</translation>
    </message>
    <message>
        <source>Its values were masked in the audit log: fill them in again.</source>
        <translation>Os valores dela foram mascarados no log de auditoria: preencha-os novamente.</translation>
    </message>
    <message>
        <source>A correction is being sent</source>
        <translation>Uma correção está sendo enviada</translation>
    </message>
    <message>
        <source>Wait for the answer</source>
        <translation>Aguardar a resposta</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Fechar mesmo assim</translation>
    </message>
    <message>
        <source>A correction is being sent to the server. If you close now, the window stops waiting, but the server may still apply it, and you will not see whether it did. Wait for the answer, or close anyway?</source>
        <translation>Uma correção está sendo enviada ao servidor. Se você fechar agora, a janela deixará de aguardar, mas o servidor ainda pode aplicá-la, e você não verá se isso aconteceu. Aguardar a resposta ou fechar mesmo assim?</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Chamadas em andamento</translation>
    </message>
    <message>
        <source>Live &amp;calls</source>
        <translation>&amp;Chamadas em andamento</translation>
    </message>
</context>
<context>
    <name>CallData::MemoryCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>esta versão não tem suporte a chaveiro</translation>
    </message>
</context>
<context>
    <name>CallData::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensagem</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fechar mensagem</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>Uma solicitação ainda está em andamento; aguarde ou cancele-a primeiro.</translation>
    </message>
    <message>
        <source>Already logged in; log out first.</source>
        <translation>Você já está conectado; faça logout primeiro.</translation>
    </message>
    <message>
        <source>No answer to the keep-alive since %1: %2 Retrying every %3 s.</source>
        <translation>Sem resposta ao keep-alive desde %1: %2 Tentando novamente a cada %3 s.</translation>
    </message>
</context>
<context>
    <name>CallData::SessionFlow</name>
    <message>
        <source>Logged out. Your edits are kept.</source>
        <translation>Logout efetuado. Suas edições foram mantidas.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Fazendo login em %1…</translation>
    </message>
    <message>
        <source>Sending… (Esc cancels)</source>
        <translation>Enviando… (Esc cancela)</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Fazendo logout…</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends.</source>
        <translation>Ctrl+Enter envia.</translation>
    </message>
    <message>
        <source>Send the call data to the server (Ctrl+Enter)</source>
        <translation>Enviar os dados da chamada ao servidor (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Log in to send.</source>
        <translation>Faça login para enviar.</translation>
    </message>
    <message>
        <source>The session has ended; log in again to send.</source>
        <translation>A sessão foi encerrada; faça login novamente para enviar.</translation>
    </message>
    <message>
        <source>Fix the marked rows to send.</source>
        <translation>Corrija as linhas marcadas para enviar.</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
    <message>
        <source>Logged in again. Send the correction again: 1 attribute for call %1 in campaign %2?</source>
        <translation>Login efetuado novamente. Reenviar a correção: 1 atributo para a chamada %1 na campanha %2?</translation>
    </message>
    <message numerus="yes">
        <source>Logged in again. Send the correction again: %n attributes for call %1 in campaign %2?</source>
        <translation>
            <numerusform>Login efetuado novamente. Reenviar a correção: %n atributo para a chamada %1 na campanha %2?</numerusform>
            <numerusform>Login efetuado novamente. Reenviar a correção: %n atributos para a chamada %1 na campanha %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged in again. The correction was not re-sent; press Send when ready.</source>
        <translation>Login efetuado novamente. A correção não foi reenviada; clique em Enviar quando estiver pronto.</translation>
    </message>
    <message>
        <source>Could not log in to %1.</source>
        <translation>Não foi possível fazer login em %1.</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Revisar certificado…</translation>
    </message>
    <message>
        <source>Login to %1 canceled.</source>
        <translation>Login em %1 cancelado.</translation>
    </message>
    <message>
        <source>Accepted by the server (%1) at %2 — 1 attribute for call %3 in campaign %4.</source>
        <translation>Aceito pelo servidor (%1) às %2 — 1 atributo para a chamada %3 na campanha %4.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted by the server (%1) at %2 — %n attributes for call %3 in campaign %4.</source>
        <translation>
            <numerusform>Aceito pelo servidor (%1) às %2 — %n atributo para a chamada %3 na campanha %4.</numerusform>
            <numerusform>Aceito pelo servidor (%1) às %2 — %n atributos para a chamada %3 na campanha %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in again and re-send</source>
        <translation>Fazer login novamente e reenviar</translation>
    </message>
    <message>
        <source>The server %1 ended the session.</source>
        <translation>O servidor %1 encerrou a sessão.</translation>
    </message>
    <message>
        <source>The server %1 ended the session: %2</source>
        <translation>O servidor %1 encerrou a sessão: %2</translation>
    </message>
    <message>
        <source>Your edits are kept. Log in again to continue.</source>
        <translation>Suas edições foram mantidas. Faça login novamente para continuar.</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Fazer login novamente</translation>
    </message>
    <message>
        <source>The certificate is trusted now. Send again.</source>
        <translation>O certificado agora é confiável. Envie novamente.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Enviar novamente?</translation>
    </message>
    <message>
        <source>This send is missing from the audit log; tell whoever keeps it.</source>
        <translation>Este envio não consta no log de auditoria; avise o responsável por ele.</translation>
    </message>
    <message>
        <source>Send %1 attributes? That is far more than the %2 contact-list columns Dialer recommends; a whole contact list or the wrong file may have been pasted.</source>
        <translation>Enviar %1 atributos? Isso é muito mais do que as %2 colunas de lista de contatos que o Dialer recomenda; talvez uma lista de contatos inteira ou o arquivo errado tenha sido colado.</translation>
    </message>
    <message>
        <source>Nothing was sent. The rows are kept.</source>
        <translation>Nada foi enviado. As linhas foram mantidas.</translation>
    </message>
    <message>
        <source>Send this many attributes?</source>
        <translation>Enviar tantos atributos?</translation>
    </message>
</context>
<context>
    <name>CallData::Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not available, so the texts stay in English. Available: %2.</source>
        <translation>O idioma “%1” não está disponível, por isso os textos ficam em inglês. Disponíveis: %2.</translation>
    </message>
</context>
<context>
    <name>CallDataCli</name>
    <message>
        <source>Try &apos;calldata-cli --help&apos; for more information.</source>
        <translation>Tente &apos;calldata-cli --help&apos; para obter mais informações.</translation>
    </message>
    <message>
        <source>%1 is not accepted: a password on the command line is visible to other users. Pass it on the first line of standard input with --password-stdin, or set the ICWS_PASSWORD environment variable.</source>
        <translation>%1 não é aceito: uma senha na linha de comando fica visível para outros usuários. Passe-a na primeira linha da entrada padrão com --password-stdin ou defina a variável de ambiente ICWS_PASSWORD.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opção desconhecida %1.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 precisa de um valor.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 não aceita valor.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 foi informado mais de uma vez.</translation>
    </message>
    <message>
        <source>Unexpected argument %1 after the options of %2. Values need an option in front, e.g. --set KEY=VALUE.</source>
        <translation>Argumento inesperado %1 após as opções de %2. Valores precisam de uma opção antes, por exemplo, --set CHAVE=VALOR.</translation>
    </message>
    <message>
        <source>%1 is not an option of %2.</source>
        <translation>%1 não é uma opção de %2.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE; &quot;%1&quot; has no &apos;=&apos;.</source>
        <translation>--set espera CHAVE=VALOR; “%1” não tem &apos;=&apos;.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE; the key before the first &apos;=&apos; is empty.</source>
        <translation>--set espera CHAVE=VALOR; a chave antes do primeiro &apos;=&apos; está vazia.</translation>
    </message>
    <message>
        <source>--file: %1 must end in .json, .csv or .tsv.</source>
        <translation>--file: %1 deve terminar em .json, .csv ou .tsv.</translation>
    </message>
    <message>
        <source>--file: %1 does not exist or cannot be read.</source>
        <translation>--file: %1 não existe ou não pode ser lido.</translation>
    </message>
    <message>
        <source>--ca-file: %1 does not exist or cannot be read.</source>
        <translation>--ca-file: %1 não existe ou não pode ser lido.</translation>
    </message>
    <message>
        <source>--ca-file: %1 holds no PEM certificate.</source>
        <translation>--ca-file: %1 não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <source>--pin-sha256: expected a SHA-256 fingerprint of 64 hex digits, with or without colons.</source>
        <translation>--pin-sha256: esperava-se uma impressão digital SHA-256 de 64 dígitos hexadecimais, com ou sem dois-pontos.</translation>
    </message>
    <message>
        <source>--timeout: expected a positive number of seconds (at most %1), e.g. 15.</source>
        <translation>--timeout: esperava-se um número positivo de segundos (no máximo %1), por exemplo, 15.</translation>
    </message>
    <message>
        <source>--language: expected a language tag such as en-US or de.</source>
        <translation>--language: esperava-se uma tag de idioma como en-US ou pt-BR.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>%1 é obrigatório para %2.</translation>
    </message>
    <message>
        <source>calls needs at least one --agent USER_ID or --workgroup NAME to watch.</source>
        <translation>calls precisa de pelo menos um --agent ID_USUÁRIO ou --workgroup NOME para monitorar.</translation>
    </message>
    <message>
        <source>warning: logging out failed: %1</source>
        <translation>aviso: falha ao fazer logout: %1</translation>
    </message>
    <message>
        <source>warning: the server did not confirm the logout in time.</source>
        <translation>aviso: o servidor não confirmou o logout a tempo.</translation>
    </message>
    <message>
        <source>error: the server refused to watch the queues (HTTP %1%2): %3</source>
        <translation>erro: o servidor recusou o monitoramento das filas (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Check the agent IDs and workgroup names, and ask the CIC administrator whether your user may watch those queues.</source>
        <translation>Verifique os IDs de agente e os nomes dos grupos de trabalho e pergunte ao administrador do CIC se o seu usuário pode monitorar essas filas.</translation>
    </message>
    <message>
        <source>No interactions on the watched queues.</source>
        <translation>Nenhuma interação nas filas monitoradas.</translation>
    </message>
    <message>
        <source>No Dialer calls on the watched queues.</source>
        <translation>Nenhuma chamada do Dialer nas filas monitoradas.</translation>
    </message>
    <message>
        <source>ended (the watch cannot tell when)</source>
        <translation>encerrada (não se sabe quando)</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Senha de %1 em %2: </translation>
    </message>
    <message>
        <source>Dry run: nothing is sent. A real run sends these requests (secrets redacted, {sessionId} comes from the login):</source>
        <translation>Simulação: nada é enviado. Uma execução real envia estas solicitações (segredos ocultados, {sessionId} vem do login):</translation>
    </message>
    <message>
        <source>Valid: %1 for call %2 in campaign %3 to %4; nothing was sent.</source>
        <translation>Válido: %1 para a chamada %2 na campanha %3 para %4; nada foi enviado.</translation>
    </message>
    <message>
        <source>update-call-data: available (dialer %1).</source>
        <translation>update-call-data: disponível (dialer %1).</translation>
    </message>
    <message>
        <source>update-call-data: not available; it needs dialer feature version %1 or later, the server offers %2.</source>
        <translation>update-call-data: não disponível; é necessária a versão %1 ou posterior do recurso dialer, o servidor oferece %2.</translation>
    </message>
    <message>
        <source>no dialer feature</source>
        <translation>sem recurso dialer</translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation>Servidor %1: %2</translation>
    </message>
    <message>
        <source>version not reported</source>
        <translation>versão não informada</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Recursos: %1</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>nenhum informado</translation>
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
        <translation>--password-stdin: a entrada padrão terminou antes da linha da senha.</translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is too long for a password.</source>
        <translation>--password-stdin: a primeira linha da entrada padrão é longa demais para uma senha.</translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is empty; it must hold the password.</source>
        <translation>--password-stdin: a primeira linha da entrada padrão está vazia; ela deve conter a senha.</translation>
    </message>
    <message>
        <source>warning: %1 is plain http://, so the password and the call data cross the network unencrypted. Use https:// unless this network is trusted.</source>
        <translation>aviso: %1 é http:// simples, por isso a senha e os dados da chamada trafegam pela rede sem criptografia. Use https://, a menos que esta rede seja confiável.</translation>
    </message>
    <message>
        <source>No password given. Put it on the first line of standard input and pass --password-stdin, or set the ICWS_PASSWORD environment variable. Passwords are never taken as arguments.</source>
        <translation>Nenhuma senha informada. Coloque-a na primeira linha da entrada padrão e passe --password-stdin, ou defina a variável de ambiente ICWS_PASSWORD. Senhas nunca são aceitas como argumentos.</translation>
    </message>
    <message>
        <source>No password entered.</source>
        <translation>Nenhuma senha digitada.</translation>
    </message>
    <message>
        <source>reading the server&apos;s features failed</source>
        <translation>falha ao ler os recursos do servidor</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>falha no login</translation>
    </message>
    <message>
        <source>update-call-data failed</source>
        <translation>falha no update-call-data</translation>
    </message>
    <message>
        <source>watching the queues failed</source>
        <translation>falha ao monitorar as filas</translation>
    </message>
    <message>
        <source>hint: if your administrator confirms this fingerprint, run again with --pin-sha256 %1, or pass your company&apos;s CA certificate with --ca-file.</source>
        <translation>dica: se o seu administrador confirmar esta impressão digital, execute novamente com --pin-sha256 %1 ou passe o certificado de CA da sua empresa com --ca-file.</translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation>, entrada %1</translation>
    </message>
    <message>
        <source>Accepted by the server (%1): %2 for call %3 in campaign %4 via %5.</source>
        <translation>Aceito pelo servidor (%1): %2 para a chamada %3 na campanha %4 via %5.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <source>%1 attributes are far more than the %2 contact-list columns Dialer recommends; this is most likely the wrong file. Check it, or add --allow-many to send more than %3.</source>
        <translation>%1 atributos são muito mais do que as %2 colunas de lista de contatos que o Dialer recomenda; provavelmente é o arquivo errado. Verifique-o ou adicione --allow-many para enviar mais de %3.</translation>
    </message>
    <message>
        <source>Unknown audit action &quot;%1&quot;. Use audit verify or audit export --csv.</source>
        <translation>Ação de audit desconhecida “%1”. Use audit verify ou audit export --csv.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use update, features, calls or audit.</source>
        <translation>Comando desconhecido “%1”. Use update, features, calls ou audit.</translation>
    </message>
    <message>
        <source>No command given. Use update, features, calls or audit (see --help).</source>
        <translation>Nenhum comando informado. Use update, features, calls ou audit (consulte --help).</translation>
    </message>
    <message>
        <source>audit needs an action: audit verify, or audit export --csv.</source>
        <translation>audit precisa de uma ação: audit verify ou audit export --csv.</translation>
    </message>
    <message>
        <source>audit export needs --csv (the only export format).</source>
        <translation>audit export precisa de --csv (o único formato de exportação).</translation>
    </message>
    <message>
        <source>audit export prints CSV; --json is for audit verify.</source>
        <translation>audit export imprime CSV; --json é para audit verify.</translation>
    </message>
    <message>
        <source>--csv is an option of audit export.</source>
        <translation>--csv é uma opção de audit export.</translation>
    </message>
    <message>
        <source>%1: intact, 1 record; the last record&apos;s SHA-256 is %2.</source>
        <translation>%1: íntegro, 1 registro; o SHA-256 do último registro é %2.</translation>
    </message>
    <message>
        <source>%1: intact, %2 records; the last record&apos;s SHA-256 is %3.</source>
        <translation>%1: íntegro, %2 registros; o SHA-256 do último registro é %3.</translation>
    </message>
    <message>
        <source>%1: broken at line %2. %3</source>
        <translation>%1: quebrado na linha %2. %3</translation>
    </message>
    <message>
        <source>%1: cannot be verified. %2</source>
        <translation>%1: não pode ser verificado. %2</translation>
    </message>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation>O log de auditoria %1 não existe.</translation>
    </message>
    <message>
        <source>warning: line %1 is not an audit record and was left out; run calldata-cli audit verify.</source>
        <translation>aviso: a linha %1 não é um registro de auditoria e foi omitida; execute calldata-cli audit verify.</translation>
    </message>
    <message>
        <source>warning: interrupted; the logout was not awaited.</source>
        <translation>aviso: interrompido; o logout não foi aguardado.</translation>
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
  calldata-cli update --server ENDEREÇO --user USUÁRIO --campaign ID --call ID
                      [--set CHAVE=VALOR]... [--file ARQUIVO] [--password-stdin]
                      [--ca-file PEM] [--pin-sha256 HEX] [--timeout SEGUNDOS]
                      [--language IDIOMA] [--dry-run] [--allow-many] [--json]
                      [--audit-mask] [--audit-syslog]
  calldata-cli features --server ENDEREÇO [--ca-file PEM] [--pin-sha256 HEX]
                        [--timeout SEGUNDOS] [--json]
  calldata-cli calls --server ENDEREÇO --user USUÁRIO
                     (--agent ID_USUÁRIO | --workgroup NOME)...
                     [--attribute NOME]... [--all] [--call-id-from ATRIBUTO]
                     [--password-stdin] [--ca-file PEM] [--pin-sha256 HEX]
                     [--timeout SEGUNDOS] [--language IDIOMA] [--json]
  calldata-cli audit verify [--file CAMINHO] [--json]
  calldata-cli audit export --csv [--file CAMINHO]
  calldata-cli --version | --help

Envia os dados de uma chamada ativa do Interaction Dialer a um servidor CIC
(ICWS update-call-data). O servidor responde 202 quando recebe os dados; isso
não confirma que o Dialer os salvou.

Opções:
  --server ENDEREÇO    host, host:porta ou https://host:porta (padrão: https,
                       porta 8019)
  --user USUÁRIO       ID de usuário do CIC
  --campaign ID        ID da campanha da chamada ativa
  --call ID            ID da chamada ativa
  --set CHAVE=VALOR    um atributo; dividido no primeiro &apos;=&apos;; repetível
  --file ARQUIVO       atributos de .json (objeto de strings), .csv ou .tsv
                       (duas colunas, cabeçalho key,value opcional), UTF-8
  --password-stdin     ler a senha da primeira linha da entrada padrão
  --ca-file PEM        certificados de CA adicionais em que confiar
  --pin-sha256 HEX     confiar neste certificado de servidor (SHA-256,
                       dois-pontos opcionais)
  --timeout SEGUNDOS   limite para o comando inteiro, da entrada ao encerramento
                       da sessão (padrão: 15); o processo termina no máximo
                       meio segundo depois
  --language IDIOMA    Accept-Language, por exemplo, en-US (padrão: a
                       localidade do sistema)
  --dry-run            validar e exibir as solicitações; não enviar nada
  --allow-many         enviar mais de 1.000 atributos (recusado sem esta opção)
  --json               imprimir exatamente um objeto JSON na saída padrão
  --verbose            registrar as solicitações e a sessão na saída de erro
                       padrão (nunca a senha, o cookie ou o token CSRF)
  --agent ID_USUÁRIO   calls: monitorar a fila de usuário deste agente;
                       repetível
  --workgroup NOME     calls: monitorar a fila deste grupo de trabalho;
                       repetível
  --attribute NOME     calls: também monitorar e exibir este atributo;
                       repetível
  --all                calls: listar todas as interações, não só as chamadas
                       do Dialer
  --call-id-from ATRIBUTO
                       calls: obter o ID da chamada deste atributo (por
                       exemplo, is_attr_callid) em vez do ID da interação
  --audit-mask         update: registrar no log de auditoria hashes com salt em
                       vez dos valores
  --audit-syslog       update: enviar também o registro de auditoria ao log do
                       sistema

Toda atualização é registrada no log de auditoria antes de o resultado ser
exibido ($XDG_DATA_HOME/calldata-editor/audit.jsonl, por padrão em
~/.local/share). audit verify verifica a cadeia de hashes (saída 0 íntegro, 1
quebrado, ausente ou ilegível); audit export --csv o imprime como CSV. --file
indica outro log.

Sem --password-stdin, a senha vem de ICWS_PASSWORD ou, se não houver, de uma
solicitação quando a entrada padrão é um terminal. Nenhuma opção recebe a senha.

Códigos de saída: 0 aceito (202), 2 erro de uso ou de validação (nada enviado),
3 login recusado, 4 atualização recusada (400), 5 sessão rejeitada (401),
6 recurso indisponível (dialer &lt; 3, ou 410), 7 erro do servidor (5xx, ou nenhum
host de switchover aceitou), 8 erro de rede, TLS ou tempo limite. Para calls:
4 o monitoramento foi recusado (um 4xx diferente de 401), 6 sem recurso queues,
8 nenhuma imagem das filas dentro de --timeout.
</translation>
    </message>
    <message>
        <source>No picture of the queues arrived in time. %1</source>
        <translation>Nenhuma imagem das filas chegou a tempo. %1</translation>
    </message>
    <message>
        <source>No answer in time. %1</source>
        <translation>Sem resposta a tempo. %1</translation>
    </message>
    <message>
        <source>--timeout %1 s bounds the whole command.</source>
        <translation>--timeout %1 s limita o comando inteiro.</translation>
    </message>
    <message>
        <source>--timeout %1 s bounds the whole command, of which the last %2 s is kept for logging out.</source>
        <translation>--timeout %1 s limita o comando inteiro; os últimos %2 s ficam reservados para encerrar a sessão.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Server certificate</source>
        <translation>Certificado do servidor</translation>
    </message>
    <message>
        <source>Certificate changed warning</source>
        <translation>Aviso de certificado alterado</translation>
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
        <translation>Validade:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Impressão digital SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impressão digital SHA-256</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>I have confirmed this new fingerprint with the server&apos;s administrator</source>
        <translation>Confirmei esta nova impressão digital com o administrador do servidor</translation>
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
        <translation>Estado da conexão</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Fazer logout</translation>
    </message>
</context>
<context>
    <name>CorrectionPanel</name>
    <message>
        <source>Correction</source>
        <translation>Correção</translation>
    </message>
    <message>
        <source>C&amp;ampaign ID:</source>
        <translation>ID da c&amp;ampanha:</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>ID da campanha</translation>
    </message>
    <message>
        <source>Ca&amp;ll ID:</source>
        <translation>ID da c&amp;hamada:</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID da chamada</translation>
    </message>
    <message>
        <source>Call data can only be updated while the call is active (usually until about two minutes after it ends).</source>
        <translation>Os dados da chamada só podem ser atualizados enquanto a chamada está ativa (geralmente até cerca de dois minutos após o término).</translation>
    </message>
    <message>
        <source>Table actions</source>
        <translation>Ações da tabela</translation>
    </message>
    <message>
        <source>Call data</source>
        <translation>Dados da chamada</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Call data summary</source>
        <translation>Resumo dos dados da chamada</translation>
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
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Filter by call or campaign</source>
        <translation>Filtrar por chamada ou campanha</translation>
    </message>
    <message>
        <source>Sent corrections, newest first</source>
        <translation>Correções enviadas, mais recentes primeiro</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Selected correction</source>
        <translation>Correção selecionada</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status do histórico</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>Atualizar histórico</translation>
    </message>
    <message>
        <source>Load into editor</source>
        <translation>Carregar no editor</translation>
    </message>
</context>
<context>
    <name>Icws::Client</name>
    <message>
        <source>The CA file %1 could not be read or holds no PEM certificate. Choose a PEM file with your company&apos;s CA certificate.</source>
        <translation>Não foi possível ler o arquivo de CA %1 ou ele não contém nenhum certificado PEM. Escolha um arquivo PEM com o certificado de CA da sua empresa.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Sem resposta em %n segundo.</numerusform>
            <numerusform>Sem resposta em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer was larger than %n MiB and was not read to the end.</source>
        <translation>
            <numerusform>A resposta tinha mais de %n MiB e não foi lida até o fim.</numerusform>
            <numerusform>A resposta tinha mais de %n MiB e não foi lida até o fim.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Icws::Http1Exchange</name>
    <message>
        <source>A request header holds a line break or another control character; nothing was sent.</source>
        <translation>Um cabeçalho da solicitação contém uma quebra de linha ou outro caractere de controle; nada foi enviado.</translation>
    </message>
    <message>
        <source>Only a caching proxy is configured for %1; logging in and sending a correction need a proxy that tunnels (HTTP CONNECT or SOCKS5).</source>
        <translation>Para %1 há apenas um proxy de cache configurado; entrar e enviar uma correção exigem um proxy que faça túnel (HTTP CONNECT ou SOCKS5).</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer headers were larger than %n KiB.</source>
        <translation>
            <numerusform>Os cabeçalhos da resposta do servidor passaram de %n KiB.</numerusform>
            <numerusform>Os cabeçalhos da resposta do servidor passaram de %n KiB.</numerusform>
        </translation>
    </message>
    <message>
        <source>The length of the server&apos;s answer could not be read.</source>
        <translation>Não foi possível ler o tamanho da resposta do servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP/1.1.</source>
        <translation>A resposta do servidor não é HTTP/1.1.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Conexão fechada</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexão recusada</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Host %1 não encontrado</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Tempo de conexão esgotado</translation>
    </message>
    <message>
        <source>SSL handshake failed: %1</source>
        <translation>Falha no handshake SSL: %1</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Operação cancelada</translation>
    </message>
</context>
<context>
    <name>Icws::Protocol</name>
    <message>
        <source>Server is empty. Enter the CIC server&apos;s host name, for example cic1.example.com.</source>
        <translation>O servidor está vazio. Digite o nome de host do servidor CIC, por exemplo, cic1.example.com.</translation>
    </message>
    <message>
        <source>Server: the address contains a user name or password; type only the host (and, if needed, the port) there, and the user name and password in their own fields.</source>
        <translation>Servidor: o endereço contém um nome de usuário ou senha; digite nele apenas o host (e, se necessário, a porta), e o nome de usuário e a senha nos campos próprios.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is not a valid address. Use a host name, host:port or https://host:port.</source>
        <translation>O servidor “%1” não é um endereço válido. Use um nome de host, host:porta ou https://host:porta.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; uses the scheme &quot;%2&quot;. Use https:// (or http:// only if the server has no HTTPS).</source>
        <translation>O servidor “%1” usa o esquema “%2”. Use https:// (ou http:// somente se o servidor não tiver HTTPS).</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has port 0, which no server listens on. Leave the port out (ICWS uses 8019 for HTTPS, 8018 for HTTP) or type the port the administrator gave you.</source>
        <translation>O servidor “%1” tem a porta 0, na qual nenhum servidor escuta. Omita a porta (o ICWS usa 8019 para HTTPS e 8018 para HTTP) ou digite a porta que o administrador lhe informou.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has a path. Enter only the host and, if needed, the port.</source>
        <translation>O servidor “%1” tem um caminho. Digite apenas o host e, se necessário, a porta.</translation>
    </message>
    <message>
        <source>The server does not report the Interaction Dialer feature; updating call data needs dialer feature version %1 or later. Ask the CIC administrator.</source>
        <translation>O servidor não informa o recurso Interaction Dialer; atualizar os dados da chamada exige a versão %1 ou posterior do recurso dialer. Consulte o administrador do CIC.</translation>
    </message>
    <message>
        <source>The server reports Interaction Dialer feature version %1; updating call data needs version %2 or later. Ask the CIC administrator about an upgrade.</source>
        <translation>O servidor informa a versão %1 do recurso Interaction Dialer; atualizar os dados da chamada exige a versão %2 ou posterior. Consulte o administrador do CIC sobre uma atualização.</translation>
    </message>
    <message>
        <source>The server sent a CSRF token with characters other than visible ASCII (such as line breaks); it cannot be used safely in a request header, so nothing further was sent. Check that the address points to a genuine CIC server.</source>
        <translation>O servidor enviou um token CSRF com caracteres que não são ASCII visível (como quebras de linha); ele não pode ser usado com segurança em um cabeçalho de solicitação, por isso nada mais foi enviado. Verifique se o endereço aponta para um servidor CIC legítimo.</translation>
    </message>
    <message>
        <source>The server&apos;s login answer has no session ID or no CSRF token. Check that the address points to the CIC server&apos;s ICWS port.</source>
        <translation>A resposta de login do servidor não tem ID de sessão ou token CSRF. Verifique se o endereço aponta para a porta ICWS do servidor CIC.</translation>
    </message>
    <message>
        <source>The server sent a session ID that is not a plain word of visible ASCII characters (or a name such as &quot;.&quot; or &quot;..&quot; that the request address would drop); it cannot be used safely in a request address, so nothing further was sent. Check that the address points to a genuine CIC server.</source>
        <translation>O servidor enviou um ID de sessão que não é uma palavra simples de caracteres ASCII visíveis (ou é um nome como “.” ou “..” que o endereço da solicitação descartaria); ele não pode ser usado com segurança no endereço de uma solicitação, por isso nada mais foi enviado. Verifique se o endereço aponta para um servidor CIC legítimo.</translation>
    </message>
</context>
<context>
    <name>Icws::QueueWatch</name>
    <message>
        <source>The server does not report the queues feature, so live calls cannot be watched. Type the campaign ID and call ID by hand, or ask the CIC administrator.</source>
        <translation>O servidor não informa o recurso queues, por isso as chamadas em andamento não podem ser monitoradas. Digite manualmente o ID da campanha e o ID da chamada ou consulte o administrador do CIC.</translation>
    </message>
    <message>
        <source>The server does not report the interactions feature, so what the call holds now cannot be read.</source>
        <translation>O servidor não informa o recurso interactions, por isso não é possível ler o que a chamada contém agora.</translation>
    </message>
</context>
<context>
    <name>Icws::Result</name>
    <message>
        <source>Accepted by the server (HTTP %1).</source>
        <translation>Aceito pelo servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 400 Bad Request).</source>
        <translation>O servidor recusou a solicitação (HTTP 400 Bad Request).</translation>
    </message>
    <message>
        <source>The server no longer accepts this session (HTTP 401 Unauthorized).</source>
        <translation>O servidor não aceita mais esta sessão (HTTP 401 Unauthorized).</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>O servidor encerrou a sessão.</translation>
    </message>
    <message>
        <source>The server does not offer this function (HTTP 410 Gone).</source>
        <translation>O servidor não oferece esta função (HTTP 410 Gone).</translation>
    </message>
    <message>
        <source>The server failed while handling the request (HTTP %1).</source>
        <translation>O servidor falhou ao processar a solicitação (HTTP %1).</translation>
    </message>
    <message>
        <source>No server accepted the connection (HTTP 503); tried %1.</source>
        <translation>Nenhum servidor aceitou a conexão (HTTP 503); tentados: %1.</translation>
    </message>
    <message>
        <source>The server is not accepting connections (HTTP 503 Service Unavailable).</source>
        <translation>O servidor não está aceitando conexões (HTTP 503 Service Unavailable).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>O servidor respondeu com um status inesperado (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, not 200 OK or 202 Accepted: it did not say that it accepted the correction.</source>
        <translation>O servidor respondeu HTTP %1, não 200 OK nem 202 Accepted: ele não disse que aceitou a correção.</translation>
    </message>
    <message>
        <source>The server sent only an interim answer (HTTP %1); its final answer was not received.</source>
        <translation>O servidor enviou apenas uma resposta provisória (HTTP %1); a resposta final não foi recebida.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) without saying where to.</source>
        <translation>O servidor respondeu com um redirecionamento (HTTP %1) sem dizer para onde.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) to %2; it was not followed.</source>
        <translation>O servidor respondeu com um redirecionamento (HTTP %1) para %2; ele não foi seguido.</translation>
    </message>
    <message>
        <source>The server refused the request as too large (HTTP 413 Content Too Large).</source>
        <translation>O servidor recusou a solicitação por ser grande demais (HTTP 413 Content Too Large).</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>O servidor %1 recusou a conexão.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>O nome de servidor %1 não foi encontrado.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>O servidor %1 não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the certificate you trusted has a problem trusting it does not waive.</source>
        <translation>A conexão segura com %1 falhou: o certificado em que você confia tem um problema que confiar nele não resolve.</translation>
    </message>
    <message>
        <source>The server %1 presented a different certificate than the one you trusted.</source>
        <translation>O servidor %1 apresentou um certificado diferente daquele em que você confia.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>A conexão segura com %1 falhou: o certificado dele não é confiável.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer arrived.</source>
        <translation>A conexão com %1 foi fechada antes de a resposta chegar.</translation>
    </message>
    <message>
        <source>A network error occurred while talking to %1.</source>
        <translation>Ocorreu um erro de rede na comunicação com %1.</translation>
    </message>
    <message>
        <source>The login was canceled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>This server does not support updating call data.</source>
        <translation>Este servidor não oferece suporte à atualização de dados da chamada.</translation>
    </message>
    <message>
        <source>The correction is not complete, so nothing was sent.</source>
        <translation>A correção não está completa, por isso nada foi enviado.</translation>
    </message>
    <message>
        <source>You are not logged in, so nothing was sent.</source>
        <translation>Você não está conectado, por isso nada foi enviado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (HTTP %1).</source>
        <translation>Não foi possível entender a resposta do servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the user name and password, then log in again.</source>
        <translation>Verifique o nome de usuário e a senha e faça login novamente.</translation>
    </message>
    <message>
        <source>Check the user name and password, then log in again. If they are right, the password may have expired or the account may lack the rights or licence for ICWS: ask the CIC administrator.</source>
        <translation>Verifique o nome de usuário e a senha e faça login novamente. Se estiverem corretos, a senha pode ter expirado ou a conta pode não ter permissões ou licença para o ICWS: consulte o administrador do CIC.</translation>
    </message>
    <message>
        <source>Check the campaign ID, call ID and keys. Call data can only be updated while the call is active; once it has ended, correct the contact list instead.</source>
        <translation>Verifique o ID da campanha, o ID da chamada e as chaves. Os dados da chamada só podem ser atualizados enquanto a chamada está ativa; depois que ela terminar, corrija a lista de contatos.</translation>
    </message>
    <message>
        <source>Log in again; your edits are kept and can be sent again.</source>
        <translation>Faça login novamente; suas edições foram mantidas e podem ser enviadas de novo.</translation>
    </message>
    <message>
        <source>Ask the CIC administrator whether Interaction Dialer&apos;s update-call-data is available on this server.</source>
        <translation>Pergunte ao administrador do CIC se o update-call-data do Interaction Dialer está disponível neste servidor.</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps failing, give the CIC administrator the time and these details.</source>
        <translation>Tente novamente em instantes. Se continuar falhando, informe ao administrador do CIC o horário e estes detalhes.</translation>
    </message>
    <message>
        <source>The server may be switching over. Wait a minute, then log in again.</source>
        <translation>O servidor pode estar em switchover. Aguarde um minuto e faça login novamente.</translation>
    </message>
    <message>
        <source>Check that the address points to the CIC server&apos;s ICWS port (usually 8019 for HTTPS).</source>
        <translation>Verifique se o endereço aponta para a porta ICWS do servidor CIC (geralmente 8019 para HTTPS).</translation>
    </message>
    <message>
        <source>Whether the correction was taken is unknown. Check the call&apos;s data before sending again.</source>
        <translation>Não se sabe se a correção foi aceita. Verifique os dados da chamada antes de enviar novamente.</translation>
    </message>
    <message>
        <source>Check the server address; if the CIC server has moved, type the new address yourself.</source>
        <translation>Verifique o endereço do servidor; se o servidor CIC mudou de endereço, digite você mesmo o novo endereço.</translation>
    </message>
    <message>
        <source>Send fewer or shorter values at a time.</source>
        <translation>Envie menos valores, ou valores mais curtos, de cada vez.</translation>
    </message>
    <message>
        <source>Check the server address and port (ICWS uses 8019 for HTTPS, 8018 for HTTP) and that the server is running.</source>
        <translation>Verifique o endereço e a porta do servidor (o ICWS usa 8019 para HTTPS e 8018 para HTTP) e se o servidor está em execução.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name and your network connection.</source>
        <translation>Verifique a grafia do nome do servidor e sua conexão de rede.</translation>
    </message>
    <message>
        <source>Check your network connection, then try again. Nothing confirms whether the server received the request.</source>
        <translation>Verifique sua conexão de rede e tente novamente. Nada confirma se o servidor recebeu a solicitação.</translation>
    </message>
    <message>
        <source>Trusting a certificate waives who issued it and which host it names, never its validity period. Ask the administrator to renew the server&apos;s certificate.</source>
        <translation>Confiar em um certificado ignora quem o emitiu e qual host ele nomeia, mas nunca o período de validade. Peça ao administrador para renovar o certificado do servidor.</translation>
    </message>
    <message>
        <source>Do not continue unless your administrator confirms the certificate was replaced. Compare its SHA-256 fingerprint with the one they give you.</source>
        <translation>Não continue, a menos que o seu administrador confirme que o certificado foi substituído. Compare a impressão digital SHA-256 dele com a que o administrador lhe informar.</translation>
    </message>
    <message>
        <source>If your administrator confirms the certificate&apos;s SHA-256 fingerprint, trust this certificate, or add your company&apos;s CA certificate file.</source>
        <translation>Se o seu administrador confirmar a impressão digital SHA-256 do certificado, confie neste certificado ou adicione o arquivo de certificado de CA da sua empresa.</translation>
    </message>
    <message>
        <source>Check your network connection, then try again.</source>
        <translation>Verifique sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>Nothing was sent to the call. Log in again when you are ready.</source>
        <translation>Nada foi enviado à chamada. Faça login novamente quando estiver pronto.</translation>
    </message>
    <message>
        <source>Send again when you are ready. The server may still have received a canceled update.</source>
        <translation>Envie novamente quando estiver pronto. O servidor pode ter recebido mesmo assim uma atualização cancelada.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Faça login primeiro.</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Mensagem do servidor: %1</translation>
    </message>
    <message>
        <source>Error ID: %1</source>
        <translation>ID do erro: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código do erro: %1</translation>
    </message>
    <message>
        <source>Property: %1</source>
        <translation>Propriedade: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <source>Certificate for %1: subject %2, issued by %3, valid %4 to %5</source>
        <translation>Certificado de %1: titular %2, emitido por %3, válido de %4 até %5</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Impressão digital SHA-256: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after the update was sent and before any answer: it is unknown whether the server received it.</source>
        <translation>A conexão com %1 foi perdida depois do envio da atualização e antes de qualquer resposta: não se sabe se o servidor a recebeu.</translation>
    </message>
    <message>
        <source>It was not sent again by itself. Check whether the call shows the new values before sending again.</source>
        <translation>Ela não foi reenviada automaticamente. Verifique se a chamada mostra os novos valores antes de enviar novamente.</translation>
    </message>
</context>
<context>
    <name>Icws::Validation</name>
    <message>
        <source>The key contains a control character (such as a tab or line break). Retype the key.</source>
        <translation>A chave contém um caractere de controle (como uma tabulação ou quebra de linha). Digite a chave novamente.</translation>
    </message>
    <message>
        <source>The key is empty. Type a column name or remove the row.</source>
        <translation>A chave está vazia. Digite um nome de coluna ou remova a linha.</translation>
    </message>
    <message>
        <source>The key contains a broken character (not valid Unicode text). Retype the key.</source>
        <translation>A chave contém um caractere corrompido (texto Unicode inválido). Digite a chave novamente.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; repeats row %2. Merge the two rows or rename one.</source>
        <translation>A chave “%1” repete a linha %2. Mescle as duas linhas ou renomeie uma delas.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; repeats row %2 (&quot;%3&quot;): keys are compared ignoring case, invisible characters and how accented letters are encoded. Merge the two rows or rename one.</source>
        <translation>A chave “%1” repete a linha %2 (“%3”): as chaves são comparadas ignorando maiúsculas e minúsculas, caracteres invisíveis e a forma como as letras acentuadas são codificadas. Mescle as duas linhas ou renomeie uma delas.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; contains invisible characters (zero-width or text-direction marks), often left by copying. They are sent as typed but ignored when keys are compared; retype the key if they are not meant.</source>
        <translation>A chave “%1” contém caracteres invisíveis (de largura zero ou marcas de direção do texto), muitas vezes deixados ao copiar. Eles são enviados como digitados, mas ignorados na comparação de chaves; digite a chave novamente se não forem intencionais.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a column Dialer manages itself; changing it can disturb the campaign.</source>
        <translation>“%1” é uma coluna que o próprio Dialer gerencia; alterá-la pode atrapalhar a campanha.</translation>
    </message>
    <message>
        <source>Campaign ID is empty. Enter the ID of the campaign that placed the call.</source>
        <translation>O ID da campanha está vazio. Digite o ID da campanha que fez a chamada.</translation>
    </message>
    <message>
        <source>Campaign ID contains a tab, line break or other invisible or control character, often left by copying. Retype the campaign ID.</source>
        <translation>O ID da campanha contém uma tabulação, quebra de linha ou outro caractere invisível ou de controle, muitas vezes deixado ao copiar. Digite o ID da campanha novamente.</translation>
    </message>
    <message>
        <source>Call ID is empty. Enter the ID of the active Dialer call to correct.</source>
        <translation>O ID da chamada está vazio. Digite o ID da chamada ativa do Dialer a corrigir.</translation>
    </message>
    <message>
        <source>Call ID contains a tab, line break or other invisible or control character, often left by copying. Retype the call ID.</source>
        <translation>O ID da chamada contém uma tabulação, quebra de linha ou outro caractere invisível ou de controle, muitas vezes deixado ao copiar. Digite o ID da chamada novamente.</translation>
    </message>
    <message>
        <source>There is no call data to send. Add at least one key and value.</source>
        <translation>Não há dados da chamada para enviar. Adicione pelo menos uma chave e um valor.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Row %1: the value contains a broken character (not valid Unicode text). Retype the value.</source>
        <translation>Linha %1: o valor contém um caractere corrompido (texto Unicode inválido). Digite o valor novamente.</translation>
    </message>
    <message>
        <source>%1 attributes is more than the %2 contact-list columns Dialer recommends.</source>
        <translation>%1 atributos são mais do que as %2 colunas de lista de contatos que o Dialer recomenda.</translation>
    </message>
</context>
<context>
    <name>LiveCallsPanel</name>
    <message>
        <source>Agents to watch:</source>
        <translation>Agentes a monitorar:</translation>
    </message>
    <message>
        <source>Agents to watch</source>
        <translation>Agentes a monitorar</translation>
    </message>
    <message>
        <source>CIC user IDs, e.g. agent1, agent2</source>
        <translation>IDs de usuário do CIC, por exemplo, agent1, agent2</translation>
    </message>
    <message>
        <source>Workgroups to watch:</source>
        <translation>Grupos de trabalho a monitorar:</translation>
    </message>
    <message>
        <source>Workgroups to watch</source>
        <translation>Grupos de trabalho a monitorar</translation>
    </message>
    <message>
        <source>Workgroup names, e.g. Collections</source>
        <translation>Nomes de grupos de trabalho, por exemplo, Collections</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Monitorar</translation>
    </message>
    <message>
        <source>Show all calls</source>
        <translation>Mostrar todas as chamadas</translation>
    </message>
    <message>
        <source>Also list interactions that are not Dialer calls (no campaign).</source>
        <translation>Listar também as interações que não são chamadas do Dialer (sem campanha).</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>Status do monitoramento</translation>
    </message>
    <message>
        <source>Filter live calls</source>
        <translation>Filtrar chamadas em andamento</translation>
    </message>
    <message>
        <source>Filter: agent, party, campaign, call ID…</source>
        <translation>Filtro: agente, parte, campanha, ID da chamada…</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Chamadas em andamento</translation>
    </message>
    <message>
        <source>Use this call</source>
        <translation>Usar esta chamada</translation>
    </message>
    <message>
        <source>Fill Campaign ID and Call ID from the selected row (also Enter or a double-click); the call-data rows stay.</source>
        <translation>Preencher o ID da campanha e o ID da chamada a partir da linha selecionada (também com Enter ou clique duplo); as linhas de dados da chamada são mantidas.</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>Server login</source>
        <translation>Login no servidor</translation>
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
        <translation>O servidor CIC que executa o ICWS, por exemplo, cic1 ou https://cic1:8019</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Lembrar senha</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Fazer login</translation>
    </message>
</context>
</TS>
