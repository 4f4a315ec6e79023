<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupNowDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="77" />
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="78" />
        <source>Checking the database, then copying it…</source>
        <translation>Vérification de la base, puis copie…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="83" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="117" />
        <source>Backup checked and saved:
%1
%2, %3 patients.</source>
        <translation>Sauvegarde vérifiée et enregistrée :
%1
%2, %3 patientes.</translation>
    </message>
</context>
<context>
    <name>CorruptDatabaseBox</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="264" />
        <source>Damaged database</source>
        <translation>Base endommagée</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="273" />
        <source>Restore the backup of %1</source>
        <translation>Restaurer la sauvegarde du %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="276" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="97" />
        <source>HepMeta — First start</source>
        <translation>HepMeta — Premier démarrage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hepmeta_desktop/ui/login.py" line="109" />
        <source>This registry has no accounts yet. Create the administrator's account: the administrator then creates the accounts of the secretaries and surgeons, and manages backups. Password: at least %n characters.</source>
        <translation><numerusform>Ce registre n'a encore aucun compte. Créez le compte de l'administrateur : il créera ensuite les comptes des secrétaires et des chirurgiens, et gérera les sauvegardes. Mot de passe : au moins %n caractères.</numerusform><numerusform>Ce registre n'a encore aucun compte. Créez le compte de l'administrateur : il créera ensuite les comptes des secrétaires et des chirurgiens, et gérera les sauvegardes. Mot de passe : au moins %n caractères.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="118" />
        <source>Administrator's &amp;name:</source>
        <translation>&amp;Nom de l'administrateur :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="119" />
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="120" />
        <source>&amp;Confirm the password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="124" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="125" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="137" />
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/idle_lock.py" line="59" />
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/idle_lock.py" line="62" />
        <source>Locked after a period without activity. %1, type your password to go on: what you were typing is kept.</source>
        <translation>Verrouillée après un moment sans activité. %1, tapez votre mot de passe pour continuer : votre saisie en cours est conservée.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/idle_lock.py" line="69" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/idle_lock.py" line="74" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="49" />
        <source>HepMeta — Sign in</source>
        <translation>HepMeta — Connexion</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="57" />
        <source>&amp;User name:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="58" />
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="62" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="63" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="67" />
        <source>Sign in to open the registry.</source>
        <translation>Connectez-vous pour ouvrir le registre.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="162" />
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="220" />
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="166" />
        <source>Choose the backup to put back. The current database is not deleted: it is kept aside, beside it. Backups folder: %1</source>
        <translation>Choisissez la sauvegarde à remettre en place. La base actuelle n'est pas effacée : elle est mise de côté, à côté d'elle. Dossier des sauvegardes : %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="173" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="173" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="173" />
        <source>Patients</source>
        <translation>Patientes</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="200" />
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="202" />
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="230" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="223" />
        <source>Put back the backup of %1 (%2 patients)?

Everything saved after that moment will no longer be in the registry (the current file is kept aside).</source>
        <translation>Remettre en place la sauvegarde du %1 (%2 patientes) ?

Tout ce qui a été enregistré après ce moment ne sera plus dans le registre (le fichier actuel est mis de côté).</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="229" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>SessionIndicator</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/sessions_indicator.py" line="52" />
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
</context>
</TS>