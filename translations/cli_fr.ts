<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>CliOptions</name>
    <message>
        <source>Use the rules in FILE instead of the built-in defaults.</source>
        <translation>Utiliser les règles de FILE au lieu des règles intégrées par défaut.</translation>
    </message>
    <message>
        <source>recommend: one intake per line in, one result per line out.</source>
        <translation>recommend&#xa0;: une fiche par ligne en entrée, un résultat par ligne en sortie.</translation>
    </message>
    <message>
        <source>Take DATE (YYYY-MM-DD) as today (for reproducible scripts).</source>
        <translation>Prendre DATE (AAAA-MM-JJ) comme date du jour (pour des scripts reproductibles).</translation>
    </message>
    <message>
        <source>The database: a file, or a server as postgresql://USER@HOST:PORT/DB (default: the clinic&apos;s file in your data folder).</source>
        <translation>La base de données&#xa0;: un fichier, ou un serveur sous la forme postgresql://USER@HOST:PORT/DB (par défaut&#xa0;: le fichier de la clinique dans votre dossier de données).</translation>
    </message>
    <message>
        <source>Sign in as NAME (every command on the database; the password comes from CLINIC_INTAKE_PASSWORD or is asked).</source>
        <translation>Ouvrir une session sous le nom NAME (toute commande sur la base de données&#xa0;; le mot de passe vient de CLINIC_INTAKE_PASSWORD ou est demandé).</translation>
    </message>
    <message>
        <source>init: create the database&apos;s first manager account, NAME (password from CLINIC_INTAKE_NEW_PASSWORD or asked twice).</source>
        <translation>init&#xa0;: créer le premier compte de gestionnaire de la base de données, NAME (mot de passe de CLINIC_INTAKE_NEW_PASSWORD ou demandé deux fois).</translation>
    </message>
    <message>
        <source>init on a server: let ROLE, the program&apos;s own role, use the database (run as the database&apos;s owner).</source>
        <translation>init sur un serveur&#xa0;: permettre à ROLE, le rôle propre au programme, d&apos;utiliser la base de données (à lancer en tant que propriétaire de la base).</translation>
    </message>
    <message>
        <source>users add: front_desk, therapist or manager.</source>
        <translation>users add&#xa0;: front_desk, therapist ou manager.</translation>
    </message>
    <message>
        <source>backup: encrypt with a passphrase (CLINIC_INTAKE_BACKUP_PASSPHRASE or asked twice).</source>
        <translation>backup&#xa0;: chiffrer avec une phrase de passe (CLINIC_INTAKE_BACKUP_PASSPHRASE ou demandée deux fois).</translation>
    </message>
    <message>
        <source>review: accept the suggestion.</source>
        <translation>review&#xa0;: accepter la suggestion.</translation>
    </message>
    <message>
        <source>review: store the review even when the version already has one (one more review); without it such a review is refused (exit 2).</source>
        <translation>review&#xa0;: enregistrer la révision même si la version en a déjà une (une révision de plus)&#xa0;; sans cette option, une telle révision est refusée (code 2).</translation>
    </message>
    <message>
        <source>review: use APPROACH instead (needs --reason, and --pressure unless refer_out).</source>
        <translation>review&#xa0;: utiliser APPROACH à la place (exige --reason, et --pressure sauf pour refer_out).</translation>
    </message>
    <message>
        <source>review: the pressure to use: light, medium or firm.</source>
        <translation>review&#xa0;: la pression à utiliser&#xa0;: light, medium ou firm.</translation>
    </message>
    <message>
        <source>review: why the suggestion is overridden (one line, at most 1000 characters).</source>
        <translation>review&#xa0;: pourquoi la suggestion est remplacée (une ligne, au plus 1000 caractères).</translation>
    </message>
    <message>
        <source>review: a session note (at most 4000 characters; line breaks and tabs allowed).</source>
        <translation>review&#xa0;: une note de séance (au plus 4000 caractères&#xa0;; sauts de ligne et tabulations permis).</translation>
    </message>
    <message>
        <source>add, amend, review: the save&apos;s id (at most 100 characters), for a script that retries: the same command again with the same ID stores nothing more and prints the first one&apos;s outcome; other content with it is refused (exit 2). Without it each command makes its own.</source>
        <translation>add, amend, review&#xa0;: l&apos;identifiant de l&apos;enregistrement (au plus 100 caractères), pour un script qui fait de nouvelles tentatives&#xa0;: la même commande relancée avec le même ID n&apos;enregistre rien de plus et affiche le résultat de la première&#xa0;; un autre contenu avec cet ID est refusé (code 2). Sans cette option, chaque commande a le sien.</translation>
    </message>
    <message>
        <source>list: pending or reviewed.</source>
        <translation>list&#xa0;: pending (en attente) ou reviewed (révisées).</translation>
    </message>
    <message>
        <source>list: clients whose name has words starting with NAME (accents and case ignored; at most 200 characters).</source>
        <translation>list&#xa0;: les clients dont le nom a des mots commençant par NAME (sans tenir compte des accents ni de la casse&#xa0;; au plus 200 caractères).</translation>
    </message>
    <message>
        <source>list, export: visits on or after DATE.</source>
        <translation>list, export&#xa0;: les visites à partir de DATE.</translation>
    </message>
    <message>
        <source>list, export: visits on or before DATE.</source>
        <translation>list, export&#xa0;: les visites jusqu&apos;à DATE.</translation>
    </message>
    <message>
        <source>list: only this suggested approach.</source>
        <translation>list&#xa0;: seulement cette approche suggérée.</translation>
    </message>
    <message>
        <source>list: at most N rows (default 100; 0 for all).</source>
        <translation>list&#xa0;: au plus N lignes (100 par défaut&#xa0;; 0 pour toutes).</translation>
    </message>
    <message>
        <source>list, audit: print JSON instead of a table.</source>
        <translation>list, audit&#xa0;: afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>export: csv or json.</source>
        <translation>export&#xa0;: csv ou json.</translation>
    </message>
    <message>
        <source>export: write to FILE (a new file, owner-only, in place only when complete) instead of standard output.</source>
        <translation>export&#xa0;: écrire dans FILE (un nouveau fichier, réservé à son propriétaire, mis en place seulement une fois complet) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>export: replace FILE if it exists (a regular file only; never the database, a symlink or a device).</source>
        <translation>export&#xa0;: remplacer FILE s&apos;il existe (un fichier ordinaire seulement&#xa0;; jamais la base de données, un lien symbolique ou un périphérique).</translation>
    </message>
    <message>
        <source>export: start the CSV with the byte-order mark that Excel wants.</source>
        <translation>export&#xa0;: commencer le CSV par l&apos;indicateur d&apos;ordre des octets (BOM) qu&apos;attend Excel.</translation>
    </message>
    <message>
        <source>audit: entries from DATE on.</source>
        <translation>audit&#xa0;: les entrées à partir de DATE.</translation>
    </message>
    <message>
        <source>The language of the help and the messages: en or fr (default: from LC_ALL, LC_MESSAGES or LANG). JSON, CSV data, dates and exit codes are the same in both.</source>
        <translation>La langue de l&apos;aide et des messages&#xa0;: en ou fr (par défaut&#xa0;: selon LC_ALL, LC_MESSAGES ou LANG). Le JSON, les données CSV, les dates et les codes de sortie sont les mêmes dans les deux langues.</translation>
    </message>
    <message>
        <source>export: the language of the CSV column headers: en (the default, for scripts) or fr (for a person&apos;s spreadsheet); the rows are the same.</source>
        <translation>export&#xa0;: la langue des en-têtes de colonnes du CSV&#xa0;: en (par défaut, pour les scripts) ou fr (pour le tableur d&apos;une personne)&#xa0;; les lignes sont les mêmes.</translation>
    </message>
    <message>
        <source>import: report progress on standard error (default when it is a terminal).</source>
        <translation>import&#xa0;: indiquer la progression sur l&apos;erreur standard (par défaut quand c&apos;est un terminal).</translation>
    </message>
    <message>
        <source>Print the version, with the built-in rules&apos; version, the database schema&apos;s and those of Qt, SQLite and libpq.</source>
        <translation>Afficher la version, avec celle des règles intégrées, du schéma de la base de données, de Qt, de SQLite et de libpq.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>an input/output error while writing</source>
        <translation>une erreur d&apos;entrée-sortie à l&apos;écriture</translation>
    </message>
    <message>
        <source>read-only folder or disk: SQLite cannot make its -shm or -wal file</source>
        <translation>dossier ou disque en lecture seule&#xa0;: SQLite ne peut pas créer son fichier -shm ou -wal</translation>
    </message>
    <message>
        <source>read-only file, folder or disk</source>
        <translation>fichier, dossier ou disque en lecture seule</translation>
    </message>
    <message>
        <source>--user: say who you are with --user NAME (the password comes from %1 or is asked)</source>
        <translation>--user&#xa0;: indiquez qui vous êtes avec --user NAME (le mot de passe vient de %1 ou est demandé)</translation>
    </message>
    <message>
        <source>Server password for %1: </source>
        <translation>Mot de passe du serveur pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>this database has no user accounts yet: create its first manager with init --manager NAME</source>
        <translation>cette base de données n&apos;a encore aucun compte d&apos;utilisateur&#xa0;: créez son premier gestionnaire avec init --manager NAME</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>no password: set %1 or run the command in a terminal</source>
        <translation>aucun mot de passe&#xa0;: définissez %1 ou lancez la commande dans un terminal</translation>
    </message>
    <message>
        <source>the database cannot be written (%1): %2 changes the database, so it cannot run now. Reading still works: a manager can back it up, export and check it (see &quot;Rescue&quot; in docs/security.md)</source>
        <translation>impossible d&apos;écrire dans la base de données (%1)&#xa0;: %2 modifie la base de données et ne peut donc pas être lancée maintenant. La lecture fonctionne encore&#xa0;: un gestionnaire peut la sauvegarder, l&apos;exporter et la vérifier (voir «&#xa0;Rescue&#xa0;» dans docs/security.md)</translation>
    </message>
    <message>
        <source>waiting for another program (an import?) to finish…</source>
        <translation>attente de la fin d&apos;un autre programme (une importation&#xa0;?)…</translation>
    </message>
    <message>
        <source>the database cannot be written (%1): this access is not in its audit log; it is recorded in %2</source>
        <translation>impossible d&apos;écrire dans la base de données (%1)&#xa0;: cet accès ne figure pas dans son journal d&apos;audit&#xa0;; il est consigné dans %2</translation>
    </message>
    <message>
        <source>the database cannot be written (%1): this access is not in its audit log, and it could not be recorded in %2 either (%3): it is recorded nowhere</source>
        <translation>impossible d&apos;écrire dans la base de données (%1)&#xa0;: cet accès ne figure pas dans son journal d&apos;audit, et n&apos;a pas pu être consigné dans %2 non plus (%3)&#xa0;: il n&apos;est consigné nulle part</translation>
    </message>
    <message>
        <source>read-only rescue access: only backup, export, check, list, show and audit work; sign-in attempts are checked against the lockout but not counted towards it</source>
        <translation>accès de secours en lecture seule&#xa0;: seules backup, export, check, list, show et audit fonctionnent&#xa0;; les tentatives d&apos;ouverture de session sont vérifiées par rapport au verrouillage, mais ne sont pas comptées</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>
Commands:
  recommend FILE          Suggest an approach for the intake in FILE (- for
                          standard input) and print it as JSON.
  recommend --jsonl FILE  One intake per line in, one result per line out; a bad
                          line gives {&quot;line&quot;: N, &quot;errors&quot;: [...]} in its place.
  rules check FILE        Check a rules file and say what it holds and which
                          questions it requires (and when).
  rules show [--json]     The rules in use with their evidence and sources
                          (--json: the rules file itself).

  init --manager NAME     Create the database (and its folder) with its first
                          manager account (password: CLINIC_INTAKE_NEW_PASSWORD
                          or asked twice).
  init                    Bring an existing database up to date.
  add FILE                Check the intake, suggest, store; print the id and
                          the suggestion as JSON.
  import FILE.jsonl       Store one intake per line, all or nothing.
  list                    List intakes, newest visit first (--status, --search,
                          --from, --to, --approach, --limit, --json).
  show ID                 The intake with all its versions, suggestions, reviews.
  amend ID FILE           Store a corrected intake as a new version.
  review ID --accept | --override APPROACH --pressure P --reason TEXT
                          Record the therapist&apos;s review (--note TEXT). A
                          suggestion whose screening is incomplete cannot be
                          accepted (exit 2, naming the questions): amend the
                          intake to complete it, or override with a reason.
                          A version already reviewed is refused (exit 2,
                          naming who reviewed it) unless --additional.
  add, amend and review take --save-id ID: run again with the same ID (a retry
                          after a lost connection), the command stores nothing
                          more and prints what the first run stored.
  export [--format csv|json] [--from DATE] [--to DATE] [--bom]
         [--labels en|fr] [-o FILE [--overwrite]]
                          The records, to standard output or to FILE. An
                          existing FILE is replaced only with --overwrite,
                          and never when it is the database, a symlink or
                          not a regular file. The CSV&apos;s column headers are
                          English (for scripts); --labels fr gives French
                          ones for a person&apos;s spreadsheet.
  audit [--since DATE]    The audit log.
  backup DEST [--encrypt] A consistent copy of the database, made while in use;
                          encrypted with a passphrase (CLINIC_INTAKE_BACKUP_
                          PASSPHRASE or asked twice) with --encrypt.
  restore BACKUP          Verify BACKUP completely, then put it in place of the
                          database, keeping the replaced one beside it.
  check                   Integrity, reference and audit-chain checks (exit 1
                          on a problem).

  users add NAME --role front_desk|therapist|manager
  users list | users disable NAME | users reset-password NAME
                          Accounts (managers only). New passwords come from
                          CLINIC_INTAKE_NEW_PASSWORD or are asked twice.
  passwd                  Change your own password.

Every command on a database signs in: --user NAME, with the password from
CLINIC_INTAKE_PASSWORD or asked without echo. Each role may do only its job
(docs/security.md).

Language: --lang en|fr, otherwise LC_ALL, LC_MESSAGES or LANG. Only the help
and the messages change; &quot;error: &lt;field&gt;:&quot;, JSON, CSV data, dates and exit
codes are the same in both languages.

Exit status: 0 done, 2 the input or request was refused (nothing stored,
nothing on stdout; each problem on stderr as &quot;error: &lt;field&gt;: &lt;message&gt;&quot;),
3 not signed in (wrong or missing password, disabled user) or not allowed
for your role, 1 any other failure, including output that could not be
written in full (e.g. a full disk).</source>
        <translation>
Commandes&#xa0;:
  recommend FILE          Suggérer une approche pour la fiche d&apos;accueil dans
                          FILE (- pour l&apos;entrée standard) et l&apos;afficher en
                          JSON.
  recommend --jsonl FILE  Une fiche par ligne en entrée, un résultat par ligne
                          en sortie&#xa0;; une ligne refusée donne à sa place
                          {&quot;line&quot;: N, &quot;errors&quot;: [...]}.
  rules check FILE        Vérifier un fichier de règles&#xa0;: ce qu&apos;il contient, et
                          les questions qu&apos;il exige (et quand).
  rules show [--json]     Les règles en vigueur, avec leurs données probantes
                          et leurs sources (--json&#xa0;: le fichier de règles
                          lui-même).

  init --manager NAME     Créer la base de données (et son dossier) avec son
                          premier compte de gestionnaire (mot de passe&#xa0;:
                          CLINIC_INTAKE_NEW_PASSWORD ou demandé deux fois).
  init                    Mettre à jour une base de données existante.
  add FILE                Vérifier la fiche, suggérer, enregistrer&#xa0;; afficher
                          le numéro et la suggestion en JSON.
  import FILE.jsonl       Enregistrer une fiche par ligne, tout ou rien.
  list                    Lister les fiches, visite la plus récente d&apos;abord
                          (--status, --search, --from, --to, --approach,
                          --limit, --json).
  show ID                 La fiche avec toutes ses versions, suggestions et
                          révisions.
  amend ID FILE           Enregistrer une fiche corrigée comme nouvelle version.
  review ID --accept | --override APPROACH --pressure P --reason TEXT
                          Enregistrer la révision du thérapeute (--note TEXT).
                          Une suggestion dont le dépistage est incomplet ne peut
                          pas être acceptée (code 2, avec les questions en
                          cause)&#xa0;: modifiez la fiche pour le compléter, ou
                          remplacez la suggestion avec une raison. Une version
                          déjà révisée est refusée (code 2, avec le nom de qui
                          l&apos;a révisée), sauf avec --additional.
  add, amend et review acceptent --save-id ID&#xa0;: relancée avec le même ID (une
                          nouvelle tentative après une connexion perdue), la
                          commande n&apos;enregistre rien de plus et affiche ce que
                          la première exécution a enregistré.
  export [--format csv|json] [--from DATE] [--to DATE] [--bom]
         [--labels en|fr] [-o FILE [--overwrite]]
                          Les dossiers, vers la sortie standard ou vers FILE.
                          Un FILE existant n&apos;est remplacé qu&apos;avec --overwrite,
                          et jamais s&apos;il s&apos;agit de la base de données, d&apos;un
                          lien symbolique ou d&apos;autre chose qu&apos;un fichier
                          ordinaire. Les en-têtes de colonnes du CSV sont en
                          anglais (pour les scripts)&#xa0;; --labels fr les donne
                          en français pour le tableur d&apos;une personne.
  audit [--since DATE]    Le journal d&apos;audit.
  backup DEST [--encrypt] Une copie cohérente de la base de données, faite
                          pendant son utilisation&#xa0;; avec --encrypt, chiffrée
                          avec une phrase de passe (CLINIC_INTAKE_BACKUP_
                          PASSPHRASE ou demandée deux fois).
  restore BACKUP          Vérifier BACKUP entièrement, puis le mettre à la place
                          de la base de données, en gardant celle-ci à côté.
  check                   Vérifications d&apos;intégrité, des références et de la
                          chaîne d&apos;audit (code 1 en cas de problème).

  users add NAME --role front_desk|therapist|manager
  users list | users disable NAME | users reset-password NAME
                          Comptes (gestionnaires seulement). Les nouveaux mots
                          de passe viennent de CLINIC_INTAKE_NEW_PASSWORD ou
                          sont demandés deux fois.
  passwd                  Changer votre propre mot de passe.

Chaque commande sur une base de données ouvre une session&#xa0;: --user NAME, avec
le mot de passe de CLINIC_INTAKE_PASSWORD ou demandé sans écho. Chaque rôle ne
peut faire que son travail (docs/security.md).

Langue&#xa0;: --lang en|fr, sinon LC_ALL, LC_MESSAGES ou LANG. Seuls l&apos;aide et les
messages changent&#xa0;; «&#xa0;error: &lt;field&gt;:&#xa0;», le JSON, les données CSV, les dates
et les codes de sortie sont les mêmes dans les deux langues.

Codes de sortie&#xa0;: 0 terminé, 2 l&apos;entrée ou la demande a été refusée (rien
d&apos;enregistré, rien sur stdout&#xa0;; chaque problème sur stderr sous la forme
«&#xa0;error: &lt;field&gt;: &lt;message&gt;&#xa0;»), 3 session non ouverte (mot de passe incorrect ou
manquant, utilisateur désactivé) ou action non autorisée pour votre rôle,
1 tout autre échec, y compris une sortie qui n&apos;a pas pu être écrite en entier
(p. ex. un disque plein).</translation>
    </message>
    <message>
        <source>writing to standard output failed: %1; the output is incomplete</source>
        <translation>l&apos;écriture sur la sortie standard a échoué&#xa0;: %1&#xa0;; la sortie est incomplète</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>erreur d&apos;écriture</translation>
    </message>
    <message>
        <source>--lang: must be en or fr, got &quot;%1&quot;</source>
        <translation>--lang: doit être en ou fr, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Clinic Intake: pre-session consultations and treatment suggestions, with the reasons.</source>
        <translation>Clinic Intake&#xa0;: consultations préalables aux séances et suggestions de traitement, avec leurs raisons.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>L&apos;une des commandes ci-dessous.</translation>
    </message>
    <message>
        <source>--today: not a date written YYYY-MM-DD: %1</source>
        <translation>--today: pas une date écrite AAAA-MM-JJ&#xa0;: %1</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>aucune commande donnée&#xa0;; essayez --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; essayez --help</translation>
    </message>
    <message>
        <source>recommend takes one FILE (or - for standard input)</source>
        <translation>recommend prend un FILE (ou - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>la lecture de %1 a échoué</translation>
    </message>
    <message>
        <source>%1 of %2 lines were refused</source>
        <translation>%1 lignes sur %2 ont été refusées</translation>
    </message>
    <message>
        <source>use &quot;rules check FILE&quot; or &quot;rules show [--json]&quot;</source>
        <translation>utilisez «&#xa0;rules check FILE&#xa0;» ou «&#xa0;rules show [--json]&#xa0;»</translation>
    </message>
    <message>
        <source>the rules file %1 cannot be used:</source>
        <translation>le fichier de règles %1 ne peut pas être utilisé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>requires %n question(s) always: %1</source>
        <translation>
            <numerusform>exige toujours %n question&#xa0;: %1</numerusform>
            <numerusform>exige toujours %n questions&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>requires %n question(s) when %1: %2</source>
        <translation>
            <numerusform>exige %n question quand %1&#xa0;: %2</numerusform>
            <numerusform>exige %n questions quand %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>never requires: %1</source>
        <translation>n&apos;exige jamais&#xa0;: %1</translation>
    </message>
    <message>
        <source>refers out: %1 (a clearance for %2 clears it)</source>
        <translation>dirige vers un médecin&#xa0;: %1 (une autorisation médicale pour %2 lève l&apos;orientation)</translation>
    </message>
    <message>
        <source>refers out: %1 (cannot be cleared)</source>
        <translation>dirige vers un médecin&#xa0;: %1 (aucune autorisation médicale ne lève l&apos;orientation)</translation>
    </message>
    <message>
        <source>leaves a line</source>
        <translation>ajoute une ligne</translation>
    </message>
    <message>
        <source>approach %1</source>
        <translation>approche %1</translation>
    </message>
    <message>
        <source>switches to %1</source>
        <translation>passe à %1</translation>
    </message>
    <message>
        <source>caution %1, at most %2 pressure</source>
        <translation>mise en garde %1, pression %2 au plus</translation>
    </message>
    <message>
        <source>caution %1</source>
        <translation>mise en garde %1</translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation>ajoute %1</translation>
    </message>
    <message>
        <source>removes %1</source>
        <translation>retire %1</translation>
    </message>
    <message>
        <source>removes the focus areas lying in %1</source>
        <translation>retire les zones ciblées situées dans %1</translation>
    </message>
    <message>
        <source>Rules %1 (sha256 %2)</source>
        <translation>Règles %1 (sha256 %2)</translation>
    </message>
    <message numerus="yes">
        <source>a medical clearance holds %n day(s)</source>
        <translation>
            <numerusform>une autorisation médicale est valide %n jour</numerusform>
            <numerusform>une autorisation médicale est valide %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>when: %1</source>
        <translation>quand&#xa0;: %1</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>when cleared: %1</source>
        <translation>avec autorisation médicale&#xa0;: %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>données probantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>sources (%1)</source>
        <translation>sources (%1)</translation>
    </message>
    <message>
        <source>supports: %1</source>
        <translation>appuie&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, version %2, %n rule(s) (%3), %4 sources, sha256 %5</source>
        <translation>
            <numerusform>%1&#xa0;: correct, version %2, %n règle (%3), %4 sources, sha256 %5</numerusform>
            <numerusform>%1&#xa0;: correct, version %2, %n règles (%3), %4 sources, sha256 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>rules without evidence: %1</source>
        <translation>règles sans données probantes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in one language only (English and French expected; see the warnings)</source>
        <translation>
            <numerusform>%n texte dans une seule langue (anglais et français attendus&#xa0;; voir les avertissements)</numerusform>
            <numerusform>%n textes dans une seule langue (anglais et français attendus&#xa0;; voir les avertissements)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: larger than %2; an intake is a few kilobytes</source>
        <translation>impossible de lire %1&#xa0;: plus de %2&#xa0;; une fiche d&apos;accueil fait quelques kilooctets</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>no terminal to ask on: set %1</source>
        <translation>aucun terminal où le demander&#xa0;: définissez %1</translation>
    </message>
    <message>
        <source>Again, to be sure: </source>
        <translation>Encore une fois, pour confirmer&#xa0;: </translation>
    </message>
    <message>
        <source>the two entries differ; nothing was changed</source>
        <translation>les deux saisies diffèrent&#xa0;; rien n&apos;a été changé</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>not a date written YYYY-MM-DD: %1</source>
        <translation>pas une date écrite AAAA-MM-JJ&#xa0;: %1</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>not an intake number: %1</source>
        <translation>pas un numéro de fiche d&apos;accueil&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be %1, got &quot;%2&quot;</source>
        <translation>doit être %1, valeur reçue&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>database ready: %1 (schema %2); no user accounts yet: restore a clinic&apos;s backup into it, or run init --manager NAME</source>
        <translation>base de données prête&#xa0;: %1 (schéma %2)&#xa0;; aucun compte d&apos;utilisateur pour l&apos;instant&#xa0;: restaurez-y la sauvegarde d&apos;une clinique, ou lancez init --manager NAME</translation>
    </message>
    <message>
        <source>database ready: %1 (schema %2)</source>
        <translation>base de données prête&#xa0;: %1 (schéma %2)</translation>
    </message>
    <message>
        <source>a new database needs its first manager: init --manager NAME</source>
        <translation>une nouvelle base de données a besoin de son premier gestionnaire&#xa0;: init --manager NAME</translation>
    </message>
    <message>
        <source>%1 already has user accounts; a manager adds new ones with users add</source>
        <translation>%1 a déjà des comptes d&apos;utilisateur&#xa0;; un gestionnaire en ajoute avec users add</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>database ready: %1 (schema %2); manager %3 created</source>
        <translation>base de données prête&#xa0;: %1 (schéma %2)&#xa0;; gestionnaire %3 créé</translation>
    </message>
    <message>
        <source>only for a server database (--db postgresql://...)</source>
        <translation>seulement pour une base de données sur serveur (--db postgresql://...)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>usage: add FILE (or - for standard input)</source>
        <translation>utilisation&#xa0;: add FILE (ou - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>usage: import FILE.jsonl (or - for standard input)</source>
        <translation>utilisation&#xa0;: import FILE.jsonl (ou - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>read %1 lines</source>
        <translation>%1 lignes lues</translation>
    </message>
    <message>
        <source>reading %1 failed; nothing was imported</source>
        <translation>la lecture de %1 a échoué&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>nothing was imported: fix the lines above and import the file again</source>
        <translation>rien n&apos;a été importé&#xa0;: corrigez les lignes ci-dessus et importez le fichier de nouveau</translation>
    </message>
    <message>
        <source>the file holds no intakes; nothing was imported</source>
        <translation>le fichier ne contient aucune fiche d&apos;accueil&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>imported %1 intakes (ids %2 to %3)</source>
        <translation>%1 fiches d&apos;accueil importées (numéros %2 à %3)</translation>
    </message>
    <message>
        <source>must be a whole number, 0 for no limit</source>
        <translation>doit être un nombre entier, 0 pour aucune limite</translation>
    </message>
    <message>
        <source>screening incomplete</source>
        <translation>dépistage incomplet</translation>
    </message>
    <message>
        <source>(the first %1 rows; use --limit for more)</source>
        <translation>(les %1 premières lignes&#xa0;; utilisez --limit pour en voir plus)</translation>
    </message>
    <message>
        <source>give either --accept or --override APPROACH</source>
        <translation>donnez soit --accept, soit --override APPROACH</translation>
    </message>
    <message>
        <source>goes with --override; an accepted suggestion keeps its pressure</source>
        <translation>va avec --override&#xa0;; une suggestion acceptée garde sa pression</translation>
    </message>
    <message>
        <source>%1; give --additional to store yours as one more review</source>
        <translation>%1&#xa0;; donnez --additional pour enregistrer la vôtre comme révision supplémentaire</translation>
    </message>
    <message>
        <source>review %1 saved for intake %2: accepted</source>
        <translation>révision %1 enregistrée pour la fiche d&apos;accueil %2&#xa0;: acceptée</translation>
    </message>
    <message>
        <source>review %1 saved for intake %2: overridden</source>
        <translation>révision %1 enregistrée pour la fiche d&apos;accueil %2&#xa0;: remplacée</translation>
    </message>
    <message>
        <source>must be csv or json, got &quot;%1&quot;</source>
        <translation>doit être csv ou json, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be en or fr, got &quot;%1&quot;</source>
        <translation>doit être en ou fr, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>that is standard output; to write to standard output, leave out -o</source>
        <translation>c&apos;est la sortie standard&#xa0;; pour écrire sur la sortie standard, omettez -o</translation>
    </message>
    <message>
        <source>%1 already exists; give --overwrite to replace it, or choose another file name</source>
        <translation>%1 existe déjà&#xa0;; donnez --overwrite pour le remplacer, ou choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>goes with -o FILE</source>
        <translation>va avec -o FILE</translation>
    </message>
    <message>
        <source>export to standard output failed: %1 (not recorded as an export)</source>
        <translation>l&apos;exportation vers la sortie standard a échoué&#xa0;: %1 (non consignée comme exportation)</translation>
    </message>
    <message>
        <source>exported %1 intakes to %2</source>
        <translation>%1 fiches d&apos;accueil exportées vers %2</translation>
    </message>
    <message>
        <source>usage: backup DEST [--encrypt]</source>
        <translation>utilisation&#xa0;: backup DEST [--encrypt]</translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation>sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>Phrase de passe pour la sauvegarde&#xa0;: </translation>
    </message>
    <message>
        <source>needs at least %1 characters</source>
        <translation>doit compter au moins %1 caractères</translation>
    </message>
    <message>
        <source>encrypted backup written to %1 (keep the passphrase apart from it: without it the backup cannot be read)</source>
        <translation>sauvegarde chiffrée écrite dans %1 (gardez la phrase de passe à part&#xa0;: sans elle, la sauvegarde ne peut pas être lue)</translation>
    </message>
    <message>
        <source>usage: restore BACKUP</source>
        <translation>utilisation&#xa0;: restore BACKUP</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>fichier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>%1 restaurée à partir de %2</translation>
    </message>
    <message>
        <source>restored %1 from %2; the database it replaced is kept as %3</source>
        <translation>%1 restaurée à partir de %2&#xa0;; la base de données remplacée est gardée sous le nom %3</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Phrase de passe de la sauvegarde&#xa0;: </translation>
    </message>
    <message>
        <source>the backup is encrypted; set %1 or run the command in a terminal</source>
        <translation>la sauvegarde est chiffrée&#xa0;; définissez %1 ou lancez la commande dans un terminal</translation>
    </message>
    <message>
        <source>restored %1 from %2; the server&apos;s records, audit chain and a sample of intakes match the backup</source>
        <translation>%1 restaurée à partir de %2&#xa0;; les dossiers du serveur, la chaîne d&apos;audit et un échantillon de fiches d&apos;accueil correspondent à la sauvegarde</translation>
    </message>
    <message>
        <source>%1 passed the integrity and reference checks; audit chain intact (%2 entries, newest hash %3); every stored record, suggestion, review and account matches the audit entry that covers it</source>
        <translation>%1 a passé les vérifications d&apos;intégrité et des références&#xa0;; chaîne d&apos;audit intacte (%2 entrées, dernière empreinte %3)&#xa0;; chaque fiche, suggestion, révision et compte enregistré correspond à l&apos;entrée d&apos;audit qui le couvre</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>usage: %1</source>
        <translation>utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>--role: must be front_desk, therapist or manager, got &quot;%1&quot;</source>
        <translation>--role: doit être front_desk, therapist ou manager, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>user %1 added as %2</source>
        <translation>utilisateur %1 ajouté comme %2</translation>
    </message>
    <message>
        <source>user %1 disabled</source>
        <translation>utilisateur %1 désactivé</translation>
    </message>
    <message>
        <source>password of %1 reset</source>
        <translation>mot de passe de %1 réinitialisé</translation>
    </message>
    <message>
        <source>use users add NAME --role ROLE, users list, users disable NAME or users reset-password NAME</source>
        <translation>utilisez users add NAME --role ROLE, users list, users disable NAME ou users reset-password NAME</translation>
    </message>
    <message>
        <source>usage: passwd (changes the --user&apos;s own password)</source>
        <translation>utilisation&#xa0;: passwd (change le mot de passe de l&apos;utilisateur --user lui-même)</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>mot de passe changé</translation>
    </message>
</context>
</TS>
