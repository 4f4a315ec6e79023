<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/about.py" line="68"/>
        <source>About HepMeta</source>
        <translation>À propos de HepMeta</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/about.py" line="77"/>
        <source>Registry of liver surgery for breast-cancer liver metastases: data entry, survival analysis and reports.</source>
        <translation>Registre de la chirurgie des métastases hépatiques du cancer du sein : saisie, analyse de survie et rapports.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/about.py" line="80"/>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/about.py" line="81"/>
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/about.py" line="93"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/about.py" line="93"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/about.py" line="105"/>
        <source>Built with:</source>
        <translation>Construit avec :</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="204"/>
        <source>The administrator</source>
        <translation>L'administrateur</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="207"/>
        <source>This account adds the other users. Choose a password of at least 8 characters and keep it safe.</source>
        <translation>Ce compte ajoute les autres utilisateurs. Choisissez un mot de passe d'au moins 8 caractères et conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="221"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d'utilisateur :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="222"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="223"/>
        <source>&amp;Confirm the password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="232"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="111"/>
        <source>Audit trail of the patient</source>
        <translation>Historique des modifications de la patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="114"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="115"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="116"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="127"/>
        <source>News: {0}</source>
        <translation>Nouvelles : {0}</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="143"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="144"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="145"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="146"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="147"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="148"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="149"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="250"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="253"/>
        <source>HepMeta copies the registry into this folder. A folder on another disk or on the hospital network protects the data if this PC fails.</source>
        <translation>HepMeta copie le registre dans ce dossier. Un dossier sur un autre disque ou sur le réseau de l'hôpital protège les données si ce poste tombe en panne.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="259"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="263"/>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier des sauvegardes :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="274"/>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="282"/>
        <source>Type or choose a folder.</source>
        <translation>Tapez ou choisissez un dossier.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="290"/>
        <source>This folder cannot be written: </source>
        <translation>Impossible d'écrire dans ce dossier : </translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="103"/>
        <source>Welcome to HepMeta Desktop</source>
        <translation>Bienvenue dans HepMeta Desktop</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="104"/>
        <source>Which registry should HepMeta open at every start?</source>
        <translation>Quel registre HepMeta doit-il ouvrir à chaque démarrage ?</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="105"/>
        <source>&amp;Create a new registry</source>
        <translation>&amp;Créer un nouveau registre</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="106"/>
        <source>&amp;Open an existing registry file</source>
        <translation>&amp;Ouvrir un registre existant</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="107"/>
        <source>Try the &amp;demonstration (fictional patients)</source>
        <translation>Essayer la &amp;démonstration (patientes fictives)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="114"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="120"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="129"/>
        <source>The registry used until now cannot be found: %1</source>
        <translation>Le registre utilisé jusqu'ici est introuvable : %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="152"/>
        <source>Open a registry</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="156"/>
        <source>New registry</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="171"/>
        <source>Type or choose the file of the registry.</source>
        <translation>Tapez ou choisissez le fichier du registre.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="176"/>
        <source>This file already exists: choose “Open an existing registry file”.</source>
        <translation>Ce fichier existe déjà : choisissez « Ouvrir un registre existant ».</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="180"/>
        <source>There is no file here: check the folder and the name.</source>
        <translation>Aucun fichier à cet endroit : vérifiez le dossier et le nom.</translation>
    </message>
</context>
<context>
    <name>DerivedBox</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="52"/>
        <source>Computed values (read-only)</source>
        <translation>Valeurs calculées (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="63"/>
        <source>Age at liver surgery:</source>
        <translation>Âge à la chirurgie hépatique :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="64"/>
        <source>Delay since breast surgery:</source>
        <translation>Délai depuis la chirurgie du sein :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="65"/>
        <source>Presentation:</source>
        <translation>Présentation :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="66"/>
        <source>Overall survival:</source>
        <translation>Survie globale :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="75"/>
        <source>{0} years</source>
        <translation>{0} ans</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="80"/>
        <source>{0} months ({1} years)</source>
        <translation>{0} mois ({1} ans)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="86"/>
        <source>synchronous (within 6 months)</source>
        <translation>synchrone (dans les 6 mois)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="87"/>
        <source>metachronous</source>
        <translation>métachrone</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="92"/>
        <source>not computable (no news after surgery)</source>
        <translation>non calculable (pas de nouvelles après la chirurgie)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="94"/>
        <source>{0} months, dead</source>
        <translation>{0} mois, décédée</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="97"/>
        <source>{0} months, alive at latest news (censored)</source>
        <translation>{0} mois, vivante aux dernières nouvelles (censurée)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/fields.py" line="131"/>
        <source>DD/MM/YYYY</source>
        <extracomment>Letters typed within this time in a list add up to one search (&quot;Mastectomie totale&quot;).</extracomment>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/field_text.py" line="94"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/field_text.py" line="97"/>
        <source>Unit: {0}</source>
        <translation>Unité : {0}</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/field_text.py" line="101"/>
        <source>Range: {0}</source>
        <translation>Limites : {0}</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/field_text.py" line="104"/>
        <source>Type the date as DD/MM/YYYY (or 8 digits)</source>
        <translation>Tapez la date en JJ/MM/AAAA (ou 8 chiffres)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="317"/>
        <source>HepMeta Desktop — first start</source>
        <translation>HepMeta Desktop — premier démarrage</translation>
    </message>
</context>
<context>
    <name>FollowupTab</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/followup_tab.py" line="116"/>
        <source>&amp;New news</source>
        <extracomment>The user asked to delete the selected news. The user asked to save the news being typed. The editor now shows another piece of news (or a blank one). Asked before the editor drops typed news (the controller&apos;s unsaved-changes guard).</extracomment>
        <translation>&amp;Ajouter des nouvelles</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/followup_tab.py" line="118"/>
        <source>Save news</source>
        <translation>Enregistrer les nouvelles</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/followup_tab.py" line="120"/>
        <source>&amp;Delete this news…</source>
        <translation>&amp;Supprimer ces nouvelles…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/followup_tab.py" line="133"/>
        <source>News, oldest first (click a line to correct it)</source>
        <translation>Nouvelles, des plus anciennes aux plus récentes (cliquez une ligne pour la corriger)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/followup_tab.py" line="178"/>
        <source>New news</source>
        <translation>Nouvelles à saisir</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/followup_tab.py" line="182"/>
        <source>Correcting the news of {0}</source>
        <translation>Correction des nouvelles du {0}</translation>
    </message>
</context>
<context>
    <name>FollowupTableModel</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/followup_tab.py" line="43"/>
        <source>Date of news</source>
        <translation>Date des nouvelles</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/followup_tab.py" line="44"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/followup_tab.py" line="45"/>
        <source>Recurrence</source>
        <translation>Récidive</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/followup_tab.py" line="46"/>
        <source>Date of death</source>
        <translation>Date du décès</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/followup_tab.py" line="47"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/guide.py" line="57"/>
        <source>HepMeta — user guide</source>
        <translation>HepMeta — guide d'utilisation</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/guide.py" line="68"/>
        <source>Search the guide (Ctrl+F, then Enter)</source>
        <translation>Chercher dans le guide (Ctrl+F, puis Entrée)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/guide.py" line="89"/>
        <source>The user guide is not installed with this copy.</source>
        <translation>Le guide d'utilisation n'est pas installé avec cette copie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="89"/>
        <source>HepMeta — {0}</source>
        <extracomment>Windows opened from File → Open (kept referenced so Python does not collect them). Rows shown at once at start; a longer list loads the rest in a thread. Dialogs built on other branches, opened if present: (module, class). A quiet look: framed sections with a coloured title, like the paper file&apos;s boxes.</extracomment>
        <translation>HepMeta — {0}</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="187"/>
        <source>Typing that was not saved was found (last change {0}). Restore it?</source>
        <translation>Une saisie non enregistrée a été retrouvée (dernière modification {0}). La restaurer ?</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="218"/>
        <source>This function is not available in this version of HepMeta.</source>
        <translation>Cette fonction n'est pas disponible dans cette version de HepMeta.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="231"/>
        <source>The analysis panel is not available in this version.</source>
        <translation>Le panneau d'analyse n'est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="251"/>
        <source>Audit trail</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="251"/>
        <source>Open a saved patient first.</source>
        <translation>Ouvrez d'abord une patiente enregistrée.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="302"/>
        <source>New database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="302"/>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="306"/>
        <source>HepMeta database (*.db)</source>
        <translation>Base HepMeta (*.db)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="306"/>
        <source>Open a database</source>
        <translation>Ouvrir une base</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="35"/>
        <source>&amp;New patient</source>
        <translation>&amp;Nouvelle patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="42"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="49"/>
        <source>New ne&amp;ws</source>
        <translation>Ajouter des no&amp;uvelles</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="57"/>
        <source>New &amp;database…</source>
        <translation>Nouvelle &amp;base…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="63"/>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="71"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="73"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="79"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="81"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="88"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="90"/>
        <source>Back up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="96"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="98"/>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="110"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="111"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="114"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="127"/>
        <source>&amp;Find a patient</source>
        <translation>&amp;Rechercher une patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="135"/>
        <source>&amp;Delete this patient…</source>
        <translation>&amp;Supprimer cette patiente…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="139"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="143"/>
        <source>Patient</source>
        <translation>Patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="144"/>
        <source>Metastases and surgery</source>
        <translation>Métastases et chirurgie</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="145"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="146"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="151"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="153"/>
        <source>Data &amp;quality…</source>
        <translation>&amp;Qualité des données…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="158"/>
        <source>&amp;Audit trail of this patient…</source>
        <translation>&amp;Historique de cette patiente…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="165"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="169"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="173"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="177"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d'utilisation</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="178"/>
        <source>&amp;About HepMeta</source>
        <translation>À &amp;propos de HepMeta</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message numerus="yes">
        <location filename="../../hepmeta_desktop/ui/banner.py" line="45"/>
        <source>• and %n other field(s), marked in red</source>
        <extracomment>Beyond this, the banner counts the other fields: they are marked in red anyway.</extracomment>
        <translation>
            <numerusform>• et %n autre champ, marqué en rouge</numerusform>
            <numerusform>• et %n autres champs, marqués en rouge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hepmeta_desktop/ui/banner.py" line="47"/>
        <source>Nothing was saved. %n field(s) to correct:</source>
        <translation>
            <numerusform>Rien n'a été enregistré. %n champ à corriger :</numerusform>
            <numerusform>Rien n'a été enregistré. %n champs à corriger :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientEditor</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="83"/>
        <source>&amp;Patient</source>
        <extracomment>A patient was saved (the list updates its line). A patient was deleted. The user asked to open another patient (e.g. the owner of a record number).</extracomment>
        <translation>&amp;Patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="84"/>
        <source>&amp;Metastases &amp;&amp; surgery</source>
        <translation>&amp;Métastases &amp;&amp; chirurgie</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="85"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="86"/>
        <source>The analysis panel opens here.</source>
        <translation>Le panneau d'analyse s'ouvre ici.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="88"/>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="128"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="157"/>
        <source>New patient</source>
        <translation>Nouvelle patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="161"/>
        <source>{0} {1} — record {2}</source>
        <translation>{0} {1} — dossier {2}</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="298"/>
        <source>You are changing data already saved. Why?</source>
        <translation>Vous modifiez des données déjà enregistrées. Pour quelle raison ?</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="327"/>
        <source>Saved at {0}.</source>
        <translation>Enregistré à {0}.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="357"/>
        <source>Not saved: possible duplicate.</source>
        <translation>Non enregistré : doublon possible.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/deletions.py" line="21"/>
        <source>Delete the news of {0}? Why?</source>
        <translation>Supprimer les nouvelles du {0} ? Pour quelle raison ?</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/deletions.py" line="35"/>
        <source>News deleted.</source>
        <translation>Nouvelles supprimées.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/deletions.py" line="44"/>
        <source>Delete this patient and all her news? Why?</source>
        <translation>Supprimer cette patiente et toutes ses nouvelles ? Pour quelle raison ?</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/deletions.py" line="56"/>
        <source>Patient deleted.</source>
        <translation>Patiente supprimée.</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="118"/>
        <source>Identity</source>
        <extracomment>A field is about to take the focus: the tab page holding it should be shown.</extracomment>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="119"/>
        <source>Breast cancer (primary)</source>
        <translation>Cancer du sein (tumeur primitive)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="125"/>
        <source>Adjuvant treatment</source>
        <translation>Traitement adjuvant</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="128"/>
        <source>Liver metastases</source>
        <translation>Métastases hépatiques</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_form.py" line="129"/>
        <source>Liver operation</source>
        <translation>Intervention hépatique</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="91"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="92"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="93"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="94"/>
        <source>Liver surg.</source>
        <translation>Chir. hép.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="95"/>
        <source>Surgeon</source>
        <translation>Chirurgien</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="96"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="97"/>
        <source>Latest news</source>
        <translation>Dernières nouvelles</translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="294"/>
        <source>Search: record number or name (Ctrl+F)</source>
        <translation>Rechercher : n° de dossier ou nom (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="353"/>
        <source>Loading the list of {0} patients…</source>
        <translation>Chargement de la liste des {0} patientes…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="359"/>
        <source>1 patient</source>
        <translation>1 patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="359"/>
        <source>{0} patients</source>
        <translation>{0} patientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="362"/>
        <source>%n of {0} patient(s)</source>
        <translation>
            <numerusform>%n patiente sur {0}</numerusform>
            <numerusform>%n patientes sur {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="76"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="78"/>
        <source>This file has changes that are not saved yet.</source>
        <translation>Ce dossier contient des modifications non encore enregistrées.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="80"/>
        <source>Save them before leaving?</source>
        <translation>Les enregistrer avant de le quitter ?</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="100"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="101"/>
        <source>Save this patient anyway?</source>
        <translation>Enregistrer quand même cette patiente ?</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="111"/>
        <source>Record number already used</source>
        <translation>Numéro de dossier déjà utilisé</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="114"/>
        <source>Open that patient</source>
        <translation>Ouvrir cette patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="124"/>
        <source>Restore unsaved typing?</source>
        <translation>Restaurer la saisie non enregistrée ?</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="59"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="62"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="62"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="69"/>
        <source>%n problem(s) found. Double-click a line to open the patient.</source>
        <translation>
            <numerusform>%n problème trouvé. Double-cliquez une ligne pour ouvrir la patiente.</numerusform>
            <numerusform>%n problèmes trouvés. Double-cliquez une ligne pour ouvrir la patiente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="72"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="72"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="72"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="28"/>
        <source>Typing error</source>
        <translation>Erreur de saisie</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="29"/>
        <source>Additional information</source>
        <translation>Information complémentaire</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="30"/>
        <source>Correction from the medical file</source>
        <translation>Correction d'après le dossier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="31"/>
        <source>Information from the patient or the GP</source>
        <translation>Information de la patiente ou du médecin traitant</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="32"/>
        <source>Duplicate record</source>
        <translation>Dossier en double</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="42"/>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="53"/>
        <source>Details (optional)</source>
        <translation>Précisions (facultatif)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="54"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="55"/>
        <source>Details:</source>
        <translation>Précisions :</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="199"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="209"/>
        <source>Interface language:</source>
        <translation>Langue de l'interface :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="213"/>
        <source>Registry opened at start:</source>
        <translation>Registre ouvert au démarrage :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="214"/>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="229"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="223"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="224"/>
        <source>Lock the window after (without use):</source>
        <translation>Verrouiller la fenêtre après (sans utilisation) :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="228"/>
        <source>Backup folder:</source>
        <translation>Dossier des sauvegardes :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="232"/>
        <source>The new language and registry apply when HepMeta is started again.</source>
        <translation>La nouvelle langue et le nouveau registre s'appliquent au prochain démarrage de HepMeta.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="255"/>
        <source>Registry opened at start</source>
        <translation>Registre ouvert au démarrage</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="263"/>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="275"/>
        <source>There is no registry file here: %1</source>
        <translation>Aucun fichier de registre à cet endroit : %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="296"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="299"/>
        <source>New patient</source>
        <translation>Nouvelle patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="300"/>
        <source>Save the patient and the news being typed</source>
        <translation>Enregistrer la patiente et les nouvelles en cours de saisie</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="301"/>
        <source>Search the list (record number or name)</source>
        <translation>Rechercher dans la liste (n° de dossier ou nom)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="302"/>
        <source>Undo / redo the last changes of the form</source>
        <translation>Annuler / rétablir les dernières modifications du formulaire</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="303"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="303"/>
        <source>Next field</source>
        <translation>Champ suivant</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="304"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="304"/>
        <source>Next / previous field</source>
        <translation>Champ suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="305"/>
        <source>Show a tab (Patient, Surgery, Follow-up, Analysis)</source>
        <translation>Afficher un onglet (Patiente, Chirurgie, Suivi, Analyse)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="306"/>
        <source>New news for this patient</source>
        <translation>Ajouter des nouvelles pour cette patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="307"/>
        <source>Letters in a list</source>
        <translation>Lettres dans une liste</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="307"/>
        <source>Choose the answer starting with them</source>
        <translation>Choisir la réponse qui commence par elles</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="308"/>
        <source>Delete (in a list)</source>
        <translation>Suppr (dans une liste)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="308"/>
        <source>Back to &apos;not recorded&apos; (—)</source>
        <translation>Revenir à « non renseigné » (—)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="309"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="309"/>
        <source>Tick or untick a box</source>
        <translation>Cocher ou décocher une case</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="310"/>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="313"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="313"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/field_text.py" line="82"/>
        <source>days</source>
        <extracomment>Units of the dictionary that are words (symbols such as mm or U/mL stay as they are).</extracomment>
        <translation>jours</translation>
    </message>
</context>
</TS>
