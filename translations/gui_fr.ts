<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AccessMessages</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Opération non effectuée</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Thérapeute</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>A password has at least %1 characters. A few words that belong together are easier to remember than a jumble of symbols.</source>
        <translation>Un mot de passe compte au moins %1 caractères. Quelques mots qui vont ensemble sont plus faciles à retenir qu&apos;un fouillis de symboles.</translation>
    </message>
    <message>
        <source>A user name has letters, digits and . _ @ - only, no spaces (for example ana.lima).</source>
        <translation>Un nom d&apos;utilisateur ne contient que des lettres, des chiffres et . _ @ -, sans espace (par exemple ana.lima).</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password again in both fields.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Retapez le nouveau mot de passe dans les deux champs.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the new passphrase again in both fields.</source>
        <translation>Les deux phrases de passe ne sont pas identiques. Retapez la nouvelle phrase de passe dans les deux champs.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Front desk — enters intakes, finds returning clients</source>
        <translation>Accueil — saisit les fiches d&apos;accueil, retrouve les clients existants</translation>
    </message>
    <message>
        <source>Therapist — also reviews suggestions, writes session notes</source>
        <translation>Thérapeute — révise aussi les suggestions, rédige les notes de séance</translation>
    </message>
    <message>
        <source>Manager — also exports, audit log, backups, users</source>
        <translation>Gestionnaire — aussi exportations, journal d&apos;audit, sauvegardes, utilisateurs</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Hand the password over in person; the user can change it from Account &gt; Change password.</source>
        <translation>Remettez le mot de passe en personne&#xa0;; l&apos;utilisateur pourra le changer dans Compte &gt; Changer le mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>First password again</source>
        <translation>Mot de passe initial (confirmation)</translation>
    </message>
</context>
<context>
    <name>AnswerPairWidget</name>
    <message>
        <source>Yes (key Y). Click again to clear.</source>
        <translation>Oui (touche O). Cliquez de nouveau pour effacer.</translation>
    </message>
    <message>
        <source>No (key N). Click again to clear.</source>
        <translation>Non (touche N). Cliquez de nouveau pour effacer.</translation>
    </message>
    <message>
        <source>✓ Yes</source>
        <translation>✓ Oui</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>✓ No</source>
        <translation>✓ Non</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Oui&#xa0;: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Non&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answered yes</source>
        <translation>Réponse&#xa0;: oui</translation>
    </message>
    <message>
        <source>Answered no</source>
        <translation>Réponse&#xa0;: non</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore posée</translation>
    </message>
    <message>
        <source>%1. Press Y for yes, N for no, Delete to clear.</source>
        <translation>%1. Appuyez sur O pour oui, N pour non, Suppr pour effacer.</translation>
    </message>
    <message>
        <source>Not asked yet: Y for yes, N for no</source>
        <translation>Pas encore posée&#xa0;: O pour oui, N pour non</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Show entries since</source>
        <translation>Afficher les entrées depuis le</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>De&amp;puis le&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualiser le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Number of audit entries</source>
        <translation>Nombre d&apos;entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit chain check</source>
        <translation>Vérification de la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Ouverture de session</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec d&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Ouverture de session refusée</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Fermeture de session</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Utilisateur désactivé</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Password change failed</source>
        <translation>Échec du changement de mot de passe</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Paramètre modifié</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Loading the audit log from the clinic server…</source>
        <translation>Chargement du journal d&apos;audit depuis le serveur de la clinique…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Impossible de lire le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) since %1</source>
        <translation>
            <numerusform>%Ln entrée depuis le %1</numerusform>
            <numerusform>%Ln entrées depuis le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit chain on the server…</source>
        <translation>Vérification de la chaîne d&apos;audit sur le serveur…</translation>
    </message>
    <message>
        <source>The audit chain could not be checked: %1</source>
        <translation>Impossible de vérifier la chaîne d&apos;audit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact: %Ln entry(s) checked. Newest hash: %1</source>
        <translation>
            <numerusform>Chaîne d&apos;audit intacte&#xa0;: %Ln entrée vérifiée. Dernière empreinte&#xa0;: %1</numerusform>
            <numerusform>Chaîne d&apos;audit intacte&#xa0;: %Ln entrées vérifiées. Dernière empreinte&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>STORED RECORDS CHANGED OUTSIDE CLINIC INTAKE
%1
Keep a copy of this database as it is, and compare it with your backups.</source>
        <translation>DOSSIERS ENREGISTRÉS MODIFIÉS EN DEHORS DE CLINIC INTAKE
%1
Conservez une copie de cette base de données telle quelle et comparez-la à vos sauvegardes.</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact (%1 checked), but %n problem(s) with the records and accounts it covers.</source>
        <translation>
            <numerusform>Chaîne d&apos;audit intacte (vérification&#xa0;: %1), mais %n problème touchant les dossiers et les comptes qu&apos;elle couvre.</numerusform>
            <numerusform>Chaîne d&apos;audit intacte (vérification&#xa0;: %1), mais %n problèmes touchant les dossiers et les comptes qu&apos;elle couvre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>AUDIT LOG CHAIN BROKEN at entry %1
%2
Entries from there on may have been changed, inserted or removed outside Clinic Intake. Keep a copy of this database as it is, and compare it with your backups and the newest hash you wrote down.</source>
        <translation>CHAÎNE DU JOURNAL D&apos;AUDIT ROMPUE à l&apos;entrée %1
%2
Les entrées à partir de celle-ci ont pu être modifiées, insérées ou supprimées en dehors de Clinic Intake. Conservez une copie de cette base de données telle quelle et comparez-la à vos sauvegardes et à la dernière empreinte que vous avez notée.</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain BROKEN at entry %1 (%Ln entry(s) checked).</source>
        <translation>
            <numerusform>Chaîne d&apos;audit ROMPUE à l&apos;entrée %1 (%Ln entrée vérifiée).</numerusform>
            <numerusform>Chaîne d&apos;audit ROMPUE à l&apos;entrée %1 (%Ln entrées vérifiées).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>Co&amp;nfirmer la phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Chiffrer avec une phrase de passe</translation>
    </message>
    <message>
        <source>A backup holds every client&apos;s health record. Encrypt it when it leaves this computer (a USB stick, a cloud folder). Without the passphrase the backup cannot be restored: keep it somewhere safe, apart from the backup. A few words that belong together make a good passphrase.</source>
        <translation>Une sauvegarde contient le dossier de santé de chaque client. Chiffrez-la si elle quitte cet ordinateur (clé USB, dossier infonuagique). Sans la phrase de passe, la sauvegarde ne peut pas être restaurée&#xa0;: conservez la phrase de passe en lieu sûr, à l&apos;écart de la sauvegarde. Quelques mots qui vont ensemble font une bonne phrase de passe.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>Encrypted Clinic Intake backup (*.encrypted)</source>
        <translation>Sauvegarde chiffrée Clinic Intake (*.encrypted)</translation>
    </message>
    <message>
        <source>Clinic Intake database (*.sqlite)</source>
        <translation>Base de données Clinic Intake (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose the file to back up to.</source>
        <translation>Choisissez le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 exists already. A backup never replaces a file: choose another name.</source>
        <translation>%1 existe déjà. Une sauvegarde ne remplace jamais un fichier&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>No backup was made. %1</source>
        <translation>Aucune sauvegarde n&apos;a été faite. %1</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase de passe (confirmation)</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>Body map</source>
        <translation>Carte du corps</translation>
    </message>
    <message>
        <source>Hurts</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Do not work here</source>
        <translation>Ne pas travailler ici</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>zone sélectionnée</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>zone non sélectionnée</translation>
    </message>
    <message>
        <source>, do not work here</source>
        <translation>, ne pas travailler ici</translation>
    </message>
    <message>
        <source>Marking where not to work. %1. Space marks or clears it.</source>
        <translation>Marquage des zones où ne pas travailler. %1. Espace marque ou efface la zone.</translation>
    </message>
    <message>
        <source>Marking where it hurts. %1. Space selects or clears it.</source>
        <translation>Marquage des zones douloureuses. %1. Espace sélectionne ou efface la zone.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Arrière</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm new password:</source>
        <translation>&amp;Confirmer le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Session ouverte au nom de &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hanger le mot de passe</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Entrez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe (confirmation)</translation>
    </message>
</context>
<context>
    <name>ClearanceEditor</name>
    <message>
        <source>Recent major injury</source>
        <translation>Blessure grave récente</translation>
    </message>
    <message>
        <source>Cancer, now or in the past</source>
        <translation>Cancer, actuel ou passé</translation>
    </message>
    <message>
        <source>Weight loss without trying</source>
        <translation>Perte de poids involontaire</translation>
    </message>
    <message>
        <source>Constant pain at night</source>
        <translation>Douleur constante la nuit</translation>
    </message>
    <message>
        <source>Weakened immune system</source>
        <translation>Système immunitaire affaibli</translation>
    </message>
    <message>
        <source>Injects drugs</source>
        <translation>S&apos;injecte des drogues</translation>
    </message>
    <message>
        <source>Recent fall or strain</source>
        <translation>Chute ou effort récent</translation>
    </message>
    <message>
        <source>Pain unchanged by movement</source>
        <translation>Douleur non modifiée par le mouvement</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Medical &amp;clearance (a physician&apos;s note)</source>
        <translation>A&amp;utorisation médicale (billet du médecin)</translation>
    </message>
    <message>
        <source>Medical clearance from a physician</source>
        <translation>Autorisation médicale d&apos;un médecin</translation>
    </message>
    <message>
        <source>Tick when a physician has seen the client for a flag and cleared them for massage. Emergency flags cannot be cleared.</source>
        <translation>Cochez si un médecin a vu le client pour un signal d&apos;alarme et l&apos;a autorisé à recevoir un massage. Aucune autorisation n&apos;est possible pour les signaux d&apos;alarme d&apos;urgence immédiate.</translation>
    </message>
    <message>
        <source>Date of the physician&apos;s note</source>
        <translation>Date du billet du médecin</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cleared for: %1</source>
        <translation>Autorisation pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cleared for</source>
        <translation>Autorisation pour</translation>
    </message>
    <message>
        <source>optional, e.g. Dr. A. Roy</source>
        <translation>facultatif, p. ex. Dre A. Roy</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>Autorisation donnée par</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>✗ dated after the visit</source>
        <translation>✗ date postérieure à la visite</translation>
    </message>
    <message>
        <source>✓ valid until %1</source>
        <translation>✓ valide jusqu&apos;au %1</translation>
    </message>
    <message numerus="yes">
        <source>✗ expired: older than %n day(s)</source>
        <translation>
            <numerusform>✗ expirée&#xa0;: datée de plus de %n jour</numerusform>
            <numerusform>✗ expirée&#xa0;: datée de plus de %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicSession</name>
    <message>
        <source>Clinic server: %1@%2/%3</source>
        <translation>Serveur de la clinique&#xa0;: %1@%2/%3</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not reachable since %1, retrying</source>
        <translation>Inaccessible depuis %1&#xa0;: nouvelle tentative</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Flèche bas)</translation>
    </message>
    <message>
        <source>Type the date as %1, or pick it on the calendar (Alt+Down)</source>
        <translation>Entrez la date au format %1 ou choisissez-la dans le calendrier (Alt+Flèche bas)</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation>Calendrier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DesktopOpening</name>
    <message>
        <source>Connecting to the clinic server…</source>
        <translation>Connexion au serveur de la clinique…</translation>
    </message>
    <message>
        <source>Clinic Intake</source>
        <translation>Clinic Intake</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Mot de passe non mémorisé</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep the server password (%1): Clinic Intake will ask for it at the next start.</source>
        <translation>Le trousseau de clés de cet ordinateur n&apos;a pas pu garder le mot de passe du serveur (%1)&#xa0;: Clinic Intake le demandera au prochain démarrage.</translation>
    </message>
    <message>
        <source>The password remembered on this computer no longer works.</source>
        <translation>Le mot de passe mémorisé sur cet ordinateur ne fonctionne plus.</translation>
    </message>
    <message>
        <source>in the file %1</source>
        <translation>dans le fichier %1</translation>
    </message>
    <message>
        <source>on the clinic server (%1)</source>
        <translation>sur le serveur de la clinique (%1)</translation>
    </message>
    <message>
        <source>on the clinic server</source>
        <translation>sur le serveur de la clinique</translation>
    </message>
    <message>
        <source>Clinic Intake could not open the clinic&apos;s records %1.

%2

If the server or the file has moved, correct where the records are in Settings. Otherwise, tell whoever looks after the clinic&apos;s computers what this message says, then try again.</source>
        <translation>Clinic Intake n&apos;a pas pu ouvrir les dossiers de la clinique %1.

%2

Si le serveur ou le fichier a été déplacé, corrigez l&apos;emplacement des dossiers dans les Paramètres. Sinon, transmettez ce message à la personne qui s&apos;occupe des ordinateurs de la clinique, puis réessayez.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation>Exporter des dossiers</translation>
    </message>
    <message>
        <source>&amp;CSV (spreadsheets)</source>
        <translation>&amp;CSV (tableurs)</translation>
    </message>
    <message>
        <source>CSV format</source>
        <translation>Format CSV</translation>
    </message>
    <message>
        <source>&amp;JSON (complete records with history)</source>
        <translation>&amp;JSON (dossiers complets avec historique)</translation>
    </message>
    <message>
        <source>JSON format</source>
        <translation>Format JSON</translation>
    </message>
    <message>
        <source>Add &amp;byte-order mark for Excel</source>
        <translation>Indicateur d&apos;ordre des &amp;octets pour Excel</translation>
    </message>
    <message>
        <source>Excel needs it to show accented names correctly.</source>
        <translation>Excel en a besoin pour afficher correctement les noms accentués.</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>Toutes les &amp;dates</translation>
    </message>
    <message>
        <source>All visit dates</source>
        <translation>Toutes les dates de visite</translation>
    </message>
    <message>
        <source>Visit dates from</source>
        <translation>Début des dates de visite</translation>
    </message>
    <message>
        <source>Visit dates to</source>
        <translation>Fin des dates de visite</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Choisir le fichier de sortie</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Visit dates:</source>
        <translation>Dates de visite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export records to</source>
        <translation>Exporter les dossiers vers</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1 existe déjà. Le remplacer par cette exportation&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choisissez le fichier d&apos;exportation.</translation>
    </message>
    <message>
        <source>The first visit date is after the last one.</source>
        <translation>La première date de visite est postérieure à la dernière.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation>Comptage des dossiers…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln record(s)…</source>
        <translation>
            <numerusform>Exportation de %Ln dossier…</numerusform>
            <numerusform>Exportation de %Ln dossiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1</source>
        <translation>
            <numerusform>%Ln dossier exporté vers %1</numerusform>
            <numerusform>%Ln dossiers exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Exportation annulée. Aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>No file was written.</source>
        <translation>Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Another program is using the clinic&apos;s database. Try the export again in a moment.</source>
        <translation>Un autre programme utilise la base de données de la clinique. Relancez l&apos;exportation dans un moment.</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose a folder you are allowed to write to, such as your Documents folder.</source>
        <translation>Impossible d&apos;écrire le fichier à cet endroit. Choisissez un dossier où vous avez le droit d&apos;écrire, comme votre dossier Documents.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space or choose another drive, then export again.</source>
        <translation>Le disque est plein. Libérez de l&apos;espace ou choisissez un autre lecteur, puis relancez l&apos;exportation.</translation>
    </message>
    <message>
        <source>Records cannot be exported to that file (the clinic&apos;s database, a link, a folder or a device, or a file you did not choose to replace). Choose another file name.</source>
        <translation>Impossible d&apos;exporter les dossiers vers ce fichier (base de données de la clinique, lien, dossier ou périphérique, ou fichier que vous n&apos;avez pas choisi de remplacer). Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The clinic&apos;s database is damaged, so the records could not be read. Restore it from a backup.</source>
        <translation>La base de données de la clinique est endommagée&#xa0;: impossible de lire les dossiers. Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The export did not complete.</source>
        <translation>L&apos;exportation n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>New database — Clinic Intake</source>
        <translation>Nouvelle base de données — Clinic Intake</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Create the manager&apos;s account&lt;/h2&gt;&lt;p&gt;This database has no user accounts yet:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its first account is the clinic manager&apos;s. The manager then adds the front desk and the therapists (Account &amp;gt; Users).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Créer le compte du gestionnaire&lt;/h2&gt;&lt;p&gt;Cette base de données n&apos;a encore aucun compte utilisateur&#xa0;:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Son premier compte est celui du gestionnaire de la clinique. Le gestionnaire ajoute ensuite le personnel de l&apos;accueil et les thérapeutes (Compte &amp;gt; Utilisateurs).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Manager&apos;s user name</source>
        <translation>Nom d&apos;utilisateur du gestionnaire</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reate and sign in</source>
        <translation>C&amp;réer et ouvrir une session</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
</context>
<context>
    <name>IntakeDescription</name>
    <message>
        <source>REFER OUT — %1: do not start a massage.</source>
        <translation>DIRIGER VERS UN MÉDECIN — %1&#xa0;: ne commencez pas de massage.</translation>
    </message>
    <message>
        <source>SCREENING INCOMPLETE: %1; the urgency may be higher than shown.</source>
        <translation>DÉPISTAGE INCOMPLET&#xa0;: %1&#xa0;; l&apos;urgence peut être plus élevée qu&apos;indiqué.</translation>
    </message>
    <message>
        <source>SCREENING INCOMPLETE: %1. No plan until they are answered: this suggestion cannot be accepted.</source>
        <translation>DÉPISTAGE INCOMPLET&#xa0;: %1. Aucun plan avant d&apos;avoir les réponses&#xa0;: cette suggestion ne peut pas être acceptée.</translation>
    </message>
    <message>
        <source>Not asked: %1</source>
        <translation>Questions non posées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>No plan: screening incomplete</source>
        <translation>Aucun plan&#xa0;: dépistage incomplet</translation>
    </message>
    <message>
        <source>pressure %1</source>
        <translation>pression %1</translation>
    </message>
    <message>
        <source>Parts of this stored suggestion could not be read: %1</source>
        <translation>Certaines parties de cette suggestion enregistrée n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cleared by a physician for: %1</source>
        <translation>Autorisation d&apos;un médecin pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Muscles ciblés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Home care: %1</source>
        <translation>Conseils d&apos;autosoins&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Données probantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rules version %1</source>
        <translation>Version des règles %1</translation>
    </message>
    <message>
        <source>(asked only when the neck is involved)</source>
        <translation>(posée seulement si le cou est touché)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Pain: %1, intensity %2/10, for %3 (%4)</source>
        <translation>Douleur&#xa0;: %1, intensité %2/10, depuis %3 (%4)</translation>
    </message>
    <message>
        <source>Radiates to: %1</source>
        <translation>Irradie vers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Do not work on: %1</source>
        <translation>Ne pas travailler sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Medical clearance by %1 on %2 for: %3</source>
        <translation>Autorisation médicale donnée par %1 le %2 pour&#xa0;: %3</translation>
    </message>
    <message>
        <source>Medical clearance on %1 for: %2</source>
        <translation>Autorisation médicale donnée le %1 pour&#xa0;: %2</translation>
    </message>
    <message>
        <source>(valid on the visit day)</source>
        <translation>(valide le jour de la visite)</translation>
    </message>
    <message numerus="yes">
        <source>(&lt;b&gt;expired&lt;/b&gt;: more than %n day(s) before the visit)</source>
        <translation>
            <numerusform>(&lt;b&gt;expirée&lt;/b&gt;&#xa0;: plus de %n jour avant la visite)</numerusform>
            <numerusform>(&lt;b&gt;expirée&lt;/b&gt;&#xa0;: plus de %n jours avant la visite)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pressure preference: %1</source>
        <translation>Pression préférée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pressure preference: not stated (medium)</source>
        <translation>Pression préférée&#xa0;: non précisée (moyenne)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Screening and precautions</source>
        <translation>Dépistage et précautions</translation>
    </message>
    <message>
        <source>A version 1 record: its flags were ticked or left unticked, so an unticked flag shows here as not asked. Amend it to ask them.</source>
        <translation>Fiche au format version 1&#xa0;: ses signaux d&apos;alarme étaient cochés ou non, donc un signal non coché apparaît ici comme «&#xa0;Non demandé&#xa0;». Modifiez la fiche pour poser ces questions.</translation>
    </message>
    <message>
        <source>Born %1 (age %2), visit %3</source>
        <translation>Né(e) le %1 (%2 ans), visite du %3</translation>
    </message>
    <message>
        <source>Intake format: version 1 (clinic-intake/1)</source>
        <translation>Format de la fiche&#xa0;: version 1 (clinic-intake/1)</translation>
    </message>
    <message>
        <source>This stored record could not be read: %1</source>
        <translation>Cette fiche enregistrée n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Version %1: suggestion accepted by %2, %3</source>
        <translation>Version %1&#xa0;: suggestion acceptée par %2, le %3</translation>
    </message>
    <message>
        <source>Version %1: overridden by %2, %3</source>
        <translation>Version %1&#xa0;: suggestion remplacée par %2, le %3</translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation>Approche utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Session note: %1</source>
        <translation>Note de séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Parts of this stored review could not be read: %1</source>
        <translation>Certaines parties de cette révision enregistrée n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Parts of this stored intake could not be read: %1</source>
        <translation>Certaines parties de cette fiche d&apos;accueil enregistrée n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The reasons and cautions are shown in French, as they were stored: the rules in use cannot make them again in this language.</source>
        <translation>Les raisons et les mises en garde sont affichées en français, telles qu&apos;elles ont été enregistrées&#xa0;: les règles en usage ne peuvent pas les refaire dans cette langue.</translation>
    </message>
    <message>
        <source>The reasons and cautions are shown in English, as they were stored: the rules in use cannot make them again in this language.</source>
        <translation>Les raisons et les mises en garde sont affichées en anglais, telles qu&apos;elles ont été enregistrées&#xa0;: les règles en usage ne peuvent pas les refaire dans cette langue.</translation>
    </message>
</context>
<context>
    <name>IntakeDetailsDialog</name>
    <message>
        <source>Intake #%1</source>
        <translation>Fiche d&apos;accueil nº&#xa0;%1</translation>
    </message>
    <message>
        <source>Version of the intake</source>
        <translation>Version de la fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>Intake and suggestion</source>
        <translation>Fiche d&apos;accueil et suggestion</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>Correct the answers on the intake form; saving keeps this version and adds a new one.</source>
        <translation>Corriger les réponses dans le formulaire d&apos;accueil&#xa0;; l&apos;enregistrement conserve cette version et en ajoute une nouvelle.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>A&amp;mend to complete the screening…</source>
        <translation>Mo&amp;difier pour compléter le dépistage…</translation>
    </message>
</context>
<context>
    <name>IntakeFormPage</name>
    <message>
        <source>Intake</source>
        <translation>Fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Returning clients found</source>
        <translation>Clients existants trouvés</translation>
    </message>
    <message>
        <source>Returning clients with this name or date of birth: Down from the name and Enter (or a click) fill in their details</source>
        <translation>Clients existants ayant ce nom ou cette date de naissance&#xa0;: depuis le nom, flèche bas puis Entrée (ou un clic) remplit leurs renseignements</translation>
    </message>
    <message>
        <source>&amp;Born</source>
        <translation>Naissan&amp;ce</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Cou&amp;rriel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Vi&amp;sit date</source>
        <translation>Date de la &amp;visite</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>&amp;Intensity (0–10)</source>
        <translation>&amp;Intensité (0–10)</translation>
    </message>
    <message>
        <source>Pain intensity from 0 to 10</source>
        <translation>Intensité de la douleur de 0 à 10</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>How long the pain has lasted, in weeks</source>
        <translation>Durée de la douleur, en semaines</translation>
    </message>
    <message>
        <source>Radiates to</source>
        <translation>Irradie vers</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hanche</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Jambe</translation>
    </message>
    <message>
        <source>Neck and shoulders</source>
        <translation>Cou et épaules</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Bras</translation>
    </message>
    <message>
        <source>Nerve symptoms</source>
        <translation>Symptômes neurologiques</translation>
    </message>
    <message>
        <source>Shooting pain down a leg (sciatica)</source>
        <translation>Douleur fulgurante dans une jambe (sciatique)</translation>
    </message>
    <message>
        <source>Numbness or tingling in a leg</source>
        <translation>Engourdissement ou picotements à une jambe</translation>
    </message>
    <message>
        <source>Numbness or tingling in an arm</source>
        <translation>Engourdissement ou picotements à un bras</translation>
    </message>
    <message>
        <source>Muscle findings</source>
        <translation>Observations musculaires</translation>
    </message>
    <message>
        <source>Tight hamstrings</source>
        <translation>Ischio-jambiers tendus</translation>
    </message>
    <message>
        <source>Tight glutes</source>
        <translation>Fessiers tendus</translation>
    </message>
    <message>
        <source>Habitually stands on one leg</source>
        <translation>Se tient habituellement sur une jambe</translation>
    </message>
    <message>
        <source>Neck and shoulder stress</source>
        <translation>Tension au cou et aux épaules</translation>
    </message>
    <message>
        <source>Preferences and notes</source>
        <translation>Préférences et notes</translation>
    </message>
    <message>
        <source>Press&amp;ure preference</source>
        <translation>&amp;Pression préférée</translation>
    </message>
    <message>
        <source>Pressure preference</source>
        <translation>Pression préférée</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Carte du corps</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Sacroiliac</source>
        <translation>Sacro-iliaque</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Milieu du dos</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Haut du dos</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cou</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Épaules</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Fesse</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Cuisse</translation>
    </message>
    <message>
        <source>Lower leg</source>
        <translation>Bas de la jambe</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation>Marquer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Where it hurts</source>
        <translation>&amp;Zones douloureuses</translation>
    </message>
    <message>
        <source>Do no&amp;t work here</source>
        <translation>Ne pas travai&amp;ller ici</translation>
    </message>
    <message>
        <source>Areas the therapist must not work directly: a surgical site, a skin condition, a bruise, varicose veins. Drawn hatched.</source>
        <translation>Zones que le thérapeute ne doit pas travailler directement&#xa0;: site opératoire, problème de peau, ecchymose, varices. Affichées hachurées.</translation>
    </message>
    <message>
        <source>Screening: %1</source>
        <translation>Dépistage&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n still to ask</source>
        <translation>
            <numerusform>%n encore à poser</numerusform>
            <numerusform>%n encore à poser</numerusform>
        </translation>
    </message>
    <message>
        <source>on a question: Y yes, N no, Delete clears</source>
        <translation>sur une question&#xa0;: O oui, N non, Suppr efface</translation>
    </message>
    <message>
        <source>Do not work here: none marked</source>
        <translation>Ne pas travailler ici&#xa0;: aucune zone marquée</translation>
    </message>
    <message>
        <source>Do not work here: %1</source>
        <translation>Ne pas travailler ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Where it hurts (body map)</source>
        <translation>Zones douloureuses (carte du corps)</translation>
    </message>
    <message>
        <source>Medical clearance</source>
        <translation>Autorisation médicale</translation>
    </message>
    <message>
        <source>Body map: mark where it hurts (needed)</source>
        <translation>Carte du corps&#xa0;: marquez les zones douloureuses (obligatoire)</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>• Screening: %1 yet, marked in the margin (the intake can be saved without them, but no plan is offered until they are answered)</source>
        <translation>• Dépistage&#xa0;: %1 pour l&apos;instant, voir la marge (la fiche d&apos;accueil peut être enregistrée ainsi, mais aucun plan n&apos;est proposé avant d&apos;avoir toutes les réponses)</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) need attention.</source>
        <translation>
            <numerusform>Non enregistrée&#xa0;: %n réponse à revoir.</numerusform>
            <numerusform>Non enregistrée&#xa0;: %n réponses à revoir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>This intake cannot be saved yet. Still to answer or correct:</source>
        <translation>Cette fiche d&apos;accueil ne peut pas encore être enregistrée. Reste à remplir ou à corriger&#xa0;:</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, né(e) le %2</translation>
    </message>
    <message>
        <source>Returning client: %1</source>
        <translation>Client existant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: the client already has an intake that day.</source>
        <translation>Non enregistrée&#xa0;: le client a déjà une fiche d&apos;accueil ce jour-là.</translation>
    </message>
    <message>
        <source>Saved version %1 of intake %2 at %3</source>
        <translation>Version %1 de la fiche d&apos;accueil %2 enregistrée à %3</translation>
    </message>
    <message>
        <source>Saved intake %1 at %2</source>
        <translation>Fiche d&apos;accueil %1 enregistrée à %2</translation>
    </message>
    <message numerus="yes">
        <source> (screening incomplete: %n question(s) not asked)</source>
        <translation>
            <numerusform> (dépistage incomplet&#xa0;: %n question non posée)</numerusform>
            <numerusform> (dépistage incomplet&#xa0;: %n questions non posées)</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is busy, try again: the intake is not saved; your answers are still on the form.</source>
        <translation>La base de données est occupée, réessayez&#xa0;: la fiche d&apos;accueil n&apos;est pas enregistrée&#xa0;; vos réponses sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>The intake could not be saved. Your answers are still on the form.

%1</source>
        <translation>La fiche d&apos;accueil n&apos;a pas pu être enregistrée. Vos réponses sont toujours dans le formulaire.

%1</translation>
    </message>
    <message>
        <source>Connection lost: retrying. This intake is not saved yet: it stays on the form as typed and is saved as soon as the clinic server answers again.</source>
        <translation>Connexion perdue&#xa0;: nouvelle tentative. Cette fiche d&apos;accueil n&apos;est pas encore enregistrée&#xa0;: elle reste dans le formulaire telle que saisie et sera enregistrée dès que le serveur de la clinique répondra.</translation>
    </message>
    <message>
        <source>Connection lost: retrying</source>
        <translation>Connexion perdue&#xa0;: nouvelle tentative</translation>
    </message>
    <message>
        <source>intake #%1, saved %2 by %3</source>
        <translation>fiche d&apos;accueil nº&#xa0;%1, enregistrée le %2 par %3</translation>
    </message>
    <message>
        <source>Same client, same day</source>
        <translation>Même client, même jour</translation>
    </message>
    <message numerus="yes">
        <source>%1 (born %2) already has %n intake(s) for a visit on %3:</source>
        <translation>
            <numerusform>%1 (né(e) le %2) a déjà %n fiche d&apos;accueil pour une visite le %3&#xa0;:</numerusform>
            <numerusform>%1 (né(e) le %2) a déjà %n fiches d&apos;accueil pour une visite le %3&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>To change it, open it from the records and amend it. Save a second intake for the same visit anyway?</source>
        <translation>Pour la changer, ouvrez-la à partir des dossiers et modifiez-la. Enregistrer quand même une deuxième fiche d&apos;accueil pour la même visite&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Go back, do not save</source>
        <translation>&amp;Revenir sans enregistrer</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>Refer out — emergency</source>
        <translation>Diriger vers un médecin — urgence immédiate</translation>
    </message>
    <message>
        <source>Refer out — emergency: tell the client now.
Do not start a massage. Possible emergency: send the client to emergency care now.</source>
        <translation>Diriger vers un médecin — urgence immédiate&#xa0;: avisez le client maintenant.
Ne commencez pas de massage. Urgence possible&#xa0;: envoyez le client aux urgences maintenant.</translation>
    </message>
    <message>
        <source>Refer out — urgent</source>
        <translation>Diriger vers un médecin — urgent</translation>
    </message>
    <message>
        <source>Refer out — urgent: tell the client now.
Do not start a massage. The client should see a physician today.</source>
        <translation>Diriger vers un médecin — urgent&#xa0;: avisez le client maintenant.
Ne commencez pas de massage. Le client devrait consulter un médecin aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Refer out</source>
        <translation>Diriger vers un médecin</translation>
    </message>
    <message>
        <source>Refer out: tell the client before they leave.
Pain may not be muscular. Recommend a physician visit before massage.</source>
        <translation>Diriger vers un médecin&#xa0;: avisez le client avant son départ.
La douleur n&apos;est peut-être pas d&apos;origine musculaire. Recommandez une consultation médicale avant le massage.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Intake %1 is saved.</source>
        <translation>La fiche d&apos;accueil %1 est enregistrée.</translation>
    </message>
    <message>
        <source>I have told the client</source>
        <translation>J&apos;ai avisé le client</translation>
    </message>
    <message>
        <source>Amending intake #%1 (now at version %2). Save stores your changes as version %3; New intake (Ctrl+N) leaves it as it is.</source>
        <translation>Modification de la fiche d&apos;accueil nº&#xa0;%1 (actuellement à la version %2). «&#xa0;Enregistrer la fiche&#xa0;» conserve vos changements comme version %3&#xa0;; «&#xa0;Nouvelle fiche&#xa0;» (Ctrl+N) la laisse telle quelle.</translation>
    </message>
    <message>
        <source>It was recorded on the old form, which could not tell &quot;no&quot; from &quot;not asked&quot;: the screening questions it did not record show as not asked. Ask them now.</source>
        <translation>Elle a été saisie dans l&apos;ancien formulaire, qui ne distinguait pas «&#xa0;non&#xa0;» de «&#xa0;non demandé&#xa0;»&#xa0;: les questions de dépistage qu&apos;il n&apos;a pas enregistrées apparaissent comme non posées. Posez-les maintenant.</translation>
    </message>
    <message>
        <source>Amending intake %1</source>
        <translation>Modification de la fiche d&apos;accueil %1</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Clinic Intake</source>
        <translation>Raccourcis clavier — Clinic Intake</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>Partout dans la fenêtre</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <source>Go to that field or button, or open that menu</source>
        <translation>Aller à ce champ ou à ce bouton, ou ouvrir ce menu</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Fermer une boîte de dialogue</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>Formulaire d&apos;accueil</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Next / previous field: client, pain, body map, nerve symptoms, muscle findings, screening, precautions, clearance, preference, notes</source>
        <translation>Champ suivant / précédent&#xa0;: client, douleur, carte du corps, symptômes neurologiques, observations musculaires, dépistage, précautions, autorisation médicale, préférence, notes</translation>
    </message>
    <message>
        <source>Down (in Name)</source>
        <translation>Flèche bas (dans Nom)</translation>
    </message>
    <message>
        <source>Into the returning clients found; Enter picks one</source>
        <translation>Vers les clients existants trouvés&#xa0;; Entrée en choisit un</translation>
    </message>
    <message>
        <source>Arrow keys (body map)</source>
        <translation>Flèches (carte du corps)</translation>
    </message>
    <message>
        <source>The nearest region in that direction</source>
        <translation>La région la plus proche dans cette direction</translation>
    </message>
    <message>
        <source>Space (body map)</source>
        <translation>Espace (carte du corps)</translation>
    </message>
    <message>
        <source>Mark or clear the region</source>
        <translation>Sélectionner ou désélectionner la région</translation>
    </message>
    <message>
        <source>Arrow keys (a row of boxes)</source>
        <translation>Flèches (rangée de cases)</translation>
    </message>
    <message>
        <source>The next box in that direction; Space ticks it</source>
        <translation>La case suivante dans cette direction&#xa0;; Espace la coche</translation>
    </message>
    <message>
        <source>Y / N (a question)</source>
        <translation>O / N (une question)</translation>
    </message>
    <message>
        <source>Yes / No, and on to the next question</source>
        <translation>Oui / Non, puis question suivante</translation>
    </message>
    <message>
        <source>Left / Right (a question)</source>
        <translation>Flèche gauche / droite (une question)</translation>
    </message>
    <message>
        <source>Yes / No, staying on the question</source>
        <translation>Oui / Non, sans quitter la question</translation>
    </message>
    <message>
        <source>Up / Down (a question)</source>
        <translation>Flèche haut / bas (une question)</translation>
    </message>
    <message>
        <source>Previous / next question</source>
        <translation>Question précédente / suivante</translation>
    </message>
    <message>
        <source>Delete or Backspace (a question)</source>
        <translation>Suppr ou Retour arrière (une question)</translation>
    </message>
    <message>
        <source>Back to not asked</source>
        <translation>Retour à «&#xa0;Non demandé&#xa0;»</translation>
    </message>
    <message>
        <source> (form incomplete)</source>
        <translation> (formulaire incomplet)</translation>
    </message>
    <message>
        <source>List what is still missing and go to the first of it</source>
        <translation>Indiquer ce qui manque encore et aller au premier élément manquant</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Trigger point therapy</source>
        <translation>Thérapie des points gâchettes</translation>
    </message>
    <message>
        <source>Deep tissue massage</source>
        <translation>Massage des tissus profonds</translation>
    </message>
    <message>
        <source>Swedish massage</source>
        <translation>Massage suédois</translation>
    </message>
    <message>
        <source>Gentle sacroiliac work</source>
        <translation>Travail doux de l&apos;articulation sacro-iliaque</translation>
    </message>
    <message>
        <source>Refer to a physician</source>
        <translation>Diriger vers un médecin</translation>
    </message>
    <message>
        <source>Clinic practice for pain that spreads to the hip or leg: trigger point work on the glutes and legs.</source>
        <translation>Pratique de la clinique pour une douleur qui s&apos;étend à la hanche ou à la jambe&#xa0;: travail des points gâchettes sur les fessiers et les jambes.</translation>
    </message>
    <message>
        <source>Clinic practice for long-standing pain: slower, deeper work.</source>
        <translation>Pratique de la clinique pour une douleur de longue date&#xa0;: travail plus lent et plus profond.</translation>
    </message>
    <message>
        <source>A general back and glute massage (clinic practice).</source>
        <translation>Massage général du dos et des fessiers (pratique de la clinique).</translation>
    </message>
    <message>
        <source>Clinic practice for new pain low in the back: gentle work around the sacroiliac joint.</source>
        <translation>Pratique de la clinique pour une douleur récente au bas du dos&#xa0;: travail doux autour de l&apos;articulation sacro-iliaque.</translation>
    </message>
    <message>
        <source>Not a case for massage today.</source>
        <translation>Ce cas ne relève pas du massage aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence immédiate</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Non urgent</translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln semaine</numerusform>
            <numerusform>%Ln semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semaines</translation>
    </message>
    <message>
        <source>acute</source>
        <translation>aiguë</translation>
    </message>
    <message>
        <source>subacute</source>
        <translation>subaiguë</translation>
    </message>
    <message>
        <source>chronic</source>
        <translation>chronique</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hanche</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Jambe</translation>
    </message>
    <message>
        <source>Neck and shoulders</source>
        <translation>Cou et épaules</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Bras</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Sacroiliac joint</source>
        <translation>Articulation sacro-iliaque</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Milieu du dos</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Haut du dos</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cou</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Épaules</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Fesse</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Cuisse</translation>
    </message>
    <message>
        <source>Lower leg</source>
        <translation>Bas de la jambe</translation>
    </message>
    <message>
        <source>Numbness or altered feeling between the legs, around the back passage or genitals (saddle area)</source>
        <translation>Engourdissement ou sensation modifiée entre les jambes, autour de l&apos;anus ou des parties génitales (zone en selle)</translation>
    </message>
    <message>
        <source>New difficulty passing urine, loss of bladder or bowel control, or not feeling urine or stool pass</source>
        <translation>Nouvelle difficulté à uriner, perte du contrôle de la vessie ou des intestins, ou ne pas sentir passer l&apos;urine ou les selles</translation>
    </message>
    <message>
        <source>New loss of sexual function or feeling</source>
        <translation>Nouvelle perte de fonction ou de sensibilité sexuelle</translation>
    </message>
    <message>
        <source>Pain, numbness, tingling or weakness in both legs</source>
        <translation>Douleur, engourdissement, picotements ou faiblesse dans les deux jambes</translation>
    </message>
    <message>
        <source>Weakness in a leg that is getting worse</source>
        <translation>Faiblesse qui s&apos;aggrave dans une jambe</translation>
    </message>
    <message>
        <source>Fever, chills, night sweats, or feeling generally unwell</source>
        <translation>Fièvre, frissons, sueurs nocturnes ou sensation de malaise général</translation>
    </message>
    <message>
        <source>A weakened immune system (immunosuppressant drugs, chemotherapy, HIV, organ transplant)</source>
        <translation>Système immunitaire affaibli (médicaments immunosuppresseurs, chimiothérapie, VIH, greffe d&apos;organe)</translation>
    </message>
    <message>
        <source>Injects drugs</source>
        <translation>S&apos;injecte des drogues</translation>
    </message>
    <message>
        <source>Has, or has had, cancer</source>
        <translation>A ou a eu un cancer</translation>
    </message>
    <message>
        <source>Weight loss without trying</source>
        <translation>Perte de poids involontaire</translation>
    </message>
    <message>
        <source>Constant pain at night that rest or changing position does not ease</source>
        <translation>Douleur constante la nuit, que le repos ou un changement de position ne soulage pas</translation>
    </message>
    <message>
        <source>A recent major injury: road accident, fall from a height, sports collision</source>
        <translation>Blessure grave récente&#xa0;: accident de la route, chute d&apos;une hauteur, collision lors d&apos;un sport</translation>
    </message>
    <message>
        <source>A recent fall from standing height, or a sudden strain such as lifting</source>
        <translation>Chute récente depuis la position debout, ou effort soudain, par exemple en soulevant une charge</translation>
    </message>
    <message>
        <source>Cannot put full weight on a leg since a fall or injury</source>
        <translation>Ne peut pas mettre tout son poids sur une jambe depuis une chute ou une blessure</translation>
    </message>
    <message>
        <source>A calf or leg that is swollen, warm, red or tender</source>
        <translation>Mollet ou jambe avec enflure, chaleur, rougeur ou sensibilité au toucher</translation>
    </message>
    <message>
        <source>Chest pain or new shortness of breath</source>
        <translation>Douleur à la poitrine ou nouvel essoufflement</translation>
    </message>
    <message>
        <source>Sudden, severe, tearing or ripping pain in the back, chest or belly</source>
        <translation>Douleur soudaine, intense, comme une déchirure ou un arrachement, dans le dos, la poitrine ou le ventre</translation>
    </message>
    <message>
        <source>Pain that does not change at all with movement or position (the same at rest as when moving)</source>
        <translation>Douleur qui ne change pas du tout avec le mouvement ou la position (la même au repos qu&apos;en mouvement)</translation>
    </message>
    <message>
        <source>A sudden, unusual or severe headache</source>
        <translation>Mal de tête soudain, inhabituel ou intense</translation>
    </message>
    <message>
        <source>Dizziness, double vision, trouble speaking or swallowing, drop attacks, or numbness of the face</source>
        <translation>Étourdissements, vision double, difficulté à parler ou à avaler, chutes subites sans perte de conscience, ou engourdissement du visage</translation>
    </message>
    <message>
        <source>Takes blood thinners (anticoagulants)</source>
        <translation>Prend des anticoagulants (médicaments pour éclaircir le sang)</translation>
    </message>
    <message>
        <source>Is pregnant</source>
        <translation>Est enceinte</translation>
    </message>
    <message>
        <source>Has osteoporosis or fragile bones</source>
        <translation>A de l&apos;ostéoporose ou les os fragiles</translation>
    </message>
    <message>
        <source>Has taken steroid tablets (corticosteroids) for three months or more</source>
        <translation>A pris des comprimés de stéroïdes (corticostéroïdes) pendant trois mois ou plus</translation>
    </message>
    <message>
        <source>Had surgery in the last three months</source>
        <translation>A subi une chirurgie au cours des trois derniers mois</translation>
    </message>
    <message>
        <source>Has ever had a blood clot in a leg (DVT) or the lungs</source>
        <translation>A déjà eu un caillot sanguin dans une jambe (TVP) ou dans les poumons</translation>
    </message>
    <message>
        <source>Has a rash, wound, infection or other skin condition where it hurts</source>
        <translation>A une éruption cutanée, une plaie, une infection ou un autre problème de peau à l&apos;endroit douloureux</translation>
    </message>
    <message>
        <source>Has varicose veins</source>
        <translation>A des varices</translation>
    </message>
    <message>
        <source>Saddle numbness</source>
        <translation>Anesthésie en selle</translation>
    </message>
    <message>
        <source>Bladder or bowel change</source>
        <translation>Trouble vésical ou intestinal</translation>
    </message>
    <message>
        <source>Loss of sexual function</source>
        <translation>Perte de fonction sexuelle</translation>
    </message>
    <message>
        <source>Symptoms in both legs</source>
        <translation>Symptômes dans les deux jambes</translation>
    </message>
    <message>
        <source>Leg weakness getting worse</source>
        <translation>Faiblesse croissante d&apos;une jambe</translation>
    </message>
    <message>
        <source>Fever or feeling unwell</source>
        <translation>Fièvre ou malaise</translation>
    </message>
    <message>
        <source>Weakened immune system</source>
        <translation>Système immunitaire affaibli</translation>
    </message>
    <message>
        <source>Cancer, now or before</source>
        <translation>Cancer, actuel ou passé</translation>
    </message>
    <message>
        <source>Constant night pain</source>
        <translation>Douleur nocturne constante</translation>
    </message>
    <message>
        <source>Recent major injury</source>
        <translation>Blessure grave récente</translation>
    </message>
    <message>
        <source>Recent fall or sudden strain</source>
        <translation>Chute ou effort soudain récent</translation>
    </message>
    <message>
        <source>Cannot bear weight on a leg</source>
        <translation>Appui impossible sur une jambe</translation>
    </message>
    <message>
        <source>Swollen, warm or red calf</source>
        <translation>Mollet enflé, chaud ou rouge</translation>
    </message>
    <message>
        <source>Chest pain or breathlessness</source>
        <translation>Douleur à la poitrine ou essoufflement</translation>
    </message>
    <message>
        <source>Sudden, severe or tearing pain</source>
        <translation>Douleur soudaine, intense ou déchirante</translation>
    </message>
    <message>
        <source>Pain unchanged by movement</source>
        <translation>Douleur non modifiée par le mouvement</translation>
    </message>
    <message>
        <source>Sudden or severe headache</source>
        <translation>Mal de tête soudain ou intense</translation>
    </message>
    <message>
        <source>Dizziness or trouble speaking</source>
        <translation>Étourdissements ou trouble de la parole</translation>
    </message>
    <message>
        <source>Blood thinners</source>
        <translation>Anticoagulants</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Grossesse</translation>
    </message>
    <message>
        <source>Osteoporosis</source>
        <translation>Ostéoporose</translation>
    </message>
    <message>
        <source>Long-term steroid tablets</source>
        <translation>Comprimés de stéroïdes à long terme</translation>
    </message>
    <message>
        <source>Surgery in the last three months</source>
        <translation>Chirurgie dans les trois derniers mois</translation>
    </message>
    <message>
        <source>Blood clot (DVT) ever</source>
        <translation>Antécédent de caillot sanguin (TVP)</translation>
    </message>
    <message>
        <source>Skin condition where it hurts</source>
        <translation>Problème de peau à l&apos;endroit douloureux</translation>
    </message>
    <message>
        <source>Varicose veins</source>
        <translation>Varices</translation>
    </message>
    <message>
        <source>Nerve compression (cauda equina)</source>
        <translation>Compression nerveuse (syndrome de la queue de cheval)</translation>
    </message>
    <message>
        <source>Fracture</source>
        <translation>Fracture</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infection</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Cancer</translation>
    </message>
    <message>
        <source>Blood vessels, heart and lungs</source>
        <translation>Vaisseaux sanguins, cœur et poumons</translation>
    </message>
    <message>
        <source>Pain that may not be muscular</source>
        <translation>Douleur peut-être non musculaire</translation>
    </message>
    <message>
        <source>Neck: arteries and nerves</source>
        <translation>Cou&#xa0;: artères et nerfs</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked</source>
        <translation>
            <numerusform>%n question non posée</numerusform>
            <numerusform>%n questions non posées</numerusform>
        </translation>
    </message>
    <message>
        <source>Shooting pain down the leg (sciatica)</source>
        <translation>Douleur fulgurante dans la jambe (sciatique)</translation>
    </message>
    <message>
        <source>Numbness or tingling in a leg</source>
        <translation>Engourdissement ou picotements à une jambe</translation>
    </message>
    <message>
        <source>Numbness or tingling in an arm</source>
        <translation>Engourdissement ou picotements à un bras</translation>
    </message>
    <message>
        <source>Tight hamstrings</source>
        <translation>Ischio-jambiers tendus</translation>
    </message>
    <message>
        <source>Tight glutes</source>
        <translation>Fessiers tendus</translation>
    </message>
    <message>
        <source>Habitually stands on one leg</source>
        <translation>Se tient habituellement sur une jambe</translation>
    </message>
    <message>
        <source>Neck and shoulder stress</source>
        <translation>Tension au cou et aux épaules</translation>
    </message>
    <message>
        <source>Child (under 16)</source>
        <translation>Enfant (moins de 16 ans)</translation>
    </message>
    <message>
        <source>Quadratus lumborum</source>
        <translation>Carré des lombes</translation>
    </message>
    <message>
        <source>Erector spinae</source>
        <translation>Érecteurs du rachis</translation>
    </message>
    <message>
        <source>Gluteus maximus</source>
        <translation>Grand fessier</translation>
    </message>
    <message>
        <source>Gluteus medius</source>
        <translation>Moyen fessier</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriforme</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Ischio-jambiers</translation>
    </message>
    <message>
        <source>Upper trapezius</source>
        <translation>Trapèze supérieur</translation>
    </message>
    <message>
        <source>Levator scapulae</source>
        <translation>Élévateur de la scapula</translation>
    </message>
    <message>
        <source>Keep moving and carry on with daily activities as far as possible</source>
        <translation>Continuer de bouger et poursuivre les activités quotidiennes autant que possible</translation>
    </message>
    <message>
        <source>A heat pack or warm bath for short-term relief</source>
        <translation>Compresse chaude ou bain chaud pour un soulagement à court terme</translation>
    </message>
    <message>
        <source>Tennis ball against a wall for the glutes</source>
        <translation>Balle de tennis contre un mur pour les fessiers</translation>
    </message>
    <message>
        <source>Foam roller for the back and hamstrings</source>
        <translation>Rouleau de mousse pour le dos et les ischio-jambiers</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Clinic Intake is locked</source>
        <translation>Clinic Intake est verrouillé</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Clinic Intake is locked&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Clinic Intake est verrouillé&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Fermer la sessi&amp;on</translation>
    </message>
    <message>
        <source>Sign out and let someone else sign in</source>
        <translation>Fermer la session pour qu&apos;une autre personne puisse ouvrir la sienne</translation>
    </message>
    <message>
        <source>Signed in: &lt;b&gt;%1&lt;/b&gt; (%2). Type your password to go on where you left off.</source>
        <translation>Session ouverte&#xa0;: &lt;b&gt;%1&lt;/b&gt; (%2). Entrez votre mot de passe pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>The intake form has answers that are not saved yet. They are kept for %1; signing out here discards them.</source>
        <translation>Le formulaire d&apos;accueil contient des réponses non enregistrées. Elles sont conservées pour %1&#xa0;; fermer la session ici les efface.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Entrez votre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: try again in %n seconds.</source>
        <translation>
            <numerusform>Trop de tentatives infructueuses&#xa0;: réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives infructueuses&#xa0;: réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — Clinic Intake</source>
        <translation>%1 — Clinic Intake</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>Règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Session ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <source>&amp;Save intake</source>
        <translation>&amp;Enregistrer la fiche</translation>
    </message>
    <message>
        <source>&amp;Export records…</source>
        <translation>E&amp;xporter des dossiers…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Intake form</source>
        <translation>&amp;Formulaire d&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>File de &amp;révision</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>Do&amp;ssiers</translation>
    </message>
    <message>
        <source>&amp;Find records</source>
        <translation>&amp;Rechercher des dossiers</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Co&amp;mpte</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Changer le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Fermer la session</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Clinic Intake</source>
        <translation>À &amp;propos de Clinic Intake</translation>
    </message>
    <message>
        <source>About Clinic Intake</source>
        <translation>À propos de Clinic Intake</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clinic Intake %1&lt;/h3&gt;&lt;p&gt;Pre-session consultations and treatment suggestions for massage and physical-therapy clinics. The suggestion is for the therapist to review; it is never a diagnosis.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clinic Intake %1&lt;/h3&gt;&lt;p&gt;Consultations préalables aux séances et suggestions de traitement pour les cliniques de massothérapie et de physiothérapie. La suggestion doit être révisée par le thérapeute&#xa0;; ce n&apos;est jamais un diagnostic.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>user: %1 (%2)</source>
        <translation>utilisateur&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Changes saved elsewhere will show when a page is opened again: %1</source>
        <translation>Les modifications enregistrées ailleurs s&apos;afficheront à la prochaine ouverture d&apos;une page&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Review queue (%1)</source>
        <translation>File de &amp;révision (%1)</translation>
    </message>
    <message>
        <source>Unsaved intake</source>
        <translation>Fiche d&apos;accueil non enregistrée</translation>
    </message>
    <message>
        <source>The intake form has answers that are not saved. Save them first?</source>
        <translation>Le formulaire d&apos;accueil contient des réponses non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Amend a reviewed intake?</source>
        <translation>Modifier une fiche d&apos;accueil révisée&#xa0;?</translation>
    </message>
    <message>
        <source>Intake #%1 has been reviewed. Amending it stores a new version that goes back to the review queue: a therapist must review it again before the session.

Amend it?</source>
        <translation>La fiche d&apos;accueil nº&#xa0;%1 a été révisée. La modifier enregistre une nouvelle version qui retourne dans la file de révision&#xa0;: un thérapeute doit la réviser de nouveau avant la séance.

La modifier&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde enregistrée dans %1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The records are on the clinic&apos;s server (%1). A backup is restored into the server by whoever looks after it, not from this computer.</source>
        <translation>Les dossiers sont sur le serveur de la clinique (%1). Une sauvegarde y est restaurée par la personne qui gère le serveur, pas à partir de cet ordinateur.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Fermer la session&#xa0;?</translation>
    </message>
    <message>
        <source>The intake form has answers %1 has not saved. Signing out from here discards them.

Sign out and discard the answers?</source>
        <translation>Le formulaire d&apos;accueil contient des réponses que %1 n&apos;a pas enregistrées. Fermer la session d&apos;ici les efface.

Fermer la session et effacer les réponses&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard and sign out</source>
        <translation>&amp;Effacer et fermer la session</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>Quitter&#xa0;?</translation>
    </message>
    <message>
        <source>The intake form has answers %1 has not saved. Quitting discards them.

Quit and discard the answers?</source>
        <translation>Le formulaire d&apos;accueil contient des réponses que %1 n&apos;a pas enregistrées. Quitter les efface.

Quitter et effacer les réponses&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Effacer et quitter</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Visit dates:</source>
        <translation>Dates de visite&#xa0;:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;ggestion:</source>
        <translation>Su&amp;ggestion&#xa0;:</translation>
    </message>
    <message>
        <source>Client name, e.g. &quot;garcia&quot; or &quot;zoe n&quot;</source>
        <translation>Nom du client, p. ex. «&#xa0;garcia&#xa0;» ou «&#xa0;zoe n&#xa0;»</translation>
    </message>
    <message>
        <source>Search clients by name</source>
        <translation>Rechercher des clients par nom</translation>
    </message>
    <message>
        <source>All &amp;dates</source>
        <translation>Toutes les &amp;dates</translation>
    </message>
    <message>
        <source>All visit dates</source>
        <translation>Toutes les dates de visite</translation>
    </message>
    <message>
        <source>Visit dates from</source>
        <translation>Début des dates de visite</translation>
    </message>
    <message>
        <source>Visit dates to</source>
        <translation>Fin des dates de visite</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Suggestion filter</source>
        <translation>Filtre de suggestion</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Fiches d&apos;accueil</translation>
    </message>
    <message>
        <source>Number of intakes</source>
        <translation>Nombre de fiches d&apos;accueil</translation>
    </message>
    <message>
        <source>Loading the records from the clinic server…</source>
        <translation>Chargement des dossiers depuis le serveur de la clinique…</translation>
    </message>
    <message>
        <source>No intakes match.</source>
        <translation>Aucune fiche d&apos;accueil ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of at least %Ln intake(s)</source>
        <translation>
            <numerusform>Affichage de %1 sur au moins %Ln fiche d&apos;accueil</numerusform>
            <numerusform>Affichage de %1 sur au moins %Ln fiches d&apos;accueil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln intake(s)</source>
        <translation>
            <numerusform>Affichage de %1 sur %Ln fiche d&apos;accueil</numerusform>
            <numerusform>Affichage de %1 sur %Ln fiches d&apos;accueil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln intake(s)</source>
        <translation>
            <numerusform>%Ln fiche d&apos;accueil</numerusform>
            <numerusform>%Ln fiches d&apos;accueil</numerusform>
        </translation>
    </message>
    <message>
        <source>(updating from the clinic server…)</source>
        <translation>(mise à jour depuis le serveur de la clinique…)</translation>
    </message>
</context>
<context>
    <name>RecordsTableModel</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Impossible de lire les dossiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>The records could not be read: another program is using the database. Try again in a moment.</source>
        <translation>Impossible de lire les dossiers&#xa0;: un autre programme utilise la base de données. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The records could not be read: the database file is damaged (%1). Restore it from a backup.</source>
        <translation>Impossible de lire les dossiers&#xa0;: le fichier de base de données est endommagé (%1). Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>New or changed since you last looked (here or on another workstation). Selecting the row clears the mark.</source>
        <translation>Nouvelle ou modifiée depuis votre dernière consultation (ici ou sur un autre poste). Sélectionner la ligne retire la marque.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Révisée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Overridden by %1</source>
        <translation>Remplacée par %1</translation>
    </message>
    <message>
        <source>Screening incomplete</source>
        <translation>Dépistage incomplet</translation>
    </message>
    <message>
        <source>REFER OUT</source>
        <translation>DIRIGER VERS UN MÉDECIN</translation>
    </message>
    <message>
        <source>REFER OUT — %1</source>
        <translation>DIRIGER VERS UN MÉDECIN — %1</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1, modifiée</translation>
    </message>
    <message>
        <source>Refer the client to a physician; no massage until then.</source>
        <translation>Diriger le client vers un médecin&#xa0;; aucun massage d&apos;ici là.</translation>
    </message>
    <message>
        <source>No plan: some screening questions were not asked. Amend the intake to complete the screening.</source>
        <translation>Aucun plan&#xa0;: certaines questions de dépistage n&apos;ont pas été posées. Modifiez la fiche d&apos;accueil pour compléter le dépistage.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Date de visite</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. Their old password stops working and any lockout is lifted.</source>
        <translation>Nouveau mot de passe pour &lt;b&gt;%1&lt;/b&gt;. L&apos;ancien cesse de fonctionner et tout verrouillage est levé.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe (confirmation)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>&lt;p&gt;Restoring puts the backup in place of the clinic&apos;s database, &lt;b&gt;%1&lt;/b&gt;. The backup is checked in full first; if anything is wrong with it, nothing is replaced.&lt;/p&gt;&lt;p&gt;The current database is not deleted: it is kept beside it as &lt;b&gt;%2&lt;/b&gt; (with the date and time of the restore). Anything entered since the backup was made is only in that kept copy.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Everyone is signed out.&lt;/b&gt; To go on, sign in with an account of the restored database: its users and passwords are those of the day of the backup.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La restauration remplace la base de données de la clinique, &lt;b&gt;%1&lt;/b&gt;, par la sauvegarde. La sauvegarde est d&apos;abord entièrement vérifiée&#xa0;; au moindre problème, rien n&apos;est remplacé.&lt;/p&gt;&lt;p&gt;La base de données actuelle n&apos;est pas supprimée&#xa0;: elle est conservée à côté, sous le nom &lt;b&gt;%2&lt;/b&gt; (avec la date et l&apos;heure de la restauration). Tout ce qui a été saisi depuis la création de la sauvegarde se trouve uniquement dans cette copie conservée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Toutes les sessions sont fermées.&lt;/b&gt; Pour continuer, ouvrez une session avec un compte de la base de données restaurée&#xa0;: ses utilisateurs et mots de passe sont ceux du jour de la sauvegarde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Fichier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>An encrypted backup: type the passphrase it was made with.</source>
        <translation>Sauvegarde chiffrée&#xa0;: entrez la phrase de passe utilisée pour la créer.</translation>
    </message>
    <message>
        <source>A plain backup: no passphrase is needed.</source>
        <translation>Sauvegarde non chiffrée&#xa0;: aucune phrase de passe n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choisir la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Clinic Intake backups (*.encrypted *.sqlite);;All files (*)</source>
        <translation>Sauvegardes Clinic Intake (*.encrypted *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>Choisissez la sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is the clinic&apos;s database itself: choose a backup of it.</source>
        <translation>%1 est la base de données de la clinique elle-même&#xa0;: choisissez-en une sauvegarde.</translation>
    </message>
    <message>
        <source>The backup is encrypted: type its passphrase.</source>
        <translation>La sauvegarde est chiffrée&#xa0;: entrez sa phrase de passe.</translation>
    </message>
    <message>
        <source>Nothing was restored. %1</source>
        <translation>Rien n&apos;a été restauré. %1</translation>
    </message>
    <message>
        <source>Replace the database?</source>
        <translation>Remplacer la base de données&#xa0;?</translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s database with the backup %1?

The current database is kept as %2 (the time of the restore may differ by a few seconds).

Everyone is signed out, and signs in again with an account of the restored database.</source>
        <translation>Remplacer la base de données de la clinique par la sauvegarde %1&#xa0;?

La base de données actuelle est conservée sous le nom %2 (l&apos;heure de la restauration peut différer de quelques secondes).

Toutes les sessions sont fermées&#xa0;; chacun ouvre ensuite une session avec un compte de la base de données restaurée.</translation>
    </message>
    <message>
        <source>&amp;Replace the database</source>
        <translation>&amp;Remplacer la base de données</translation>
    </message>
</context>
<context>
    <name>ReviewClaim</name>
    <message>
        <source>you on another computer since %1</source>
        <translation>vous, sur un autre ordinateur, depuis %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>Being reviewed by %1</source>
        <translation>En cours de révision par %1</translation>
    </message>
    <message>
        <source> and by </source>
        <translation> et par </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Waiting for review</source>
        <translation>En attente de révision</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File de révision</translation>
    </message>
    <message>
        <source>Choose an intake from the queue.</source>
        <translation>Choisissez une fiche d&apos;accueil dans la file.</translation>
    </message>
    <message>
        <source>Version of the intake</source>
        <translation>Version de la fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>Amend this intake on the intake form</source>
        <translation>Modifier cette fiche d&apos;accueil dans le formulaire d&apos;accueil</translation>
    </message>
    <message>
        <source>Correct the answers on the intake form; saving keeps this version and adds a new one.</source>
        <translation>Corriger les réponses dans le formulaire d&apos;accueil&#xa0;; l&apos;enregistrement conserve cette version et en ajoute une nouvelle.</translation>
    </message>
    <message>
        <source>V&amp;ersion:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reload the intake&apos;s current version</source>
        <translation>Recharger la version actuelle de la fiche d&apos;accueil</translation>
    </message>
    <message>
        <source>Shows the version stored now; the reason, note and choices typed are kept.</source>
        <translation>Affiche la version enregistrée maintenant&#xa0;; la raison, la note et les choix saisis sont conservés.</translation>
    </message>
    <message>
        <source>Intake and suggestion</source>
        <translation>Fiche d&apos;accueil et suggestion</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>Amend to &amp;complete the screening…</source>
        <translation>Modifier pour &amp;compléter le dépistage…</translation>
    </message>
    <message>
        <source>Amend this intake on the intake form to complete the screening</source>
        <translation>Modifier cette fiche d&apos;accueil dans le formulaire d&apos;accueil pour compléter le dépistage</translation>
    </message>
    <message>
        <source>Opens the intake on the intake form with the questions not asked yet; saving adds a new version with a new suggestion.</source>
        <translation>Ouvre la fiche d&apos;accueil dans le formulaire d&apos;accueil avec les questions pas encore posées&#xa0;; l&apos;enregistrement ajoute une nouvelle version avec une nouvelle suggestion.</translation>
    </message>
    <message>
        <source>Accep&amp;t the suggestion</source>
        <translation>Accep&amp;ter la suggestion</translation>
    </message>
    <message>
        <source>Approach to use instead</source>
        <translation>Approche à utiliser à la place</translation>
    </message>
    <message>
        <source>Choose an approach</source>
        <translation>Choisir une approche</translation>
    </message>
    <message>
        <source>Pressure to use</source>
        <translation>Pression à utiliser</translation>
    </message>
    <message>
        <source>Choose a pressure</source>
        <translation>Choisir une pression</translation>
    </message>
    <message>
        <source>Required for an override</source>
        <translation>Obligatoire pour un remplacement</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Raison du remplacement</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>Remp&amp;lacer</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Note de séance</translation>
    </message>
    <message>
        <source>Or &amp;use approach:</source>
        <translation>Ou &amp;utiliser l&apos;approche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pressure:</source>
        <translation>&amp;Pression&#xa0;:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Ra&amp;ison&#xa0;:</translation>
    </message>
    <message>
        <source>Session &amp;note:</source>
        <translation>&amp;Note de séance&#xa0;:</translation>
    </message>
    <message>
        <source>The queue has changed. It is updated when you finish this review.</source>
        <translation>La file a changé. Elle sera mise à jour quand vous aurez terminé cette révision.</translation>
    </message>
    <message>
        <source>Loading the queue from the clinic server…</source>
        <translation>Chargement de la file à partir du serveur de la clinique…</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>La file n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation>nº&#xa0;%1  %2  %3</translation>
    </message>
    <message>
        <source>REFER OUT — %1</source>
        <translation>DIRIGER VERS UN MÉDECIN — %1</translation>
    </message>
    <message>
        <source>Screening incomplete: no plan yet</source>
        <translation>Dépistage incomplet&#xa0;: pas encore de plan</translation>
    </message>
    <message>
        <source>Amended since you last looked</source>
        <translation>Modifiée depuis votre dernière consultation</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>Nouvelle depuis votre dernière consultation</translation>
    </message>
    <message>
        <source>Selecting the intake clears this mark.</source>
        <translation>Sélectionner la fiche d&apos;accueil efface cette marque.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>Intake #%1</source>
        <translation>Fiche d&apos;accueil nº&#xa0;%1</translation>
    </message>
    <message>
        <source>This suggestion cannot be accepted: %1</source>
        <translation>Cette suggestion ne peut pas être acceptée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This suggestion cannot be accepted: it was made before screening questions were asked one by one (%1: %2). Amend the intake to complete the screening, or override with your own plan and reason.</source>
        <translation>Cette suggestion ne peut pas être acceptée&#xa0;: elle a été faite avant que les questions de dépistage soient posées une à une (%1&#xa0;: %2). Modifiez la fiche d&apos;accueil pour compléter le dépistage, ou remplacez la suggestion par votre propre plan, avec une raison.</translation>
    </message>
    <message>
        <source>This suggestion cannot be accepted: the screening is incomplete, so there is no plan (%1: %2). Amend the intake to complete the screening, or override with your own plan and reason.</source>
        <translation>Cette suggestion ne peut pas être acceptée&#xa0;: le dépistage est incomplet, il n&apos;y a donc aucun plan (%1&#xa0;: %2). Modifiez la fiche d&apos;accueil pour compléter le dépistage, ou remplacez la suggestion par votre propre plan, avec une raison.</translation>
    </message>
    <message>
        <source>The screening is incomplete: there is no plan to accept.</source>
        <translation>Le dépistage est incomplet&#xa0;: il n&apos;y a aucun plan à accepter.</translation>
    </message>
    <message>
        <source>Intake %1: the screening is incomplete; there is no plan to accept.</source>
        <translation>Fiche d&apos;accueil %1&#xa0;: le dépistage est incomplet&#xa0;; il n&apos;y a aucun plan à accepter.</translation>
    </message>
    <message>
        <source>Intake %1: choose the approach and pressure to use instead.</source>
        <translation>Fiche d&apos;accueil %1&#xa0;: choisissez l&apos;approche et la pression à utiliser à la place.</translation>
    </message>
    <message>
        <source>Intake %1: your review was not stored.</source>
        <translation>Fiche d&apos;accueil %1&#xa0;: votre révision n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Connection lost: retrying. The review of intake %1 is not stored yet; it is stored as soon as the clinic server answers again.</source>
        <translation>Connexion perdue&#xa0;: nouvelle tentative. La révision de la fiche d&apos;accueil %1 n&apos;est pas encore enregistrée&#xa0;; elle le sera dès que le serveur de la clinique répondra.</translation>
    </message>
    <message>
        <source>Connection lost: retrying</source>
        <translation>Connexion perdue&#xa0;: nouvelle tentative</translation>
    </message>
    <message>
        <source>The database is busy, try again: the review of intake %1 is not stored; the decision is still on the page.</source>
        <translation>La base de données est occupée, réessayez&#xa0;: la révision de la fiche d&apos;accueil %1 n&apos;est pas enregistrée&#xa0;; la décision est toujours sur la page.</translation>
    </message>
    <message>
        <source>Review not saved</source>
        <translation>Révision non enregistrée</translation>
    </message>
    <message>
        <source>Intake %1: suggestion accepted</source>
        <translation>Fiche d&apos;accueil %1&#xa0;: suggestion acceptée</translation>
    </message>
    <message>
        <source>Intake %1: overridden</source>
        <translation>Fiche d&apos;accueil %1&#xa0;: suggestion remplacée</translation>
    </message>
    <message>
        <source>%1, review stored.</source>
        <translation>%1, révision enregistrée.</translation>
    </message>
    <message>
        <source>Reviewed meanwhile</source>
        <translation>Révisée entre-temps</translation>
    </message>
    <message>
        <source>%1 reviewed intake %2 at %3 (%4) while you had it open.</source>
        <translation>%1 a révisé la fiche d&apos;accueil %2 le %3 (%4) pendant que vous l&apos;aviez ouverte.</translation>
    </message>
    <message>
        <source>suggestion accepted</source>
        <translation>suggestion acceptée</translation>
    </message>
    <message>
        <source>suggestion overridden</source>
        <translation>suggestion remplacée</translation>
    </message>
    <message>
        <source>Store your review as well? Both are kept, each with its name and time. Or discard yours and read theirs.</source>
        <translation>Enregistrer aussi votre révision&#xa0;? Les deux sont conservées, chacune avec son nom et son heure. Sinon, abandonnez la vôtre et lisez l&apos;autre.</translation>
    </message>
    <message>
        <source>&amp;Store mine as well</source>
        <translation>&amp;Enregistrer aussi la mienne</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>&amp;Abandonner la mienne</translation>
    </message>
    <message>
        <source>Intake %1 was amended while you were reviewing it.</source>
        <translation>La fiche d&apos;accueil %1 a été modifiée pendant que vous la révisiez.</translation>
    </message>
    <message>
        <source>Intake %1 changed at %2 (version %3, by %4) while you were reviewing it.</source>
        <translation>La fiche d&apos;accueil %1 a changé le %2 (version %3, par %4) pendant que vous la révisiez.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modifiée entre-temps</translation>
    </message>
    <message>
        <source>Your review was not stored. Reload the intake to review what is stored now; what you typed is kept.</source>
        <translation>Votre révision n&apos;a pas été enregistrée. Rechargez la fiche d&apos;accueil pour réviser ce qui est enregistré maintenant&#xa0;; ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
        <source>Intake %1 reloaded: review the version now shown.</source>
        <translation>Fiche d&apos;accueil %1 rechargée&#xa0;: révisez la version maintenant affichée.</translation>
    </message>
    <message>
        <source>Intake %1 changed at %2 (version %3, by %4). Reload to review what is stored now; what you typed is kept.</source>
        <translation>La fiche d&apos;accueil %1 a changé le %2 (version %3, par %4). Rechargez-la pour réviser ce qui est enregistré maintenant&#xa0;; ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
        <source>%1 reviewed intake %2 at %3 (%4) while you had it open. Saving yours asks whether to store it as well.</source>
        <translation>%1 a révisé la fiche d&apos;accueil %2 le %3 (%4) pendant que vous l&apos;aviez ouverte. Quand vous enregistrerez la vôtre, on vous demandera s&apos;il faut l&apos;enregistrer aussi.</translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <source>Nerve compression (cauda equina)</source>
        <translation>Compression nerveuse (syndrome de la queue de cheval)</translation>
    </message>
    <message>
        <source>Fracture</source>
        <translation>Fracture</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infection</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Cancer</translation>
    </message>
    <message>
        <source>Blood vessels</source>
        <translation>Vaisseaux sanguins</translation>
    </message>
    <message>
        <source>Pain that may not be muscular</source>
        <translation>Douleur peut-être non musculaire</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Dépistage</translation>
    </message>
    <message>
        <source>Ask every question. On a question: Y yes, N no, Delete clears (an empty pair means not asked).</source>
        <translation>Posez toutes les questions. Sur une question&#xa0;: O oui, N non, Suppr efface (ni oui ni non coché&#xa0;: question non posée).</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 avec réponse</translation>
    </message>
    <message>
        <source>Neck (asked because the neck is involved)</source>
        <translation>Cou (questions posées car le cou est touché)</translation>
    </message>
    <message>
        <source>Neck (answered, although the neck is not involved now)</source>
        <translation>Cou (réponses données, même si le cou n&apos;est pas touché actuellement)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Screening: %1</source>
        <translation>Dépistage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Clinic server password — Clinic Intake</source>
        <translation>Mot de passe du serveur de la clinique — Clinic Intake</translation>
    </message>
    <message>
        <source>The clinic&apos;s records are on the server:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Les dossiers de la clinique sont sur le serveur&#xa0;:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>Server &amp;password:</source>
        <translation>Mot de &amp;passe du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring, never in a settings file.</source>
        <translation>Conservé dans le trousseau de clés de cet ordinateur, jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so Clinic Intake cannot remember the password: it asks for it at every start.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de clés&#xa0;: Clinic Intake ne peut pas mémoriser le mot de passe et le demande à chaque démarrage.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Checking the backup and restoring it…</source>
        <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restoring the database</source>
        <translation>Restauration de la base de données</translation>
    </message>
    <message>
        <source>Clinic Intake</source>
        <translation>Clinic Intake</translation>
    </message>
    <message>
        <source>The clinic&apos;s database %1 could not be opened again:
%2

Clinic Intake ends now. Start it again; if the database still does not open, restore a backup with clinic-intake-cli restore.</source>
        <translation>Impossible de rouvrir la base de données de la clinique %1&#xa0;:
%2

Clinic Intake va maintenant se fermer. Relancez-le&#xa0;; si la base de données ne s&apos;ouvre toujours pas, restaurez une sauvegarde avec clinic-intake-cli restore.</translation>
    </message>
    <message>
        <source>Sign in with an account of the restored database to go on.</source>
        <translation>Pour continuer, ouvrez une session avec un compte de la base de données restaurée.</translation>
    </message>
    <message>
        <source>The clinic&apos;s database %1 was restored from the backup %2.</source>
        <translation>La base de données de la clinique %1 a été restaurée à partir de la sauvegarde %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>La base de données remplacée est conservée sous le nom %1.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Backup restored, with a problem</source>
        <translation>Sauvegarde restaurée, avec un problème</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
        <source>The backup was not restored.

%1

Nothing was replaced: the clinic&apos;s database is as it was. Sign in again to go on.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée.

%1

Rien n&apos;a été remplacé&#xa0;: la base de données de la clinique est inchangée. Ouvrez de nouveau une session pour continuer.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Where the clinic&apos;s records are</source>
        <translation>Emplacement des dossiers de la clinique</translation>
    </message>
    <message>
        <source>This c&amp;omputer (a file)</source>
        <translation>Cet &amp;ordinateur (un fichier)</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Fichier de base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>A new file is created when it does not exist.</source>
        <translation>Un nouveau fichier est créé s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Clinic &amp;server</source>
        <translation>&amp;Serveur de la clinique</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>Nom d&apos;hôte du serveur</translation>
    </message>
    <message>
        <source>db.clinic.lan</source>
        <translation>db.clinic.lan</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Database name on the server</source>
        <translation>Nom de la base de données sur le serveur</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>clinic</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Nom d&apos;utilisateur sur le serveur</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Mode TLS</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Fichier d&apos;&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>The clinic&apos;s certificate authority file</source>
        <translation>Fichier de l&apos;autorité de certification de la clinique</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Cho&amp;isir…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Choisir le fichier de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>A change of where the records are takes effect when Clinic Intake starts next. The server password is kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>Un changement d&apos;emplacement des dossiers prend effet au prochain démarrage de Clinic Intake. Le mot de passe du serveur est conservé dans le trousseau de clés de cet ordinateur, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Verrouiller après&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes without input before the window locks</source>
        <translation>Minutes d&apos;inactivité avant le verrouillage de la fenêtre</translation>
    </message>
    <message>
        <source>With no typing or mouse use for this long, the window hides the records and asks for the password again; a form in progress is kept. This takes effect at once.</source>
        <translation>Après ce délai sans utilisation du clavier ni de la souris, la fenêtre masque les dossiers et redemande le mot de passe&#xa0;; un formulaire en cours est conservé. Ce réglage prend effet immédiatement.</translation>
    </message>
    <message>
        <source>Check the certificate and the server&apos;s name (recommended)</source>
        <translation>Vérifier le certificat et le nom du serveur (recommandé)</translation>
    </message>
    <message>
        <source>Check the certificate only</source>
        <translation>Vérifier le certificat seulement</translation>
    </message>
    <message>
        <source>Encrypt, check nothing (not recommended)</source>
        <translation>Chiffrer sans rien vérifier (déconseillé)</translation>
    </message>
    <message>
        <source>Clinic Intake database (*.sqlite)</source>
        <translation>Base de données Clinic Intake (*.sqlite)</translation>
    </message>
    <message>
        <source>The clinic&apos;s certificate authority</source>
        <translation>Autorité de certification de la clinique</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keyring</source>
        <translation>conservé dans le trousseau de clés</translation>
    </message>
    <message>
        <source>Only a manager can change these settings: they decide where the clinic&apos;s records are kept and how soon an unattended window locks.</source>
        <translation>Seul un gestionnaire peut changer ces paramètres&#xa0;: ils déterminent où sont conservés les dossiers de la clinique et quand une fenêtre laissée sans surveillance se verrouille.</translation>
    </message>
    <message>
        <source>OK tries the records at the new place at once. The server password is kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>OK tente aussitôt d&apos;ouvrir les dossiers au nouvel emplacement. Le mot de passe du serveur est conservé dans le trousseau de clés de cet ordinateur, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>The clinic&apos;s records could not be opened, so only where they are can be changed now. The change is recorded in the audit log once the records open.</source>
        <translation>Les dossiers de la clinique n&apos;ont pas pu être ouverts&#xa0;: seul leur emplacement peut être changé pour l&apos;instant. Le changement sera consigné dans le journal d&apos;audit dès l&apos;ouverture des dossiers.</translation>
    </message>
    <message>
        <source>Changes are recorded in the audit log under your name.</source>
        <translation>Les changements sont consignés dans le journal d&apos;audit à votre nom.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) idle</source>
        <translation>
            <numerusform>%n minute d&apos;inactivité</numerusform>
            <numerusform>%n minutes d&apos;inactivité</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the server&apos;s %1.</source>
        <translation>Entrez le %1 du serveur.</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>nom d&apos;hôte</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>nom de la base de données</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s certificate authority file (CA file): without it the server&apos;s certificate cannot be checked.</source>
        <translation>Choisissez le fichier de l&apos;autorité de certification de la clinique (fichier d&apos;AC)&#xa0;: sans lui, le certificat du serveur ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>Choisissez un fichier de base de données.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Connected: a Clinic Intake database (schema %1).</source>
        <translation>Connecté&#xa0;: base de données Clinic Intake (schéma %1).</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Mot de passe non mémorisé</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep the server password (%1), so Clinic Intake will ask for it when it starts. It is never written to the settings file.</source>
        <translation>Le trousseau de clés de cet ordinateur n&apos;a pas pu conserver le mot de passe du serveur (%1)&#xa0;: Clinic Intake le demandera au démarrage. Il n&apos;est jamais écrit dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>The language of menus, forms and dates on this computer; it changes at once. Everyone may choose it.</source>
        <translation>La langue des menus, des formulaires et des dates sur cet ordinateur&#xa0;; elle change aussitôt. Chacun peut la choisir.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Clinic Intake</source>
        <translation>Ouverture de session — Clinic Intake</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Clinic Intake&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Clinic Intake&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Ouvrir une session</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Clinic Intake</source>
        <translation>Quitter Clinic Intake</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Entrez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Entrez votre mot de passe.</translation>
    </message>
    <message>
        <source>Check the user name, and whether Caps Lock is on.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et si la touche Verr. Maj est activée.</translation>
    </message>
    <message>
        <source>The sign-in could not be checked: %1</source>
        <translation>Impossible de vérifier l&apos;ouverture de session&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Not asked yet (click to answer)</source>
        <translation>Pas encore posées (cliquez pour répondre)</translation>
    </message>
    <message>
        <source>Medical clearance</source>
        <translation>Autorisation médicale</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>Focus on</source>
        <translation>Muscles ciblés</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Mises en garde</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Conseils d&apos;autosoins</translation>
    </message>
    <message>
        <source>Why (rules that fired)</source>
        <translation>Pourquoi (règles déclenchées)</translation>
    </message>
    <message>
        <source>Show the rules that fired</source>
        <translation>Afficher les règles déclenchées</translation>
    </message>
    <message>
        <source>Show evidence</source>
        <translation>Voir les sources</translation>
    </message>
    <message>
        <source>Show the evidence behind each rule</source>
        <translation>Afficher les données probantes de chaque règle</translation>
    </message>
    <message>
        <source>The sources the rules file gives for each rule (also shown when you hover a line).</source>
        <translation>Les sources que le fichier de règles donne pour chaque règle (aussi affichées au survol d&apos;une ligne).</translation>
    </message>
    <message>
        <source>Hide evidence</source>
        <translation>Masquer les sources</translation>
    </message>
    <message>
        <source>No suggestion yet</source>
        <translation>Pas encore de suggestion</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) still need attention on the form.</source>
        <translation>
            <numerusform>%n réponse est encore à revoir dans le formulaire.</numerusform>
            <numerusform>%n réponses sont encore à revoir dans le formulaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the client and the pain to see one.</source>
        <translation>Remplissez les sections Client et Douleur pour en voir une.</translation>
    </message>
    <message>
        <source>Click (or press Space) to go to this question on the form.</source>
        <translation>Cliquez (ou appuyez sur Espace) pour aller à cette question dans le formulaire.</translation>
    </message>
    <message>
        <source>Go to the question: %1</source>
        <translation>Aller à la question&#xa0;: %1</translation>
    </message>
    <message>
        <source>REFER OUT — EMERGENCY
Do not start a massage. Possible emergency: send the client to emergency care now.</source>
        <translation>DIRIGER VERS UN MÉDECIN — URGENCE IMMÉDIATE
Ne commencez pas de massage. Urgence possible&#xa0;: envoyez le client aux urgences maintenant.</translation>
    </message>
    <message>
        <source>REFER OUT — URGENT
Do not start a massage. The client should see a physician today.</source>
        <translation>DIRIGER VERS UN MÉDECIN — URGENT
Ne commencez pas de massage. Le client devrait consulter un médecin aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>REFER OUT — ROUTINE
Pain may not be muscular. Recommend a physician visit before massage.</source>
        <translation>DIRIGER VERS UN MÉDECIN — NON URGENT
La douleur n&apos;est peut-être pas d&apos;origine musculaire. Recommandez une consultation médicale avant le massage.</translation>
    </message>
    <message>
        <source>Screening incomplete: %1. The urgency may be higher than shown.</source>
        <translation>Dépistage incomplet&#xa0;: %1. L&apos;urgence peut être plus élevée qu&apos;indiqué.</translation>
    </message>
    <message>
        <source>SCREENING INCOMPLETE
%1. No plan until every one is answered yes or no.</source>
        <translation>DÉPISTAGE INCOMPLET
%1. Aucun plan tant que chacune n&apos;a pas reçu une réponse oui ou non.</translation>
    </message>
    <message numerus="yes">
        <source>The clearance of %1 is more than %n day(s) old: it clears nothing.</source>
        <translation>
            <numerusform>L&apos;autorisation du %1 date de plus de %n jour&#xa0;: elle est sans effet.</numerusform>
            <numerusform>L&apos;autorisation du %1 date de plus de %n jours&#xa0;: elle est sans effet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearance of %1: none of its flags was raised.</source>
        <translation>Autorisation du %1&#xa0;: aucun des signaux d&apos;alarme qu&apos;elle couvre n&apos;est présent.</translation>
    </message>
    <message>
        <source>Cleared on %1 for: %2</source>
        <translation>Autorisation donnée le %1 pour&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cleared by %1 on %2 for: %3</source>
        <translation>Autorisation donnée par %1 le %2 pour&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cleared for: %1</source>
        <translation>Autorisation pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Screening incomplete</source>
        <translation>Dépistage incomplet</translation>
    </message>
    <message>
        <source>No plan is offered until every required question has been answered.</source>
        <translation>Aucun plan n&apos;est proposé tant que toutes les questions obligatoires n&apos;ont pas reçu de réponse.</translation>
    </message>
    <message>
        <source>Pressure: %1 (the client asked for %2: see Why)</source>
        <translation>Pression&#xa0;: %1 (pression demandée&#xa0;: %2&#xa0;; voir Pourquoi)</translation>
    </message>
    <message>
        <source>Pressure: %1 (below the usual %2: see Why)</source>
        <translation>Pression&#xa0;: %1 (sous la pression habituelle&#xa0;: %2&#xa0;; voir Pourquoi)</translation>
    </message>
    <message>
        <source>Pressure: %1</source>
        <translation>Pression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pressure: none (no massage)</source>
        <translation>Pression&#xa0;: aucune (pas de massage)</translation>
    </message>
    <message>
        <source>Pressure: —</source>
        <translation>Pression&#xa0;: —</translation>
    </message>
    <message>
        <source>A general back massage</source>
        <translation>Massage général du dos</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>⊘ Do not work on: %1</source>
        <translation>⊘ Ne pas travailler sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <source>The rules file names no evidence for this rule.</source>
        <translation>Le fichier de règles ne cite aucune donnée probante pour cette règle.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Données probantes&#xa0;:</translation>
    </message>
    <message>
        <source>No evidence named.</source>
        <translation>Aucune donnée probante citée.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Données probantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rules version %1</source>
        <translation>Version des règles %1</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users — Clinic Intake</source>
        <translation>Utilisateurs — Clinic Intake</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>Accounts are never deleted: disable the account of someone who has left. Their name stays in the audit log and cannot be given to anyone else.</source>
        <translation>Les comptes ne sont jamais supprimés&#xa0;: désactivez le compte d&apos;une personne qui est partie. Son nom reste dans le journal d&apos;audit et ne peut être attribué à personne d&apos;autre.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked out until %1</source>
        <translation>Verrouillé jusqu&apos;à %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s), %1 enabled.</source>
        <translation>
            <numerusform>%Ln compte (activé&#xa0;: %1).</numerusform>
            <numerusform>%Ln comptes (activés&#xa0;: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>Désactiver %1&#xa0;?</translation>
    </message>
    <message>
        <source>Disable the account of %1?

%1 can no longer sign in. Their intakes, reviews and audit entries stay. A disabled account cannot be enabled again; add a new account if they come back.</source>
        <translation>Désactiver le compte de %1&#xa0;?

%1 ne pourra plus ouvrir de session. Ses fiches d&apos;accueil, révisions et entrées du journal d&apos;audit sont conservées. Un compte désactivé ne peut pas être réactivé&#xa0;; ajoutez un nouveau compte si la personne revient.</translation>
    </message>
    <message>
        <source>&amp;Disable %1</source>
        <translation>&amp;Désactiver %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Clinic Intake desktop application</source>
        <translation>Clinic Intake, application de bureau</translation>
    </message>
    <message>
        <source>Open this database file (or postgresql:// server URI, without a password) instead of the one in the settings.</source>
        <translation>Ouvrir ce fichier de base de données (ou cette URI de serveur postgresql://, sans mot de passe) au lieu de celui des paramètres.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Print the version, with the built-in rules&apos; version, the database schema&apos;s and those of Qt, SQLite and libpq.</source>
        <translation>Afficher la version, avec celle des règles intégrées, du schéma de la base de données, de Qt, de SQLite et de libpq.</translation>
    </message>
</context>
</TS>
