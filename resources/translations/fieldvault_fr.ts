<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnnexWizard</name>
    <message>
        <source>Export a report annex</source>
        <translation>Exporter une annexe au rapport</translation>
    </message>
    <message>
        <source>Which investigation, and where</source>
        <translation>Quelle enquête, et où</translation>
    </message>
    <message>
        <source>The annex lists the investigation&apos;s claims, evidence and photographs, naming sources by their code. If any text would name a confidential or protected source, nothing is written and the places are shown so you can change them.</source>
        <translation>L&apos;annexe reprend les affirmations, les éléments de preuve et les photographies de l&apos;enquête, en désignant les sources par leur code. Si un texte nommait une source confidentielle ou protégée, rien n&apos;est écrit et les passages en cause sont indiqués pour que vous les modifiiez.</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Write the annex to</source>
        <translation>Écrire l&apos;annexe dans</translation>
    </message>
    <message>
        <source>Writing the annex</source>
        <translation>Écriture de l&apos;annexe</translation>
    </message>
    <message>
        <source>Annex written to {path}: {claims} claims, {evidence} evidence items, {photos} photographs, {sources} sources (by code). The export is in the chain of custody.</source>
        <translation>Annexe écrite dans {path} : {claims} affirmations, {evidence} pièces, {photos} photographies, {sources} sources (par code). L&apos;export figure dans la chaîne de possession.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Opening the demo vault…</source>
        <translation>Ouverture du coffre de démonstration…</translation>
    </message>
    <message>
        <source>Building the demo vault (once), then opening it…</source>
        <translation>Création du coffre de démonstration (une seule fois), puis ouverture…</translation>
    </message>
    <message>
        <source>Opening the demo group archive…</source>
        <translation>Ouverture des archives de démonstration du Groupe…</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
</context>
<context>
    <name>BundleWizard</name>
    <message>
        <source>Export a bundle for the group archive</source>
        <translation>Exporter un envoi pour les archives du Groupe</translation>
    </message>
    <message>
        <source>Where the bundle goes</source>
        <translation>Destination de l&apos;envoi</translation>
    </message>
    <message>
        <source>A bundle is one file, signed by this vault and encrypted to the archive: only the archive can open it, and it can check that nothing was changed on the way. Protected identities travel sealed; anything else naming a protected source in clear is refused.</source>
        <translation>Un envoi est un fichier unique, signé par ce coffre et chiffré pour les archives : seules les archives peuvent l&apos;ouvrir, et elles peuvent vérifier que rien n&apos;a été modifié en route. Les identités protégées voyagent scellées ; tout autre texte nommant en clair une source protégée est refusé.</translation>
    </message>
    <message>
        <source>Everything, not only what changed since the last bundle</source>
        <translation>Tout, et pas seulement ce qui a changé depuis le dernier envoi</translation>
    </message>
    <message>
        <source>The archive&apos;s identity file</source>
        <translation>Fichier d&apos;identité des archives</translation>
    </message>
    <message>
        <source>Write the bundle to</source>
        <translation>Écrire l&apos;envoi dans</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Écriture de l&apos;envoi</translation>
    </message>
    <message>
        <source>Bundle no. {seq} written: {revisions} revisions, {attachments} attachments, {audit} custody entries. Send the file to the coordinator by any means: it is encrypted and signed.</source>
        <translation>Envoi n° {seq} écrit : {revisions} révisions, {attachments} pièces jointes, {audit} entrées de la chaîne de possession. Transmettez le fichier au coordonnateur par tout moyen : il est chiffré et signé.</translation>
    </message>
    <message>
        <source>{n} superseded revision(s) naming a protected source in clear were kept back.</source>
        <translation>{n} révision(s) périmée(s) nommant en clair une source protégée ont été retenues.</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>This vault&apos;s identity</source>
        <translation>Identité de ce coffre</translation>
    </message>
    <message>
        <source>Export my identity file…</source>
        <translation>Exporter mon fichier d&apos;identité…</translation>
    </message>
    <message>
        <source>Fingerprint (compare aloud at enrolment)</source>
        <translation>Empreinte (à comparer à voix haute lors de l&apos;inscription)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sending and handing over</source>
        <translation>Envois et passation</translation>
    </message>
    <message>
        <source>Export a bundle…</source>
        <translation>Exporter un envoi…</translation>
    </message>
    <message>
        <source>Signed and encrypted for the group archive.</source>
        <translation>Signé et chiffré pour les archives du Groupe.</translation>
    </message>
    <message>
        <source>Produce a handover package…</source>
        <translation>Préparer un dossier de passation…</translation>
    </message>
    <message>
        <source>For your successor, at the end of your mandate.</source>
        <translation>Pour votre successeur, à la fin de votre mandat.</translation>
    </message>
    <message>
        <source>Receive a handover package…</source>
        <translation>Recevoir un dossier de passation…</translation>
    </message>
    <message>
        <source>From your predecessor.</source>
        <translation>De votre prédécesseur.</translation>
    </message>
    <message>
        <source>Export a report annex…</source>
        <translation>Exporter une annexe au rapport…</translation>
    </message>
    <message>
        <source>DOCX, sources by code, checked for leaks.</source>
        <translation>DOCX, sources par code, contrôlé contre les fuites.</translation>
    </message>
    <message>
        <source>Watermarked drafts…</source>
        <translation>Projets filigranés…</translation>
    </message>
    <message>
        <source>One traceable copy per recipient.</source>
        <translation>Une copie traçable par destinataire.</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <source>group archive</source>
        <translation>archives du Groupe</translation>
    </message>
    <message>
        <source>Written to {path} (public keys only: safe to share).</source>
        <translation>Écrit dans {path} (clés publiques seulement : peut être communiqué).</translation>
    </message>
</context>
<context>
    <name>ClaimPanel</name>
    <message>
        <source>What it rests on</source>
        <translation>Sur quoi elle repose</translation>
    </message>
    <message>
        <source>Status: {status} · the methodology allows: {highest}</source>
        <translation>Statut : {status} · la méthodologie permet : {highest}</translation>
    </message>
    <message>
        <source>the methodology&apos;s conditions are met</source>
        <translation>les conditions de la méthodologie sont remplies</translation>
    </message>
    <message>
        <source>Source {code}</source>
        <translation>Source {code}</translation>
    </message>
    <message>
        <source>Document: {title}</source>
        <translation>Document : {title}</translation>
    </message>
    <message>
        <source>Exculpatory: {what}</source>
        <translation>À décharge : {what}</translation>
    </message>
    <message>
        <source>Not counted: {why}</source>
        <translation>Non comptée : {why}</translation>
    </message>
    <message>
        <source>{n} independent source(s)</source>
        <translation>{n} source(s) indépendante(s)</translation>
    </message>
    <message>
        <source>Methodology: {rules}</source>
        <translation>Méthodologie : {rules}</translation>
    </message>
    <message>
        <source>Promote to {status}…</source>
        <translation>Passer à « {status} »…</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Both versions are kept until you choose; the one shown elsewhere is picked by a fixed rule. Keeping one writes a revision that follows both, so the history shows the choice.</source>
        <translation>Les deux versions sont conservées jusqu&apos;à votre choix ; celle affichée ailleurs est choisie par une règle fixe. En garder une écrit une révision qui fait suite aux deux : l&apos;historique garde trace du choix.</translation>
    </message>
    <message>
        <source>No conflicts: every record has one current version.</source>
        <translation>Aucun conflit : chaque fiche a une seule version en vigueur.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>Keep {who}&apos;s version</source>
        <translation>Garder la version de {who}</translation>
    </message>
    <message>
        <source>Resolved: the version kept is now the current one.</source>
        <translation>Résolu : la version gardée est désormais celle en vigueur.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Group archive — coordinator</source>
        <translation>Archives du Groupe — coordonnateur</translation>
    </message>
    <message>
        <source>Archive fingerprint {fp}</source>
        <translation>Empreinte des archives {fp}</translation>
    </message>
    <message>
        <source>Report annex…</source>
        <translation>Annexe au rapport…</translation>
    </message>
    <message>
        <source>Watermarked drafts…</source>
        <translation>Projets filigranés…</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste des experts</translation>
    </message>
    <message>
        <source>Merge bundles</source>
        <translation>Intégrer des envois</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Conflits ({n})</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create a new vault</source>
        <translation>Créer un nouveau coffre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>field-notes</source>
        <translation>notes-de-terrain</translation>
    </message>
    <message>
        <source>Use several unrelated words. Nobody, including the Fieldvault developers, can recover a vault whose passphrase and recovery code are both lost.</source>
        <translation>Utilisez plusieurs mots sans rapport entre eux. Personne, pas même les développeurs de Fieldvault, ne peut récupérer un coffre dont la phrase secrète et le code de récupération sont tous deux perdus.</translation>
    </message>
    <message>
        <source>Keep it in</source>
        <translation>Le conserver dans</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Nom du coffre</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Répétez-la</translation>
    </message>
    <message>
        <source>Making the keys…</source>
        <translation>Création des clés…</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Give the vault a name (it becomes a folder NAME.fvault).</source>
        <translation>Donnez un nom au coffre (il devient un dossier NOM.fvault).</translation>
    </message>
    <message>
        <source>Choose an existing folder to keep the vault in.</source>
        <translation>Choisissez un dossier existant où conserver le coffre.</translation>
    </message>
    <message>
        <source>Something with that name is already there; choose another name.</source>
        <translation>Ce nom est déjà pris à cet endroit ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>Une phrase secrète doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The vault will be created at {path}</source>
        <translation>Le coffre sera créé dans {path}</translation>
    </message>
</context>
<context>
    <name>DraftsWizard</name>
    <message>
        <source>Watermarked drafts</source>
        <translation>Projets filigranés</translation>
    </message>
    <message>
        <source>The draft and its recipients</source>
        <translation>Le projet et ses destinataires</translation>
    </message>
    <message>
        <source>Each recipient gets a copy stamped with their name and a copy number, so a leaked copy can be traced. All copies are written, or none.</source>
        <translation>Chaque destinataire reçoit une copie marquée de son nom et d&apos;un numéro de copie, de sorte qu&apos;une copie divulguée puisse être retracée. Toutes les copies sont écrites, ou aucune.</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Un destinataire par ligne</translation>
    </message>
    <message>
        <source>Draft report (PDF)</source>
        <translation>Projet de rapport (PDF)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>New folder for the copies</source>
        <translation>Nouveau dossier pour les copies</translation>
    </message>
    <message>
        <source>Stamping the copies</source>
        <translation>Marquage des copies</translation>
    </message>
    <message>
        <source>{n} copies written:</source>
        <translation>{n} copies écrites :</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>pas d&apos;aperçu</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import files (Ctrl+I) — or drop files here</source>
        <translation>Importer des fichiers (Ctrl+I) — ou les déposer ici</translation>
    </message>
    <message>
        <source>Drop files here to import them</source>
        <translation>Déposez des fichiers ici pour les importer</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} pièces</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Decrypting…</source>
        <translation>Déchiffrement…</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit to the window (0)</source>
        <translation>Ajuster à la fenêtre (0)</translation>
    </message>
    <message>
        <source>Rotate left (Shift+R)</source>
        <translation>Pivoter à gauche (Maj+R)</translation>
    </message>
    <message>
        <source>Rotate right (R)</source>
        <translation>Pivoter à droite (R)</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>This item cannot be shown here (not a picture or a PDF this viewer can read). Its metadata and chain of custody are on the right.</source>
        <translation>Cette pièce ne peut pas être affichée ici (ni une image ni un PDF lisible par cette visionneuse). Ses métadonnées et sa chaîne de possession figurent à droite.</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <source>Choose where to keep the new vault</source>
        <translation>Choisir où conserver le nouveau coffre</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Choisir les fichiers à importer</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Choose where to write it</source>
        <translation>Choisir où l&apos;écrire</translation>
    </message>
    <message>
        <source>or type a path</source>
        <translation>ou saisissez un chemin</translation>
    </message>
    <message>
        <source>A vault is a folder whose name ends in .fvault.</source>
        <translation>Un coffre est un dossier dont le nom se termine par .fvault.</translation>
    </message>
    <message>
        <source>Choose a folder, then type the new name at the end of the path.</source>
        <translation>Choisissez un dossier, puis saisissez le nouveau nom à la fin du chemin.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Nothing was written: the identity of a confidential or protected source appears in {n} place(s). Change the text there and try again.</source>
        <translation>Rien n&apos;a été écrit : l&apos;identité d&apos;une source confidentielle ou protégée apparaît à {n} endroit(s). Modifiez le texte à ces endroits et réessayez.</translation>
    </message>
    <message>
        <source>{place}: {what} of source {code} (characters {start}–{end})</source>
        <translation>{place} : {what} de la source {code} (caractères {start} à {end})</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <source>Produce a handover package</source>
        <translation>Préparer un dossier de passation</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>The package is encrypted to your successor&apos;s vault and signed by yours. It holds your open investigations with their records, evidence and your assessments, and a memo. Protected identities stay sealed unless you re-seal one whose consent allows it.</source>
        <translation>Le dossier est chiffré pour le coffre de votre successeur et signé par le vôtre. Il contient vos enquêtes en cours avec leurs fiches, leurs éléments de preuve et vos appréciations, ainsi qu&apos;une note. Les identités protégées restent scellées, sauf si vous en rescellez une dont le consentement le permet.</translation>
    </message>
    <message>
        <source>as it should appear in the memo</source>
        <translation>tel qu&apos;il doit figurer dans la note</translation>
    </message>
    <message>
        <source>Successor&apos;s identity file</source>
        <translation>Fichier d&apos;identité du successeur</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>Écrire le dossier dans</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>What goes across, and what does not</source>
        <translation>Ce qui est transmis, et ce qui ne l&apos;est pas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Investigations to hand over</source>
        <translation>Enquêtes à transmettre</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Écriture du dossier</translation>
    </message>
    <message>
        <source>Choose your successor&apos;s identity file first.</source>
        <translation>Choisissez d&apos;abord le fichier d&apos;identité de votre successeur.</translation>
    </message>
    <message>
        <source>Choose at least one investigation.</source>
        <translation>Choisissez au moins une enquête.</translation>
    </message>
    <message>
        <source>Goes across: {going}.</source>
        <translation>Transmis : {going}.</translation>
    </message>
    <message>
        <source>Stays in this vault: {n} records of investigations not chosen or of none.</source>
        <translation>Reste dans ce coffre : {n} fiches d&apos;enquêtes non choisies ou sans enquête.</translation>
    </message>
    <message>
        <source>goes across (the Group may know it)</source>
        <translation>transmise (le Groupe peut la connaître)</translation>
    </message>
    <message>
        <source>re-sealed to your successor</source>
        <translation>rescellée pour votre successeur</translation>
    </message>
    <message>
        <source>already readable by your successor</source>
        <translation>déjà lisible par votre successeur</translation>
    </message>
    <message>
        <source>withheld: the code goes, the identity stays sealed</source>
        <translation>retenue : le code est transmis, l&apos;identité reste scellée</translation>
    </message>
    <message>
        <source>Tick to re-seal this identity to your successor (its consent allows it)</source>
        <translation>Cochez pour resceller cette identité pour votre successeur (son consentement le permet)</translation>
    </message>
    <message>
        <source>Package written to {path}: {records} records, {attachments} attachments; {withheld} protected identities withheld. Give the file to your successor; it is encrypted to their vault.</source>
        <translation>Dossier écrit dans {path} : {records} fiches, {attachments} pièces jointes ; {withheld} identités protégées retenues. Remettez le fichier à votre successeur ; il est chiffré pour son coffre.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Importing {n} files…</source>
        <translation>Import de {n} fichiers…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Importing {i} of {n}: {name}</source>
        <translation>Import {i} sur {n} : {name}</translation>
    </message>
    <message>
        <source>{name}: already in the vault (linked, not stored twice)</source>
        <translation>{name} : déjà dans le coffre (lié, non stocké deux fois)</translation>
    </message>
    <message>
        <source>{name}: {warning}</source>
        <translation>{name} : {warning}</translation>
    </message>
    <message>
        <source>{name}: {note}</source>
        <translation>{name} : {note}</translation>
    </message>
    <message>
        <source>{name} was not imported: {error}</source>
        <translation>{name} n&apos;a pas été importé : {error}</translation>
    </message>
    <message>
        <source>The import stopped: {message}</source>
        <translation>L&apos;import s&apos;est arrêté : {message}</translation>
    </message>
    <message>
        <source>Cancelled: {stored} stored before stopping; the file in progress was not kept.</source>
        <translation>Annulé : {stored} stocké(s) avant l&apos;arrêt ; le fichier en cours n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <source>Done: {stored} stored, {refused} not imported.</source>
        <translation>Terminé : {stored} stocké(s), {refused} non importé(s).</translation>
    </message>
</context>
<context>
    <name>InvestigationFilter</name>
    <message>
        <source>All investigations</source>
        <translation>Toutes les enquêtes</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Not written: see where a source&apos;s identity appears, below.</source>
        <translation>Non écrit : voir ci-dessous où apparaît l&apos;identité d&apos;une source.</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Nouvelle lettre</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Reply deadline</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Report cut-off</source>
        <translation>Date butoir du rapport</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Attach as the reply</source>
        <translation>Joindre comme réponse</translation>
    </message>
    <message>
        <source>Reply received as evidence:</source>
        <translation>Réponse reçue (pièce) :</translation>
    </message>
    <message>
        <source>{n} letters · {late} overdue</source>
        <translation>{n} lettres · {late} en retard</translation>
    </message>
    <message>
        <source>(no symbol)</source>
        <translation>(sans cote)</translation>
    </message>
    <message>
        <source>✓ replied</source>
        <translation>✓ réponse reçue</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>{n} jours de retard</translation>
    </message>
    <message>
        <source>due in {n} days</source>
        <translation>échéance dans {n} jours</translation>
    </message>
    <message>
        <source>{date} (in {n} days)</source>
        <translation>{date} (dans {n} jours)</translation>
    </message>
    <message>
        <source>{date} (passed)</source>
        <translation>{date} (passée)</translation>
    </message>
    <message>
        <source>Reply attached.</source>
        <translation>Réponse jointe.</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search everything</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>Verrouiller le coffre maintenant</translation>
    </message>
    <message>
        <source>Go to a section</source>
        <translation>Aller à une rubrique</translation>
    </message>
    <message>
        <source>New meeting note</source>
        <translation>Nouveau compte rendu</translation>
    </message>
    <message>
        <source>Save the record being edited</source>
        <translation>Enregistrer la fiche en cours</translation>
    </message>
    <message>
        <source>Import files as evidence</source>
        <translation>Importer des fichiers comme pièces</translation>
    </message>
    <message>
        <source>Open the selected item or result</source>
        <translation>Ouvrir l&apos;élément ou le résultat choisi</translation>
    </message>
    <message>
        <source>In the viewer: zoom in, out, fit, rotate</source>
        <translation>Dans la visionneuse : zoom avant, arrière, ajuster, pivoter</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Lock and quit</source>
        <translation>Verrouiller et quitter</translation>
    </message>
    <message>
        <source>Fieldvault</source>
        <translation>Fieldvault</translation>
    </message>
    <message>
        <source>Arrives in a later version; shows what exists</source>
        <translation>Arrive dans une version ultérieure ; montre ce qui existe</translation>
    </message>
    <message>
        <source>Vault fingerprint {fp}</source>
        <translation>Empreinte du coffre {fp}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Tout rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Show a new recovery code…</source>
        <translation>Afficher un nouveau code de récupération…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>Not encrypted to this archive, or damaged</source>
        <translation>Non chiffré pour ces archives, ou endommagé</translation>
    </message>
    <message>
        <source>The signature does not verify</source>
        <translation>La signature ne se vérifie pas</translation>
    </message>
    <message>
        <source>Content does not match its signed checksum</source>
        <translation>Le contenu ne correspond pas à sa somme de contrôle signée</translation>
    </message>
    <message>
        <source>Signed by a key not on the roster</source>
        <translation>Signé par une clé absente de la liste des experts</translation>
    </message>
    <message>
        <source>Signed with a revoked key</source>
        <translation>Signé avec une clé révoquée</translation>
    </message>
    <message>
        <source>A size is out of bounds</source>
        <translation>Une taille dépasse les limites</translation>
    </message>
    <message>
        <source>A file name outside the bundle format</source>
        <translation>Un nom de fichier hors du format des envois</translation>
    </message>
    <message>
        <source>Something appears twice</source>
        <translation>Un élément figure deux fois</translation>
    </message>
    <message>
        <source>Malformed bundle</source>
        <translation>Envoi mal formé</translation>
    </message>
    <message>
        <source>Contradicts a bundle already merged</source>
        <translation>Contredit un envoi déjà intégré</translation>
    </message>
    <message>
        <source>Each bundle is verified (signature, roster, checksums) and merged in one transaction; a refused one changes nothing. Merging the same bundle again changes nothing either.</source>
        <translation>Chaque envoi est vérifié (signature, liste des experts, sommes de contrôle) et intégré en une seule transaction ; un envoi refusé ne change rien. Intégrer de nouveau le même envoi ne change rien non plus.</translation>
    </message>
    <message>
        <source>Choose bundles to merge…</source>
        <translation>Choisir les envois à intégrer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Déjà présentes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Merging {n} bundle(s)…</source>
        <translation>Intégration de {n} envoi(s)…</translation>
    </message>
    <message>
        <source>{merged} merged, {same} already merged, {refused} refused.</source>
        <translation>{merged} intégré(s), {same} déjà intégré(s), {refused} refusé(s).</translation>
    </message>
    <message>
        <source>Cancelled: the bundle being merged was rolled back; those merged before stay.</source>
        <translation>Annulé : l&apos;envoi en cours a été annulé en entier ; ceux intégrés avant restent.</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>already merged</source>
        <translation>déjà intégré</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chaîne de possession</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select an item to see its metadata and chain of custody</source>
        <translation>Choisissez une pièce pour voir ses métadonnées et sa chaîne de possession</translation>
    </message>
    <message>
        <source>Claimed by the file itself: not verified</source>
        <translation>Déclaré par le fichier lui-même : non vérifié</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
</context>
<context>
    <name>ModelEditor</name>
    <message>
        <source>Reveal identity</source>
        <translation>Révéler l&apos;identité</translation>
    </message>
    <message>
        <source>Hide identity</source>
        <translation>Masquer l&apos;identité</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Copier le nom</translation>
    </message>
    <message>
        <source>Copies it; the clipboard is cleared again shortly after</source>
        <translation>Le copie ; le presse-papiers est vidé peu après</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Why is this deleted? (kept in the history)</source>
        <translation>Pourquoi la supprimer ? (conservé dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nouvelle fiche : {kind}</translation>
    </message>
    <message>
        <source>Saved as the first revision of a new record.</source>
        <translation>Enregistrée comme première révision d&apos;une nouvelle fiche.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Created {created} · changed {updated} · id {id}</source>
        <translation>Créée le {created} · modifiée le {updated} · id {id}</translation>
    </message>
    <message>
        <source>⚠ edited in two places: both versions are kept</source>
        <translation>⚠ modifiée à deux endroits : les deux versions sont conservées</translation>
    </message>
    <message>
        <source>Linked from: {links}</source>
        <translation>Citée par : {links}</translation>
    </message>
    <message>
        <source>Reveal identity (logged)</source>
        <translation>Révéler l&apos;identité (journalisé)</translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation>Afficher l&apos;identité</translation>
    </message>
    <message>
        <source>Only one expert was present at this interview, and material supporting a designation rests on it: {claims}. The methodology needs two experts present.</source>
        <translation>Un seul expert était présent à cet entretien, et des éléments à l&apos;appui d&apos;une désignation reposent sur lui : {claims}. La méthodologie exige la présence de deux experts.</translation>
    </message>
    <message>
        <source>Not counted for this designation: {why}</source>
        <translation>Non pris en compte pour cette désignation : {why}</translation>
    </message>
    <message>
        <source>This identity is sealed to other experts&apos; keys; it cannot be read here.</source>
        <translation>Cette identité est scellée pour les clés d&apos;autres experts ; elle ne peut pas être lue ici.</translation>
    </message>
    <message>
        <source>The methodology does not allow it yet:</source>
        <translation>La méthodologie ne le permet pas encore :</translation>
    </message>
    <message>
        <source>Promoted: the methodology&apos;s conditions for {status} are met.</source>
        <translation>Statut relevé : les conditions de la méthodologie pour « {status} » sont remplies.</translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>Hidden: reveal the identity to see it</source>
        <translation>Masqué : révélez l&apos;identité pour la voir</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Separate entries with commas</source>
        <translation>Séparez les entrées par des virgules</translation>
    </message>
    <message>
        <source>7 digits, the last a check digit</source>
        <translation>7 chiffres, le dernier étant une clé de contrôle</translation>
    </message>
    <message>
        <source>Sealed: readable only with the keys it was sealed to.</source>
        <translation>Scellée : lisible seulement avec les clés pour lesquelles elle a été scellée.</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Non scellée</translation>
    </message>
    <message>
        <source>The check digit does not match: a digit is probably mistyped.</source>
        <translation>La clé de contrôle ne correspond pas : un chiffre est sans doute mal saisi.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>PicturesPage</name>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Schéma relationnel</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Sources appear by code only. Dashed red lines: exculpatory information. Double-click to open.</source>
        <translation>Les sources n&apos;apparaissent que par leur code. Traits rouges pointillés : éléments à décharge. Double-cliquez pour ouvrir.</translation>
    </message>
    <message>
        <source>{n} records are left out of the chart (too many to draw).</source>
        <translation>{n} fiches ne figurent pas sur le schéma (trop nombreuses).</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>ReceiveWizard</name>
    <message>
        <source>Receive a handover package</source>
        <translation>Recevoir un dossier de passation</translation>
    </message>
    <message>
        <source>The package from your predecessor</source>
        <translation>Le dossier de votre prédécesseur</translation>
    </message>
    <message>
        <source>The package is checked (signature, checksums, that it is addressed to this vault) before anything is stored; then it is stored whole or not at all, with its chain of custody.</source>
        <translation>Le dossier est vérifié (signature, sommes de contrôle, destination : ce coffre) avant tout stockage ; il est ensuite stocké en entier ou pas du tout, avec sa chaîne de possession.</translation>
    </message>
    <message>
        <source>Handover package</source>
        <translation>Dossier de passation</translation>
    </message>
    <message>
        <source>Predecessor&apos;s identity file (optional)</source>
        <translation>Fichier d&apos;identité du prédécesseur (facultatif)</translation>
    </message>
    <message>
        <source>Receiving the package</source>
        <translation>Réception du dossier</translation>
    </message>
    <message>
        <source>This package was received before; nothing changed.</source>
        <translation>Ce dossier a déjà été reçu ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Received from {fp}: {records} records ({revisions} new revisions, {attachments} new attachments). The handover memo is among the evidence.</source>
        <translation>Reçu de {fp} : {records} fiches ({revisions} nouvelles révisions, {attachments} nouvelles pièces jointes). La note de passation figure parmi les éléments de preuve.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Why is this deleted? (kept in the history)</source>
        <translation>Pourquoi la supprimer ? (conservé dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Created {created} · changed {updated} · id {id}</source>
        <translation>Créée le {created} · modifiée le {updated} · id {id}</translation>
    </message>
    <message>
        <source>⚠ edited in two places: both versions are kept</source>
        <translation>⚠ modifiée à deux endroits : les deux versions sont conservées</translation>
    </message>
    <message>
        <source>New meeting note</source>
        <translation>Nouveau compte rendu</translation>
    </message>
    <message>
        <source>Saved as the first revision of a new record.</source>
        <translation>Enregistrée comme première révision d&apos;une nouvelle fiche.</translation>
    </message>
    <message>
        <source>Identity sealed: readable only with the keys it was sealed to.</source>
        <translation>Identité scellée : lisible seulement avec les clés pour lesquelles elle a été scellée.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Separate entries with commas</source>
        <translation>Séparez les entrées par des virgules</translation>
    </message>
    <message>
        <source>Protected identity: not shown</source>
        <translation>Identité protégée : non affichée</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copies it; the clipboard is cleared again shortly after</source>
        <translation>Le copie ; le presse-papiers est vidé peu après</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>New meeting note</source>
        <translation>Nouveau compte rendu</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nouvelle fiche : {kind}</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} fiches</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>A new recovery code</source>
        <translation>Un nouveau code de récupération</translation>
    </message>
    <message>
        <source>Type your passphrase to make a new recovery code. The code you have now stops working at once; write the new one down and keep the paper apart from this computer.</source>
        <translation>Saisissez votre phrase secrète pour créer un nouveau code de récupération. Le code actuel cesse aussitôt de fonctionner ; notez le nouveau et conservez le papier à l&apos;écart de cet ordinateur.</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Créer un nouveau code de récupération</translation>
    </message>
    <message>
        <source>Copy (cleared from the clipboard shortly after)</source>
        <translation>Copier (effacé du presse-papiers peu après)</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Je l&apos;ai noté</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only other way into the vault. Write it on paper now and keep the paper apart from this computer. It is shown only once.</source>
        <translation>Si vous oubliez votre phrase secrète, ce code est le seul autre moyen d&apos;ouvrir le coffre. Notez-le sur papier maintenant et conservez ce papier à l&apos;écart de cet ordinateur. Il n&apos;est affiché qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Copy (cleared from the clipboard shortly after)</source>
        <translation>Copier (effacé du presse-papiers peu après)</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Je l&apos;ai noté</translation>
    </message>
    <message>
        <source>Continue to the vault</source>
        <translation>Continuer vers le coffre</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Fingerprint (compare aloud)</source>
        <translation>Empreinte (à comparer à voix haute)</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>the expert&apos;s identity file</source>
        <translation>le fichier d&apos;identité de l&apos;expert</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>name on the roster</source>
        <translation>nom sur la liste</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>none beyond those merged</source>
        <translation>aucun au-delà de ceux intégrés</translation>
    </message>
    <message>
        <source>A bundle still in transit may be let in by its sequence number; by default none is.</source>
        <translation>Un envoi encore en transit peut être admis par son numéro d&apos;ordre ; par défaut, aucun ne l&apos;est.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Enroll in person:</source>
        <translation>Inscrire en personne :</translation>
    </message>
    <message>
        <source>Accept bundles numbered up to</source>
        <translation>Accepter les envois numérotés jusqu&apos;à</translation>
    </message>
    <message>
        <source>revoked {when}</source>
        <translation>révoqué le {when}</translation>
    </message>
    <message>
        <source>accepts bundles up to no. {n}</source>
        <translation>accepte les envois jusqu&apos;au n° {n}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>{name} enrolled. Fingerprint: {fp} — compare it aloud with theirs.</source>
        <translation>{name} inscrit. Empreinte : {fp} — comparez-la à voix haute avec la sienne.</translation>
    </message>
    <message>
        <source>Choose the expert to revoke in the list first.</source>
        <translation>Choisissez d&apos;abord dans la liste l&apos;expert à révoquer.</translation>
    </message>
    <message>
        <source>{name} revoked: new bundles from this key are refused; past ones still verify.</source>
        <translation>{name} révoqué : les nouveaux envois de cette clé sont refusés ; les envois passés restent vérifiables.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Nothing matches “{text}”</source>
        <translation>Aucun résultat pour « {text} »</translation>
    </message>
    <message>
        <source>More than {n} results for “{text}”: the newest {shown} first. Add a word to rank them by relevance.</source>
        <translation>Plus de {n} résultats pour « {text} » : les {shown} plus récents d’abord. Ajoutez un mot pour les classer par pertinence.</translation>
    </message>
    <message>
        <source> (the best {n})</source>
        <translation> (les {n} meilleurs)</translation>
    </message>
    <message>
        <source>{n} results for “{text}”</source>
        <translation>{n} résultats pour « {text} »</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>A new language applies at once: the window is rebuilt in it (after an import or export in progress, at the next unlock).</source>
        <translation>Une nouvelle langue s&apos;applique aussitôt : la fenêtre est reconstruite dans cette langue (si un import ou un export est en cours, au prochain déverrouillage).</translation>
    </message>
    <message>
        <source>Fieldvault keeps no list of recent vaults: settings never name a vault or a file.</source>
        <translation>Fieldvault ne tient aucune liste des coffres récents : les préférences ne nomment jamais un coffre ni un fichier.</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <source>Clear copied protected fields after</source>
        <translation>Effacer les champs protégés copiés après</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>ne pas contacter</translation>
    </message>
    <message>
        <source>sealed to other experts</source>
        <translation>scellée pour d&apos;autres experts</translation>
    </message>
    <message>
        <source>sealed to {n} key(s)</source>
        <translation>scellée pour {n} clé(s)</translation>
    </message>
    <message>
        <source>{n} sources</source>
        <translation>{n} sources</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Fieldvault</source>
        <translation>Fieldvault</translation>
    </message>
    <message>
        <source>An encrypted vault for interview notes, photographs and documents. Everything stays on this computer, encrypted with a key only your passphrase (or your recovery code) can unlock.</source>
        <translation>Un coffre chiffré pour les comptes rendus d&apos;entretien, les photographies et les documents. Tout reste sur cet ordinateur, chiffré avec une clé que seule votre phrase secrète (ou votre code de récupération) peut déverrouiller.</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Créer un nouveau coffre…</translation>
    </message>
    <message>
        <source>Open a vault…</source>
        <translation>Ouvrir un coffre…</translation>
    </message>
    <message>
        <source>Explore the demo vault</source>
        <translation>Découvrir le coffre de démonstration</translation>
    </message>
    <message>
        <source>The demo vault holds an invented arms-embargo investigation to try things on. It is kept at {folder}
Its passphrase is: &lt;b&gt;{passphrase}&lt;/b&gt;</source>
        <translation>Le coffre de démonstration contient une enquête fictive sur un embargo sur les armes, pour faire des essais. Il est conservé dans {folder}
Sa phrase secrète est : &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Explore the demo group archive (coordinator)</source>
        <translation>Découvrir les archives de démonstration du Groupe (coordonnateur)</translation>
    </message>
</context>
<context>
    <name>TracingBox</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <source>a folder whose name ends in .fvault</source>
        <translation>un dossier dont le nom se termine par .fvault</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>I lost the passphrase: use the recovery code</source>
        <translation>J&apos;ai perdu la phrase secrète : utiliser le code de récupération</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Fieldvault</source>
        <translation>Fieldvault</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Materiel</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Nothing to draw yet</source>
        <translation>Rien à dessiner pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>arms embargo</source>
        <translation>embargo sur les armes</translation>
    </message>
    <message>
        <source>assets freeze</source>
        <translation>gel des avoirs</translation>
    </message>
    <message>
        <source>travel ban</source>
        <translation>interdiction de voyager</translation>
    </message>
    <message>
        <source>natural resources</source>
        <translation>ressources naturelles</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>finances</translation>
    </message>
    <message>
        <source>human rights and IHL</source>
        <translation>droits de l&apos;homme et DIH</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>en suivi</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source>public</source>
        <translation>publique</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidentielle</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protégée</translation>
    </message>
    <message>
        <source>state official</source>
        <translation>agent de l&apos;État</translation>
    </message>
    <message>
        <source>United Nations</source>
        <translation>Nations Unies</translation>
    </message>
    <message>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>informant</source>
        <translation>informateur</translation>
    </message>
    <message>
        <source>victim or witness</source>
        <translation>victime ou témoin</translation>
    </message>
    <message>
        <source>documentary</source>
        <translation>documentaire</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archives</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <source>court</source>
        <translation>juridiction</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>armed group</source>
        <translation>groupe armé</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État</translation>
    </message>
    <message>
        <source>vessel</source>
        <translation>navire</translation>
    </message>
    <message>
        <source>aircraft</source>
        <translation>aéronef</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>compte bancaire</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>DDR</source>
        <translation>DDR</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>inspection</translation>
    </message>
    <message>
        <source>cargo</source>
        <translation>cargaison</translation>
    </message>
    <message>
        <source>allegation</source>
        <translation>allégation</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>verified fact</source>
        <translation>fait vérifié</translation>
    </message>
    <message>
        <source>note verbale</source>
        <translation>note verbale</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>réponse reçue</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>unexpected internal error ({name})</source>
        <translation>erreur interne inattendue ({name})</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Code de la source</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Experts present</source>
        <translation>Experts présents</translation>
    </message>
    <message>
        <source>Two experts present</source>
        <translation>Deux experts présents</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>IMO number</source>
        <translation>Numéro OMI</translation>
    </message>
    <message>
        <source>Registration (tail number)</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Pavillon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Related entities</source>
        <translation>Entités liées</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Calibre</source>
        <translation>Calibre</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Lot / batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Markings</source>
        <translation>Marquages</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>Country of manufacture</source>
        <translation>Pays de fabrication</translation>
    </message>
    <message>
        <source>Year of manufacture</source>
        <translation>Année de fabrication</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Mode d&apos;obtention</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Détenteur</translation>
    </message>
    <message>
        <source>Tracing request</source>
        <translation>Demande de traçage</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>Étayée par</translation>
    </message>
    <message>
        <source>Exculpatory information</source>
        <translation>Éléments à décharge</translation>
    </message>
    <message>
        <source>Supports a designation</source>
        <translation>À l&apos;appui d&apos;une désignation</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Sources for information</source>
        <translation>Sources requises pour une information</translation>
    </message>
    <message>
        <source>Sources for a verified fact</source>
        <translation>Sources requises pour un fait vérifié</translation>
    </message>
    <message>
        <source>Documents for a verified fact</source>
        <translation>Documents requis pour un fait vérifié</translation>
    </message>
    <message>
        <source>Same organisation counts as independent</source>
        <translation>Une même organisation compte comme indépendante</translation>
    </message>
    <message>
        <source>Designations need two experts present</source>
        <translation>Les désignations exigent deux experts présents</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Addressee type</source>
        <translation>Type de destinataire</translation>
    </message>
    <message>
        <source>Addressee (entity)</source>
        <translation>Destinataire (entité)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Reply deadline</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Report cut-off date</source>
        <translation>Date butoir du rapport</translation>
    </message>
    <message>
        <source>Reply (evidence)</source>
        <translation>Réponse (pièce)</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyée à</translation>
    </message>
    <message>
        <source>Reply date</source>
        <translation>Date de la réponse</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Meeting note</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Materiel</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>public</source>
        <translation>publique</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidentielle</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protégée</translation>
    </message>
    <message>
        <source>may be named</source>
        <translation>peut être nommée</translation>
    </message>
    <message>
        <source>known to the Group, never named outside it</source>
        <translation>connue du Groupe, jamais nommée à l&apos;extérieur</translation>
    </message>
    <message>
        <source>identity sealed; each reveal is logged</source>
        <translation>identité scellée ; chaque révélation est journalisée</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Investigations</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>Investigations group interviews, sources, evidence and claims under one line of inquiry.</source>
        <translation>Les enquêtes regroupent entretiens, sources, éléments de preuve et affirmations sous une même piste.</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Sources with their protection level (public, confidential, protected); sealed identities.</source>
        <translation>Les sources et leur niveau de protection (publique, confidentielle, protégée) ; identités scellées.</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Individuals, companies, vessels, aircraft, accounts; materiel with serial and lot numbers.</source>
        <translation>Personnes, sociétés, navires, aéronefs, comptes ; matériel avec numéros de série et de lot.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Claims moving from allegation to information to verified fact, under the methodology.</source>
        <translation>Les affirmations, de l&apos;allégation à l&apos;information puis au fait vérifié, selon la méthodologie.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Notes verbales and right-of-reply letters, with their deadlines.</source>
        <translation>Notes verbales et lettres au titre du droit de réponse, avec leurs délais.</translation>
    </message>
    <message>
        <source>Bundles &amp; Handover</source>
        <translation>Envois et passation</translation>
    </message>
    <message>
        <source>Signed, encrypted bundles for the Group&apos;s archive, and handover packages for a successor.</source>
        <translation>Envois signés et chiffrés pour les archives du Groupe, et dossiers de passation pour un successeur.</translation>
    </message>
    <message>
        <source>Link chart &amp; timeline</source>
        <translation>Schéma et chronologie</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{n} on this day</source>
        <translation>{n} ce jour-là</translation>
    </message>
    <message>
        <source>Nothing dated yet</source>
        <translation>Rien de daté pour l&apos;instant</translation>
    </message>
</context>
</TS>
