<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AccessError</name>
    <message>
        <source>the account %1 is disabled; ask a manager</source>
        <translation>le compte %1 est désactivé&#xa0;; adressez-vous à un gestionnaire</translation>
    </message>
    <message>
        <source>%1: not allowed for %2 (role %3); only therapists and managers may %4</source>
        <translation>%1&#xa0;: non autorisé pour %2 (rôle %3)&#xa0;; seuls les thérapeutes et les gestionnaires peuvent %4</translation>
    </message>
    <message>
        <source>%1: not allowed for %2 (role %3); only managers may %4</source>
        <translation>%1&#xa0;: non autorisé pour %2 (rôle %3)&#xa0;; seuls les gestionnaires peuvent %4</translation>
    </message>
    <message>
        <source>wrong user name or password. After %1 failed attempts in a row, sign-in pauses for a few minutes</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect. Après %1 échecs de suite, l&apos;ouverture de session est suspendue quelques minutes</translation>
    </message>
    <message>
        <source>that is not your current password</source>
        <translation>ce n&apos;est pas votre mot de passe actuel</translation>
    </message>
</context>
<context>
    <name>AuditCoverage</name>
    <message>
        <source>hashing: BLAKE2b is not available</source>
        <translation>calcul de l&apos;empreinte&#xa0;: BLAKE2b n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1 rows %2-%3</source>
        <translation>%1, lignes %2 à %3</translation>
    </message>
    <message>
        <source>audit entry %1 (%2)</source>
        <translation>entrée d&apos;audit %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems with rows the audit log covers</source>
        <translation>
            <numerusform>et %n autre problème touchant les lignes couvertes par le journal d&apos;audit</numerusform>
            <numerusform>et %n autres problèmes touchant les lignes couvertes par le journal d&apos;audit</numerusform>
        </translation>
    </message>
    <message>
        <source>audit entry %1 (%2): its list of covered rows &quot;%3&quot; cannot be read; it was changed after it was written</source>
        <translation>entrée d&apos;audit %1 (%2)&#xa0;: sa liste de lignes couvertes «&#xa0;%3&#xa0;» est illisible&#xa0;; elle a été modifiée après avoir été écrite</translation>
    </message>
    <message>
        <source>%1 and %2 both cover %3: a row is covered by one entry only</source>
        <translation>%1 et %2 couvrent toutes deux %3&#xa0;: une ligne n&apos;est couverte que par une seule entrée</translation>
    </message>
    <message>
        <source>%1 is gone, but %2 covers it: it was deleted outside Clinic Intake</source>
        <translation>%1 a disparu, mais %2 la couvre&#xa0;: elle a été supprimée en dehors de Clinic Intake</translation>
    </message>
    <message>
        <source>%1 is covered by no audit entry: it was written outside Clinic Intake</source>
        <translation>%1 n&apos;est couverte par aucune entrée d&apos;audit&#xa0;: elle a été écrite en dehors de Clinic Intake</translation>
    </message>
    <message>
        <source>%1 covers %2, and that row was changed outside Clinic Intake after the entry was written</source>
        <translation>%1 couvre %2, et cette ligne a été modifiée en dehors de Clinic Intake après l&apos;écriture de l&apos;entrée</translation>
    </message>
    <message>
        <source>%1 covers %2, and one or more of those rows were changed outside Clinic Intake after the entry was written</source>
        <translation>%1 couvre %2, et au moins une de ces lignes a été modifiée en dehors de Clinic Intake après l&apos;écriture de l&apos;entrée</translation>
    </message>
</context>
<context>
    <name>AuditFallbackLog</name>
    <message>
        <source>it is a symbolic link</source>
        <translation>c&apos;est un lien symbolique</translation>
    </message>
    <message>
        <source>it is not a regular file of this user</source>
        <translation>ce n&apos;est pas un fichier ordinaire de cet utilisateur</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
</context>
<context>
    <name>BackupCipher</name>
    <message>
        <source>the backup is damaged or the passphrase is wrong (the two cannot be told apart: check the passphrase first)</source>
        <translation>la sauvegarde est endommagée ou la phrase de passe est erronée (impossible de distinguer les deux cas&#xa0;: vérifiez d&apos;abord la phrase de passe)</translation>
    </message>
    <message>
        <source>the encryption library cannot start</source>
        <translation>la bibliothèque de chiffrement ne peut pas démarrer</translation>
    </message>
    <message>
        <source>the backup passphrase is empty</source>
        <translation>la phrase de passe de la sauvegarde est vide</translation>
    </message>
    <message>
        <source>not enough memory to derive the backup key (it needs %1 MiB)</source>
        <translation>mémoire insuffisante pour dériver la clé de la sauvegarde (il faut %1&#xa0;Mio)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the backup key cost is out of bounds (opslimit %1, memlimit %2)</source>
        <translation>le coût de la clé de sauvegarde est hors limites (opslimit %1, memlimit %2)</translation>
    </message>
    <message>
        <source>the file is not an encrypted Clinic Intake backup</source>
        <translation>le fichier n&apos;est pas une sauvegarde chiffrée de Clinic Intake</translation>
    </message>
    <message>
        <source>the encrypted backup is cut short: it ends inside its header</source>
        <translation>la sauvegarde chiffrée est tronquée&#xa0;: elle se termine au milieu de son en-tête</translation>
    </message>
    <message>
        <source>the backup is damaged: its header gives format 0, which no Clinic Intake writes</source>
        <translation>la sauvegarde est endommagée&#xa0;: son en-tête indique le format 0, qu&apos;aucune version de Clinic Intake n&apos;écrit</translation>
    </message>
    <message>
        <source>the backup was encrypted by a newer Clinic Intake (format %1); update the program</source>
        <translation>la sauvegarde a été chiffrée par une version plus récente de Clinic Intake (format %1)&#xa0;; mettez le programme à jour</translation>
    </message>
    <message>
        <source>the backup is damaged: its header asks for settings out of bounds (opslimit %1, memlimit %2, chunk %3 bytes)</source>
        <translation>la sauvegarde est endommagée&#xa0;: son en-tête demande des paramètres hors limites (opslimit %1, memlimit %2, bloc de %3&#xa0;octets)</translation>
    </message>
    <message>
        <source>the backup is incomplete: it ends before its last part (cut short while it was written or copied?)</source>
        <translation>la sauvegarde est incomplète&#xa0;: elle se termine avant sa dernière partie (tronquée pendant son écriture ou sa copie&#xa0;?)</translation>
    </message>
    <message>
        <source>the backup is incomplete: it ends inside part %1 (cut short?)</source>
        <translation>la sauvegarde est incomplète&#xa0;: elle se termine au milieu de la partie %1 (tronquée&#xa0;?)</translation>
    </message>
    <message>
        <source>the backup is damaged: part %1 (from byte %2) fails its authentication; it was altered</source>
        <translation>la sauvegarde est endommagée&#xa0;: la partie %1 (à partir de l&apos;octet %2) échoue à l&apos;authentification&#xa0;; elle a été altérée</translation>
    </message>
    <message>
        <source>the backup is damaged: its last part has no valid padding</source>
        <translation>la sauvegarde est endommagée&#xa0;: sa dernière partie n&apos;a pas de remplissage valide</translation>
    </message>
    <message>
        <source>the backup is damaged: part %1 is of an unknown kind</source>
        <translation>la sauvegarde est endommagée&#xa0;: la partie %1 est d&apos;un type inconnu</translation>
    </message>
    <message>
        <source>the backup has bytes after its end: it was altered or something was appended to it</source>
        <translation>la sauvegarde contient des octets après sa fin&#xa0;: elle a été altérée ou on y a ajouté quelque chose</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom de fichier</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>la phrase de passe est vide</translation>
    </message>
</context>
<context>
    <name>CheckFinding</name>
    <message>
        <source>(more problems of this kind are not listed)</source>
        <translation>(les autres problèmes de ce genre ne sont pas énumérés)</translation>
    </message>
    <message>
        <source>schema: %1 is missing (this version creates it)</source>
        <translation>schema: %1 est absent (cette version le crée)</translation>
    </message>
    <message>
        <source>schema: %1 is not what this version creates</source>
        <translation>schema: %1 n&apos;est pas ce que crée cette version</translation>
    </message>
    <message>
        <source>schema: %1 does not belong in a Clinic Intake database</source>
        <translation>schema: %1 n&apos;a pas sa place dans une base de données Clinic Intake</translation>
    </message>
    <message>
        <source>intake %1 version %2</source>
        <translation>fiche d&apos;accueil %1, version %2</translation>
    </message>
    <message>
        <source>%1: the stored record is damaged (%2: %3)</source>
        <translation>%1&#xa0;: la fiche enregistrée est endommagée (%2: %3)</translation>
    </message>
    <message>
        <source>%1: its suggestion is missing</source>
        <translation>%1&#xa0;: sa suggestion est absente</translation>
    </message>
    <message>
        <source>%1: the stored suggestion is damaged (not a JSON object)</source>
        <translation>%1&#xa0;: la suggestion enregistrée est endommagée (ce n&apos;est pas un objet JSON)</translation>
    </message>
    <message>
        <source>%1: the suggestion&apos;s approach, urgency or pressure differs from its stored text</source>
        <translation>%1&#xa0;: l&apos;approche, l&apos;urgence ou la pression de la suggestion diffère de son texte enregistré</translation>
    </message>
    <message>
        <source>%1: the stored suggestion is not what rules %2 give for the stored record (it says %3)</source>
        <translation>%1&#xa0;: la suggestion enregistrée n&apos;est pas celle que donnent les règles %2 pour la fiche enregistrée (elle indique %3)</translation>
    </message>
    <message>
        <source>intake %1: its current version or suggestion is missing</source>
        <translation>fiche d&apos;accueil %1&#xa0;: sa version ou sa suggestion courante est absente</translation>
    </message>
    <message>
        <source>intake %1: the current version is %2, its newest is %3</source>
        <translation>fiche d&apos;accueil %1&#xa0;: la version courante est %2, la plus récente est %3</translation>
    </message>
    <message>
        <source>intake %1: the approach in the list is not its suggestion&apos;s</source>
        <translation>fiche d&apos;accueil %1&#xa0;: l&apos;approche de la liste n&apos;est pas celle de sa suggestion</translation>
    </message>
    <message>
        <source>intake %1: the status in the list does not match its reviews</source>
        <translation>fiche d&apos;accueil %1&#xa0;: le statut de la liste ne correspond pas à ses révisions</translation>
    </message>
    <message>
        <source>save id %1: stored with a version of intake %2 and with a review of intake %3; a save id is one save&apos;s</source>
        <translation>identifiant d&apos;enregistrement %1&#xa0;: enregistré avec une version de la fiche d&apos;accueil %2 et avec une révision de la fiche d&apos;accueil %3&#xa0;; un identifiant d&apos;enregistrement n&apos;appartient qu&apos;à un seul enregistrement</translation>
    </message>
    <message>
        <source>reference: row %1 of %2 points to a missing %3 row</source>
        <translation>reference: la ligne %1 de %2 renvoie à une ligne %3 absente</translation>
    </message>
    <message>
        <source>grant: PUBLIC may %1; only the owner and the program&apos;s role may use a Clinic Intake database</source>
        <translation>grant: PUBLIC peut %1&#xa0;; seuls le propriétaire et le rôle du programme peuvent utiliser une base de données Clinic Intake</translation>
    </message>
    <message>
        <source>grant: %1 may %2, more than Clinic Intake grants the program&apos;s role</source>
        <translation>grant: %1 peut %2, plus que ce que Clinic Intake accorde au rôle du programme</translation>
    </message>
</context>
<context>
    <name>CsvRecordRow</name>
    <message>
        <source>intake %1 version %2: the stored record is damaged (run check); nothing was exported</source>
        <translation>fiche d&apos;accueil %1, version %2&#xa0;: la fiche enregistrée est endommagée (lancez check)&#xa0;; rien n&apos;a été exporté</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>intake %1 was amended meanwhile (now version %2); review it again</source>
        <translation>la fiche d&apos;accueil %1 a été modifiée entre-temps (elle est maintenant à la version %2)&#xa0;; révisez-la de nouveau</translation>
    </message>
    <message>
        <source>intake %1 was amended meanwhile (now version %2); amend it again</source>
        <translation>la fiche d&apos;accueil %1 a été modifiée entre-temps (elle est maintenant à la version %2)&#xa0;; modifiez-la de nouveau</translation>
    </message>
    <message>
        <source>intake %1 version %2 was reviewed meanwhile (%3 not seen; the newest by %4 at %5, %6); nothing was stored</source>
        <translation>la fiche d&apos;accueil %1, version %2, a été révisée entre-temps (%3 non vues&#xa0;; la plus récente par %4 le %5, %6)&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>1 review</source>
        <translation>1 révision</translation>
    </message>
    <message>
        <source>%1 reviews</source>
        <translation>%1 révisions</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>must not contain control characters (found %1); only line breaks and tabs are allowed</source>
        <translation>ne doit pas contenir de caractères de contrôle (trouvé&#xa0;: %1)&#xa0;; seuls les sauts de ligne et les tabulations sont permis</translation>
    </message>
    <message>
        <source>must not contain control characters (found %1)</source>
        <translation>ne doit pas contenir de caractères de contrôle (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be at most %1 characters, got %2</source>
        <translation>doit compter au plus %1 caractères, en compte %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems; fix the ones above first</source>
        <translation>
            <numerusform>et %n autre problème&#xa0;; corrigez d&apos;abord ceux ci-dessus</numerusform>
            <numerusform>et %n autres problèmes&#xa0;; corrigez d&apos;abord ceux ci-dessus</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>est obligatoire, mais absent</translation>
    </message>
    <message>
        <source>must not be null; leave the field out when the answer is not known</source>
        <translation>ne doit pas être null&#xa0;; omettez le champ quand la réponse n&apos;est pas connue</translation>
    </message>
    <message>
        <source>must be a group of fields {...}, got %1</source>
        <translation>doit être un groupe de champs {...}, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be text in quotes, got %1</source>
        <translation>doit être du texte entre guillemets, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>doit être true ou false, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, got %1</source>
        <translation>doit être une date écrite AAAA-MM-JJ, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a calendar date: %1</source>
        <translation>date inexistante&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a list of %1 such as [&quot;%2&quot;], got %3</source>
        <translation>doit être une liste de %1, p. ex. [&quot;%2&quot;], valeur reçue&#xa0;: %3</translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation>doit être l&apos;une des valeurs %1, valeur reçue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>may contain only digits, spaces and + - ( ) . /, got &quot;%1&quot;</source>
        <translation>ne peut contenir que des chiffres, des espaces et + - ( ) . /, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be an email address such as name@example.org, got &quot;%1&quot;</source>
        <translation>doit être une adresse courriel comme nom@example.org, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must name at least one body area</source>
        <translation>doit nommer au moins une région du corps</translation>
    </message>
    <message>
        <source>body areas</source>
        <translation>régions du corps</translation>
    </message>
    <message>
        <source>must be an integer from 0 to 10, got %1</source>
        <translation>doit être un nombre entier de 0 à 10, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a number of weeks from 0 to 5200, got %1</source>
        <translation>doit être un nombre de semaines de 0 à 5200, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>places the pain spreads to</source>
        <translation>endroits où la douleur irradie</translation>
    </message>
    <message>
        <source>must be &quot;yes&quot; or &quot;no&quot;, got %1</source>
        <translation>doit être «&#xa0;yes&#xa0;» ou «&#xa0;no&#xa0;», valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not be after the visit date (%1)</source>
        <translation>ne doit pas être postérieure à la date de la visite (%1)</translation>
    </message>
    <message>
        <source>must not be before the date of birth (%1)</source>
        <translation>ne doit pas être antérieure à la date de naissance (%1)</translation>
    </message>
    <message>
        <source>must be a list of clearance codes such as [&quot;cancer_history&quot;], got %1</source>
        <translation>doit être une liste de codes d&apos;autorisation médicale, p. ex. [&quot;cancer_history&quot;], valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must name at least one clearance code</source>
        <translation>doit nommer au moins un code d&apos;autorisation médicale</translation>
    </message>
    <message>
        <source>must be a clearance code in quotes, such as &quot;cancer_history&quot;, got %1</source>
        <translation>doit être un code d&apos;autorisation médicale entre guillemets, p. ex. &quot;cancer_history&quot;, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown clearance code %1</source>
        <translation>code d&apos;autorisation médicale inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>appears twice; give each field once</source>
        <translation>figure deux fois&#xa0;; donnez chaque champ une seule fois</translation>
    </message>
    <message>
        <source>longer than %1; an intake is a few kilobytes</source>
        <translation>plus long que %1&#xa0;; une fiche d&apos;accueil fait quelques kilooctets</translation>
    </message>
    <message>
        <source>not valid JSON: a NUL byte at byte %1; nothing may follow the record</source>
        <translation>JSON non valide&#xa0;: un octet NUL à l&apos;octet %1&#xa0;; rien ne doit suivre la fiche</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; this is not an intake record</source>
        <translation>imbriqué sur plus de %1 niveaux&#xa0;; ce n&apos;est pas une fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>must be a JSON object {...}, got %1</source>
        <translation>doit être un objet JSON {...}, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be &quot;clinic-intake/2&quot; (or &quot;clinic-intake/1&quot;), got %1</source>
        <translation>doit être «&#xa0;clinic-intake/2&#xa0;» (ou «&#xa0;clinic-intake/1&#xa0;»), valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>gives an age of %1 at the visit; the limit is %2</source>
        <translation>donne un âge de %1 ans à la visite&#xa0;; la limite est de %2 ans</translation>
    </message>
    <message>
        <source>must be light, medium or firm, got %1</source>
        <translation>doit être light, medium ou firm, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>empty line; each line must hold one intake record</source>
        <translation>ligne vide&#xa0;; chaque ligne doit contenir une fiche d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>IntakeWorkflow</name>
    <message>
        <source>the stored intake has no version</source>
        <translation>la fiche d&apos;accueil enregistrée n&apos;a aucune version</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>a passphrase needs at least %1 characters</source>
        <translation>une phrase de passe doit compter au moins %1 caractères</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>un mot de passe doit compter au moins %1 caractères</translation>
    </message>
    <message>
        <source>a passphrase can have at most %1 characters</source>
        <translation>une phrase de passe peut compter au plus %1 caractères</translation>
    </message>
    <message>
        <source>a password can have at most %1 characters</source>
        <translation>un mot de passe peut compter au plus %1 caractères</translation>
    </message>
    <message>
        <source>a passphrase cannot be only spaces</source>
        <translation>une phrase de passe ne peut pas être faite que d&apos;espaces</translation>
    </message>
    <message>
        <source>a password cannot be only spaces</source>
        <translation>un mot de passe ne peut pas être fait que d&apos;espaces</translation>
    </message>
</context>
<context>
    <name>PostgresError</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>this computer, socket %1</source>
        <translation>cet ordinateur, socket %1</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>another workstation was changing the same records; try again</source>
        <translation>un autre poste modifiait les mêmes dossiers&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the clinic server&apos;s disk is full</source>
        <translation>le disque du serveur de la clinique est plein</translation>
    </message>
    <message>
        <source>the clinic server does not allow this change to this user</source>
        <translation>le serveur de la clinique ne permet pas cette modification à cet utilisateur</translation>
    </message>
    <message>
        <source>the clinic server reports damaged data</source>
        <translation>le serveur de la clinique signale des données endommagées</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1&#xa0;: échec — %2</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1&#xa0;: échec — %2 (%3)</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>%1 failed: the connection to the clinic server was lost (%2)</source>
        <translation>%1&#xa0;: échec — la connexion au serveur de la clinique a été perdue (%2)</translation>
    </message>
    <message>
        <source>this computer&apos;s user name</source>
        <translation>le nom d&apos;utilisateur de cet ordinateur</translation>
    </message>
    <message>
        <source>The clinic server is not answering (%1). Check that it is on and that this computer is on the clinic&apos;s network.</source>
        <translation>Le serveur de la clinique ne répond pas (%1). Vérifiez qu&apos;il est allumé et que cet ordinateur est sur le réseau de la clinique.</translation>
    </message>
    <message>
        <source>The clinic server did not accept the user name and password (%1, user %2). Check both; if they are right, ask whoever looks after the server.</source>
        <translation>Le serveur de la clinique n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe (%1, utilisateur %2). Vérifiez-les&#xa0;; s&apos;ils sont exacts, adressez-vous à la personne responsable du serveur.</translation>
    </message>
    <message>
        <source>The clinic server does not accept this computer or user (%1, user %2). Whoever looks after the server must allow it (pg_hba.conf).</source>
        <translation>Le serveur de la clinique n&apos;accepte pas cet ordinateur ou cet utilisateur (%1, utilisateur %2). La personne responsable du serveur doit l&apos;autoriser (pg_hba.conf).</translation>
    </message>
    <message>
        <source>The clinic server&apos;s certificate is not trusted by this computer (%1). Check the CA file in the settings%2, and ask whoever looks after the server before going on: someone may be in between.</source>
        <translation>Cet ordinateur ne fait pas confiance au certificat du serveur de la clinique (%1). Vérifiez le fichier de l&apos;autorité de certification dans les paramètres%2, et consultez la personne responsable du serveur avant de continuer&#xa0;: quelqu&apos;un pourrait s&apos;être interposé.</translation>
    </message>
    <message>
        <source>The clinic server&apos;s certificate is not made out to the name &quot;%1&quot;. Use the server name its certificate was made for, or ask whoever looks after the server.</source>
        <translation>Le certificat du serveur de la clinique n&apos;est pas établi au nom «&#xa0;%1&#xa0;». Utilisez le nom de serveur pour lequel le certificat a été établi, ou adressez-vous à la personne responsable du serveur.</translation>
    </message>
    <message>
        <source>The clinic server only accepts encrypted connections (%1). Set the connection&apos;s TLS mode to verify-full in the settings.</source>
        <translation>Le serveur de la clinique n&apos;accepte que les connexions chiffrées (%1). Réglez le mode TLS de la connexion sur verify-full dans les paramètres.</translation>
    </message>
    <message>
        <source>The clinic server does not offer an encrypted connection (%1), and this computer requires one. Whoever looks after the server must turn TLS on.</source>
        <translation>Le serveur de la clinique n&apos;offre pas de connexion chiffrée (%1), et cet ordinateur en exige une. La personne responsable du serveur doit activer TLS.</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the clinic server (%2). Check the database name in the settings.</source>
        <translation>Il n&apos;y a pas de base de données «&#xa0;%1&#xa0;» sur le serveur de la clinique (%2). Vérifiez le nom de la base de données dans les paramètres.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on the clinic server (%2) is not a Clinic Intake database. Check the database name in the settings.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» sur le serveur de la clinique (%2) n&apos;est pas une base de données Clinic Intake. Vérifiez le nom de la base de données dans les paramètres.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on the clinic server was set up by a newer Clinic Intake (schema %2). Update Clinic Intake on this computer.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» sur le serveur de la clinique a été créée par une version plus récente de Clinic Intake (schéma %2). Mettez à jour Clinic Intake sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on the clinic server (%2) already holds a Clinic Intake database; nothing was changed.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» sur le serveur de la clinique (%2) contient déjà une base de données Clinic Intake&#xa0;; rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>The clinic server (%1) reported a problem: %2</source>
        <translation>Le serveur de la clinique (%1) a signalé un problème&#xa0;: %2</translation>
    </message>
    <message>
        <source>committing failed: the connection to the clinic server was lost while the change was being committed, so whether it was stored is not known; look before doing it again (%1)</source>
        <translation>échec de la validation&#xa0;: la connexion au serveur de la clinique a été perdue pendant la validation de la modification, on ne sait donc pas si elle a été enregistrée&#xa0;; vérifiez avant de la refaire (%1)</translation>
    </message>
    <message>
        <source>there is no role %1 on the server</source>
        <translation>il n&apos;y a pas de rôle %1 sur le serveur</translation>
    </message>
    <message>
        <source>the application role %1 must be a role of its own: not a superuser and not the role that owns the tables</source>
        <translation>le rôle de l&apos;application %1 doit être un rôle distinct&#xa0;: ni un superutilisateur ni le rôle propriétaire des tables</translation>
    </message>
    <message>
        <source>the server database %1 is not empty: it holds %2; a backup is restored only into an empty database (create a new one). Nothing was written.</source>
        <translation>la base de données du serveur %1 n&apos;est pas vide&#xa0;: elle contient %2&#xa0;; une sauvegarde n&apos;est restaurée que dans une base de données vide (créez-en une nouvelle). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has Clinic Intake schema %2, older than this program&apos;s %3: the database&apos;s owner updates it by running init.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» a le schéma Clinic Intake %2, plus ancien que le schéma %3 de ce programme&#xa0;: le propriétaire de la base de données la met à jour en lançant init.</translation>
    </message>
    <message>
        <source>the backup does not match the server database</source>
        <translation>la sauvegarde ne correspond pas à la base de données du serveur</translation>
    </message>
    <message>
        <source>the server database does not match the backup after the copy; nothing was restored</source>
        <translation>la base de données du serveur ne correspond pas à la sauvegarde après la copie&#xa0;; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>%1 (1 row)</source>
        <translation>%1 (1&#xa0;ligne)</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2&#xa0;lignes)</translation>
    </message>
</context>
<context>
    <name>PostgresLocation</name>
    <message>
        <source>the server address is not usable: %1</source>
        <translation>l&apos;adresse du serveur n&apos;est pas utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the %1 has a &apos;%&apos; that is not followed by two hex digits</source>
        <translation>le %1 contient un «&#xa0;%&#xa0;» qui n&apos;est pas suivi de deux chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>the %1 contains %2</source>
        <translation>le %1 contient %2</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>it contains a password (%1). A password never goes in the address or a settings file: Clinic Intake asks for it, or keeps it in this computer&apos;s keyring</source>
        <translation>elle contient un mot de passe (%1). Un mot de passe ne va jamais dans l&apos;adresse ni dans un fichier de paramètres&#xa0;: Clinic Intake le demande, ou le conserve dans le trousseau de clés de cet ordinateur</translation>
    </message>
    <message>
        <source>it must begin with postgresql:// or postgres://</source>
        <translation>elle doit commencer par postgresql:// ou postgres://</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>nom de la base de données</translation>
    </message>
    <message>
        <source>after &quot;user:&quot;, before the &apos;@&apos;</source>
        <translation>après «&#xa0;user:&#xa0;», avant le «&#xa0;@&#xa0;»</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>it names several hosts (&quot;%1&quot;); give one server</source>
        <translation>elle nomme plusieurs hôtes («&#xa0;%1&#xa0;»)&#xa0;; indiquez un seul serveur</translation>
    </message>
    <message>
        <source>the IPv6 address &quot;%1&quot; has no closing &apos;]&apos;</source>
        <translation>l&apos;adresse IPv6 «&#xa0;%1&#xa0;» n&apos;a pas de «&#xa0;]&#xa0;» fermant</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the IPv6 address</source>
        <translation>«&#xa0;%1&#xa0;» inattendu après l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>the host &quot;%1&quot; has several &apos;:&apos;; write an IPv6 address in brackets, e.g. [::1]:5432</source>
        <translation>l&apos;hôte «&#xa0;%1&#xa0;» contient plusieurs «&#xa0;:&#xa0;»&#xa0;; écrivez une adresse IPv6 entre crochets, p. ex. [::1]:5432</translation>
    </message>
    <message>
        <source>host</source>
        <translation>nom d&apos;hôte</translation>
    </message>
    <message>
        <source>parameter name</source>
        <translation>nom de paramètre</translation>
    </message>
    <message>
        <source>the parameter %1 has no value (%1=...)</source>
        <translation>le paramètre %1 n&apos;a pas de valeur (%1=...)</translation>
    </message>
    <message>
        <source>the parameter %1 is given twice</source>
        <translation>le paramètre %1 est donné deux fois</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>paramètre %1</translation>
    </message>
    <message>
        <source>hostaddr &quot;%1&quot; is not a numeric IP address</source>
        <translation>hostaddr «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP numérique</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode «&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>the CA file path &quot;%1&quot; contains &apos;;&apos;, which Qt&apos;s PostgreSQL driver cannot pass on; rename the file</source>
        <translation>le chemin du fichier d&apos;AC «&#xa0;%1&#xa0;» contient «&#xa0;;&#xa0;», que le pilote PostgreSQL de Qt ne peut pas transmettre&#xa0;; renommez le fichier</translation>
    </message>
    <message>
        <source>unknown parameter %1 (known: %2)</source>
        <translation>paramètre inconnu %1 (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown parameters %1 (known: %2)</source>
        <translation>paramètres inconnus %1 (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>it names no database; add /DATABASE after the host, e.g. postgresql://reception@server/clinic</source>
        <translation>elle ne nomme aucune base de données&#xa0;; ajoutez /DATABASE après l&apos;hôte, p. ex. postgresql://reception@server/clinic</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>impossible de créer un fichier dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the folder %1 of %2 does not exist</source>
        <translation>le dossier %1 de %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot put %1 in place: %2</source>
        <translation>impossible de mettre %1 en place&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is the clinic&apos;s database or one of its files; choose another file name</source>
        <translation>%1 est la base de données de la clinique ou l&apos;un de ses fichiers&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; name the file itself or choose another file name</source>
        <translation>%1 est un lien symbolique&#xa0;; indiquez le fichier lui-même ou choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name in it</source>
        <translation>%1 est un dossier&#xa0;; choisissez un nom de fichier à l&apos;intérieur</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); only regular files are written</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (périphérique, tube ou socket)&#xa0;; seuls les fichiers ordinaires sont écrits</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>%1: %2 already exists</source>
        <translation>%1&#xa0;: %2 existe déjà</translation>
    </message>
    <message>
        <source>%1: cannot put %2 in place: %3</source>
        <translation>%1&#xa0;: impossible de mettre %2 en place&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the disk is full (%1); free some space or choose another drive</source>
        <translation>le disque est plein (%1)&#xa0;; libérez de l&apos;espace ou choisissez un autre disque</translation>
    </message>
    <message>
        <source>%1 failed: %2: %3</source>
        <translation>%1&#xa0;: échec — %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>RuleSetLoader</name>
    <message>
        <source>(none defined)</source>
        <translation>(aucun défini)</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than %2; a rules file is a few dozen kilobytes</source>
        <translation>le fichier fait %1 octets, plus de %2&#xa0;; un fichier de règles fait quelques dizaines de kilooctets</translation>
    </message>
    <message>
        <source>appears twice; give each key once</source>
        <translation>figure deux fois&#xa0;; donnez chaque clé une seule fois</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>la clé %1</translation>
    </message>
    <message>
        <source>must be a JSON object {...}</source>
        <translation>doit être un objet JSON {...}</translation>
    </message>
    <message>
        <source>this is a %1 file; this version reads %2 only (three-state answers, required questions, clearances): start from `clinic-intake-cli rules show --json` and see docs/rules.md</source>
        <translation>ce fichier est au format %1&#xa0;; cette version lit seulement le format %2 (réponses à trois états, questions obligatoires, autorisations médicales)&#xa0;: partez de `clinic-intake-cli rules show --json` et consultez docs/rules.md</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, got %2</source>
        <translation>doit être &quot;%1&quot;, valeur reçue&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a non-empty text, got %1</source>
        <translation>doit être un texte non vide, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a list of rules [...]</source>
        <translation>doit être une liste de règles [...]</translation>
    </message>
    <message>
        <source>more than %1 rules</source>
        <translation>plus de %1 règles</translation>
    </message>
    <message>
        <source>in rule %1: %2</source>
        <translation>dans la règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>est obligatoire, mais absent</translation>
    </message>
    <message>
        <source>unknown key; expected one of %1</source>
        <translation>clé inconnue&#xa0;; valeurs attendues&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a non-empty text or {&quot;en&quot;: &quot;...&quot;, &quot;fr&quot;: &quot;...&quot;}, got %1</source>
        <translation>doit être un texte non vide ou {&quot;en&quot;: &quot;...&quot;, &quot;fr&quot;: &quot;...&quot;}, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be text or {&quot;en&quot;: &quot;...&quot;, &quot;fr&quot;: &quot;...&quot;}, got %1</source>
        <translation>doit être un texte ou {&quot;en&quot;: &quot;...&quot;, &quot;fr&quot;: &quot;...&quot;}, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>doit être une chaîne de caractères, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not be empty; leave &quot;%1&quot; out if there is no text in that language</source>
        <translation>ne doit pas être vide&#xa0;; omettez &quot;%1&quot; s&apos;il n&apos;y a pas de texte dans cette langue</translation>
    </message>
    <message>
        <source>must give its text in &quot;en&quot; or &quot;fr&quot; (or both), got %1</source>
        <translation>doit donner son texte en &quot;en&quot; ou en &quot;fr&quot; (ou les deux), valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: no French version</source>
        <translation>%1: aucune version française</translation>
    </message>
    <message>
        <source>%1: no English version</source>
        <translation>%1: aucune version anglaise</translation>
    </message>
    <message>
        <source>%1: no French version (in rule %2)</source>
        <translation>%1: aucune version française (dans la règle %2)</translation>
    </message>
    <message>
        <source>%1: no English version (in rule %2)</source>
        <translation>%1: aucune version anglaise (dans la règle %2)</translation>
    </message>
    <message>
        <source>must be a list of sources [{&quot;id&quot;: ..., &quot;title&quot;: ...}, ...]</source>
        <translation>doit être une liste de sources [{&quot;id&quot;: ..., &quot;title&quot;: ...}, ...]</translation>
    </message>
    <message>
        <source>must be {&quot;id&quot;: ..., &quot;title&quot;: ..., &quot;year&quot;: ..., &quot;supports&quot;: ...}</source>
        <translation>doit être {&quot;id&quot;: ..., &quot;title&quot;: ..., &quot;year&quot;: ..., &quot;supports&quot;: ...}</translation>
    </message>
    <message>
        <source>must be a year such as 2016, got %1</source>
        <translation>doit être une année, p. ex. 2016, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits, - and _, got %1</source>
        <translation>doit contenir seulement des lettres minuscules, des chiffres, - et _, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>duplicate source id %1</source>
        <translation>identifiant de source %1 en double</translation>
    </message>
    <message>
        <source>must be a list [{&quot;id&quot;: &quot;hamstrings&quot;, &quot;lies_in&quot;: [&quot;thigh&quot;]}, ...]</source>
        <translation>doit être une liste [{&quot;id&quot;: &quot;hamstrings&quot;, &quot;lies_in&quot;: [&quot;thigh&quot;]}, ...]</translation>
    </message>
    <message>
        <source>may hold at most 64 focus areas</source>
        <translation>peut contenir au plus 64 zones ciblées</translation>
    </message>
    <message>
        <source>must be {&quot;id&quot;: ..., &quot;lies_in&quot;: [locations]}, got %1</source>
        <translation>doit être {&quot;id&quot;: ..., &quot;lies_in&quot;: [emplacements]}, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a word of lowercase letters, digits and _, got %1</source>
        <translation>doit être un mot de lettres minuscules, de chiffres et de _, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>must be a list of locations (it may be empty)</source>
        <translation>doit être une liste d&apos;emplacements (elle peut être vide)</translation>
    </message>
    <message>
        <source>unknown location %1; expected one of %2</source>
        <translation>emplacement inconnu %1&#xa0;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a list of words [...]</source>
        <translation>doit être une liste de mots [...]</translation>
    </message>
    <message>
        <source>may hold at most 64 words</source>
        <translation>peut contenir au plus 64 mots</translation>
    </message>
    <message>
        <source>must be light, medium or firm, got %1</source>
        <translation>doit être light, medium ou firm, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be an object {&quot;swedish&quot;: {&quot;least_pressure&quot;: &quot;light&quot;, &quot;most_pressure&quot;: &quot;medium&quot;}, ...}</source>
        <translation>doit être un objet {&quot;swedish&quot;: {&quot;least_pressure&quot;: &quot;light&quot;, &quot;most_pressure&quot;: &quot;medium&quot;}, ...}</translation>
    </message>
    <message>
        <source>must be {&quot;least_pressure&quot;: ..., &quot;most_pressure&quot;: ...}</source>
        <translation>doit être {&quot;least_pressure&quot;: ..., &quot;most_pressure&quot;: ...}</translation>
    </message>
    <message>
        <source>is above most_pressure; the approach could never be used</source>
        <translation>est supérieur à most_pressure&#xa0;; l&apos;approche ne pourrait jamais être utilisée</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 3650, got %1</source>
        <translation>doit être un nombre entier de jours de 0 à 3650, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a list [{&quot;when&quot;: true, &quot;questions&quot;: [...]}, ...]</source>
        <translation>doit être une liste [{&quot;when&quot;: true, &quot;questions&quot;: [...]}, ...]</translation>
    </message>
    <message>
        <source>must be {&quot;when&quot;: ..., &quot;questions&quot;: [...]}</source>
        <translation>doit être {&quot;when&quot;: ..., &quot;questions&quot;: [...]}</translation>
    </message>
    <message>
        <source>must be a non-empty list of questions such as &quot;screening.saddle_numbness&quot;</source>
        <translation>doit être une liste non vide de questions, p. ex. &quot;screening.saddle_numbness&quot;</translation>
    </message>
    <message>
        <source>unknown question %1; a question is screening.&lt;id&gt; or precautions.&lt;id&gt;</source>
        <translation>question inconnue %1&#xa0;; une question s&apos;écrit screening.&lt;id&gt; ou precautions.&lt;id&gt;</translation>
    </message>
    <message>
        <source>unknown approach %1; must be trigger_point, deep_tissue, swedish or sacroiliac (referrals belong in referral_rules)</source>
        <translation>approche inconnue %1&#xa0;; doit être trigger_point, deep_tissue, swedish ou sacroiliac (les orientations vers un médecin vont dans referral_rules)</translation>
    </message>
    <message>
        <source>must be a non-empty list of words [...]</source>
        <translation>doit être une liste non vide de mots [...]</translation>
    </message>
    <message>
        <source>unknown word %1; add it to %2 first</source>
        <translation>mot inconnu %1&#xa0;; ajoutez-le d&apos;abord à %2</translation>
    </message>
    <message>
        <source>must be a non-empty sentence, got %1</source>
        <translation>doit être une phrase non vide, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; known: %2</source>
        <translation>espace réservé inconnu {%1}&#xa0;; espaces réservés connus&#xa0;: %2</translation>
    </message>
    <message>
        <source>has both &quot;reason&quot; and &quot;reasons&quot;; give one</source>
        <translation>contient à la fois &quot;reason&quot; et &quot;reasons&quot;&#xa0;; n&apos;en donnez qu&apos;un</translation>
    </message>
    <message>
        <source>is required: it is the line the rationale shows</source>
        <translation>est obligatoire&#xa0;: c&apos;est la ligne qu&apos;affiche la justification</translation>
    </message>
    <message>
        <source>must be a list of 1 to 16 {&quot;when&quot;: ..., &quot;text&quot;: ...}; the last has no &quot;when&quot;</source>
        <translation>doit être une liste de 1 à 16 {&quot;when&quot;: ..., &quot;text&quot;: ...}&#xa0;; la dernière n&apos;a pas de &quot;when&quot;</translation>
    </message>
    <message>
        <source>must be {&quot;when&quot;: ..., &quot;text&quot;: ...}</source>
        <translation>doit être {&quot;when&quot;: ..., &quot;text&quot;: ...}</translation>
    </message>
    <message>
        <source>the last reason must have no &quot;when&quot;: it is shown when none before holds</source>
        <translation>la dernière raison ne doit pas avoir de &quot;when&quot;&#xa0;: elle s&apos;affiche quand aucune des précédentes ne s&apos;applique</translation>
    </message>
    <message>
        <source>is required: only the last reason may leave it out</source>
        <translation>est obligatoire&#xa0;: seule la dernière raison peut l&apos;omettre</translation>
    </message>
    <message>
        <source>must be a non-empty list of source ids from &quot;sources&quot;</source>
        <translation>doit être une liste non vide d&apos;identifiants de sources tirés de &quot;sources&quot;</translation>
    </message>
    <message>
        <source>unknown source %1; add it to &quot;sources&quot; first</source>
        <translation>source inconnue %1&#xa0;; ajoutez-la d&apos;abord à &quot;sources&quot;</translation>
    </message>
    <message>
        <source>must be emergency, urgent or routine, got %1</source>
        <translation>doit être emergency, urgent ou routine, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>only a rule with a &quot;clearance&quot; code can be cleared</source>
        <translation>seule une règle avec un code &quot;clearance&quot; peut être levée par une autorisation médicale</translation>
    </message>
    <message>
        <source>unknown clearance code %1; expected one of %2</source>
        <translation>code d&apos;autorisation médicale inconnu %1&#xa0;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>is required with &quot;clearance&quot;: the line shown when a physician cleared it</source>
        <translation>est obligatoire avec &quot;clearance&quot;&#xa0;: c&apos;est la ligne affichée quand un médecin a donné son autorisation</translation>
    </message>
    <message>
        <source>must be a rule object {&quot;id&quot;: ..., &quot;when&quot;: ..., ...}</source>
        <translation>doit être un objet règle {&quot;id&quot;: ..., &quot;when&quot;: ..., ...}</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>duplicate id: another rule already has it</source>
        <translation>identifiant en double&#xa0;: une autre règle l&apos;a déjà</translation>
    </message>
    <message>
        <source>is required: a rule must say when it applies (true: always)</source>
        <translation>est obligatoire&#xa0;: une règle doit dire quand elle s&apos;applique (true&#xa0;: toujours)</translation>
    </message>
    <message>
        <source>must be {&quot;code&quot;: ..., &quot;text&quot;: ..., &quot;max_pressure&quot;: ...}</source>
        <translation>doit être {&quot;code&quot;: ..., &quot;text&quot;: ..., &quot;max_pressure&quot;: ...}</translation>
    </message>
    <message>
        <source>duplicate caution code %1</source>
        <translation>code de mise en garde %1 en double</translation>
    </message>
    <message>
        <source>must be light or medium (leave it out for no limit), got %1</source>
        <translation>doit être light ou medium (omettez-le pour ne fixer aucune limite), valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>a rules file may define at most 64 cautions</source>
        <translation>un fichier de règles peut définir au plus 64 mises en garde</translation>
    </message>
    <message>
        <source>needs &quot;%1&quot; or &quot;%2&quot; or &quot;remove_focus_lying_in&quot;</source>
        <translation>exige &quot;%1&quot;, &quot;%2&quot; ou &quot;remove_focus_lying_in&quot;</translation>
    </message>
    <message>
        <source>needs &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>exige &quot;%1&quot; ou &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be &quot;avoid_areas&quot; or &quot;pain.locations&quot;, got %1</source>
        <translation>doit être &quot;avoid_areas&quot; ou &quot;pain.locations&quot;, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>bad value %1 for %2; expected one of %3</source>
        <translation>valeur %1 incorrecte pour %2&#xa0;; valeurs attendues&#xa0;: %3</translation>
    </message>
    <message>
        <source>must be true or a condition object such as {&quot;fact&quot;: &quot;screening.fever_or_unwell&quot;}</source>
        <translation>doit être true ou un objet condition, p. ex. {&quot;fact&quot;: &quot;screening.fever_or_unwell&quot;}</translation>
    </message>
    <message>
        <source>must be a non-empty list of conditions [...]</source>
        <translation>doit être une liste non vide de conditions [...]</translation>
    </message>
    <message>
        <source>unknown fact %1 (docs/rules.md lists the facts a rule can use)</source>
        <translation>fait inconnu %1 (docs/rules.md énumère les faits qu&apos;une règle peut utiliser)</translation>
    </message>
    <message>
        <source>fact &quot;%1&quot; is not decided yet in %2; it can be used from %3 on</source>
        <translation>le fait &quot;%1&quot; n&apos;est pas encore établi dans %2&#xa0;; il peut être utilisé à partir de %3</translation>
    </message>
    <message>
        <source>a yes/no fact takes no operator; wrap it in {&quot;not&quot;: ...} for &quot;is false&quot;</source>
        <translation>un fait oui/non ne prend pas d&apos;opérateur&#xa0;; placez-le dans {&quot;not&quot;: ...} pour «&#xa0;est faux&#xa0;»</translation>
    </message>
    <message>
        <source>needs exactly one operator for fact &quot;%1&quot;: one of %2</source>
        <translation>exige exactement un opérateur pour le fait &quot;%1&quot;&#xa0;: l&apos;un de %2</translation>
    </message>
    <message>
        <source>bad value %1; must be a number</source>
        <translation>valeur %1 incorrecte&#xa0;; doit être un nombre</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>doit être true ou false, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must have at least one rule; the last one has no &quot;when&quot;</source>
        <translation>doit avoir au moins une règle&#xa0;; la dernière n&apos;a pas de &quot;when&quot;</translation>
    </message>
    <message>
        <source>always holds, so the approach rules after it can never apply; only the last approach rule may leave out &quot;when&quot;</source>
        <translation>s&apos;applique toujours, donc les règles d&apos;approche qui la suivent ne peuvent jamais s&apos;appliquer&#xa0;; seule la dernière règle d&apos;approche peut omettre &quot;when&quot;</translation>
    </message>
    <message>
        <source>the last approach rule must have no &quot;when&quot;: it is the fallback that gives every intake with a complete screening an approach</source>
        <translation>la dernière règle d&apos;approche ne doit pas avoir de &quot;when&quot;&#xa0;: c&apos;est la règle par défaut qui donne une approche à toute fiche d&apos;accueil au dépistage complet</translation>
    </message>
    <message>
        <source>not valid JSON: a NUL byte at byte %1</source>
        <translation>JSON non valide&#xa0;: un octet NUL à l&apos;octet %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; conditions need only a few</source>
        <translation>imbriqué sur plus de %1 niveaux&#xa0;; les conditions n&apos;en demandent que quelques-uns</translation>
    </message>
    <message>
        <source>cannot read the rules file: %1</source>
        <translation>impossible de lire le fichier de règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>more than %1; a rules file is a few dozen kilobytes</source>
        <translation>plus de %1&#xa0;; un fichier de règles fait quelques dizaines de kilooctets</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <source>updating the database layout lost rows of %1</source>
        <translation>la mise à jour de la structure de la base de données a perdu des lignes de %1</translation>
    </message>
    <message>
        <source>updating the database layout broke a reference in %1</source>
        <translation>la mise à jour de la structure de la base de données a rompu une référence dans %1</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer Clinic Intake (schema %2); update the program</source>
        <translation>la base de données %1 a été écrite par une version plus récente de Clinic Intake (schéma %2)&#xa0;; mettez le programme à jour</translation>
    </message>
    <message>
        <source>the database needs an update, but it is opened read-only</source>
        <translation>la base de données doit être mise à jour, mais elle est ouverte en lecture seule</translation>
    </message>
</context>
<context>
    <name>StorageDoing</name>
    <message>
        <source>writing the export</source>
        <translation>écriture de l&apos;exportation</translation>
    </message>
    <message>
        <source>reading the rows the audit log covers</source>
        <translation>lecture des lignes couvertes par le journal d&apos;audit</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>écriture dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>looking up clients</source>
        <translation>recherche des clients</translation>
    </message>
    <message>
        <source>opening the database read-only</source>
        <translation>ouverture de la base de données en lecture seule</translation>
    </message>
    <message>
        <source>claiming the intake</source>
        <translation>réservation de la fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>clearing claims that ended</source>
        <translation>suppression des réservations terminées</translation>
    </message>
    <message>
        <source>reading this workstation&apos;s claims</source>
        <translation>lecture des réservations de ce poste de travail</translation>
    </message>
    <message>
        <source>renewing the claims</source>
        <translation>renouvellement des réservations</translation>
    </message>
    <message>
        <source>releasing the claim</source>
        <translation>libération de la réservation</translation>
    </message>
    <message>
        <source>releasing the claims</source>
        <translation>libération des réservations</translation>
    </message>
    <message>
        <source>reading who has the intake open</source>
        <translation>lecture de qui a la fiche d&apos;accueil ouverte</translation>
    </message>
    <message>
        <source>waiting for the audit log</source>
        <translation>attente du journal d&apos;audit</translation>
    </message>
    <message>
        <source>waiting for the other workstations&apos; new clients</source>
        <translation>attente des nouveaux clients des autres postes de travail</translation>
    </message>
    <message>
        <source>finding the tables&apos; id sequences</source>
        <translation>recherche des séquences d&apos;identifiants des tables</translation>
    </message>
    <message>
        <source>numbering the imported clients</source>
        <translation>numérotation des clients importés</translation>
    </message>
    <message>
        <source>numbering the imported intakes</source>
        <translation>numérotation des fiches d&apos;accueil importées</translation>
    </message>
    <message>
        <source>looking up the clients</source>
        <translation>recherche des clients</translation>
    </message>
    <message>
        <source>importing the clients</source>
        <translation>importation des clients</translation>
    </message>
    <message>
        <source>indexing the imported clients&apos; names</source>
        <translation>indexation des noms des clients importés</translation>
    </message>
    <message>
        <source>importing the intakes</source>
        <translation>importation des fiches d&apos;accueil</translation>
    </message>
    <message>
        <source>importing the intakes&apos; versions</source>
        <translation>importation des versions des fiches d&apos;accueil</translation>
    </message>
    <message>
        <source>importing the suggestions</source>
        <translation>importation des suggestions</translation>
    </message>
    <message>
        <source>waiting for the client</source>
        <translation>attente du client</translation>
    </message>
    <message>
        <source>looking up the client</source>
        <translation>recherche du client</translation>
    </message>
    <message>
        <source>saving the client</source>
        <translation>enregistrement du client</translation>
    </message>
    <message>
        <source>saving the intake</source>
        <translation>enregistrement de la fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>saving the suggestion</source>
        <translation>enregistrement de la suggestion</translation>
    </message>
    <message>
        <source>finding the intake</source>
        <translation>recherche de la fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>updating the intake</source>
        <translation>mise à jour de la fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>reading the suggestion</source>
        <translation>lecture de la suggestion</translation>
    </message>
    <message>
        <source>reading the reviews</source>
        <translation>lecture des révisions</translation>
    </message>
    <message>
        <source>saving the review</source>
        <translation>enregistrement de la révision</translation>
    </message>
    <message>
        <source>listing intakes</source>
        <translation>liste des fiches d&apos;accueil</translation>
    </message>
    <message>
        <source>searching clients</source>
        <translation>recherche parmi les clients</translation>
    </message>
    <message>
        <source>counting clients</source>
        <translation>décompte des clients</translation>
    </message>
    <message>
        <source>counting intakes</source>
        <translation>décompte des fiches d&apos;accueil</translation>
    </message>
    <message>
        <source>reading the intake</source>
        <translation>lecture de la fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>reading the intake&apos;s versions</source>
        <translation>lecture des versions de la fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>looking for the client&apos;s intakes of the day</source>
        <translation>recherche des fiches d&apos;accueil du jour du client</translation>
    </message>
    <message>
        <source>reading where the intake stands</source>
        <translation>lecture de l&apos;état de la fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>looking up the save</source>
        <translation>recherche de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>waiting for the accounts</source>
        <translation>attente des comptes</translation>
    </message>
    <message>
        <source>reading the user accounts</source>
        <translation>lecture des comptes d&apos;utilisateur</translation>
    </message>
    <message>
        <source>adding the user</source>
        <translation>ajout de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>disabling the user</source>
        <translation>désactivation de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation>changement du mot de passe</translation>
    </message>
    <message>
        <source>recording a sign-in attempt</source>
        <translation>enregistrement d&apos;une tentative d&apos;ouverture de session</translation>
    </message>
    <message>
        <source>writing the backup</source>
        <translation>écriture de la sauvegarde</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>configuration de la connexion</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>préparation d&apos;une requête</translation>
    </message>
    <message>
        <source>reading the records to export</source>
        <translation>lecture des dossiers à exporter</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>début d&apos;une transaction</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>reading what the database holds</source>
        <translation>lecture du contenu de la base de données</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lecture de la version du schéma</translation>
    </message>
    <message>
        <source>waiting for other programs</source>
        <translation>attente des autres programmes</translation>
    </message>
    <message>
        <source>setting up</source>
        <translation>configuration</translation>
    </message>
    <message>
        <source>creating the database layout</source>
        <translation>création de la structure de la base de données</translation>
    </message>
    <message>
        <source>reading the database</source>
        <translation>lecture de la base de données</translation>
    </message>
    <message>
        <source>restricting access</source>
        <translation>restriction de l&apos;accès</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>enregistrement de la version du schéma</translation>
    </message>
    <message>
        <source>updating the database layout</source>
        <translation>mise à jour de la structure de la base de données</translation>
    </message>
    <message>
        <source>reading the grants</source>
        <translation>lecture des droits accordés</translation>
    </message>
    <message>
        <source>granting the application role</source>
        <translation>attribution des droits au rôle de l&apos;application</translation>
    </message>
    <message>
        <source>reading the log</source>
        <translation>lecture du journal</translation>
    </message>
    <message>
        <source>reading the roles</source>
        <translation>lecture des rôles</translation>
    </message>
    <message>
        <source>reading the database layout</source>
        <translation>lecture de la structure de la base de données</translation>
    </message>
    <message>
        <source>reading the server database</source>
        <translation>lecture de la base de données du serveur</translation>
    </message>
    <message>
        <source>reading the backup</source>
        <translation>lecture de la sauvegarde</translation>
    </message>
    <message>
        <source>indexing the client names</source>
        <translation>indexation des noms des clients</translation>
    </message>
    <message>
        <source>writing the copy</source>
        <translation>écriture de la copie</translation>
    </message>
    <message>
        <source>reading the intakes</source>
        <translation>lecture des fiches d&apos;accueil</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>lecture du schéma</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>vérification de la base de données</translation>
    </message>
    <message>
        <source>checking references</source>
        <translation>vérification des références</translation>
    </message>
    <message>
        <source>checking the stored records</source>
        <translation>vérification des dossiers enregistrés</translation>
    </message>
    <message>
        <source>checking the intakes</source>
        <translation>vérification des fiches d&apos;accueil</translation>
    </message>
    <message>
        <source>checking the save ids</source>
        <translation>vérification des identifiants d&apos;enregistrement</translation>
    </message>
    <message>
        <source>checking the name search index</source>
        <translation>vérification de l&apos;index de recherche par nom</translation>
    </message>
    <message>
        <source>clearing expired claims</source>
        <translation>suppression des réservations expirées</translation>
    </message>
    <message>
        <source>writing the encrypted backup</source>
        <translation>écriture de la sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>reading the database copy</source>
        <translation>lecture de la copie de la base de données</translation>
    </message>
    <message>
        <source>writing the decrypted backup</source>
        <translation>écriture de la sauvegarde déchiffrée</translation>
    </message>
    <message>
        <source>preparing the backup</source>
        <translation>préparation de la sauvegarde</translation>
    </message>
    <message>
        <source>opening the current database</source>
        <translation>ouverture de la base de données actuelle</translation>
    </message>
    <message>
        <source>keeping the current database</source>
        <translation>conservation de la base de données actuelle</translation>
    </message>
    <message>
        <source>putting the database back</source>
        <translation>remise en place de la base de données</translation>
    </message>
    <message>
        <source>copying the backup</source>
        <translation>copie de la sauvegarde</translation>
    </message>
    <message>
        <source>reading the backup&apos;s accounts</source>
        <translation>lecture des comptes de la sauvegarde</translation>
    </message>
    <message>
        <source>reading the current database&apos;s accounts</source>
        <translation>lecture des comptes de la base de données actuelle</translation>
    </message>
    <message>
        <source>reading the restoring manager&apos;s account</source>
        <translation>lecture du compte du gestionnaire qui restaure</translation>
    </message>
    <message>
        <source>carrying the manager&apos;s account into the backup</source>
        <translation>report du compte du gestionnaire dans la sauvegarde</translation>
    </message>
    <message>
        <source>checking the backup</source>
        <translation>vérification de la sauvegarde</translation>
    </message>
    <message>
        <source>checking integrity</source>
        <translation>vérification de l&apos;intégrité</translation>
    </message>
    <message>
        <source>indexing client names</source>
        <translation>indexation des noms des clients</translation>
    </message>
    <message>
        <source>writing the file</source>
        <translation>écriture du fichier</translation>
    </message>
    <message>
        <source>putting the file in place</source>
        <translation>mise en place du fichier</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>écriture de %1</translation>
    </message>
    <message>
        <source>reading client names</source>
        <translation>lecture des noms des clients</translation>
    </message>
    <message>
        <source>chaining the audit log</source>
        <translation>chaînage du journal d&apos;audit</translation>
    </message>
    <message>
        <source>counting rows</source>
        <translation>décompte des lignes</translation>
    </message>
    <message>
        <source>copying the records</source>
        <translation>copie des dossiers</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>reading the current database</source>
        <translation>lecture de la base de données actuelle</translation>
    </message>
    <message>
        <source>closing the current database</source>
        <translation>fermeture de la base de données actuelle</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>passage à la journalisation anticipée (WAL)</translation>
    </message>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation>préparation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>watching the server for changes</source>
        <translation>surveillance des modifications sur le serveur</translation>
    </message>
    <message>
        <source>watching %1 for changes</source>
        <translation>surveillance des modifications de %1</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>there is no intake %1</source>
        <translation>il n&apos;y a pas de fiche d&apos;accueil %1</translation>
    </message>
    <message>
        <source>cannot create the database file %1: %2</source>
        <translation>impossible de créer le fichier de base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no database at %1 (create one with the init command)</source>
        <translation>aucune base de données à %1 (créez-en une avec la commande init)</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>ouverture de %1</translation>
    </message>
    <message>
        <source>the database is busy in another program; try again in a moment</source>
        <translation>la base de données est occupée par un autre programme&#xa0;; réessayez dans un moment</translation>
    </message>
    <message>
        <source>the database cannot be written (read-only file or folder)</source>
        <translation>impossible d&apos;écrire dans la base de données (fichier ou dossier en lecture seule)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file is not a Clinic Intake database, or it is damaged</source>
        <translation>le fichier n&apos;est pas une base de données Clinic Intake, ou il est endommagé</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>le fichier de base de données ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>the database file could not be written or read (input/output error)</source>
        <translation>le fichier de base de données n&apos;a pas pu être écrit ou lu (erreur d&apos;entrée-sortie)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1&#xa0;: échec — %2</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1&#xa0;: échec — %2 (%3)</translation>
    </message>
    <message>
        <source>the database is still open in another program (is Clinic Intake running?); close it and restore again. Nothing was replaced.</source>
        <translation>la base de données est encore ouverte dans un autre programme (Clinic Intake est-il en cours d&apos;exécution&#xa0;?)&#xa0;; fermez-la et relancez la restauration. Rien n&apos;a été remplacé.</translation>
    </message>
    <message>
        <source>the backup was restored, but the replaced database is left as %1: %2</source>
        <translation>la sauvegarde a été restaurée, mais la base de données remplacée est restée sous le nom %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>la lecture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the backup has no user accounts, and only a manager of the database it replaces can carry an account into it; nothing was restored</source>
        <translation>la sauvegarde n&apos;a aucun compte d&apos;utilisateur, et seul un gestionnaire de la base de données qu&apos;elle remplace peut y reporter un compte&#xa0;; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>the backup is damaged (integrity check: %1)</source>
        <translation>la sauvegarde est endommagée (vérification d&apos;intégrité&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the backup is damaged: row %1 of %2 points to a missing %3 row</source>
        <translation>la sauvegarde est endommagée&#xa0;: la ligne %1 de %2 renvoie à une ligne %3 absente</translation>
    </message>
    <message>
        <source>the backup is not a Clinic Intake database (it has no %1 table)</source>
        <translation>la sauvegarde n&apos;est pas une base de données Clinic Intake (elle n&apos;a pas de table %1)</translation>
    </message>
    <message>
        <source>the backup was written by a newer Clinic Intake (schema %1); update the program first</source>
        <translation>la sauvegarde a été écrite par une version plus récente de Clinic Intake (schéma %1)&#xa0;; mettez d&apos;abord le programme à jour</translation>
    </message>
    <message>
        <source>the backup is not a Clinic Intake database (schema version %1)</source>
        <translation>la sauvegarde n&apos;est pas une base de données Clinic Intake (version de schéma %1)</translation>
    </message>
    <message>
        <source>the database path %1 is a symbolic link to %2; restore onto the database&apos;s real path instead. Nothing was replaced.</source>
        <translation>le chemin de la base de données %1 est un lien symbolique vers %2&#xa0;; restaurez plutôt sur le vrai chemin de la base de données. Rien n&apos;a été remplacé.</translation>
    </message>
    <message>
        <source>%1 is the database itself</source>
        <translation>%1 est la base de données elle-même</translation>
    </message>
    <message>
        <source>the backup was restored (%1), but recording that in the audit log failed: %2</source>
        <translation>la sauvegarde a été restaurée (%1), mais l&apos;inscription au journal d&apos;audit a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no backup file %1</source>
        <translation>il n&apos;y a pas de fichier de sauvegarde %1</translation>
    </message>
    <message>
        <source>the backup is encrypted; its passphrase is needed</source>
        <translation>la sauvegarde est chiffrée&#xa0;; sa phrase de passe est nécessaire</translation>
    </message>
    <message>
        <source>the backup does not pass check (%1: %2); nothing was restored</source>
        <translation>la sauvegarde ne passe pas la vérification (%1&#xa0;: %2)&#xa0;; rien n&apos;a été restauré</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>export to %1 failed: %2</source>
        <translation>échec de l&apos;exportation vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>intake %1 has no suggestion</source>
        <translation>la fiche d&apos;accueil %1 n&apos;a pas de suggestion</translation>
    </message>
    <message>
        <source>intake %1 has no version</source>
        <translation>la fiche d&apos;accueil %1 n&apos;a aucune version</translation>
    </message>
    <message>
        <source>the database&apos;s %1 file %2 cannot be written by this user (left by an earlier run as another user, or with the database&apos;s old read-only permissions) and another program has the database open, so it was not removed: give it the same owner and permissions as the database file and try again</source>
        <translation>le fichier %1 de la base de données, %2, ne peut pas être écrit par cet utilisateur (il a été laissé par une exécution antérieure sous un autre utilisateur, ou avec les anciennes permissions en lecture seule de la base de données) et un autre programme a la base de données ouverte, il n&apos;a donc pas été supprimé&#xa0;: donnez-lui le même propriétaire et les mêmes permissions que le fichier de la base de données, puis réessayez</translation>
    </message>
    <message>
        <source>the database&apos;s %1 file %2 cannot be written by this user (left by an earlier run as another user, or with the database&apos;s old read-only permissions) and it may hold saved changes, so it is not removed: give it the same owner and permissions as the database file and try again</source>
        <translation>le fichier %1 de la base de données, %2, ne peut pas être écrit par cet utilisateur (il a été laissé par une exécution antérieure sous un autre utilisateur, ou avec les anciennes permissions en lecture seule de la base de données) et il peut contenir des modifications enregistrées, il n&apos;est donc pas supprimé&#xa0;: donnez-lui le même propriétaire et les mêmes permissions que le fichier de la base de données, puis réessayez</translation>
    </message>
    <message>
        <source>intake %1 changed while it was read</source>
        <translation>la fiche d&apos;accueil %1 a changé pendant sa lecture</translation>
    </message>
    <message>
        <source>the database cannot be written (%1): this read-only access can only read it</source>
        <translation>impossible d&apos;écrire dans la base de données (%1)&#xa0;: cet accès en lecture seule permet seulement de la lire</translation>
    </message>
</context>
<context>
    <name>StoredRows</name>
    <message>
        <source>intake %1 version %2: the stored suggestion is damaged (run check)</source>
        <translation>fiche d&apos;accueil %1, version %2&#xa0;: la suggestion enregistrée est endommagée (lancez check)</translation>
    </message>
    <message>
        <source>intake %1 version %2: the stored intake is damaged (run check)</source>
        <translation>fiche d&apos;accueil %1, version %2&#xa0;: la fiche d&apos;accueil enregistrée est endommagée (lancez check)</translation>
    </message>
    <message>
        <source>intake %1 version %2: the stored record is damaged (run check)</source>
        <translation>fiche d&apos;accueil %1, version %2&#xa0;: la fiche enregistrée est endommagée (lancez check)</translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>no user named &quot;%1&quot;</source>
        <translation>aucun utilisateur nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a user name cannot be empty</source>
        <translation>un nom d&apos;utilisateur ne peut pas être vide</translation>
    </message>
    <message>
        <source>a user name can have at most %1 characters</source>
        <translation>un nom d&apos;utilisateur peut avoir au plus %1&#xa0;caractères</translation>
    </message>
    <message>
        <source>a user name can have letters, digits and . _ @ - only (no spaces)</source>
        <translation>un nom d&apos;utilisateur ne peut contenir que des lettres, des chiffres et . _ @ - (sans espaces)</translation>
    </message>
    <message>
        <source>a user name cannot mix alphabets (a Cyrillic &quot;а&quot; looks like a Latin &quot;a&quot;): write it in one</source>
        <translation>un nom d&apos;utilisateur ne peut pas mélanger les alphabets (un «&#xa0;а&#xa0;» cyrillique ressemble à un «&#xa0;a&#xa0;» latin)&#xa0;: écrivez-le dans un seul alphabet</translation>
    </message>
    <message>
        <source>this database already has user accounts; a manager adds new ones</source>
        <translation>cette base de données a déjà des comptes d&apos;utilisateur&#xa0;; c&apos;est un gestionnaire qui en ajoute de nouveaux</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken (names ignore case; a disabled account keeps its name)</source>
        <translation>«&#xa0;%1&#xa0;» est déjà pris (les noms ne tiennent pas compte de la casse&#xa0;; un compte désactivé garde son nom)</translation>
    </message>
    <message>
        <source>user %1 is already disabled</source>
        <translation>l&apos;utilisateur %1 est déjà désactivé</translation>
    </message>
    <message>
        <source>user %1 is the last enabled manager; add another manager first</source>
        <translation>l&apos;utilisateur %1 est le dernier gestionnaire actif&#xa0;; ajoutez d&apos;abord un autre gestionnaire</translation>
    </message>
    <message>
        <source>your account is gone</source>
        <translation>votre compte n&apos;existe plus</translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation>le nouveau mot de passe doit être différent du mot de passe actuel</translation>
    </message>
</context>
<context>
    <name>WorkflowError</name>
    <message>
        <source>a new intake</source>
        <translation>une nouvelle fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>an amendment</source>
        <translation>une modification</translation>
    </message>
    <message>
        <source>a review</source>
        <translation>une révision</translation>
    </message>
    <message>
        <source>another save</source>
        <translation>un autre enregistrement</translation>
    </message>
    <message>
        <source>%1 was already used for %2 of intake %3 (version %4, by %5) with other content; a different save needs its own save id</source>
        <translation>%1 a déjà servi pour %2 de la fiche d&apos;accueil %3 (version %4, par %5) avec un autre contenu&#xa0;; un enregistrement différent a besoin de son propre identifiant d&apos;enregistrement</translation>
    </message>
    <message>
        <source>nothing changed: version %1 already says this; no new version stored</source>
        <translation>rien n&apos;a changé&#xa0;: la version %1 dit déjà cela&#xa0;; aucune nouvelle version enregistrée</translation>
    </message>
    <message>
        <source>an override needs a reason</source>
        <translation>un remplacement exige une raison</translation>
    </message>
    <message>
        <source>an override needs the pressure to use</source>
        <translation>un remplacement exige la pression à utiliser</translation>
    </message>
    <message>
        <source>a referral has no massage pressure</source>
        <translation>une orientation vers un médecin n&apos;a pas de pression de massage</translation>
    </message>
    <message>
        <source>the stored suggestion lists questions not asked that this version does not know (%1); it cannot be accepted here: override with a reason, or amend the intake</source>
        <translation>la suggestion enregistrée mentionne des questions non posées que cette version ne connaît pas (%1)&#xa0;; elle ne peut pas être acceptée ici&#xa0;: remplacez-la avec une raison, ou modifiez la fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>the stored intake can no longer be read: %1</source>
        <translation>la fiche d&apos;accueil enregistrée ne peut plus être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>intake %1 cannot be accepted: the screening is incomplete, %2 not asked: %3; amend the intake to complete the screening, or override with a reason</source>
        <translation>la fiche d&apos;accueil %1 ne peut pas être acceptée&#xa0;: le dépistage est incomplet, %2&#xa0;: %3&#xa0;; modifiez la fiche pour compléter le dépistage, ou remplacez la suggestion avec une raison</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question non posée</numerusform>
            <numerusform>%n questions non posées</numerusform>
        </translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(aucune indiquée)</translation>
    </message>
</context>
</TS>
