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
    <name>AccountDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="55"/>
        <source>Change the role of %1</source>
        <translation>Changer le profil de %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="57"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="68"/>
        <source>as typed in the Surgeon field</source>
        <translation>tel que saisi dans le champ Chirurgien</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="69"/>
        <source>Sees only this surgeon&apos;s own series</source>
        <translation>Ne voit que la série de ce chirurgien</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="78"/>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="79"/>
        <source>&amp;Role:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="80"/>
        <source>&amp;Surgeon&apos;s name:</source>
        <translation>Nom du &amp;chirurgien :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="83"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="84"/>
        <source>&amp;Confirm the password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="85"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="91"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="91"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="92"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="113"/>
        <source>Type the surgeon&apos;s name to limit the account to their series.</source>
        <translation>Saisissez le nom du chirurgien pour limiter le compte à sa série.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="165"/>
        <source>The administrator</source>
        <translation>L&apos;administrateur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="168"/>
        <source>This account adds the other users. Choose a password of at least %n characters and keep it safe.</source>
        <translation>
            <numerusform>Ce compte ajoute les autres utilisateurs. Choisissez un mot de passe d&apos;au moins %n caractère et conservez-le en lieu sûr.</numerusform>
            <numerusform>Ce compte ajoute les autres utilisateurs. Choisissez un mot de passe d&apos;au moins %n caractères et conservez-le en lieu sûr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="180"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="181"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="182"/>
        <source>&amp;Confirm the password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="70"/>
        <source>All surgeons</source>
        <extracomment>&quot;Report…&quot; was clicked: the window opens the report dialog with ``options()``.</extracomment>
        <translation>Tous les chirurgiens</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="71"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="72"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="74"/>
        <source>All procedures</source>
        <translation>Tous les gestes</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="78"/>
        <source>Leave out patients failing a criterion</source>
        <translation>Exclure les patientes ne remplissant pas un critère</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="81"/>
        <source>No grouping</source>
        <translation>Pas de comparaison</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="88"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="89"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="91"/>
        <source>Overall survival</source>
        <translation>Survie globale</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="92"/>
        <source>Recurrence-free survival</source>
        <translation>Survie sans récidive</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="93"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="94"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="95"/>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="96"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="98"/>
        <source>Not computed yet.</source>
        <translation>Pas encore calculé.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="103"/>
        <source>Surgeon</source>
        <translation>Chirurgien</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="109"/>
        <source>Procedure</source>
        <translation>Geste</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="114"/>
        <source>Inclusion criteria:</source>
        <translation>Critères d&apos;inclusion :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="122"/>
        <source>Compare by</source>
        <translation>Comparer selon</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="122"/>
        <source>Curve</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="123"/>
        <source>95% CI</source>
        <translation>IC 95 %</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="123"/>
        <source>Time in</source>
        <translation>Temps en</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="135"/>
        <source>Survival</source>
        <translation>Survie</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="136"/>
        <source>Table 1</source>
        <translation>Tableau 1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="137"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="138"/>
        <source>Exclusions and checks</source>
        <translation>Exclusions et contrôles</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="202"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="203"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="206"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="211"/>
        <source>Drafted Results paragraph</source>
        <translation>Paragraphe Résultats (brouillon)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="219"/>
        <source>Outcomes of surgery</source>
        <translation>Résultats de la chirurgie</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="230"/>
        <source>Left out by the selection</source>
        <translation>Exclues par la sélection</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="231"/>
        <source>Cannot enter the survival curves</source>
        <translation>Hors des courbes de survie</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="234"/>
        <source>Inconsistencies and missing data</source>
        <translation>Incohérences et données manquantes</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="284"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="296"/>
        <source>The analysis failed: %1</source>
        <translation>L&apos;analyse a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="368"/>
        <source>Export the figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="369"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_panel.py" line="369"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>AnalysisTexts</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="41"/>
        <source>Metachronous</source>
        <translation>Métachrones</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="42"/>
        <source>Liver only</source>
        <translation>Limitées au foie</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="43"/>
        <source>Solitary</source>
        <translation>Uniques</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="44"/>
        <source>Response or stability</source>
        <translation>Réponse ou stabilité</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="45"/>
        <source>Good general state (PS 0–1)</source>
        <translation>Bon état général (OMS 0–1)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="46"/>
        <source>R0</source>
        <translation>R0</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="50"/>
        <source>log-log (lifelines)</source>
        <translation>log-log (lifelines)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="50"/>
        <source>log (R default)</source>
        <translation>log (défaut de R)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="54"/>
        <source>other surgeon</source>
        <translation>autre chirurgien</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="55"/>
        <source>operated outside the period</source>
        <translation>opérée hors de la période</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="56"/>
        <source>other procedure</source>
        <translation>autre geste</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="57"/>
        <source>no news after the liver surgery</source>
        <translation>aucune nouvelle après la chirurgie hépatique</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="58"/>
        <source>no liver surgery date</source>
        <translation>pas de date de chirurgie hépatique</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="62"/>
        <source>fails: %1</source>
        <translation>ne remplit pas : %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="67"/>
        <source>%1 of %2 patients selected</source>
        <translation>%1 patientes sélectionnées sur %2</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="72"/>
        <source>%1 left out (see Exclusions)</source>
        <translation>%1 exclues (voir Exclusions)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="79"/>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="85"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="85"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="92"/>
        <source>n = %1, events = %2</source>
        <translation>n = %1, événements = %2</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="93"/>
        <source>median %1 %2 (95% CI %3–%4)</source>
        <translation>médiane %1 %2 (IC 95 % %3–%4)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="101"/>
        <source>%1 months: %2% (%3–%4), at risk %5</source>
        <translation>%1 mois : %2 % (%3–%4), à risque %5</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="109"/>
        <source>median follow-up %1 %2</source>
        <translation>suivi médian %1 %2</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="114"/>
        <source>HR %1 vs %2: %3 (%4–%5)</source>
        <translation>HR %1 / %2 : %3 (%4–%5)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="118"/>
        <source>log-rank χ² = %1, p = %2</source>
        <translation>log-rank χ² = %1, p = %2</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="122"/>
        <source>%1 patient(s) cannot enter the curve</source>
        <translation>%1 patiente(s) hors de la courbe</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="126"/>
        <source>95% CI: %1</source>
        <translation>IC 95 % : %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="142"/>
        <source>Morbidity (Clavien-Dindo ≥ I)</source>
        <translation>Morbidité (Clavien-Dindo ≥ I)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="143"/>
        <source>Major morbidity (≥ IIIa)</source>
        <translation>Morbidité majeure (≥ IIIa)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="144"/>
        <source>30-day mortality</source>
        <translation>Mortalité à 30 jours</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="145"/>
        <source>90-day mortality</source>
        <translation>Mortalité à 90 jours</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="146"/>
        <source>R0 resection</source>
        <translation>Résection R0</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="147"/>
        <source>Length of stay, median [IQR] (days)</source>
        <translation>Durée de séjour, médiane [IQR] (jours)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="149"/>
        <source>Recurrences</source>
        <translation>Récidives</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="150"/>
        <source>Recurrence sites</source>
        <translation>Sites de récidive</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="151"/>
        <source>Treatment of recurrence</source>
        <translation>Traitement de la récidive</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="152"/>
        <source>Deaths</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="153"/>
        <source>Causes of death</source>
        <translation>Causes de décès</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/analysis_text.py" line="154"/>
        <source>Alive without recurrence</source>
        <translation>Vivantes sans récidive</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="112"/>
        <source>Audit trail of the patient</source>
        <translation>Historique des modifications de la patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="115"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="116"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="117"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="128"/>
        <source>News: {0}</source>
        <translation>Nouvelles : {0}</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="144"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="145"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="146"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="147"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="148"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="149"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="150"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="78"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="79"/>
        <source>Checking the database, then copying it…</source>
        <translation>Vérification de la base, puis copie…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="84"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="120"/>
        <source>Backup checked and saved:
%1
%2, %3 patients.</source>
        <translation>Sauvegarde vérifiée et enregistrée :
%1
%2, %3 patientes.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="208"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="211"/>
        <source>HepMeta copies the registry into this folder. A folder on another disk or on the hospital network protects the data if this PC fails.</source>
        <translation>HepMeta copie le registre dans ce dossier. Un dossier sur un autre disque ou sur le réseau de l&apos;hôpital protège les données si ce poste tombe en panne.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="217"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="221"/>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier des sauvegardes :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="232"/>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="240"/>
        <source>Type or choose a folder.</source>
        <translation>Tapez ou choisissez un dossier.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="248"/>
        <source>This folder cannot be written: </source>
        <translation>Impossible d&apos;écrire dans ce dossier : </translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="64"/>
        <source>Welcome to HepMeta Desktop</source>
        <translation>Bienvenue dans HepMeta Desktop</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="65"/>
        <source>Which registry should HepMeta open at every start?</source>
        <translation>Quel registre HepMeta doit-il ouvrir à chaque démarrage ?</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="66"/>
        <source>&amp;Create a new registry</source>
        <translation>&amp;Créer un nouveau registre</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="67"/>
        <source>&amp;Open an existing registry file</source>
        <translation>&amp;Ouvrir un registre existant</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="68"/>
        <source>Try the &amp;demonstration (fictional patients)</source>
        <translation>Essayer la &amp;démonstration (patientes fictives)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="75"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="81"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="90"/>
        <source>The registry used until now cannot be found: %1</source>
        <translation>Le registre utilisé jusqu&apos;ici est introuvable : %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="113"/>
        <source>Open a registry</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="117"/>
        <source>New registry</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="132"/>
        <source>Type or choose the file of the registry.</source>
        <translation>Tapez ou choisissez le fichier du registre.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="137"/>
        <source>This file already exists: choose “Open an existing registry file”.</source>
        <translation>Ce fichier existe déjà : choisissez « Ouvrir un registre existant ».</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/first_run_pages.py" line="141"/>
        <source>There is no file here: check the folder and the name.</source>
        <translation>Aucun fichier à cet endroit : vérifiez le dossier et le nom.</translation>
    </message>
</context>
<context>
    <name>CorruptDatabaseBox</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="264"/>
        <source>Damaged database</source>
        <translation>Base endommagée</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="273"/>
        <source>Restore the backup of %1</source>
        <translation>Restaurer la sauvegarde du %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="276"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="111"/>
        <source>HepMeta — First start</source>
        <translation>HepMeta — Premier démarrage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hepmeta_desktop/ui/login.py" line="119"/>
        <source>This registry has no accounts yet. Create the administrator&apos;s account: the administrator then creates the accounts of the secretaries and surgeons, and manages backups. Password: at least %n characters.</source>
        <translation>
            <numerusform>Ce registre n&apos;a encore aucun compte. Créez le compte de l&apos;administrateur : il créera ensuite les comptes des secrétaires et des chirurgiens, et gérera les sauvegardes. Mot de passe : au moins %n caractères.</numerusform>
            <numerusform>Ce registre n&apos;a encore aucun compte. Créez le compte de l&apos;administrateur : il créera ensuite les comptes des secrétaires et des chirurgiens, et gérera les sauvegardes. Mot de passe : au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="128"/>
        <source>Administrator&apos;s &amp;name:</source>
        <translation>&amp;Nom de l&apos;administrateur :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="129"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="130"/>
        <source>&amp;Confirm the password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="134"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="135"/>
        <source>Quit</source>
        <translation>Quitter</translation>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="221"/>
        <source>Export to Excel or CSV</source>
        <translation>Exporter vers Excel ou CSV</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="225"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="226"/>
        <source>CSV files in a folder</source>
        <translation>Fichiers CSV dans un dossier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="229"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="236"/>
        <source>Coded values</source>
        <translation>Valeurs codées</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="237"/>
        <source>Codes (re-importable)</source>
        <translation>Codes (réimportables)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="239"/>
        <source>French labels</source>
        <translation>Libellés en français</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="241"/>
        <source>English labels</source>
        <translation>Libellés en anglais</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="250"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="251"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="253"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="257"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="279"/>
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="282"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="282"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="315"/>
        <source>{0} patients and {1} news exported: {2}</source>
        <translation>{0} patiente(s) et {1} nouvelle(s) exportées : {2}</translation>
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
        <location filename="../../hepmeta_desktop/ui/first_run.py" line="97"/>
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
        <translation>HepMeta — guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/guide.py" line="68"/>
        <source>Search the guide (Ctrl+F, then Enter)</source>
        <translation>Chercher dans le guide (Ctrl+F, puis Entrée)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/guide.py" line="89"/>
        <source>The user guide is not installed with this copy.</source>
        <translation>Le guide d&apos;utilisation n&apos;est pas installé avec cette copie.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="52"/>
        <source>Import an Excel or CSV file</source>
        <translation>Importer un fichier Excel ou CSV</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="56"/>
        <source>An .xlsx workbook, patients.csv, or a folder</source>
        <translation>Un classeur .xlsx, patients.csv, ou un dossier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="58"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="61"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="81"/>
        <source>Import only the &amp;valid rows (report the others)</source>
        <translation>Importer seulement les lignes &amp;valides (rapport des autres)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="83"/>
        <source>&amp;Update patients already in the database</source>
        <translation>&amp;Mettre à jour les patientes déjà dans la base</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="106"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="110"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="113"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="123"/>
        <source>Preview (first rows of each sheet):</source>
        <translation>Aperçu (premières lignes de chaque feuille) :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="127"/>
        <source>Problems found (Ctrl+C copies the selected rows):</source>
        <translation>Problèmes trouvés (Ctrl+C copie les lignes sélectionnées) :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="138"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="140"/>
        <source>Excel or CSV files (*.xlsx *.csv);;All files (*)</source>
        <translation>Fichiers Excel ou CSV (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="171"/>
        <source>Ready to import {0}.</source>
        <translation>Prêt à importer {0}.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="197"/>
        <source>Report: {0}</source>
        <translation>Rapport : {0}</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="200"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_dialogs.py" line="203"/>
        <source>Correct the file and import it again, or import only the valid rows.</source>
        <translation>Corrigez le fichier et importez-le de nouveau, ou importez seulement les lignes valides.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_support.py" line="87"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_support.py" line="88"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_support.py" line="89"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_support.py" line="90"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_support.py" line="91"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_support.py" line="92"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_support.py" line="213"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_support.py" line="214"/>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_support.py" line="215"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_support.py" line="247"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_support.py" line="251"/>
        <source>Unexpected error: {0}</source>
        <translation>Erreur inattendue : {0}</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/interchange_support.py" line="256"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/idle_lock.py" line="59"/>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/idle_lock.py" line="62"/>
        <source>Locked after a period without activity. %1, type your password to go on: what you were typing is kept.</source>
        <translation>Verrouillée après un moment sans activité. %1, tapez votre mot de passe pour continuer : votre saisie en cours est conservée.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/idle_lock.py" line="69"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/idle_lock.py" line="74"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="65"/>
        <source>HepMeta — Sign in</source>
        <extracomment>Set when the registry&apos;s open-time check found it damaged.</extracomment>
        <translation>HepMeta — Connexion</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="71"/>
        <source>&amp;User name:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="72"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="76"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="77"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/login.py" line="81"/>
        <source>Sign in to open the registry.</source>
        <translation>Connectez-vous pour ouvrir le registre.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="99"/>
        <source>HepMeta — {0}</source>
        <extracomment>Windows opened from File → Open (kept referenced so Python does not collect them). Rows shown at once at start; a longer list loads the rest in a thread. The rest of a long list is read this long after the window is built: the thread that reads it would otherwise compete with the window&apos;s first paint. How often the window looks whether the file&apos;s open-time check has finished. Dialogs built on other branches, opened if present: (module, class). A quiet look: framed sections with a coloured title, like the paper file&apos;s boxes. Opens another registry (or this one again) through sign-in; set by ui.startup.</extracomment>
        <translation>HepMeta — {0}</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="145"/>
        <source>Nothing can be saved in this window. An administrator puts the backup back with File → Restore…</source>
        <translation>Rien ne peut être enregistré dans cette fenêtre. Un administrateur remet la sauvegarde en place par Fichier → Restaurer…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="223"/>
        <source>Typing that was not saved was found (last change {0}). Restore it?</source>
        <translation>Une saisie non enregistrée a été retrouvée (dernière modification {0}). La restaurer ?</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="239"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="281"/>
        <source>This function is not available in this version of HepMeta.</source>
        <extracomment>What the open-time check found wrong with the file (every save is then refused).</extracomment>
        <translation>Cette fonction n&apos;est pas disponible dans cette version de HepMeta.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="310"/>
        <source>Audit trail</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="310"/>
        <source>Open a saved patient first.</source>
        <translation>Ouvrez d&apos;abord une patiente enregistrée.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="386"/>
        <source>New database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="386"/>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="390"/>
        <source>HepMeta database (*.db)</source>
        <translation>Base HepMeta (*.db)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/main_window.py" line="390"/>
        <source>Open a database</source>
        <translation>Ouvrir une base</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="35"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="39"/>
        <source>&amp;New patient</source>
        <translation>&amp;Nouvelle patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="46"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="53"/>
        <source>New ne&amp;ws</source>
        <translation>Ajouter des no&amp;uvelles</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="61"/>
        <source>New &amp;database…</source>
        <translation>Nouvelle &amp;base…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="67"/>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="72"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="73"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="77"/>
        <source>Export a re&amp;port…</source>
        <translation>Exporter un ra&amp;pport…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="87"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="84"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="97"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="98"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="101"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="114"/>
        <source>&amp;Find a patient</source>
        <translation>&amp;Rechercher une patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="122"/>
        <source>&amp;Delete this patient…</source>
        <translation>&amp;Supprimer cette patiente…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="126"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="130"/>
        <source>Patient</source>
        <translation>Patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="131"/>
        <source>Metastases and surgery</source>
        <translation>Métastases et chirurgie</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="132"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="133"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="138"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="140"/>
        <source>Data &amp;quality…</source>
        <translation>&amp;Qualité des données…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="145"/>
        <source>&amp;Audit trail of this patient…</source>
        <translation>&amp;Historique de cette patiente…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="149"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="157"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="161"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="166"/>
        <source>&amp;About HepMeta</source>
        <translation>À &amp;propos de HepMeta</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="153"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/menus.py" line="165"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
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
            <numerusform>Rien n&apos;a été enregistré. %n champ à corriger :</numerusform>
            <numerusform>Rien n&apos;a été enregistré. %n champs à corriger :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="150"/>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="155"/>
        <source>New &amp;password:</source>
        <translation>Nouveau &amp;mot de passe :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="156"/>
        <source>&amp;Confirm the password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="160"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="55"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>PatientEditor</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="84"/>
        <source>&amp;Patient</source>
        <extracomment>A patient was saved (the list updates its line). A patient was deleted. The user asked to open another patient (e.g. the owner of a record number).</extracomment>
        <translation>&amp;Patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="85"/>
        <source>&amp;Metastases &amp;&amp; surgery</source>
        <translation>&amp;Métastases &amp;&amp; chirurgie</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="86"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="87"/>
        <source>The analysis panel opens here.</source>
        <translation>Le panneau d&apos;analyse s&apos;ouvre ici.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="89"/>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="129"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="158"/>
        <source>New patient</source>
        <translation>Nouvelle patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="162"/>
        <source>{0} {1} — record {2}</source>
        <translation>{0} {1} — dossier {2}</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="299"/>
        <source>You are changing data already saved. Why?</source>
        <translation>Vous modifiez des données déjà enregistrées. Pour quelle raison ?</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="328"/>
        <source>Saved at {0}.</source>
        <translation>Enregistré à {0}.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_editor.py" line="358"/>
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
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="92"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="93"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="94"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="95"/>
        <source>Liver surg.</source>
        <translation>Chir. hép.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="96"/>
        <source>Surgeon</source>
        <translation>Chirurgien</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="97"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="98"/>
        <source>Latest news</source>
        <translation>Dernières nouvelles</translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="307"/>
        <source>Search: record number or name (Ctrl+F)</source>
        <translation>Rechercher : n° de dossier ou nom (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="366"/>
        <source>Loading the list of {0} patients…</source>
        <translation>Chargement de la liste des {0} patientes…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="372"/>
        <source>1 patient</source>
        <translation>1 patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="372"/>
        <source>{0} patients</source>
        <translation>{0} patientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hepmeta_desktop/ui/patient_list.py" line="375"/>
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
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="116"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="118"/>
        <source>This file has changes that are not saved yet.</source>
        <translation>Ce dossier contient des modifications non encore enregistrées.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="120"/>
        <source>Save them before leaving?</source>
        <translation>Les enregistrer avant de le quitter ?</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="140"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="141"/>
        <source>Save this patient anyway?</source>
        <translation>Enregistrer quand même cette patiente ?</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="151"/>
        <source>Record number already used</source>
        <translation>Numéro de dossier déjà utilisé</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="154"/>
        <source>Open that patient</source>
        <translation>Ouvrir cette patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="164"/>
        <source>Restore unsaved typing?</source>
        <translation>Restaurer la saisie non enregistrée ?</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="60"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="63"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="63"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="70"/>
        <source>%n problem(s) found. Double-click a line to open the patient.</source>
        <translation>
            <numerusform>%n problème trouvé. Double-cliquez une ligne pour ouvrir la patiente.</numerusform>
            <numerusform>%n problèmes trouvés. Double-cliquez une ligne pour ouvrir la patiente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="73"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="73"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="73"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="68"/>
        <source>Typing error</source>
        <translation>Erreur de saisie</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="69"/>
        <source>Additional information</source>
        <translation>Information complémentaire</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="70"/>
        <source>Correction from the medical file</source>
        <translation>Correction d&apos;après le dossier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="71"/>
        <source>Information from the patient or the GP</source>
        <translation>Information de la patiente ou du médecin traitant</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="72"/>
        <source>Duplicate record</source>
        <translation>Dossier en double</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="82"/>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="93"/>
        <source>Details (optional)</source>
        <translation>Précisions (facultatif)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="94"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/dialogs.py" line="95"/>
        <source>Details:</source>
        <translation>Précisions :</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="76"/>
        <source>Export a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="82"/>
        <source>Word report (.docx)</source>
        <translation>Rapport Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="83"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="84"/>
        <source>SPSS data file (.sav)</source>
        <translation>Fichier de données SPSS (.sav)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="85"/>
        <source>Stata data file (.dta)</source>
        <translation>Fichier de données Stata (.dta)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="93"/>
        <source>Pseudonymise (no names, phone, notes or dates of birth)</source>
        <translation>Pseudonymiser (sans noms, téléphone, remarques ni dates de naissance)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="95"/>
        <source>Add the raw data sheets</source>
        <translation>Ajouter les feuilles de données brutes</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="97"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="103"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="104"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="105"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="118"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="141"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="166"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="193"/>
        <source>Written: %1</source>
        <translation>Fichier écrit : %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/report_dialog.py" line="200"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="165"/>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="220"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="169"/>
        <source>Choose the backup to put back. The current database is not deleted: it is kept aside, beside it. Backups folder: %1</source>
        <translation>Choisissez la sauvegarde à remettre en place. La base actuelle n&apos;est pas effacée : elle est mise de côté, à côté d&apos;elle. Dossier des sauvegardes : %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="176"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="176"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="176"/>
        <source>Patients</source>
        <translation>Patientes</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="200"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="202"/>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="230"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="223"/>
        <source>Put back the backup of %1 (%2 patients)?

Everything saved after that moment will no longer be in the registry (the current file is kept aside).</source>
        <translation>Remettre en place la sauvegarde du %1 (%2 patientes) ?

Tout ce qui a été enregistré après ce moment ne sera plus dans le registre (le fichier actuel est mis de côté).</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/backup_dialogs.py" line="229"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>SessionIndicator</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/sessions_indicator.py" line="52"/>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="200"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="210"/>
        <source>Interface language:</source>
        <translation>Langue de l&apos;interface :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="214"/>
        <source>Registry opened at start:</source>
        <translation>Registre ouvert au démarrage :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="215"/>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="230"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="224"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="225"/>
        <source>Lock the window after (without use):</source>
        <translation>Verrouiller la fenêtre après (sans utilisation) :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="229"/>
        <source>Backup folder:</source>
        <translation>Dossier des sauvegardes :</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="233"/>
        <source>The new language and registry apply when HepMeta is started again.</source>
        <translation>La nouvelle langue et le nouveau registre s&apos;appliquent au prochain démarrage de HepMeta.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="253"/>
        <source>Registry opened at start</source>
        <translation>Registre ouvert au démarrage</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="261"/>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="271"/>
        <source>There is no registry file here: %1</source>
        <translation>Aucun fichier de registre à cet endroit : %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="292"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="295"/>
        <source>New patient</source>
        <translation>Nouvelle patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="296"/>
        <source>Save the patient and the news being typed</source>
        <translation>Enregistrer la patiente et les nouvelles en cours de saisie</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="297"/>
        <source>Search the list (record number or name)</source>
        <translation>Rechercher dans la liste (n° de dossier ou nom)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="298"/>
        <source>Undo / redo the last changes of the form</source>
        <translation>Annuler / rétablir les dernières modifications du formulaire</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="299"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="299"/>
        <source>Next field</source>
        <translation>Champ suivant</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="300"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="300"/>
        <source>Next / previous field</source>
        <translation>Champ suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="301"/>
        <source>Show a tab (Patient, Surgery, Follow-up, Analysis)</source>
        <translation>Afficher un onglet (Patiente, Chirurgie, Suivi, Analyse)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="302"/>
        <source>New news for this patient</source>
        <translation>Ajouter des nouvelles pour cette patiente</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="303"/>
        <source>Letters in a list</source>
        <translation>Lettres dans une liste</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="303"/>
        <source>Choose the answer starting with them</source>
        <translation>Choisir la réponse qui commence par elles</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="304"/>
        <source>Delete (in a list)</source>
        <translation>Suppr (dans une liste)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="304"/>
        <source>Back to &apos;not recorded&apos; (—)</source>
        <translation>Revenir à « non renseigné » (—)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="305"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="305"/>
        <source>Tick or untick a box</source>
        <translation>Cocher ou décocher une case</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="306"/>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="309"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/tool_dialogs.py" line="309"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/startup.py" line="118"/>
        <source>HepMeta — the registry cannot be opened</source>
        <extracomment>Windows opened by a restart (File → Open, after a restore): kept referenced. Who the audit trail names for a restore chosen before anyone could sign in. Given to the windows it builds (their unsaved-changes questions and so on). Set when the registry could not be opened (the application then exits with 1).</extracomment>
        <translation>HepMeta — impossible d&apos;ouvrir le registre</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/startup.py" line="154"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/startup.py" line="155"/>
        <source>The backup was put back. The damaged file is kept aside as %1.</source>
        <translation>La sauvegarde a été remise en place. Le fichier endommagé est conservé à part sous le nom %1.</translation>
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
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="195"/>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="198"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="198"/>
        <source>Role</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="198"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="198"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="210"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="211"/>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;profil…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="212"/>
        <source>Reset the &amp;password…</source>
        <translation>Nouveau mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="213"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="232"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="250"/>
        <source> (own series only)</source>
        <translation> (sa série seulement)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="262"/>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="266"/>
        <source>Locked until %1</source>
        <translation>Verrouillé jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="267"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="321"/>
        <source>Deactivate an account</source>
        <translation>Désactiver un compte</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/users_dialog.py" line="323"/>
        <source>Deactivate %1? The account can no longer sign in; the audit trail keeps its name.</source>
        <translation>Désactiver %1 ? Le compte ne pourra plus se connecter ; la traçabilité garde son nom.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../hepmeta_desktop/ui/window_actions.py" line="50"/>
        <source>Not allowed</source>
        <extracomment>Menu action → what the role must allow (actions not listed are open to every role).</extracomment>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/window_actions.py" line="72"/>
        <source>series of %1</source>
        <translation>série de %1</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/window_actions.py" line="104"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/window_actions.py" line="112"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/window_actions.py" line="135"/>
        <source>Add the raw data sheets (your series)</source>
        <translation>Ajouter les feuilles de données brutes (votre série)</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/window_actions.py" line="153"/>
        <location filename="../../hepmeta_desktop/ui/window_actions.py" line="179"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/window_actions.py" line="154"/>
        <source>Backups of a database server are made on the server by its administrator.</source>
        <translation>Les sauvegardes d&apos;une base sur serveur sont faites sur le serveur par son administrateur.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/window_actions.py" line="198"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/window_actions.py" line="199"/>
        <source>The backup was put back; the replaced file is kept aside as %1. The registry now reopens: sign in again.</source>
        <translation>La sauvegarde a été remise en place ; le fichier remplacé est conservé à part sous le nom %1. Le registre va être rouvert : reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../hepmeta_desktop/ui/window_actions.py" line="228"/>
        <source>Your role does not include the analysis of the series.</source>
        <translation>Votre profil ne comprend pas l&apos;analyse de la série.</translation>
    </message>
</context>
</TS>
