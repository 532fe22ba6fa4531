<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fieldvault</source>
        <translation>À propos de Fieldvault</translation>
    </message>
    <message>
        <source>Fieldvault {version}</source>
        <translation>Fieldvault {version}</translation>
    </message>
    <message>
        <source>An encrypted, local-first evidence vault for the experts of UN sanctions monitoring panels. Licensed under the Apache License, version 2.0 ({licence}).</source>
        <translation>Un coffre chiffré pour les éléments de preuve, qui fonctionne d&apos;abord en local, destiné aux membres des groupes d&apos;experts chargés de surveiller l&apos;application des sanctions de l&apos;ONU. Distribué sous licence Apache, version 2.0 ({licence}).</translation>
    </message>
    <message>
        <source>A vault</source>
        <translation>Un coffre</translation>
    </message>
    <message>
        <source>a folder NAME.fvault wherever you create it: vault.db (SQLCipher, AES-256) and keyslots.json. Copying the folder is a complete, still-encrypted backup. Nothing is decrypted to disk.</source>
        <translation>un dossier NOM.fvault, là où vous le créez : vault.db (SQLCipher, AES-256) et keyslots.json. Une copie du dossier est une sauvegarde complète, toujours chiffrée. Rien n&apos;est déchiffré sur le disque.</translation>
    </message>
    <message>
        <source>The demo vault</source>
        <translation>Le coffre de démonstration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>(no vault names or paths: no list of recent vaults)</source>
        <translation>(aucun nom ni chemin de coffre : pas de liste des coffres récents)</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>stderr only, warnings and above, never content</source>
        <translation>stderr seulement, avertissements et plus graves, jamais de contenu</translation>
    </message>
    <message>
        <source>Where data lives</source>
        <translation>Où sont les données</translation>
    </message>
</context>
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
        <source>Save the annex</source>
        <translation>Enregistrer l&apos;annexe</translation>
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
        <source>The OS keyring could not open this vault (no keyring here, or it does not hold this vault&apos;s secret). Type the passphrase.</source>
        <translation>Le trousseau du système n&apos;a pas pu ouvrir ce coffre (pas de trousseau ici, ou il ne contient pas le secret de ce coffre). Saisissez la phrase secrète.</translation>
    </message>
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
    <message>
        <source>Passphrase changed: the vault opens with the new one from now on.</source>
        <translation>Phrase secrète changée : le coffre s&apos;ouvre désormais avec la nouvelle.</translation>
    </message>
</context>
<context>
    <name>AttributionDialog</name>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Date de prise de vue</translation>
    </message>
    <message>
        <source>{what} of {n} items</source>
        <translation>{what} de {n} pièces</translation>
    </message>
    <message>
        <source>Applies to the {n} selected items; each gets a new revision.</source>
        <translation>S&apos;applique aux {n} pièces choisies ; chacune reçoit une nouvelle révision.</translation>
    </message>
    <message>
        <source>Saved as a new revision of the item; earlier ones stay in its history.</source>
        <translation>Enregistrée comme nouvelle révision de la pièce ; les précédentes restent dans son historique.</translation>
    </message>
</context>
<context>
    <name>AttributionForm</name>
    <message>
        <source>What the picture or document shows</source>
        <translation>Ce que montre l&apos;image ou le document</translation>
    </message>
    <message>
        <source>The source it came from, by code</source>
        <translation>La source dont elle provient, par son code</translation>
    </message>
    <message>
        <source>2024-03-01 or 2024-03-01T14:30</source>
        <translation>2024-03-01 ou 2024-03-01T14:30</translation>
    </message>
    <message>
        <source>When it was really taken, if the camera&apos;s clock was wrong. The date the file claims is kept as it is.</source>
        <translation>La date réelle de prise de vue, si l&apos;horloge de l&apos;appareil était déréglée. La date que déclare le fichier est conservée telle quelle.</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Investigation</source>
        <translation>&amp;Enquête</translation>
    </message>
    <message>
        <source>&amp;Date taken</source>
        <translation>&amp;Date de prise de vue</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(aucune source)</translation>
    </message>
    <message>
        <source>{code} ({level})</source>
        <translation>{code} ({level})</translation>
    </message>
    <message>
        <source>(no investigation)</source>
        <translation>(aucune enquête)</translation>
    </message>
    <message>
        <source>{id} (not listed)</source>
        <translation>{id} (absente de la liste)</translation>
    </message>
    <message>
        <source>The file says {date} (its own claim, not verified).</source>
        <translation>Le fichier indique {date} (sa propre déclaration, non vérifiée).</translation>
    </message>
    <message>
        <source>The file claims no date.</source>
        <translation>Le fichier ne déclare aucune date.</translation>
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
        <source>The archive&apos;s identity</source>
        <translation>Identité des archives</translation>
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
        <source>Save the identity</source>
        <translation>Enregistrer l&apos;identité</translation>
    </message>
    <message>
        <source>Written to {path} (public keys only: safe to share).</source>
        <translation>Écrit dans {path} (clés publiques seulement : peut être communiqué).</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on; the old one stops working. The recovery code stays the same. Nothing in the vault is re-encrypted.</source>
        <translation>La nouvelle phrase secrète ouvre désormais le coffre ; l&apos;ancienne cesse de fonctionner. Le code de récupération reste le même. Rien n&apos;est rechiffré dans le coffre.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Phrase secrète &amp;actuelle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type the passphrase you use now.</source>
        <translation>Saisissez la phrase secrète que vous utilisez actuellement.</translation>
    </message>
    <message>
        <source>The new passphrase is the one in use; choose another.</source>
        <translation>La nouvelle phrase secrète est celle déjà utilisée ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Ready: the vault will open with the new passphrase.</source>
        <translation>Prêt : le coffre s&apos;ouvrira avec la nouvelle phrase secrète.</translation>
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
    <message numerus="yes">
        <source>%n independent source(s)</source>
        <translation>
            <numerusform>%n source indépendante</numerusform>
            <numerusform>%n sources indépendantes</numerusform>
        </translation>
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
    <name>ConfirmPage</name>
    <message>
        <source>Who signed the package</source>
        <translation>Qui a signé le dossier</translation>
    </message>
    <message>
        <source>I compared this fingerprint aloud with the outgoing expert</source>
        <translation>J&apos;ai comparé cette empreinte à voix haute avec l&apos;expert sortant</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Declares</source>
        <translation>Contenu déclaré</translation>
    </message>
    <message>
        <source>{investigations} investigation(s), {records} record(s), {attachments} attachment(s); made {when}</source>
        <translation>{investigations} enquête(s), {records} fiche(s), {attachments} pièce(s) jointe(s) ; préparé le {when}</translation>
    </message>
    <message>
        <source>The identity file you chose must match this signer (checked)</source>
        <translation>Le fichier d&apos;identité choisi doit correspondre à ce signataire (vérifié)</translation>
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
        <source>field-notes</source>
        <translation>notes-de-terrain</translation>
    </message>
    <message>
        <source>Making the keys…</source>
        <translation>Création des clés…</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Keep it in</source>
        <translation>&amp;Le conserver dans</translation>
    </message>
    <message>
        <source>Vault &amp;name</source>
        <translation>&amp;Nom du coffre</translation>
    </message>
    <message>
        <source>Use several unrelated, uncommon words, or let Fieldvault suggest six. Nobody, including the Fieldvault developers, can recover a vault whose passphrase and recovery code are both lost.</source>
        <translation>Utilisez plusieurs mots peu courants et sans rapport entre eux, ou laissez Fieldvault en suggérer six. Personne, pas même les développeurs de Fieldvault, ne peut récupérer un coffre dont la phrase secrète et le code de récupération sont tous deux perdus.</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
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
        <source>The vault will be created at {path}</source>
        <translation>Le coffre sera créé dans {path}</translation>
    </message>
</context>
<context>
    <name>DeleteEvidenceDialog</name>
    <message>
        <source>Delete the item</source>
        <translation>Supprimer la pièce</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n pièce</numerusform>
            <numerusform>Supprimer %n pièces</numerusform>
        </translation>
    </message>
    <message>
        <source>The item disappears from lists and search; its history and chain of custody stay, with the reason. The reason travels in bundles: do not name a protected source.</source>
        <translation>La pièce disparaît des listes et de la recherche ; son historique et sa chaîne de possession restent, avec le motif. Le motif voyage dans les envois : n&apos;y nommez pas une source protégée.</translation>
    </message>
    <message>
        <source>Why is this deleted? (kept in the history)</source>
        <translation>Motif de la suppression (conservé dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewPage</name>
    <message>
        <source>What the document will hold</source>
        <translation>Ce que contiendra le document</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>Write the document to</source>
        <translation>Écrire le document dans</translation>
    </message>
    <message>
        <source>Checking what the document would hold…</source>
        <translation>Vérification de ce que contiendrait le document…</translation>
    </message>
    <message>
        <source>Cancelled: go Back and Next to check again.</source>
        <translation>Annulé : revenez en arrière puis cliquez sur Suivant pour vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Not written: the claims do not meet the group&apos;s designation rule:</source>
        <translation>Rien n&apos;est écrit : les affirmations ne satisfont pas à la règle d&apos;inscription du Groupe :</translation>
    </message>
    <message>
        <source>Nothing stands in the way: choose where to save the document.</source>
        <translation>Rien ne s&apos;y oppose : choisissez où enregistrer le document.</translation>
    </message>
</context>
<context>
    <name>DocumentWizard</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Writing the document</source>
        <translation>Écriture du document</translation>
    </message>
</context>
<context>
    <name>DossierWizard</name>
    <message>
        <source>Designation proposal</source>
        <translation>Proposition d&apos;inscription</translation>
    </message>
    <message>
        <source>A proposal for designation: the identifiers in the Committee&apos;s format, a statement of case built only from claims at verified fact, the evidence cited by code, the exculpatory information considered and the right of reply given. Before anything is written you see what it will hold, every reason the claims do not meet the group&apos;s designation rule, and where the text would name a confidential or protected source.</source>
        <translation>Une proposition d&apos;inscription : les éléments d&apos;identification au format du Comité, un exposé des motifs fondé uniquement sur des affirmations au stade de fait vérifié, les pièces citées par leur code, les informations à décharge examinées et le droit de réponse accordé. Avant toute écriture, vous voyez ce qu&apos;elle contiendra, chaque raison pour laquelle les affirmations ne satisfont pas à la règle d&apos;inscription du Groupe, et les passages qui nommeraient une source confidentielle ou protégée.</translation>
    </message>
    <message>
        <source>Entity proposed for designation</source>
        <translation>Entité proposée pour inscription</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Proposal written to {path}: {facts} verified facts in the statement of case, {exculpatory} exculpatory, {letters} letters. The export is in the chain of custody.</source>
        <translation>Proposition écrite dans {path} : {facts} faits vérifiés dans l&apos;exposé des motifs, {exculpatory} à décharge, {letters} lettres. L&apos;export figure dans la chaîne de possession.</translation>
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
        <source>Choose the draft PDF</source>
        <translation>Choisir le projet en PDF</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Un destinataire par ligne</translation>
    </message>
    <message>
        <source>Save the copies</source>
        <translation>Enregistrer les copies</translation>
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
    <message numerus="yes">
        <source>Copies written (%n):</source>
        <translation>
            <numerusform>Copie écrite (%n) :</numerusform>
            <numerusform>Copies écrites (%n) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorBase</name>
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
</context>
<context>
    <name>EvidenceMenu</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Set &amp;caption…</source>
        <translation>Modifier la &amp;légende…</translation>
    </message>
    <message>
        <source>Set &amp;source…</source>
        <translation>Indiquer la &amp;source…</translation>
    </message>
    <message>
        <source>Set &amp;investigation…</source>
        <translation>Indiquer l&apos;&amp;enquête…</translation>
    </message>
    <message>
        <source>Correct the &amp;date taken…</source>
        <translation>Corriger la date de &amp;prise de vue…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
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
        <source>Import files or a folder (Ctrl+I) — or drop them here</source>
        <translation>Importer des fichiers ou un dossier (Ctrl+I) — ou les déposer ici</translation>
    </message>
    <message>
        <source>Drop files or folders here to import them</source>
        <translation>Déposez des fichiers ou des dossiers ici pour les importer</translation>
    </message>
    <message>
        <source>Text recognition…</source>
        <translation>Reconnaissance de texte…</translation>
    </message>
    <message>
        <source>The languages photographed and scanned pages are read in (OCR)</source>
        <translation>Les langues dans lesquelles les pages photographiées et numérisées sont lues (OCR)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose files or folders to import</source>
        <translation>Choisir les fichiers ou dossiers à importer</translation>
    </message>
    <message>
        <source>Nothing to import: the folder holds no files.</source>
        <translation>Rien à importer : le dossier ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>Another import is running: drop the folder again when it ends.</source>
        <translation>Un autre import est en cours : déposez de nouveau le dossier quand il sera terminé.</translation>
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
        <source>Text recognised on the image (OCR): searchable, and checked before it leaves</source>
        <translation>Texte reconnu sur l’image (OCR) : consultable par la recherche, et contrôlé avant toute sortie</translation>
    </message>
    <message>
        <source>— page {n} —</source>
        <translation>— page {n} —</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>This item cannot be shown here (not a picture, a PDF, a video or an audio file this viewer can read). Its metadata and chain of custody are on the right.</source>
        <translation>Cette pièce ne peut pas être affichée ici (ni une image, ni un PDF, ni une vidéo, ni un fichier audio lisible par cette visionneuse). Ses métadonnées et sa chaîne de possession figurent à droite.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
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
        <source>Choose files or folders</source>
        <translation>Choisir des fichiers ou des dossiers</translation>
    </message>
    <message>
        <source>or type a path, then press Enter</source>
        <translation>ou saisissez un chemin, puis appuyez sur Entrée</translation>
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
        <source>could not be read in full, so it cannot leave: {place}</source>
        <translation>n’a pas pu être lu en entier ; il ne peut donc pas sortir : {place}</translation>
    </message>
    <message>
        <source>{place}: {what} of source {code} (characters {start}–{end})</source>
        <translation>{place} : {what} de la source {code} (caractères {start} à {end})</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Fieldvault user guide</source>
        <translation>Guide de l&apos;utilisateur de Fieldvault</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Fieldvault ({path}).</source>
        <translation>Le guide de l&apos;utilisateur n&apos;est pas installé avec cette copie de Fieldvault ({path}).</translation>
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
        <source>Successor&apos;s identity</source>
        <translation>Identité du successeur</translation>
    </message>
    <message>
        <source>Save the handover package</source>
        <translation>Enregistrer le dossier de passation</translation>
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
    <name>ImportConfirm</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{n} {type}</source>
        <translation>{n} {type}</translation>
    </message>
    <message>
        <source>without a type</source>
        <translation>sans type</translation>
    </message>
    <message>
        <source>{n} of other types</source>
        <translation>{n} d&apos;autres types</translation>
    </message>
    <message>
        <source>Import {n} files ({size}): {types}?</source>
        <translation>Importer {n} fichiers ({size}) : {types} ?</translation>
    </message>
    <message>
        <source>The folder holds more: only the first {n} files are taken.</source>
        <translation>Le dossier en contient davantage : seuls les {n} premiers fichiers sont pris.</translation>
    </message>
    <message>
        <source>{n} could not be looked at; they will be reported.</source>
        <translation>{n} n&apos;ont pas pu être examinés ; ils seront signalés.</translation>
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
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Import de %n fichier…</numerusform>
            <numerusform>Import de %n fichiers…</numerusform>
        </translation>
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
        <source>withheld from the desktop app</source>
        <translation>retenu depuis l&apos;application de bureau</translation>
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
        <source>&amp;Overdue only</source>
        <translation>&amp;En retard seulement</translation>
    </message>
    <message>
        <source>&amp;New letter</source>
        <translation>&amp;Nouvelle lettre</translation>
    </message>
    <message>
        <source>A new letter (Ctrl+N)</source>
        <translation>Une nouvelle lettre (Ctrl+N)</translation>
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
        <source>&amp;Attach as the reply</source>
        <translation>&amp;Joindre comme réponse</translation>
    </message>
    <message>
        <source>&amp;Reply received as evidence:</source>
        <translation>&amp;Réponse reçue (pièce) :</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n lettre</numerusform>
            <numerusform>%n lettres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>échéance dans %n jour</numerusform>
            <numerusform>échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date} (in %n day(s))</source>
        <translation>
            <numerusform>{date} (dans %n jour)</numerusform>
            <numerusform>{date} (dans %n jours)</numerusform>
        </translation>
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
    <name>ListingsPage</name>
    <message>
        <source>&amp;Undecided only</source>
        <translation>&amp;Non tranchés seulement</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>In this vault</source>
        <translation>Dans ce coffre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Listed as</source>
        <translation>Inscrit sous le nom</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Confirm: same person or entity</source>
        <translation>&amp;Confirmer : même personne ou entité</translation>
    </message>
    <message>
        <source>&amp;Reject: not the same</source>
        <translation>&amp;Rejeter : pas la même</translation>
    </message>
    <message>
        <source>&amp;Periodic review…</source>
        <translation>Examen &amp;périodique…</translation>
    </message>
    <message>
        <source>The Committee&apos;s periodic review of the selected listing, as DOCX</source>
        <translation>L&apos;examen périodique par le Comité de l&apos;inscription choisie, en DOCX</translation>
    </message>
    <message>
        <source>No list imported yet (fieldvault list import).</source>
        <translation>Aucune liste importée (fieldvault list import).</translation>
    </message>
    <message>
        <source>Consolidated List of {date}</source>
        <translation>Liste récapitulative du {date}</translation>
    </message>
    <message>
        <source>(received from a colleague, not imported here)</source>
        <translation>(reçue d’un collègue, non importée ici)</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>à trancher</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation>(scellé)</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Décision enregistrée.</translation>
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
        <source>Close the vault (back to the first screen)</source>
        <translation>Fermer le coffre (retour au premier écran)</translation>
    </message>
    <message>
        <source>Today: what needs doing</source>
        <translation>Aujourd&apos;hui : ce qui reste à faire</translation>
    </message>
    <message>
        <source>Go to a section</source>
        <translation>Aller à une rubrique</translation>
    </message>
    <message>
        <source>Refresh Today</source>
        <translation>Actualiser « Aujourd&apos;hui »</translation>
    </message>
    <message>
        <source>New record in the section shown</source>
        <translation>Nouvelle fiche dans la rubrique affichée</translation>
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
        <source>Create a new vault</source>
        <translation>Créer un nouveau coffre</translation>
    </message>
    <message>
        <source>Open another vault</source>
        <translation>Ouvrir un autre coffre</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The user guide</source>
        <translation>Le guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Cette liste de raccourcis</translation>
    </message>
    <message>
        <source>The menu, button or field with that letter underlined</source>
        <translation>Le menu, le bouton ou le champ dont cette lettre est soulignée</translation>
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
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nouveau coffre…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Ouvrir un coffre…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import files as evidence (Ctrl+I in Evidence)</source>
        <translation>Importer des fichiers comme pièces (Ctrl+I dans Éléments de preuve)</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la phrase &amp;secrète…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>Nouveau code de &amp;récupération…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>&amp;Fermer le coffre</translation>
    </message>
    <message>
        <source>Lock the vault and go back to the first screen</source>
        <translation>Verrouiller le coffre et revenir au premier écran</translation>
    </message>
    <message>
        <source>Lock and &amp;quit</source>
        <translation>Verrouiller et &amp;quitter</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
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
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Fieldvault</source>
        <translation>À &amp;propos de Fieldvault</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>This computer has no audio output: the sound cannot be heard here.</source>
        <translation>Cet ordinateur n’a aucune sortie audio : le son ne peut pas être entendu ici.</translation>
    </message>
    <message>
        <source>the file is damaged, or its format or codec is not one this viewer can play</source>
        <translation>le fichier est endommagé, ou son format ou son codec n’est pas lisible par cette visionneuse</translation>
    </message>
    <message>
        <source>its format or codec is not one this viewer can play, or it is damaged</source>
        <translation>son format ou son codec n’est pas lisible par cette visionneuse, ou il est endommagé</translation>
    </message>
    <message>
        <source>the file could not be read (damaged or cut short)</source>
        <translation>le fichier n’a pas pu être lu (endommagé ou tronqué)</translation>
    </message>
    <message>
        <source>it did not finish opening within 30 seconds</source>
        <translation>son ouverture n’a pas abouti en 30 secondes</translation>
    </message>
    <message>
        <source>This item cannot be played: {why}.</source>
        <translation>Cette pièce ne peut pas être lue : {why}.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Go to {time}</source>
        <translation>Aller à {time}</translation>
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
        <source>Addressed to another archive</source>
        <translation>Adressé à d&apos;autres archives</translation>
    </message>
    <message>
        <source>Carries work by a key the archive does not accept</source>
        <translation>Contient le travail d&apos;une clé que les archives n&apos;acceptent pas</translation>
    </message>
    <message>
        <source>Touches records outside what it declares</source>
        <translation>Touche des fiches hors de ce qu&apos;il déclare</translation>
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
        <source>Choose bundles to merge</source>
        <translation>Choisir les envois à intégrer</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n bundle(s)…</source>
        <translation>
            <numerusform>Fusion de %n envoi…</numerusform>
            <numerusform>Fusion de %n envois…</numerusform>
        </translation>
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
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the caption, source, investigation and date (Ctrl+S)</source>
        <translation>Enregistrer la légende, la source, l&apos;enquête et la date (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the item, with a reason (its history stays)</source>
        <translation>Supprimer la pièce, avec un motif (son historique reste)</translation>
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
        <source>Designation proposal…</source>
        <translation>Proposition d&apos;inscription…</translation>
    </message>
    <message>
        <source>A proposal for designating this entity, as DOCX</source>
        <translation>Une proposition d&apos;inscription de cette entité, en DOCX</translation>
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
        <source>to decide</source>
        <translation>à trancher</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>May be on the Consolidated List (see Listings):</source>
        <translation>Figure peut-être sur la Liste récapitulative (voir Inscriptions) :</translation>
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
    <name>NewPassphraseFields</name>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show the passphrase as you type it</source>
        <translation>Afficher la phrase secrète pendant la saisie</translation>
    </message>
    <message>
        <source>Su&amp;ggest a passphrase</source>
        <translation>&amp;Suggérer une phrase secrète</translation>
    </message>
    <message>
        <source>Six words drawn at random from a list of 7,776: hard to guess, easy to type</source>
        <translation>Six mots tirés au hasard dans une liste de 7 776 : difficiles à deviner, faciles à saisir</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-la</translation>
    </message>
    <message>
        <source>Type a passphrase, or let Fieldvault suggest one.</source>
        <translation>Saisissez une phrase secrète, ou laissez Fieldvault en suggérer une.</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Une phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>Une phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: follow the advice under the strength bar, or let Fieldvault suggest one.</source>
        <translation>Cette phrase secrète est trop facile à deviner : suivez les conseils sous la barre de robustesse, ou laissez Fieldvault en suggérer une.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Type the passphrase again under “Repeat it” to confirm it.</source>
        <translation>Saisissez de nouveau la phrase secrète sous « Répétez-la » pour la confirmer.</translation>
    </message>
    <message>
        <source>Six words drawn at random. Learn them or write them down now, and keep the paper apart from this computer: Fieldvault does not show them again.</source>
        <translation>Six mots tirés au hasard. Apprenez-les ou notez-les maintenant, et conservez le papier à l&apos;écart de cet ordinateur : Fieldvault ne les affichera plus.</translation>
    </message>
</context>
<context>
    <name>OcrLanguagesDialog</name>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Reconnaissance de texte (OCR)</translation>
    </message>
    <message>
        <source>Photographed and scanned pages are read in these languages:</source>
        <translation>Les pages photographiées et numérisées sont lues dans ces langues :</translation>
    </message>
    <message>
        <source>Read the items already read again in these languages</source>
        <translation>Relire dans ces langues les pièces déjà lues</translation>
    </message>
</context>
<context>
    <name>OcrPanel</name>
    <message>
        <source>Read text now</source>
        <translation>Lire le texte maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for text recognition (OCR), which is not available here ({problem}). They cannot leave the vault until they are read.</source>
        <translation>
            <numerusform>%n pièce attend la reconnaissance de texte (OCR), qui n’est pas disponible ici ({problem}). Elle ne peut pas sortir du coffre avant d’avoir été lue.</numerusform>
            <numerusform>%n pièces attendent la reconnaissance de texte (OCR), qui n’est pas disponible ici ({problem}). Elles ne peuvent pas sortir du coffre avant d’avoir été lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for text recognition (OCR).</source>
        <translation>
            <numerusform>%n pièce attend la reconnaissance de texte (OCR).</numerusform>
            <numerusform>%n pièces attendent la reconnaissance de texte (OCR).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the text of photographed and scanned pages…</source>
        <translation>Lecture du texte des pages photographiées et numérisées…</translation>
    </message>
    <message>
        <source>Reading text (OCR): {done} of {total} page(s)</source>
        <translation>Lecture du texte (OCR) : {done} page(s) sur {total}</translation>
    </message>
</context>
<context>
    <name>OriginalChoices</name>
    <message>
        <source>These originals name a protected source. Seal one to send it encrypted to the keys that can read the source&apos;s identity (the archive keeps its record and hash, not its bytes), or withhold it to keep it in this vault; to send a redacted copy instead, withhold the original and make a working copy. Each choice is logged.</source>
        <translation>Ces originaux nomment une source protégée. Scellez-en un pour l&apos;envoyer chiffré pour les clés qui peuvent lire l&apos;identité de la source (les archives conservent sa fiche et son empreinte, pas son contenu), ou retenez-le pour le garder dans ce coffre ; pour envoyer plutôt une copie caviardée, retenez l&apos;original et faites-en une copie de travail. Chaque choix est journalisé.</translation>
    </message>
    <message>
        <source>Apply the choices and try again</source>
        <translation>Appliquer ces choix et réessayer</translation>
    </message>
    <message>
        <source>Seal it</source>
        <translation>Le sceller</translation>
    </message>
    <message>
        <source>Withhold it</source>
        <translation>Le retenir</translation>
    </message>
    <message>
        <source>Leave it (nothing is sent)</source>
        <translation>Le laisser tel quel (rien n&apos;est envoyé)</translation>
    </message>
    <message>
        <source>Evidence {id}</source>
        <translation>Pièce {id}</translation>
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
        <source>Choose the handover package</source>
        <translation>Choisir le dossier de passation</translation>
    </message>
    <message>
        <source>Sender&apos;s identity</source>
        <translation>Identité de l&apos;expéditeur</translation>
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
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
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
    <name>RequestWizard</name>
    <message>
        <source>Answer a request</source>
        <translation>Répondre à une demande</translation>
    </message>
    <message>
        <source>What answers it, and where</source>
        <translation>Ce qui y répond, et où l&apos;écrire</translation>
    </message>
    <message>
        <source>The package holds the original files, their SHA-256 and chain of custody, the claims and interview notes as PDF, and a cover letter listing what was withheld and why, by category, never naming a source. It is signed by this vault. Nothing from a source goes without that source&apos;s consent to this use (a court, unless the request says otherwise).</source>
        <translation>Le dossier contient les fichiers originaux, leur empreinte SHA-256 et leur chaîne de possession, les affirmations et les notes d&apos;entretien en PDF, et une lettre d&apos;accompagnement indiquant ce qui a été retenu et pourquoi, par catégorie, sans jamais nommer une source. Il est signé par ce coffre. Rien de ce qui vient d&apos;une source ne part sans le consentement de cette source à cet usage (une juridiction, sauf si la demande en dispose autrement).</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>Écrire le dossier dans</translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>Entities (the claims citing them)</source>
        <translation>Entités (les affirmations qui les citent)</translation>
    </message>
    <message>
        <source>Claims (and what they cite)</source>
        <translation>Affirmations (et ce qu&apos;elles citent)</translation>
    </message>
    <message>
        <source>Write the package to (a new folder)</source>
        <translation>Écrire le dossier dans (un nouveau dossier)</translation>
    </message>
    <message>
        <source>What may go, item by item</source>
        <translation>Ce qui peut partir, pièce par pièce</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Écriture du dossier</translation>
    </message>
    <message>
        <source>Choose at least one investigation, entity or claim.</source>
        <translation>Choisissez au moins une enquête, une entité ou une affirmation.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) may go</source>
        <translation>
            <numerusform>%n élément peut partir</numerusform>
            <numerusform>%n éléments peuvent partir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withheld</source>
        <translation>
            <numerusform>%n retenu</numerusform>
            <numerusform>%n retenus</numerusform>
        </translation>
    </message>
    <message>
        <source>goes</source>
        <translation>part</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>Package {package} written to {path}: {goes} items and records given, {withheld} withheld (listed by category in the cover letter). Its SHA-256 {sha} is recorded in each item&apos;s chain of custody.</source>
        <translation>Dossier {package} écrit dans {path} : {goes} pièces et fiches remises, {withheld} retenues (indiquées par catégorie dans la lettre d&apos;accompagnement). Son empreinte SHA-256 {sha} est inscrite dans la chaîne de possession de chaque pièce.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message>
        <source>Register a request received (Ctrl+N)</source>
        <translation>Enregistrer une demande reçue (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>See what may go to the authority, item by item, and write the signed package</source>
        <translation>Voir ce qui peut être remis à l&apos;autorité, pièce par pièce, et écrire le dossier signé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Packages sent</source>
        <translation>Dossiers remis</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(sans référence)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>Periodic review of {reference}</source>
        <translation>Examen périodique de {reference}</translation>
    </message>
    <message>
        <source>For the Committee&apos;s periodic review: the identifiers and narrative as listed, what the group holds on the entities confirmed as this listing (claims with their status, evidence and sources by code, letters and replies), the exculpatory information and the changes to identifiers the group proposes. Before anything is written you see what it will hold and where the text would name a confidential or protected source.</source>
        <translation>Pour l&apos;examen périodique du Comité : les éléments d&apos;identification et le résumé des motifs tels qu&apos;inscrits, ce que détient le Groupe sur les entités confirmées comme correspondant à cette inscription (affirmations et leur statut, pièces et sources par code, lettres et réponses), les informations à décharge et les modifications d&apos;identifiants que propose le Groupe. Avant toute écriture, vous voyez ce qu&apos;il contiendra et les passages qui nommeraient une source confidentielle ou protégée.</translation>
    </message>
    <message>
        <source>e.g. 2026-01-01; empty: everything the group holds</source>
        <translation>p. ex. 2026-01-01 ; vide : tout ce que détient le Groupe</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>What the group holds since</source>
        <translation>Ce que détient le Groupe depuis le</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Review written to {path}: {claims} claims, {exculpatory} exculpatory, {letters} letters, {proposed} proposed identifier changes. The export is in the chain of custody.</source>
        <translation>Examen écrit dans {path} : {claims} affirmations, {exculpatory} à décharge, {letters} lettres, {proposed} modifications d&apos;identifiants proposées. L&apos;export figure dans la chaîne de possession.</translation>
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
        <source>Bundles received</source>
        <translation>Envois reçus</translation>
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
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>no. {numbers}</source>
        <translation>n° {numbers}</translation>
    </message>
    <message>
        <source>not arrived: no. {numbers}</source>
        <translation>non arrivés : n° {numbers}</translation>
    </message>
    <message>
        <source>What these bundles carried is not in the archive: ask the expert for them.</source>
        <translation>Le contenu de ces envois n&apos;est pas dans les archives : demandez-les à l&apos;expert.</translation>
    </message>
    <message>
        <source>Choose the expert&apos;s identity file</source>
        <translation>Choisir le fichier d&apos;identité de l&apos;expert</translation>
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
    <message numerus="yes">
        <source>%n result(s) for “{text}”</source>
        <translation>
            <numerusform>%n résultat pour « {text} »</numerusform>
            <numerusform>%n résultats pour « {text} »</numerusform>
        </translation>
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
        <source>&amp;Lock when idle for</source>
        <translation>&amp;Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <source>&amp;Clear copied protected fields after</source>
        <translation>&amp;Effacer les champs protégés copiés après</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>&amp;New source</source>
        <translation>&amp;Nouvelle source</translation>
    </message>
    <message>
        <source>A new source (Ctrl+N)</source>
        <translation>Une nouvelle source (Ctrl+N)</translation>
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
    <message numerus="yes">
        <source>sealed to %n key(s)</source>
        <translation>
            <numerusform>scellée pour %n clé</numerusform>
            <numerusform>scellée pour %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
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
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Créer un nouveau coffre…</translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>&amp;Ouvrir un coffre…</translation>
    </message>
    <message>
        <source>Explore the &amp;demo vault</source>
        <translation>Découvrir le coffre de &amp;démonstration</translation>
    </message>
    <message>
        <source>Explore the demo group &amp;archive (coordinator)</source>
        <translation>Découvrir les &amp;archives de démonstration du Groupe (coordonnateur)</translation>
    </message>
    <message>
        <source>The demo vault holds an invented arms-embargo investigation to try things on. It is kept at {folder}
Its passphrase is: &lt;b&gt;{passphrase}&lt;/b&gt;</source>
        <translation>Le coffre de démonstration contient une enquête fictive sur un embargo sur les armes, pour faire des essais. Il est conservé dans {folder}
Sa phrase secrète est : &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>very weak</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>très forte</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Read the vault again (F5)</source>
        <translation>Relire le coffre (F5)</translation>
    </message>
    <message>
        <source>Letters awaiting a reply</source>
        <translation>Lettres en attente de réponse</translation>
    </message>
    <message>
        <source>Open the &amp;letters</source>
        <translation>Ouvrir les &amp;lettres</translation>
    </message>
    <message>
        <source>Requests from courts and mechanisms</source>
        <translation>Demandes des juridictions et mécanismes</translation>
    </message>
    <message>
        <source>Open the re&amp;quests</source>
        <translation>Ouvrir les &amp;demandes</translation>
    </message>
    <message>
        <source>Claims waiting for corroboration</source>
        <translation>Affirmations en attente de corroboration</translation>
    </message>
    <message>
        <source>Evidence not attributed</source>
        <translation>Pièces non attribuées</translation>
    </message>
    <message>
        <source>Since the last bundle</source>
        <translation>Depuis le dernier envoi</translation>
    </message>
    <message>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Exporter un envoi…</translation>
    </message>
    <message>
        <source>Nothing is waiting on you today.</source>
        <translation>Rien ne vous attend aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within a week</source>
        <translation>
            <numerusform>%n à échéance dans la semaine</numerusform>
            <numerusform>%n à échéance dans la semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>No reply is due this week.</source>
        <translation>Aucune réponse n&apos;est attendue cette semaine.</translation>
    </message>
    <message>
        <source>Report cut-off: none recorded (it is set on a letter).</source>
        <translation>Date butoir du rapport : aucune enregistrée (elle se fixe sur une lettre).</translation>
    </message>
    <message numerus="yes">
        <source>Report cut-off: {date}, in %n day(s).</source>
        <translation>
            <numerusform>Date butoir du rapport : {date}, dans %n jour.</numerusform>
            <numerusform>Date butoir du rapport : {date}, dans %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report cut-off: {date}, passed %n day(s) ago.</source>
        <translation>
            <numerusform>Date butoir du rapport : {date}, dépassée depuis %n jour.</numerusform>
            <numerusform>Date butoir du rapport : {date}, dépassée depuis %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>{symbol} to {addressee}</source>
        <translation>{symbol} adressée à {addressee}</translation>
    </message>
    <message>
        <source>(no symbol)</source>
        <translation>(sans cote)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>échéance dans %n jour</numerusform>
            <numerusform>échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply deadline {date}</source>
        <translation>Délai de réponse : {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference} from {authority}</source>
        <translation>{reference} de {authority}</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(sans référence)</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>Deadline {date}</source>
        <translation>Échéance : {date}</translation>
    </message>
    <message>
        <source>No request is open.</source>
        <translation>Aucune demande n’est ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) the methodology does not yet let move up.</source>
        <translation>
            <numerusform>%n affirmation dont la méthodologie ne permet pas encore de relever le statut.</numerusform>
            <numerusform>%n affirmations dont la méthodologie ne permet pas encore de relever le statut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every claim may move up as far as its support allows.</source>
        <translation>Le statut de chaque affirmation peut être relevé autant que ses appuis le permettent.</translation>
    </message>
    <message>
        <source>{status} → {wants}</source>
        <translation>{status} → {wants}</translation>
    </message>
    <message>
        <source>No claim is waiting.</source>
        <translation>Aucune affirmation en attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) attributed to no source or investigation (the newest listed).</source>
        <translation>
            <numerusform>%n pièce non attribuée à une source ou à une enquête (les plus récentes sont listées).</numerusform>
            <numerusform>%n pièces non attribuées à une source ou à une enquête (les plus récentes sont listées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) attributed to no source or investigation.</source>
        <translation>
            <numerusform>%n pièce non attribuée à une source ou à une enquête.</numerusform>
            <numerusform>%n pièces non attribuées à une source ou à une enquête.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item belongs to a source or an investigation.</source>
        <translation>Chaque pièce est rattachée à une source ou à une enquête.</translation>
    </message>
    <message>
        <source>Received {date}</source>
        <translation>Reçue le {date}</translation>
    </message>
    <message>
        <source>Nothing to attribute.</source>
        <translation>Rien à attribuer.</translation>
    </message>
    <message>
        <source>Bundle #{n} was written on {date}.</source>
        <translation>L&apos;envoi n° {n} a été écrit le {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed since.</source>
        <translation>
            <numerusform>%n fiche modifiée depuis.</numerusform>
            <numerusform>%n fiches modifiées depuis.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundle written yet.</source>
        <translation>Aucun envoi écrit pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to send.</source>
        <translation>
            <numerusform>%n fiche à envoyer.</numerusform>
            <numerusform>%n fiches à envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next is bundle #{n}.</source>
        <translation>Le prochain sera l&apos;envoi n° {n}.</translation>
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
        <source>&amp;Fill in the demo passphrase</source>
        <translation>&amp;Saisir la phrase secrète de démonstration</translation>
    </message>
    <message>
        <source>a folder whose name ends in .fvault</source>
        <translation>un dossier dont le nom se termine par .fvault</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>I &amp;lost the passphrase: use the recovery code</source>
        <translation>&amp;J&apos;ai perdu la phrase secrète : utiliser le code de récupération</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock with the OS &amp;keyring</source>
        <translation>Déverrouiller avec le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>This vault lets the keyring of your computer account unlock it, without the passphrase.</source>
        <translation>Ce coffre peut être déverrouillé par le trousseau de votre compte sur cet ordinateur, sans la phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <source>This is a demo vault; its passphrase is public: &lt;b&gt;{passphrase}&lt;/b&gt;</source>
        <translation>Ceci est un coffre de démonstration ; sa phrase secrète est publique : &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Code de &amp;récupération</translation>
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
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Wrong passphrase</source>
        <translation>La phrase secrète est incorrecte</translation>
    </message>
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
        <source>Other identifying terms</source>
        <translation>Autres termes identifiants</translation>
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
        <source>Born (year or date)</source>
        <translation>Naissance (année ou date)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Identity documents (numbers)</source>
        <translation>Documents d’identité (numéros)</translation>
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
    <message>
        <source>Requesting authority</source>
        <translation>Autorité requérante</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Leur référence</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Scope of the request</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <source>Purpose (the consent it needs)</source>
        <translation>Finalité (le consentement requis)</translation>
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
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Package sent</source>
        <translation>Dossier remis</translation>
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
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>What needs doing: letters due, claims waiting for corroboration, evidence to attribute.</source>
        <translation>Ce qui reste à faire : lettres arrivant à échéance, affirmations en attente de corroboration, pièces à attribuer.</translation>
    </message>
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
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Requests from courts and accountability mechanisms, with their deadlines.</source>
        <translation>Demandes des juridictions et des mécanismes d&apos;établissement des responsabilités, avec leurs échéances.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>The Consolidated List: entities of this vault that may be listed, and decisions.</source>
        <translation>La Liste récapitulative : les entités de ce coffre qui pourraient y figurer, et les décisions.</translation>
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
<context>
    <name>vault</name>
    <message>
        <source>the file cannot be decrypted</source>
        <translation>le fichier ne peut pas être déchiffré</translation>
    </message>
    <message>
        <source>not a well-formed age file (its header is malformed or uses an unsupported form)</source>
        <translation>ce n’est pas un fichier age valide (son en-tête est mal formé ou d’une forme non prise en charge)</translation>
    </message>
    <message>
        <source>the file is not encrypted to this vault&apos;s key</source>
        <translation>le fichier n’est pas chiffré pour la clé de ce coffre</translation>
    </message>
    <message>
        <source>the age header was altered (its MAC does not match)</source>
        <translation>l’en-tête age a été modifié (son MAC ne correspond pas)</translation>
    </message>
    <message>
        <source>the encrypted contents are damaged or truncated</source>
        <translation>le contenu chiffré est endommagé ou tronqué</translation>
    </message>
    <message>
        <source>the ASCII armor around the age file is malformed</source>
        <translation>l’armure ASCII du fichier age est mal formée</translation>
    </message>
    <message>
        <source>no attachment with SHA-256 {sha256}</source>
        <translation>aucune pièce jointe avec l’empreinte SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>attachment {sha256} is too large to read into memory</source>
        <translation>la pièce jointe {sha256} est trop volumineuse pour être lue en mémoire</translation>
    </message>
    <message>
        <source>attachment row {row} was never completed</source>
        <translation>la ligne de pièce jointe {row} n’a jamais été terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>larger than the size limit of {mib} MiB</source>
        <translation>dépasse la taille maximale de {mib} Mio</translation>
    </message>
    <message>
        <source>attachment {sha256} is missing chunk {n}</source>
        <translation>il manque le bloc {n} à la pièce jointe {sha256}</translation>
    </message>
    <message>
        <source>attachment {sha256} does not match its SHA-256 (altered or truncated)</source>
        <translation>la pièce jointe {sha256} ne correspond pas à son empreinte SHA-256 (modifiée ou tronquée)</translation>
    </message>
    <message>
        <source>this vault&apos;s audit log</source>
        <translation>le journal d’audit de ce coffre</translation>
    </message>
    <message>
        <source>audit chain {chain}</source>
        <translation>la chaîne d’audit {chain}</translation>
    </message>
    <message>
        <source>{label}: entry {seq} was altered (its hash does not match)</source>
        <translation>{label} : l’entrée {seq} a été modifiée (son empreinte ne correspond pas)</translation>
    </message>
    <message>
        <source>{label}: entries before {seq} are missing</source>
        <translation>{label} : les entrées antérieures à {seq} manquent</translation>
    </message>
    <message>
        <source>{label}: entry {seq} does not follow entry {previous}</source>
        <translation>{label} : l’entrée {seq} ne fait pas suite à l’entrée {previous}</translation>
    </message>
    <message>
        <source>{label}: entries {first}..{last} are missing</source>
        <translation>{label} : les entrées {first} à {last} manquent</translation>
    </message>
    <message>
        <source>the bundle holds an entry whose name the format does not allow</source>
        <translation>l’envoi contient une entrée dont le format n’autorise pas le nom</translation>
    </message>
    <message>
        <source>the bundle manifest is not valid JSON</source>
        <translation>le manifeste de l’envoi n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed structure</source>
        <translation>le manifeste de l’envoi a une structure mal formée</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed sender</source>
        <translation>le manifeste de l’envoi contient un expéditeur mal formé</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed revision range</source>
        <translation>le manifeste de l’envoi contient une plage de révisions mal formée</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed audit range</source>
        <translation>le manifeste de l’envoi contient une plage d’entrées du journal d’audit mal formée</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed sequence number</source>
        <translation>le manifeste de l’envoi contient un numéro d’ordre mal formé</translation>
    </message>
    <message>
        <source>a revision in the bundle is not valid JSON</source>
        <translation>une révision de l’envoi n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>an audit entry in the bundle is not valid JSON</source>
        <translation>une entrée du journal d’audit de l’envoi n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed entry</source>
        <translation>le manifeste de l’envoi contient une entrée mal formée</translation>
    </message>
    <message>
        <source>the bundle holds a path that leaves its folder (path traversal)</source>
        <translation>l’envoi contient un chemin qui sort de son dossier (traversée de chemin)</translation>
    </message>
    <message>
        <source>the file is not a Fieldvault bundle of a version this program reads</source>
        <translation>le fichier n’est pas un envoi Fieldvault d’une version que ce programme sait lire</translation>
    </message>
    <message>
        <source>the bundle manifest is not in canonical form</source>
        <translation>le manifeste de l’envoi n’est pas sous forme canonique</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed bundle id</source>
        <translation>le manifeste de l’envoi contient un identifiant d’envoi mal formé</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed sender key</source>
        <translation>le manifeste de l’envoi contient une clé d’expéditeur mal formée</translation>
    </message>
    <message>
        <source>the bundle manifest has malformed recipients</source>
        <translation>le manifeste de l’envoi contient des destinataires mal formés</translation>
    </message>
    <message>
        <source>the bundle manifest lists too many entries</source>
        <translation>le manifeste de l’envoi énumère trop d’entrées</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed entry size</source>
        <translation>le manifeste de l’envoi contient une taille d’entrée mal formée</translation>
    </message>
    <message>
        <source>the bundle is larger than the size limit</source>
        <translation>l’envoi dépasse la taille maximale</translation>
    </message>
    <message>
        <source>the bundle manifest does not list its revisions and audit files first</source>
        <translation>le manifeste de l’envoi n’énumère pas d’abord ses fichiers de révisions et d’audit</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed flag</source>
        <translation>le manifeste de l’envoi contient un indicateur mal formé</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed revision count</source>
        <translation>le manifeste de l’envoi contient un nombre de révisions mal formé</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed audit count</source>
        <translation>le manifeste de l’envoi contient un nombre d’entrées du journal d’audit mal formé</translation>
    </message>
    <message>
        <source>a revision or audit entry in the bundle is malformed</source>
        <translation>une révision ou une entrée du journal d’audit de l’envoi est mal formée</translation>
    </message>
    <message>
        <source>a revision in the bundle is malformed</source>
        <translation>une révision de l’envoi est mal formée</translation>
    </message>
    <message>
        <source>a revision in the bundle names a malformed parent</source>
        <translation>une révision de l’envoi désigne un parent mal formé</translation>
    </message>
    <message>
        <source>a revision in the bundle is not in canonical form</source>
        <translation>une révision de l’envoi n’est pas sous forme canonique</translation>
    </message>
    <message>
        <source>an audit entry in the bundle is malformed</source>
        <translation>une entrée du journal d’audit de l’envoi est mal formée</translation>
    </message>
    <message>
        <source>an audit entry in the bundle is not in canonical form</source>
        <translation>une entrée du journal d’audit de l’envoi n’est pas sous forme canonique</translation>
    </message>
    <message>
        <source>the bundle lists the same entry twice</source>
        <translation>l’envoi énumère deux fois la même entrée</translation>
    </message>
    <message>
        <source>the bundle manifest has a malformed checksum</source>
        <translation>le manifeste de l’envoi contient une somme de contrôle mal formée</translation>
    </message>
    <message>
        <source>an attachment is over the size limit or misnamed</source>
        <translation>une pièce jointe dépasse la taille maximale ou est mal nommée</translation>
    </message>
    <message>
        <source>a revision in the bundle has a malformed signature</source>
        <translation>une révision de l’envoi a une signature mal formée</translation>
    </message>
    <message>
        <source>the bundle cannot be decrypted: {error}</source>
        <translation>l’envoi ne peut pas être déchiffré : {error}</translation>
    </message>
    <message>
        <source>the archive inside the bundle is malformed: {error}</source>
        <translation>l’archive contenue dans l’envoi est mal formée : {error}</translation>
    </message>
    <message>
        <source>that is this vault&apos;s own identity</source>
        <translation>c’est l’identité de ce coffre lui-même</translation>
    </message>
    <message>
        <source>the identity {fingerprint} has no sealing key (an identity file of version 1): ask for a new identity file (&apos;fieldvault identity export&apos;) to grant it a source</source>
        <translation>l’identité {fingerprint} n’a pas de clé de scellement (fichier d’identité de version 1) : demandez un nouveau fichier d’identité (« fieldvault identity export ») pour lui ouvrir l’accès à une source</translation>
    </message>
    <message>
        <source>the sealing key of identity {fingerprint} is not signed by it</source>
        <translation>la clé de scellement de l’identité {fingerprint} n’est pas signée par celle-ci</translation>
    </message>
    <message>
        <source>{code} (protected source)</source>
        <translation>{code} (source protégée)</translation>
    </message>
    <message>
        <source>this passphrase is too easy to guess ({advice})</source>
        <translation>cette phrase secrète est trop facile à deviner ({advice})</translation>
    </message>
    <message>
        <source>the word list for suggested passphrases is damaged</source>
        <translation>la liste de mots des phrases secrètes suggérées est endommagée</translation>
    </message>
    <message>
        <source>the word list for suggested passphrases cannot be read</source>
        <translation>la liste de mots des phrases secrètes suggérées est illisible</translation>
    </message>
    <message>
        <source>bundle {bundle}</source>
        <translation>envoi {bundle}</translation>
    </message>
    <message>
        <source>{label}: its signer is not on the roster</source>
        <translation>{label} : son signataire ne figure pas sur la liste des experts</translation>
    </message>
    <message>
        <source>{label}: its stored receipt no longer verifies ({problem})</source>
        <translation>{label} : son accusé de réception enregistré ne passe plus la vérification ({problem})</translation>
    </message>
    <message>
        <source>{label}: the audit entries it delivered no longer match its signed manifest</source>
        <translation>{label} : les entrées du journal d’audit qu’il a livrées ne correspondent plus à son manifeste signé</translation>
    </message>
    <message>
        <source>{label}: attachment {attachment} it delivered is missing</source>
        <translation>{label} : la pièce jointe {attachment} qu’il a livrée est manquante</translation>
    </message>
    <message>
        <source>{label}: its list of delivered revisions is damaged</source>
        <translation>{label} : sa liste de révisions livrées est endommagée</translation>
    </message>
    <message>
        <source>the bundle holds an entry its manifest does not list, or out of order</source>
        <translation>l’envoi contient une entrée que son manifeste n’énumère pas, ou hors de l’ordre prévu</translation>
    </message>
    <message>
        <source>the bundle holds the same entry twice</source>
        <translation>l’envoi contient deux fois la même entrée</translation>
    </message>
    <message>
        <source>{path} does not end with a line end</source>
        <translation>{path} ne se termine pas par une fin de ligne</translation>
    </message>
    <message>
        <source>{path} is longer than the manifest says</source>
        <translation>{path} est plus long que ne l’indique le manifeste</translation>
    </message>
    <message>
        <source>{path} does not match its SHA-256 in the signed manifest</source>
        <translation>{path} ne correspond pas à son empreinte SHA-256 dans le manifeste signé</translation>
    </message>
    <message>
        <source>the bundle ends before its manifest</source>
        <translation>l’envoi s’arrête avant son manifeste</translation>
    </message>
    <message>
        <source>the bundle&apos;s {name} is over the size limit</source>
        <translation>le fichier {name} de l’envoi dépasse la taille maximale</translation>
    </message>
    <message>
        <source>{path} has a line over the size limit</source>
        <translation>{path} contient une ligne qui dépasse la taille maximale</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n’existe pas</translation>
    </message>
    <message>
        <source>{path} cannot be read</source>
        <translation>{path} est illisible</translation>
    </message>
    <message>
        <source>the bundle is missing {path}</source>
        <translation>il manque {path} dans l’envoi</translation>
    </message>
    <message>
        <source>{path} is not the size the manifest says</source>
        <translation>{path} n’a pas la taille qu’indique le manifeste</translation>
    </message>
    <message>
        <source>an entry has a malformed size</source>
        <translation>une entrée a une taille mal formée</translation>
    </message>
    <message>
        <source>an entry header is malformed</source>
        <translation>l’en-tête d’une entrée est mal formé</translation>
    </message>
    <message>
        <source>an entry header is damaged (checksum)</source>
        <translation>l’en-tête d’une entrée est endommagé (somme de contrôle)</translation>
    </message>
    <message>
        <source>the archive is not in ustar form</source>
        <translation>l’archive n’est pas au format ustar</translation>
    </message>
    <message>
        <source>an entry is not a regular file (link, folder or extended header)</source>
        <translation>une entrée n’est pas un fichier ordinaire (lien, dossier ou en-tête étendu)</translation>
    </message>
    <message>
        <source>an entry uses a long-name prefix</source>
        <translation>une entrée utilise un préfixe de nom long</translation>
    </message>
    <message>
        <source>an entry header is not in the form this program writes</source>
        <translation>l’en-tête d’une entrée n’a pas la forme qu’écrit ce programme</translation>
    </message>
    <message>
        <source>the archive is truncated</source>
        <translation>l’archive est tronquée</translation>
    </message>
    <message>
        <source>an entry name is not UTF-8</source>
        <translation>le nom d’une entrée n’est pas en UTF-8</translation>
    </message>
    <message>
        <source>an entry&apos;s padding is not zero</source>
        <translation>le remplissage d’une entrée n’est pas nul</translation>
    </message>
    <message>
        <source>the end of the archive is malformed</source>
        <translation>la fin de l’archive est mal formée</translation>
    </message>
    <message>
        <source>data follows the end of the archive</source>
        <translation>des données suivent la fin de l’archive</translation>
    </message>
    <message>
        <source>the bundle (an original names a protected source: seal it with `fieldvault evidence seal`, keep it back with `fieldvault evidence withhold`, or send a redacted working copy)</source>
        <translation>l’envoi (un original nomme une source protégée : scellez-le avec `fieldvault evidence seal`, retenez-le avec `fieldvault evidence withhold`, ou envoyez une copie de travail caviardée)</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>l’envoi</translation>
    </message>
    <message>
        <source>reserving the bundle&apos;s number</source>
        <translation>réservation du numéro de l’envoi</translation>
    </message>
    <message>
        <source>releasing the bundle&apos;s number</source>
        <translation>libération du numéro de l’envoi</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name</source>
        <translation>{path} existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} n’est pas un dossier</translation>
    </message>
    <message>
        <source>bundle entry {name}</source>
        <translation>entrée {name} de l’envoi</translation>
    </message>
    <message>
        <source>the vault changed while the bundle was written; try again</source>
        <translation>le coffre a changé pendant l’écriture de l’envoi ; réessayez</translation>
    </message>
    <message>
        <source>{path} cannot be written (disk full or no permission?)</source>
        <translation>impossible d’écrire {path} (disque plein ou droits insuffisants ?)</translation>
    </message>
    <message>
        <source>recording the bundle</source>
        <translation>enregistrement de l’envoi</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>ce coffre</translation>
    </message>
    <message>
        <source>key {key}</source>
        <translation>clé {key}</translation>
    </message>
    <message>
        <source>give either a head to take or new content, not both</source>
        <translation>indiquez soit une version à garder, soit un nouveau contenu, pas les deux</translation>
    </message>
    <message>
        <source>record {record} has no conflict to resolve</source>
        <translation>la fiche {record} n’a aucun conflit à résoudre</translation>
    </message>
    <message>
        <source>that is not one of the record&apos;s current heads (give at least 8 characters)</source>
        <translation>ce n’est pas l’une des versions actuelles de la fiche (donnez au moins 8 caractères)</translation>
    </message>
    <message>
        <source>conflict resolved: the deletion was kept</source>
        <translation>conflit résolu : la suppression a été conservée</translation>
    </message>
    <message>
        <source>must be 64 lowercase hex digits</source>
        <translation>doit compter 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>Draft copy {copy_id} for {recipient}</source>
        <translation>Copie du projet {copy_id} pour {recipient}</translation>
    </message>
    <message>
        <source>Shared with {to}</source>
        <translation>Partage avec {to}</translation>
    </message>
    <message>
        <source>decryption failed: wrong key or altered data</source>
        <translation>échec du déchiffrement : clé incorrecte ou données modifiées</translation>
    </message>
    <message>
        <source>evidence: field &apos;sha256&apos; must be 64 lowercase hex digits</source>
        <translation>evidence : le champ « sha256 » doit compter 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>evidence: field &apos;size&apos; must be a non-negative integer</source>
        <translation>evidence : le champ « size » doit être un entier positif ou nul</translation>
    </message>
    <message>
        <source>evidence: field &apos;metadata&apos; must be a small object</source>
        <translation>evidence : le champ « metadata » doit être un petit objet</translation>
    </message>
    <message>
        <source>evidence: field &apos;sealed_sha256&apos; must be 64 lowercase hex digits</source>
        <translation>evidence : le champ « sealed_sha256 » doit compter 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>evidence: field &apos;sealed_to&apos; must list the keys the original is sealed to</source>
        <translation>evidence : le champ « sealed_to » doit énumérer les clés pour lesquelles l’original est scellé</translation>
    </message>
    <message>
        <source>evidence: an original is sealed or withheld, not both</source>
        <translation>evidence : un original est scellé ou retenu, pas les deux</translation>
    </message>
    <message>
        <source>evidence: field &apos;{field}&apos; must be a list of text</source>
        <translation>evidence : le champ « {field} » doit être une liste de textes</translation>
    </message>
    <message>
        <source>record {id} is not an evidence item</source>
        <translation>la fiche {id} n’est pas une pièce</translation>
    </message>
    <message>
        <source>the original of {id} is not held here, so it cannot be sealed</source>
        <translation>l’original de {id} n’est pas détenu ici ; il ne peut donc pas être scellé</translation>
    </message>
    <message>
        <source>the original of {id} is too large to seal; withhold it instead</source>
        <translation>l’original de {id} est trop volumineux pour être scellé ; retenez-le plutôt</translation>
    </message>
    <message>
        <source>say why the original is withheld (--reason)</source>
        <translation>indiquez pourquoi l’original est retenu (--reason)</translation>
    </message>
    <message>
        <source>original {sha}</source>
        <translation>original {sha}</translation>
    </message>
    <message>
        <source>the bytes to be written are not the ones the outbound gate read; nothing was written</source>
        <translation>les octets à écrire ne sont pas ceux qu’a lus le contrôle de sortie ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>{n} stored original(s) have not been read in full yet, so nothing that carries them can leave; run `fieldvault examine` (or open the vault in the app) and try again</source>
        <translation>{n} original(aux) conservé(s) n’ont pas encore été lu(s) en entier, si bien que rien de ce qui les contient ne peut sortir ; lancez `fieldvault examine` (ou ouvrez le coffre dans l’application) et réessayez</translation>
    </message>
    <message>
        <source>{label}, {place}</source>
        <translation>{label}, {place}</translation>
    </message>
    <message>
        <source>evidence {id} original</source>
        <translation>original de la pièce {id}</translation>
    </message>
    <message>
        <source>{entry} line {n}</source>
        <translation>{entry} ligne {n}</translation>
    </message>
    <message>
        <source>attachment {sha}</source>
        <translation>pièce jointe {sha}</translation>
    </message>
    <message>
        <source>the handover manifest has a malformed sender</source>
        <translation>le manifeste du dossier de passation contient un expéditeur mal formé</translation>
    </message>
    <message>
        <source>the handover manifest has a malformed successor</source>
        <translation>le manifeste du dossier de passation contient un successeur mal formé</translation>
    </message>
    <message>
        <source>the handover manifest has a malformed entry</source>
        <translation>le manifeste du dossier de passation contient une entrée mal formée</translation>
    </message>
    <message>
        <source>the package holds a path that leaves its folder (path traversal)</source>
        <translation>le dossier contient un chemin qui sort de son répertoire (traversée de chemin)</translation>
    </message>
    <message>
        <source>the handover memo is over the size limit</source>
        <translation>la note de passation dépasse la taille maximale</translation>
    </message>
    <message>
        <source>the handover manifest has a malformed revision count</source>
        <translation>le manifeste du dossier de passation contient un nombre de révisions mal formé</translation>
    </message>
    <message>
        <source>the file is not a Fieldvault handover package (is it a bundle?)</source>
        <translation>le fichier n’est pas un dossier de passation Fieldvault (est-ce un envoi ?)</translation>
    </message>
    <message>
        <source>the file is not a Fieldvault handover package of a version this program reads</source>
        <translation>le fichier n’est pas un dossier de passation Fieldvault d’une version que ce programme sait lire</translation>
    </message>
    <message>
        <source>the handover manifest is not in canonical form</source>
        <translation>le manifeste du dossier de passation n’est pas sous forme canonique</translation>
    </message>
    <message>
        <source>the handover manifest has a malformed package id</source>
        <translation>le manifeste du dossier de passation contient un identifiant de dossier mal formé</translation>
    </message>
    <message>
        <source>the handover manifest has a malformed date</source>
        <translation>le manifeste du dossier de passation contient une date mal formée</translation>
    </message>
    <message>
        <source>the handover manifest has a malformed list of investigations</source>
        <translation>le manifeste du dossier de passation contient une liste d’enquêtes mal formée</translation>
    </message>
    <message>
        <source>the handover manifest lists too many entries</source>
        <translation>le manifeste du dossier de passation énumère trop d’entrées</translation>
    </message>
    <message>
        <source>the handover manifest does not list its revisions and memo first</source>
        <translation>le manifeste du dossier de passation n’énumère pas d’abord ses révisions et sa note</translation>
    </message>
    <message>
        <source>the package lists the same entry twice</source>
        <translation>le dossier énumère deux fois la même entrée</translation>
    </message>
    <message>
        <source>an attachment in the package is misnamed</source>
        <translation>une pièce jointe du dossier porte un nom erroné</translation>
    </message>
    <message>
        <source>an attachment in the package is over the size limit</source>
        <translation>une pièce jointe du dossier dépasse la taille maximale</translation>
    </message>
    <message>
        <source>the package holds an entry whose name the format does not allow</source>
        <translation>le dossier contient une entrée dont le format n’admet pas le nom</translation>
    </message>
    <message>
        <source>the handover manifest is not valid JSON</source>
        <translation>le manifeste du dossier de passation n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>the package cannot be decrypted: it is not addressed to this vault, or it is damaged</source>
        <translation>le dossier ne peut pas être déchiffré : il n’est pas adressé à ce coffre, ou il est endommagé</translation>
    </message>
    <message>
        <source> (is it a bundle?)</source>
        <translation> (est-ce un envoi ?)</translation>
    </message>
    <message>
        <source>the package does not begin with its signed manifest</source>
        <translation>le dossier ne commence pas par son manifeste signé</translation>
    </message>
    <message>
        <source>the package&apos;s {name} is over the size limit</source>
        <translation>le fichier {name} du dossier dépasse la taille maximale</translation>
    </message>
    <message>
        <source>the package is addressed to another vault</source>
        <translation>le dossier est adressé à un autre coffre</translation>
    </message>
    <message>
        <source>the package is signed by someone other than the expected sender</source>
        <translation>le dossier est signé par une autre personne que l’expéditeur attendu</translation>
    </message>
    <message>
        <source>receiving the handover package</source>
        <translation>réception du dossier de passation</translation>
    </message>
    <message>
        <source>a revision in the package names a parent from another record</source>
        <translation>une révision du dossier désigne un parent d’une autre fiche</translation>
    </message>
    <message>
        <source>the package holds a different number of revisions than it says</source>
        <translation>le dossier contient un nombre de révisions différent de celui qu’il annonce</translation>
    </message>
    <message>
        <source>a revision in the package was altered or forged ({problem})</source>
        <translation>une révision du dossier a été modifiée ou falsifiée ({problem})</translation>
    </message>
    <message>
        <source>handover package {package}</source>
        <translation>dossier de passation {package}</translation>
    </message>
    <message>
        <source>{label}: its receipt does not match the signed manifest</source>
        <translation>{label} : son accusé de réception ne correspond pas au manifeste signé</translation>
    </message>
    <message>
        <source>{label}: revision {revision} it delivered is missing</source>
        <translation>{label} : la révision {revision} qu’il a livrée est manquante</translation>
    </message>
    <message>
        <source>{label}: the revisions it delivered no longer match its signed manifest</source>
        <translation>{label} : les révisions qu’il a livrées ne correspondent plus à son manifeste signé</translation>
    </message>
    <message>
        <source>--reseal names {codes}, which is not a source in this handover</source>
        <translation>--reseal désigne {codes}, qui n’est pas une source de cette passation</translation>
    </message>
    <message>
        <source>not re-sealed by the outgoing expert</source>
        <translation>non rescellée par l’expert sortant</translation>
    </message>
    <message>
        <source>sealed to the successor before</source>
        <translation>déjà scellée pour le successeur</translation>
    </message>
    <message>
        <source>its consent scope does not include &apos;{consent}&apos;</source>
        <translation>les usages couverts par son consentement n’incluent pas « {consent} »</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>source {code}: its consent scope ({scopes}) does not include &apos;{consent}&apos;, so its identity cannot be handed to a successor; hand over the code only</source>
        <translation>source {code} : les usages couverts par son consentement ({scopes}) n’incluent pas « {consent} », son identité ne peut donc pas être transmise à un successeur ; ne transmettez que le code</translation>
    </message>
    <message>
        <source>source {code}: its identity is sealed to other keys; this vault cannot re-seal it</source>
        <translation>source {code} : son identité est scellée pour d’autres clés ; ce coffre ne peut pas la resceller</translation>
    </message>
    <message>
        <source>re-sealed to the successor ({consent} consent)</source>
        <translation>rescellée pour le successeur (consentement « {consent} »)</translation>
    </message>
    <message>
        <source>{out} already exists; choose another name</source>
        <translation>{out} existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>{out} cannot be written (disk full or no permission?)</source>
        <translation>impossible d’écrire {out} (disque plein ou permission manquante ?)</translation>
    </message>
    <message>
        <source>package entry {name}</source>
        <translation>entrée {name} du dossier</translation>
    </message>
    <message>
        <source>the vault has no identity keys: the database is damaged</source>
        <translation>le coffre n’a pas de clés d’identité : la base de données est endommagée</translation>
    </message>
    <message>
        <source>the vault&apos;s identity keys do not match each other: the database is damaged</source>
        <translation>les clés d’identité du coffre ne correspondent pas entre elles : la base de données est endommagée</translation>
    </message>
    <message>
        <source>the identity file</source>
        <translation>le fichier d’identité</translation>
    </message>
    <message>
        <source>{name} is missing a field or has an unknown one</source>
        <translation>{name} : un champ manque ou est inconnu</translation>
    </message>
    <message>
        <source>{name} names an unknown role</source>
        <translation>{name} indique un rôle inconnu</translation>
    </message>
    <message>
        <source>{name}: the fingerprint does not match the keys (the file was altered)</source>
        <translation>{name} : l’empreinte ne correspond pas aux clés (le fichier a été modifié)</translation>
    </message>
    <message>
        <source>{path} is too large to be an identity file</source>
        <translation>{path} est trop volumineux pour être un fichier d’identité</translation>
    </message>
    <message>
        <source>{path} cannot be written</source>
        <translation>impossible d’écrire {path}</translation>
    </message>
    <message>
        <source>{name} is not a Fieldvault identity file (malformed line)</source>
        <translation>{name} n’est pas un fichier d’identité Fieldvault (ligne mal formée)</translation>
    </message>
    <message>
        <source>{name} holds a malformed key</source>
        <translation>{name} contient une clé mal formée</translation>
    </message>
    <message>
        <source>nothing new since bundle #{n}; no bundle was written</source>
        <translation>rien de nouveau depuis l’envoi n° {n} ; aucun envoi n’a été écrit</translation>
    </message>
    <message>
        <source>the vault holds nothing to send yet; no bundle was written</source>
        <translation>le coffre ne contient encore rien à envoyer ; aucun envoi n’a été écrit</translation>
    </message>
    <message>
        <source>the handover manifest has a malformed list of records</source>
        <translation>le manifeste du dossier de passation contient une liste de fiches mal formée</translation>
    </message>
    <message>
        <source>{kind} {record}</source>
        <translation>{kind} {record}</translation>
    </message>
    <message>
        <source>the package carries a revision of {record}, outside what it declares</source>
        <translation>le dossier contient une révision de {record}, hors de ce qu’il déclare</translation>
    </message>
    <message>
        <source>the package would change {record}, which this vault holds from someone other than the package&apos;s signer</source>
        <translation>le dossier modifierait {record}, que ce coffre tient d’une autre personne que le signataire du dossier</translation>
    </message>
    <message>
        <source>source {code}: the successor&apos;s identity file has no sealing key (version 1); ask the successor for a new identity file (&apos;fieldvault identity export&apos;)</source>
        <translation>source {code} : le fichier d’identité du successeur n’a pas de clé de scellement (version 1) ; demandez au successeur un nouveau fichier d’identité (« fieldvault identity export »)</translation>
    </message>
    <message>
        <source>this vault has no sealing key yet: open it with this version of Fieldvault so its keys are upgraded</source>
        <translation>ce coffre n’a pas encore de clé de scellement : ouvrez-le avec cette version de Fieldvault pour que ses clés soient mises à niveau</translation>
    </message>
    <message>
        <source>{name}: the sealing key is not signed by the identity&apos;s signing key (the file was altered)</source>
        <translation>{name} : la clé de scellement n’est pas signée par la clé de signature de l’identité (le fichier a été modifié)</translation>
    </message>
    <message>
        <source>{name} is not a Fieldvault identity file (version 1 or 2)</source>
        <translation>{name} n’est pas un fichier d’identité Fieldvault (version 1 ou 2)</translation>
    </message>
    <message>
        <source>identity file {path} does not exist</source>
        <translation>le fichier d’identité {path} n’existe pas</translation>
    </message>
    <message>
        <source>identity file {path} cannot be read</source>
        <translation>le fichier d’identité {path} est illisible</translation>
    </message>
    <message>
        <source>{path} is not a Fieldvault identity file</source>
        <translation>{path} n’est pas un fichier d’identité Fieldvault</translation>
    </message>
    <message>
        <source>giving the vault its sealing key</source>
        <translation>attribution de sa clé de scellement au coffre</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>not examined: larger than {limit} MiB (stored as received)</source>
        <translation>non examiné : plus de {limit} Mio (conservé tel que reçu)</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>erreur d’entrée-sortie</translation>
    </message>
    <message>
        <source>cannot be read (unexpected error)</source>
        <translation>illisible (erreur inattendue)</translation>
    </message>
    <message>
        <source>SHA-256 {sha256}…</source>
        <translation>SHA-256 {sha256}…</translation>
    </message>
    <message>
        <source>{n:,} bytes</source>
        <translation>{n:,} octets</translation>
    </message>
    <message>
        <source>? bytes</source>
        <translation>? octets</translation>
    </message>
    <message>
        <source>record created, revision {revision}, by {who}</source>
        <translation>fiche créée, révision {revision}, par {who}</translation>
    </message>
    <message>
        <source>record edited, revision {revision}, by {who}</source>
        <translation>fiche modifiée, révision {revision}, par {who}</translation>
    </message>
    <message>
        <source>record deleted, revision {revision}, by {who}</source>
        <translation>fiche supprimée, révision {revision}, par {who}</translation>
    </message>
    <message>
        <source>record resolved, revision {revision}, by {who}</source>
        <translation>conflit de la fiche résolu, révision {revision}, par {who}</translation>
    </message>
    <message>
        <source>; device clock {clock}</source>
        <translation> ; horloge de l’appareil {clock}</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>received {size}, {sha}{origin}, by {who}{clock}{again}</source>
        <translation>{size} reçus, {sha}{origin}, par {who}{clock}{again}</translation>
    </message>
    <message>
        <source> from source {name} ({code})</source>
        <translation> provenant de la source {name} ({code})</translation>
    </message>
    <message>
        <source> — the same content as an item already held: linked, not stored twice</source>
        <translation> — même contenu qu’une pièce déjà détenue : liée, non conservée en double</translation>
    </message>
    <message>
        <source> from {source}</source>
        <translation> provenant de {source}</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>copie à l’identique</translation>
    </message>
    <message>
        <source>working copy {copy} made ({ops}), {sha}, by {who}{clock}</source>
        <translation>copie de travail {copy} créée ({ops}), {sha}, par {who}{clock}</translation>
    </message>
    <message>
        <source>made from original {original} ({ops}), {sha}, by {who}{clock}</source>
        <translation>créée à partir de l’original {original} ({ops}), {sha}, par {who}{clock}</translation>
    </message>
    <message>
        <source>{what} exported outside the vault ({sha}) by {who}</source>
        <translation>export hors du coffre ({what}, {sha}) par {who}</translation>
    </message>
    <message>
        <source>given to a requesting authority ({package}), package SHA-256 {sha}…, by {who}</source>
        <translation>remise à une autorité requérante ({package}), dossier SHA-256 {sha}…, par {who}</translation>
    </message>
    <message>
        <source>{what} viewed on screen by {who}</source>
        <translation>affichage à l’écran ({what}) par {who}</translation>
    </message>
    <message>
        <source>{action}: {details}, by {who}{clock}</source>
        <translation>{action} : {details}, par {who}{clock}</translation>
    </message>
    <message>
        <source>{action}, by {who}{clock}</source>
        <translation>{action}, par {who}{clock}</translation>
    </message>
    <message>
        <source>the file (too large to parse; read as raw bytes)</source>
        <translation>le fichier (trop volumineux pour être analysé ; lu en octets bruts)</translation>
    </message>
    <message>
        <source>the document is damaged (its zip directory is missing or truncated)</source>
        <translation>le document est endommagé (son répertoire zip est absent ou tronqué)</translation>
    </message>
    <message>
        <source>the document has too many parts to unpack safely (possible zip bomb)</source>
        <translation>le document compte trop de parties pour être décompressé sans risque (bombe zip possible)</translation>
    </message>
    <message>
        <source>some parts of the document could not be read (left out of search)</source>
        <translation>certaines parties du document n’ont pas pu être lues (exclues de la recherche)</translation>
    </message>
    <message>
        <source>text kept up to the size limit</source>
        <translation>texte conservé jusqu’à la limite de taille</translation>
    </message>
    <message>
        <source>the document is damaged (its zip structure is invalid)</source>
        <translation>le document est endommagé (sa structure zip n’est pas valide)</translation>
    </message>
    <message>
        <source>the document has encrypted parts</source>
        <translation>le document contient des parties chiffrées</translation>
    </message>
    <message>
        <source>the document unpacks to more data than is safe to read (possible zip bomb)</source>
        <translation>le document se décompresse en plus de données qu’il n’est sûr d’en lire (bombe zip possible)</translation>
    </message>
    <message>
        <source>the document is compressed beyond any real document&apos;s ratio (possible zip bomb)</source>
        <translation>le document est compressé au-delà du taux de tout document réel (bombe zip possible)</translation>
    </message>
    <message>
        <source>the document&apos;s XML</source>
        <translation>le XML du document</translation>
    </message>
    <message>
        <source>the Office document is encrypted (it needs a password to open)</source>
        <translation>le document Office est chiffré (il faut un mot de passe pour l’ouvrir)</translation>
    </message>
    <message>
        <source>text past the size limit</source>
        <translation>texte au-delà de la taille maximale</translation>
    </message>
    <message>
        <source>examining it needed more memory than is safe to use</source>
        <translation>son examen demandait plus de mémoire qu’il n’est sûr d’en utiliser</translation>
    </message>
    <message>
        <source>its structure is nested too deeply to read</source>
        <translation>sa structure est trop profondément imbriquée pour être lue</translation>
    </message>
    <message>
        <source>the file is damaged (its structure could not be parsed)</source>
        <translation>le fichier est endommagé (sa structure n’a pas pu être analysée)</translation>
    </message>
    <message>
        <source>raw bytes</source>
        <translation>octets bruts</translation>
    </message>
    <message>
        <source>the file (too complex)</source>
        <translation>le fichier (trop complexe)</translation>
    </message>
    <message>
        <source>could not be read: {problem}</source>
        <translation>n’a pas pu être lu : {problem}</translation>
    </message>
    <message>
        <source>importing {name}</source>
        <translation>import de {name}</translation>
    </message>
    <message>
        <source>the PDF&apos;s XMP metadata</source>
        <translation>les métadonnées XMP du PDF</translation>
    </message>
    <message>
        <source>the PDF is truncated (its end-of-file marker is missing)</source>
        <translation>le PDF est tronqué (son marqueur de fin de fichier manque)</translation>
    </message>
    <message>
        <source>encrypted with an empty password (permissions only); read without one</source>
        <translation>chiffré avec un mot de passe vide (droits d’usage seulement) ; lu sans mot de passe</translation>
    </message>
    <message>
        <source>the text of page(s) {pages} could not be extracted</source>
        <translation>le texte de la ou des pages {pages} n’a pas pu être extrait</translation>
    </message>
    <message>
        <source>the PDF is encrypted (it needs a password to open)</source>
        <translation>le PDF est chiffré (il faut un mot de passe pour l’ouvrir)</translation>
    </message>
    <message>
        <source>{n} attached Outlook message(s) too large or malformed to be stored on their own: read as part of this one</source>
        <translation>{n} message(s) Outlook joint(s) trop volumineux ou mal formé(s) pour être conservé(s) à part : lu(s) avec celui-ci</translation>
    </message>
    <message>
        <source>the XMP metadata is not well-formed XML</source>
        <translation>les métadonnées XMP ne sont pas du XML bien formé</translation>
    </message>
    <message>
        <source>text extracted from the first {read} of {total} pages (time limit)</source>
        <translation>texte extrait des {read} premières pages sur {total} (limite de temps)</translation>
    </message>
    <message>
        <source>text kept up to page {page} of {total} (size limit)</source>
        <translation>texte conservé jusqu’à la page {page} sur {total} (limite de taille)</translation>
    </message>
    <message>
        <source>text extracted from the first {read} of {total} pages</source>
        <translation>texte extrait des {read} premières pages sur {total}</translation>
    </message>
    <message>
        <source>storing what examination found</source>
        <translation>enregistrement des résultats de l’examen</translation>
    </message>
    <message>
        <source>the image declares {width} x {height} pixels, too many to decode safely (decompression bomb)</source>
        <translation>l’image déclare {width} x {height} pixels, trop pour être décodée sans risque (bombe de décompression)</translation>
    </message>
    <message>
        <source>HEIC images cannot be decoded on this computer (the HEIC plugin is missing)</source>
        <translation>les images HEIC ne peuvent pas être décodées sur cet ordinateur (le module HEIC manque)</translation>
    </message>
    <message>
        <source>the image declares too many pixels to decode safely (decompression bomb)</source>
        <translation>l’image déclare trop de pixels pour être décodée sans risque (bombe de décompression)</translation>
    </message>
    <message>
        <source>the image data is not in a format that can be decoded</source>
        <translation>les données de l’image ne sont pas dans un format décodable</translation>
    </message>
    <message>
        <source>the image is damaged or truncated</source>
        <translation>l’image est endommagée ou tronquée</translation>
    </message>
    <message>
        <source>the reader could not be started</source>
        <translation>le lecteur n’a pas pu être lancé</translation>
    </message>
    <message>
        <source>the reader stopped</source>
        <translation>le lecteur s’est arrêté</translation>
    </message>
    <message>
        <source>examining it took longer than {seconds:.0f} s</source>
        <translation>son examen a pris plus de {seconds:.0f} s</translation>
    </message>
    <message>
        <source>the file made the reader crash</source>
        <translation>le fichier a fait planter le lecteur</translation>
    </message>
    <message>
        <source>the reader returned a malformed result</source>
        <translation>le lecteur a renvoyé un résultat mal formé</translation>
    </message>
    <message>
        <source>{what} declares XML entities or a DTD (refused: possible entity expansion)</source>
        <translation>{what} : déclaration d’entités XML ou de DTD (refusée : expansion d’entités possible)</translation>
    </message>
    <message>
        <source>a disclosure is recorded by &apos;fieldvault request package&apos;, with the package it made</source>
        <translation>une remise est enregistrée par « fieldvault request package », avec le dossier produit</translation>
    </message>
    <message>
        <source>Request from {authority}</source>
        <translation>Demande de {authority}</translation>
    </message>
    <message>
        <source>Request {reference} from {authority}</source>
        <translation>Demande {reference} de {authority}</translation>
    </message>
    <message>
        <source>is before the date the request was received</source>
        <translation>est antérieure à la date de réception de la demande</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>doit tenir sur une ligne, sans caractères de contrôle</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must map reason categories to counts</source>
        <translation>doit associer des catégories de motifs à des nombres</translation>
    </message>
    <message>
        <source>Package for {authority} ({n} items)</source>
        <translation>Dossier pour {authority} ({n} pièces)</translation>
    </message>
    <message>
        <source>must use the categories: {known}</source>
        <translation>doit utiliser les catégories : {known}</translation>
    </message>
    <message>
        <source>media data raw bytes</source>
        <translation>octets bruts des données média</translation>
    </message>
    <message>
        <source>the file as a PDF (PDF readers open it)</source>
        <translation>le fichier lu comme un PDF (les lecteurs de PDF l’ouvrent)</translation>
    </message>
    <message>
        <source>raw bytes (file header)</source>
        <translation>octets bruts (en-tête du fichier)</translation>
    </message>
    <message>
        <source>message part {n} parts nested past {d} levels</source>
        <translation>partie {n} du message : parties imbriquées au-delà de {d} niveaux</translation>
    </message>
    <message>
        <source>{where} (it could not be decoded)</source>
        <translation>{where} (n’a pas pu être décodé)</translation>
    </message>
    <message>
        <source>{where} {form}</source>
        <translation>{where} {form}</translation>
    </message>
    <message>
        <source>{where} (a second stream of the same name)</source>
        <translation>{where} (un second flux du même nom)</translation>
    </message>
    <message>
        <source>text as RTF reads it</source>
        <translation>texte tel que le lit RTF</translation>
    </message>
    <message>
        <source>text as HTML reads it</source>
        <translation>texte tel que le lit HTML</translation>
    </message>
    <message>
        <source>text unfolded</source>
        <translation>texte aux lignes repliées rejointes</translation>
    </message>
    <message>
        <source>date of birth {date} conflicts with the list</source>
        <translation>la date de naissance {date} contredit la liste</translation>
    </message>
    <message>
        <source>nationality {nationality} conflicts with the list</source>
        <translation>la nationalité {nationality} contredit la liste</translation>
    </message>
    <message>
        <source>{query} matches {listed} ({ways})</source>
        <translation>{query} correspond à {listed} ({ways})</translation>
    </message>
    <message>
        <source>date of birth {date} agrees</source>
        <translation>la date de naissance {date} concorde</translation>
    </message>
    <message>
        <source>year of birth {year} agrees</source>
        <translation>l’année de naissance {year} concorde</translation>
    </message>
    <message>
        <source>nationality {nationality} agrees</source>
        <translation>la nationalité {nationality} concorde</translation>
    </message>
    <message>
        <source>same IMO number {imo}</source>
        <translation>même numéro OMI {imo}</translation>
    </message>
    <message>
        <source>same document number {number}</source>
        <translation>même numéro de document {number}</translation>
    </message>
    <message>
        <source>database page authentication failed: {page}</source>
        <translation>échec de l’authentification d’une page de la base de données : {page}</translation>
    </message>
    <message>
        <source>revision {revision} names a parent from another record</source>
        <translation>la révision {revision} désigne un parent appartenant à une autre fiche</translation>
    </message>
    <message>
        <source>record {record}: its current revision is missing</source>
        <translation>fiche {record} : sa révision en vigueur est manquante</translation>
    </message>
    <message>
        <source>record {record}: has revisions but no record entry</source>
        <translation>fiche {record} : a des révisions mais aucune entrée de fiche</translation>
    </message>
    <message>
        <source>revision {revision} is not in the audit log (added outside Fieldvault?)</source>
        <translation>la révision {revision} ne figure pas dans le journal d’audit (ajoutée hors de Fieldvault ?)</translation>
    </message>
    <message>
        <source>revision {revision} is in the audit log but missing from the vault</source>
        <translation>la révision {revision} figure dans le journal d’audit mais manque dans le coffre</translation>
    </message>
    <message>
        <source>evidence {record}: its original (SHA-256 {sha256}) is missing</source>
        <translation>pièce {record} : son original (SHA-256 {sha256}) est manquant</translation>
    </message>
    <message>
        <source>page authentication</source>
        <translation>authentification des pages</translation>
    </message>
    <message>
        <source>database structure</source>
        <translation>structure de la base de données</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>révisions</translation>
    </message>
    <message>
        <source>record heads</source>
        <translation>versions en vigueur des fiches</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>journal d’audit</translation>
    </message>
    <message>
        <source>audit accounting</source>
        <translation>concordance du journal d’audit</translation>
    </message>
    <message>
        <source>bundle receipts</source>
        <translation>accusés de réception des envois</translation>
    </message>
    <message>
        <source>evidence originals</source>
        <translation>originaux des éléments de preuve</translation>
    </message>
    <message>
        <source>database structure: {problem}</source>
        <translation>structure de la base de données : {problem}</translation>
    </message>
    <message>
        <source>record {record}: revision {revision} is a head but is not listed as one</source>
        <translation>fiche {record} : la révision {revision} est une version en vigueur mais n’est pas répertoriée comme telle</translation>
    </message>
    <message>
        <source>record {record}: listed head {revision} is missing or superseded</source>
        <translation>fiche {record} : la version en vigueur répertoriée {revision} est manquante ou remplacée</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>contrôles supplémentaires</translation>
    </message>
    <message>
        <source>{check}: could not be checked, the database is damaged ({error})</source>
        <translation>{check} : vérification impossible, la base de données est endommagée ({error})</translation>
    </message>
    <message>
        <source>{check}: could not be checked, a stored value is malformed ({error})</source>
        <translation>{check} : vérification impossible, une valeur enregistrée est mal formée ({error})</translation>
    </message>
    <message>
        <source>no OS keyring is available on this computer (none is running or unlocked)</source>
        <translation>aucun trousseau du système n’est disponible sur cet ordinateur (aucun n’est actif ou déverrouillé)</translation>
    </message>
    <message>
        <source>the OS keyring holds no key for this vault</source>
        <translation>le trousseau du système ne contient aucune clé pour ce coffre</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the vault&apos;s key</source>
        <translation>le trousseau du système a refusé d’enregistrer la clé du coffre</translation>
    </message>
    <message>
        <source>the OS keyring could not be read</source>
        <translation>le trousseau du système n’a pas pu être lu</translation>
    </message>
    <message>
        <source>the OS keyring entry for this vault is damaged</source>
        <translation>l’entrée du trousseau du système pour ce coffre est endommagée</translation>
    </message>
    <message>
        <source>a key derivation</source>
        <translation>une dérivation de clé</translation>
    </message>
    <message>
        <source>a key slot</source>
        <translation>un emplacement de clé</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: the vault id is not a UUID</source>
        <translation>keyslots.json est endommagé : l’identifiant du coffre n’est pas un UUID</translation>
    </message>
    <message>
        <source>the envelope</source>
        <translation>l’enveloppe de clés</translation>
    </message>
    <message>
        <source>the database section</source>
        <translation>la section de la base de données</translation>
    </message>
    <message>
        <source>the page size</source>
        <translation>la taille de page</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: {what} is not text</source>
        <translation>keyslots.json est endommagé : {what} n’est pas du texte</translation>
    </message>
    <message>
        <source>keyslots.json was altered outside Fieldvault (its authentication code does not match)</source>
        <translation>keyslots.json a été modifié hors de Fieldvault (son code d’authentification ne correspond pas)</translation>
    </message>
    <message>
        <source>keyslots.json was altered outside Fieldvault (its bytes are not those Fieldvault wrote)</source>
        <translation>keyslots.json a été modifié hors de Fieldvault (ses octets ne sont pas ceux qu’a écrits Fieldvault)</translation>
    </message>
    <message>
        <source>keyslots.json has no {slot} slot</source>
        <translation>keyslots.json n’a pas d’emplacement « {slot} »</translation>
    </message>
    <message>
        <source>keyslots.json has no keyring slot</source>
        <translation>keyslots.json n’a pas d’emplacement pour le trousseau du système</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: {what} is not an object</source>
        <translation>keyslots.json est endommagé : {what} n’est pas un objet</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: {what} holds a field Fieldvault does not write</source>
        <translation>keyslots.json est endommagé : {what} contient un champ que Fieldvault n’écrit pas</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: {what} is not an integer</source>
        <translation>keyslots.json est endommagé : {what} n’est pas un entier</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: {what} has the wrong length</source>
        <translation>keyslots.json est endommagé : {what} n’a pas la bonne longueur</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: unknown key derivation</source>
        <translation>keyslots.json est endommagé : dérivation de clé inconnue</translation>
    </message>
    <message>
        <source>a key derivation parameter</source>
        <translation>un paramètre de dérivation de clé</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: it is far larger than a key envelope</source>
        <translation>keyslots.json est endommagé : il est bien plus volumineux qu’une enveloppe de clés</translation>
    </message>
    <message>
        <source>not a Fieldvault vault (keyslots.json has the wrong format)</source>
        <translation>ce n’est pas un coffre Fieldvault (keyslots.json n’a pas le bon format)</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: missing fields</source>
        <translation>keyslots.json est endommagé : des champs manquent</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: unknown page size</source>
        <translation>keyslots.json est endommagé : taille de page inconnue</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: a slot appears twice</source>
        <translation>keyslots.json est endommagé : un emplacement figure deux fois</translation>
    </message>
    <message>
        <source>the mac</source>
        <translation>le code d’authentification</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: {what} is not base64</source>
        <translation>keyslots.json est endommagé : {what} n’est pas en base64</translation>
    </message>
    <message>
        <source>wrong passphrase (or keyslots.json was altered)</source>
        <translation>phrase secrète incorrecte (ou keyslots.json a été modifié)</translation>
    </message>
    <message>
        <source>wrong recovery code for this vault</source>
        <translation>code de récupération incorrect pour ce coffre</translation>
    </message>
    <message>
        <source>the OS keyring holds a key that does not open this vault</source>
        <translation>le trousseau du système contient une clé qui n’ouvre pas ce coffre</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: key derivation parameters out of range</source>
        <translation>keyslots.json est endommagé : paramètres de dérivation de clé hors limites</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: not valid JSON</source>
        <translation>keyslots.json est endommagé : JSON non valide</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: unknown slot</source>
        <translation>keyslots.json est endommagé : emplacement inconnu</translation>
    </message>
    <message>
        <source>{folder} is not a Fieldvault vault (no {file})</source>
        <translation>{folder} n’est pas un coffre Fieldvault (pas de {file})</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>a salt</source>
        <translation>un sel</translation>
    </message>
    <message>
        <source>the bundle carries a revision of {record} written by {author}, who is not on the roster</source>
        <translation>l’envoi contient une révision de {record} écrite par {author}, qui n’est pas sur la liste des experts</translation>
    </message>
    <message>
        <source>the bundle carries a revision of {record} written by {author}, whose key was revoked</source>
        <translation>l’envoi contient une révision de {record} écrite par {author}, dont la clé a été révoquée</translation>
    </message>
    <message>
        <source>this vault was made by a newer Fieldvault (keyslots.json has an unknown version)</source>
        <translation>ce coffre a été créé par une version plus récente de Fieldvault (keyslots.json est d’une version inconnue)</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: its version is not one Fieldvault writes</source>
        <translation>keyslots.json est endommagé : sa version n’est pas l’une de celles qu’écrit Fieldvault</translation>
    </message>
    <message>
        <source>keyslots.json is damaged: unknown database cipher</source>
        <translation>keyslots.json est endommagé : algorithme de chiffrement de la base de données inconnu</translation>
    </message>
    <message>
        <source>a nonce</source>
        <translation>un nonce</translation>
    </message>
    <message>
        <source>a wrapped key</source>
        <translation>une clé encapsulée</translation>
    </message>
    <message>
        <source>{kind}: field &apos;{field}&apos; must be text</source>
        <translation>{kind} : le champ « {field} » doit être du texte</translation>
    </message>
    <message>
        <source>{kind}: field &apos;{field}&apos; must not be empty</source>
        <translation>{kind} : le champ « {field} » ne doit pas être vide</translation>
    </message>
    <message>
        <source>{kind}: field &apos;{field}&apos; is longer than {max_len} characters</source>
        <translation>{kind} : le champ « {field} » dépasse {max_len} caractères</translation>
    </message>
    <message>
        <source>unknown kind &apos;{kind}&apos; (known kinds: {known})</source>
        <translation>type de fiche inconnu « {kind} » (types connus : {known})</translation>
    </message>
    <message>
        <source>{kind}: field &apos;{field}&apos; is required</source>
        <translation>{kind} : le champ « {field} » est obligatoire</translation>
    </message>
    <message>
        <source>{kind}: unknown field &apos;{field}&apos;</source>
        <translation>{kind} : champ inconnu « {field} »</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>identifying term</source>
        <translation>terme identifiant</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <source>{place}: {what} of source {code} (characters {start}-{end})</source>
        <translation>{place} : {what} de la source {code} (caractères {start} à {end})</translation>
    </message>
    <message>
        <source>{what} was not written: it would expose the identity of a confidential or protected source in {n} place(s); change the text there and try again:
{places}</source>
        <translation>{what} : rien n’a été écrit, car l’identité d’une source confidentielle ou protégée y apparaîtrait à {n} endroit(s) ; modifiez le texte à ces endroits et réessayez :
{places}</translation>
    </message>
    <message>
        <source>{label} field &apos;{path}&apos;</source>
        <translation>{label}, champ « {path} »</translation>
    </message>
    <message>
        <source>{label} (earlier revision {revision})</source>
        <translation>{label} (révision antérieure {revision})</translation>
    </message>
    <message>
        <source>merging the bundle</source>
        <translation>intégration de l’envoi</translation>
    </message>
    <message>
        <source>the bundle holds a different number of revisions than its manifest says</source>
        <translation>l’envoi contient un nombre de révisions différent de celui qu’annonce son manifeste</translation>
    </message>
    <message>
        <source>the bundle holds a different audit range than its manifest says</source>
        <translation>l’envoi contient une plage d’entrées du journal d’audit différente de celle qu’annonce son manifeste</translation>
    </message>
    <message>
        <source>a revision already merged names a parent from another record</source>
        <translation>une révision déjà intégrée désigne un parent d’une autre fiche</translation>
    </message>
    <message>
        <source>the bundle is signed by a key that is not on the archive&apos;s roster</source>
        <translation>l’envoi est signé par une clé absente de la liste des experts des archives</translation>
    </message>
    <message>
        <source>the bundle&apos;s sender keys do not match the roster</source>
        <translation>les clés de l’expéditeur de l’envoi ne correspondent pas à la liste des experts</translation>
    </message>
    <message>
        <source>the bundle is addressed to another archive</source>
        <translation>l’envoi est adressé à d’autres archives</translation>
    </message>
    <message>
        <source>another bundle numbered {n} was already merged from this sender</source>
        <translation>un autre envoi n° {n} de cet expéditeur a déjà été intégré</translation>
    </message>
    <message>
        <source>no further bundle is accepted</source>
        <translation>plus aucun envoi n’est accepté</translation>
    </message>
    <message>
        <source>only bundles numbered up to {n} are accepted</source>
        <translation>seuls les envois numérotés jusqu’à {n} sont acceptés</translation>
    </message>
    <message>
        <source>the signer was revoked; {allowed}</source>
        <translation>le signataire a été révoqué ; {allowed}</translation>
    </message>
    <message>
        <source>a revision in the bundle was altered or forged ({problem})</source>
        <translation>une révision de l’envoi a été modifiée ou falsifiée ({problem})</translation>
    </message>
    <message>
        <source>the bundle holds the same revision twice</source>
        <translation>l’envoi contient deux fois la même révision</translation>
    </message>
    <message>
        <source>the sender&apos;s audit entries in the bundle are not one unbroken chain</source>
        <translation>les entrées du journal d’audit de l’expéditeur dans l’envoi ne forment pas une chaîne continue</translation>
    </message>
    <message>
        <source>an audit entry in the bundle was altered (its hash does not match)</source>
        <translation>une entrée du journal d’audit de l’envoi a été modifiée (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>the sender&apos;s audit log contradicts what an earlier bundle delivered</source>
        <translation>le journal d’audit de l’expéditeur contredit ce qu’a livré un envoi précédent</translation>
    </message>
    <message>
        <source>a revision in the bundle names a parent from another record</source>
        <translation>une révision de l’envoi désigne un parent d’une autre fiche</translation>
    </message>
    <message>
        <source>a different bundle with the same id was already merged</source>
        <translation>un autre envoi portant le même identifiant a déjà été intégré</translation>
    </message>
    <message>
        <source>raised to {status} past the methodology (revision {revision})</source>
        <translation>relevée à « {status} » au-delà de ce que permet la méthodologie (révision {revision})</translation>
    </message>
    <message>
        <source>this vault was made by a newer Fieldvault (schema version is unknown)</source>
        <translation>ce coffre a été créé par une version plus récente de Fieldvault (version du schéma inconnue)</translation>
    </message>
    <message>
        <source>{codes} are of the same organisation and count as one independent source</source>
        <translation>{codes} relèvent de la même organisation et comptent pour une seule source indépendante</translation>
    </message>
    <message>
        <source>the text the picture shows could not be read, so it cannot leave ({reason})</source>
        <translation>le texte que montre l’image n’a pas pu être lu : elle ne peut donc pas sortir ({reason})</translation>
    </message>
    <message>
        <source>{n} stored original(s) have photographed or scanned pages that text recognition (OCR) has not read yet, so nothing that carries them can leave; run `fieldvault ocr` (or let the app finish reading them) and try again</source>
        <translation>{n} original(aux) stocké(s) comporte(nt) des pages photographiées ou numérisées que la reconnaissance de texte (OCR) n’a pas encore lues : rien de ce qui les contient ne peut sortir ; lancez `fieldvault ocr` (ou laissez l’application terminer leur lecture) puis réessayez</translation>
    </message>
    <message>
        <source>{label}, text recognised (OCR)</source>
        <translation>{label}, texte reconnu (OCR)</translation>
    </message>
    <message>
        <source>could not be read in full: {place}</source>
        <translation>n’a pas pu être lu en entier : {place}</translation>
    </message>
    <message>
        <source>not examined: it changed while it was being imported (stored as received)</source>
        <translation>non examiné : il a changé pendant son importation (conservé tel que reçu)</translation>
    </message>
    <message>
        <source>the file (other programs open it as a PDF or a zip archive)</source>
        <translation>le fichier (d’autres programmes l’ouvrent comme un PDF ou une archive zip)</translation>
    </message>
    <message>
        <source>the document is damaged (its main text could not be parsed)</source>
        <translation>le document est endommagé (son texte principal n’a pas pu être analysé)</translation>
    </message>
    <message>
        <source>{n} attached file(s) kept inside the message only (past the limits)</source>
        <translation>{n} fichier(s) joint(s) conservé(s) dans le message seulement (au-delà des limites)</translation>
    </message>
    <message>
        <source>larger than {limit} MiB: examined without its media data (read for text only)</source>
        <translation>plus de {limit} Mio : examiné sans ses données média (lues pour leur texte seulement)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>its metadata could not be read in full (the picture was)</source>
        <translation>ses métadonnées n’ont pas pu être lues en entier (l’image, si)</translation>
    </message>
    <message>
        <source>this HEIF layout (layered, or another feature) is not supported (stored as received)</source>
        <translation>cette structure HEIF (en couches, ou une autre fonction) n’est pas prise en charge (pièce conservée telle que reçue)</translation>
    </message>
    <message>
        <source>the spreadsheet&apos;s XML</source>
        <translation>le XML du classeur</translation>
    </message>
    <message>
        <source>the spreadsheet is damaged (its content is not well-formed XML)</source>
        <translation>le classeur est endommagé (son contenu n’est pas du XML bien formé)</translation>
    </message>
    <message>
        <source>cells read up to {n}</source>
        <translation>cellules lues jusqu’à {n}</translation>
    </message>
    <message>
        <source>Strict Open XML spreadsheets are not supported (the file is stored as received)</source>
        <translation>les classeurs Open XML strict ne sont pas pris en charge (le fichier est conservé tel que reçu)</translation>
    </message>
    <message>
        <source>the spreadsheet is damaged (its workbook part is missing)</source>
        <translation>le classeur est endommagé (sa partie « workbook » manque)</translation>
    </message>
    <message>
        <source>the spreadsheet is damaged (its content part is missing)</source>
        <translation>le classeur est endommagé (sa partie « content » manque)</translation>
    </message>
    <message>
        <source>no imported version of the list can be read</source>
        <translation>aucune version importée de la liste ne peut être lue</translation>
    </message>
    <message>
        <source>no imported list version &apos;{text}&apos;</source>
        <translation>aucune version importée de la liste « {text} »</translation>
    </message>
    <message>
        <source>the stored list</source>
        <translation>la liste enregistrée</translation>
    </message>
    <message>
        <source>no Consolidated List was imported into this vault (fieldvault list import)</source>
        <translation>aucune Liste récapitulative n’a été importée dans ce coffre (fieldvault list import)</translation>
    </message>
    <message>
        <source>it is larger than {mb} MB</source>
        <translation>le fichier dépasse {mb} Mo</translation>
    </message>
    <message>
        <source>{name} is not a Consolidated List this vault can read: {why}</source>
        <translation>{name} n’est pas une Liste récapitulative que ce coffre peut lire : {why}</translation>
    </message>
    <message>
        <source>its root element is not {root}</source>
        <translation>son élément racine n’est pas {root}</translation>
    </message>
    <message>
        <source>it lists no individual and no entity</source>
        <translation>elle ne contient ni personne ni entité</translation>
    </message>
    <message>
        <source>an entry has no reference number such as CDi.001</source>
        <translation>une inscription n’a pas de numéro de référence tel que CDi.001</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} n’existe pas</translation>
    </message>
    <message>
        <source>{name} is a folder, not a list file</source>
        <translation>{name} est un dossier, pas un fichier de liste</translation>
    </message>
    <message>
        <source>{name} cannot be read (permission denied)</source>
        <translation>{name} ne peut pas être lu (permission refusée)</translation>
    </message>
    <message>
        <source>it declares a DTD or XML entities (refused: possible entity expansion)</source>
        <translation>il déclare une DTD ou des entités XML (refusé : expansion d’entités possible)</translation>
    </message>
    <message>
        <source>it is not well-formed XML</source>
        <translation>ce n’est pas du XML bien formé</translation>
    </message>
    <message>
        <source>reference {ref} appears twice</source>
        <translation>la référence {ref} figure deux fois</translation>
    </message>
    <message>
        <source>information needs {needed} source(s) or evidence item(s); this claim has {cited}</source>
        <translation>une information exige {needed} source(s) ou pièce(s) ; cette affirmation en a {cited}</translation>
    </message>
    <message>
        <source>{sources} independent sources or {documents} documentary evidence item(s)</source>
        <translation>{sources} sources indépendantes ou {documents} pièce(s) documentaire(s)</translation>
    </message>
    <message>
        <source>{sources} independent sources</source>
        <translation>{sources} sources indépendantes</translation>
    </message>
    <message>
        <source>a verified fact needs {need}; this claim has {independent} independent source(s) and {documents} documentary evidence item(s)</source>
        <translation>un fait vérifié exige {need} ; cette affirmation a {independent} source(s) indépendante(s) et {documents} pièce(s) documentaire(s)</translation>
    </message>
    <message>
        <source>{record} is missing or deleted</source>
        <translation>la fiche {record} est manquante ou supprimée</translation>
    </message>
    <message>
        <source>the interview of {date}</source>
        <translation>l’entretien du {date}</translation>
    </message>
    <message>
        <source>{interview} had one expert present; material supporting a designation needs two experts present</source>
        <translation>{interview} ne s’est tenu qu’en présence d’un expert ; les éléments à l’appui d’une désignation exigent la présence de deux experts</translation>
    </message>
    <message>
        <source>{interview} names no source</source>
        <translation>{interview} ne désigne aucune source</translation>
    </message>
    <message>
        <source>applies to vessels only</source>
        <translation>ne s’applique qu’aux navires</translation>
    </message>
    <message>
        <source>must be an IMO number: 7 digits whose last is the check digit</source>
        <translation>doit être un numéro OMI : 7 chiffres dont le dernier est le chiffre de contrôle</translation>
    </message>
    <message>
        <source>applies to aircraft only</source>
        <translation>ne s’applique qu’aux aéronefs</translation>
    </message>
    <message>
        <source>must be an aircraft registration such as 5Y-ABC or N12345</source>
        <translation>doit être une immatriculation d’aéronef telle que 5Y-ABC ou N12345</translation>
    </message>
    <message>
        <source>applies to individuals only</source>
        <translation>ne s’applique qu’aux personnes</translation>
    </message>
    <message>
        <source>must be a year (1963) or a date (1963-04-11)</source>
        <translation>doit être une année (1963) ou une date (1963-04-11)</translation>
    </message>
    <message>
        <source>{kind}: field &apos;{field}&apos; {why}</source>
        <translation>{kind} : le champ « {field} » {why}</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>doit être l’une des valeurs suivantes : {choices}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être vrai ou faux</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be between {minimum} and {maximum}</source>
        <translation>doit être compris entre {minimum} et {maximum}</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date such as 2026-03-01 (or 2026-03-01T14:30)</source>
        <translation>doit être une date ISO 8601 telle que 2026-03-01 (ou 2026-03-01T14:30)</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <source>has more than {n} entries</source>
        <translation>compte plus de {n} entrées</translation>
    </message>
    <message>
        <source>has an entry longer than {max_len} characters</source>
        <translation>contient une entrée de plus de {max_len} caractères</translation>
    </message>
    <message>
        <source>must name at least one</source>
        <translation>doit en nommer au moins un</translation>
    </message>
    <message>
        <source>must be a record id</source>
        <translation>doit être un identifiant de fiche</translation>
    </message>
    <message>
        <source>must be a list of record ids</source>
        <translation>doit être une liste d’identifiants de fiches</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>{kind}: unknown field &apos;{field}&apos; (known fields: {known})</source>
        <translation>{kind} : champ inconnu « {field} » (champs connus : {known})</translation>
    </message>
    <message>
        <source>must be an object with sent_to, date, reply, reply_date, status</source>
        <translation>doit être un objet avec sent_to, date, reply, reply_date, status</translation>
    </message>
    <message>
        <source>is required unless a make or serial number is given</source>
        <translation>est obligatoire, sauf si une marque ou un numéro de série est indiqué</translation>
    </message>
    <message>
        <source>has an unknown entry &apos;{entry}&apos; (known: {known})</source>
        <translation>a une entrée inconnue « {entry} » (entrées connues : {known})</translation>
    </message>
    <message>
        <source>Letter of the right of reply to {addressee}</source>
        <translation>Lettre au titre du droit de réponse adressée à {addressee}</translation>
    </message>
    <message>
        <source>{symbol} to {addressee}</source>
        <translation>{symbol} adressée à {addressee}</translation>
    </message>
    <message>
        <source>Note verbale to {addressee}</source>
        <translation>Note verbale adressée à {addressee}</translation>
    </message>
    <message>
        <source>must be a symbol such as S/AC.51/2026/GE/OC.12</source>
        <translation>doit être une cote telle que S/AC.51/2026/GE/OC.12</translation>
    </message>
    <message>
        <source>is before the date the letter was sent</source>
        <translation>est antérieur à la date d’envoi de la lettre</translation>
    </message>
    <message>
        <source>{first} or {other}</source>
        <translation>{first} ou {other}</translation>
    </message>
    <message>
        <source>{kind}: field &apos;{field}&apos;: record {id} is deleted</source>
        <translation>{kind} : champ « {field} » : la fiche {id} est supprimée</translation>
    </message>
    <message>
        <source>{kind}: field &apos;{field}&apos; links to {kinds} records, not to a {found}</source>
        <translation>{kind} : le champ « {field} » renvoie à des fiches {kinds}, pas à une fiche {found}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>a {kind} has no link field &apos;{field}&apos; (its link fields: {known})</source>
        <translation>une fiche {kind} n’a pas de champ de lien « {field} » (ses champs de lien : {known})</translation>
    </message>
    <message>
        <source>{code} names {n} sources ({ids}); give the id instead</source>
        <translation>{code} désigne {n} sources ({ids}) ; indiquez plutôt l’identifiant</translation>
    </message>
    <message>
        <source>{kind}: field &apos;{field}&apos;: no record with id {id}</source>
        <translation>{kind} : champ « {field} » : aucune fiche avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>{kind}: field &apos;{field}&apos;: {error}</source>
        <translation>{kind} : champ « {field} » : {error}</translation>
    </message>
    <message>
        <source>must be a list reference such as CDi.001</source>
        <translation>doit être une référence de la liste telle que CDi.001</translation>
    </message>
    <message>
        <source>must be a revision hash</source>
        <translation>doit être l’empreinte d’une révision</translation>
    </message>
    <message>
        <source>a sealed match names nothing else in clear</source>
        <translation>une correspondance scellée ne nomme rien d’autre en clair</translation>
    </message>
    <message>
        <source>must be a sealed envelope</source>
        <translation>doit être une enveloppe scellée</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>doit être un UUID</translation>
    </message>
    <message>
        <source>Default methodology</source>
        <translation>Méthodologie par défaut</translation>
    </message>
    <message>
        <source>a verified fact needs {sources} independent sources or {documents} documentary evidence item(s)</source>
        <translation>un fait vérifié exige {sources} sources indépendantes ou {documents} pièce(s) documentaire(s)</translation>
    </message>
    <message>
        <source>a verified fact needs {sources} independent sources</source>
        <translation>un fait vérifié exige {sources} sources indépendantes</translation>
    </message>
    <message>
        <source>sources of the same organisation count as independent</source>
        <translation>les sources d’une même organisation comptent comme indépendantes</translation>
    </message>
    <message>
        <source>sources of the same organisation count as one</source>
        <translation>les sources d’une même organisation comptent pour une seule source</translation>
    </message>
    <message>
        <source>information needs {n} source(s) or evidence item(s)</source>
        <translation>une information exige {n} source(s) ou pièce(s)</translation>
    </message>
    <message>
        <source>material supporting a designation needs two experts present</source>
        <translation>les éléments à l’appui d’une désignation exigent la présence de deux experts</translation>
    </message>
    <message>
        <source>a grant names the other vault by its identity file (fieldvault identity export), not by a bare key</source>
        <translation>un accès se donne en désignant l’autre coffre par son fichier d’identité (fieldvault identity export), pas par une clé seule</translation>
    </message>
    <message>
        <source>evidence is added with &apos;fieldvault import&apos;, which keeps the original file</source>
        <translation>les éléments de preuve s’ajoutent avec « fieldvault import », qui conserve le fichier original</translation>
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
        <source>the claim cannot become {status}: {reasons}</source>
        <translation>l’affirmation ne peut pas devenir « {status} » : {reasons}</translation>
    </message>
    <message>
        <source>source: field &apos;code&apos;: {code} is already the code of another source</source>
        <translation>source : champ « code » : {code} est déjà le code d’une autre source</translation>
    </message>
    <message>
        <source>record {id} is deleted</source>
        <translation>la fiche {id} est supprimée</translation>
    </message>
    <message>
        <source>a {kind} has no usual link to a {other}; name the field with --as</source>
        <translation>une fiche {kind} n’a pas de lien habituel vers une fiche {other} ; indiquez le champ avec --as</translation>
    </message>
    <message>
        <source>record {id} is a {kind}, not a claim</source>
        <translation>la fiche {id} est de type {kind}, ce n’est pas une affirmation</translation>
    </message>
    <message>
        <source>the claim is already {status}</source>
        <translation>l’affirmation est déjà au statut « {status} »</translation>
    </message>
    <message>
        <source>record {id} is a {kind}, not a source</source>
        <translation>la fiche {id} est de type {kind}, ce n’est pas une source</translation>
    </message>
    <message>
        <source>the claim is already a verified fact</source>
        <translation>l’affirmation est déjà un fait vérifié</translation>
    </message>
    <message>
        <source>the identity of source {code} is sealed to other keys; only the recording expert (or someone they granted) can read or change it</source>
        <translation>l’identité de la source {code} est scellée pour d’autres clés ; seul l’expert qui l’a enregistrée (ou une personne à qui il en a donné l’accès) peut la lire ou la modifier</translation>
    </message>
    <message>
        <source>the sealed identity is not an object</source>
        <translation>l’identité scellée n’est pas un objet</translation>
    </message>
    <message>
        <source>source: field &apos;sealed&apos; is set by Fieldvault, not given</source>
        <translation>source : le champ « sealed » est rempli par Fieldvault, il ne se saisit pas</translation>
    </message>
    <message>
        <source>source: field &apos;protection&apos; must be set explicitly to lower a protected source&apos;s protection</source>
        <translation>source : le champ « protection » doit être renseigné explicitement pour abaisser la protection d’une source protégée</translation>
    </message>
    <message>
        <source>source {code} is not protected: its identity is not sealed</source>
        <translation>la source {code} n’est pas protégée : son identité n’est pas scellée</translation>
    </message>
    <message>
        <source>must not hold control characters (such as a page break)</source>
        <translation>ne doit pas contenir de caractères de contrôle (comme un saut de page)</translation>
    </message>
    <message>
        <source>must be a sealed identity (set the identity fields; they are sealed)</source>
        <translation>doit être une identité scellée (renseignez les champs d’identité ; ils sont scellés)</translation>
    </message>
    <message>
        <source>must be a grade from A (reliable) to F (cannot be judged)</source>
        <translation>doit être une note de A (fiable) à F (impossible à évaluer)</translation>
    </message>
    <message>
        <source>must be a source code such as S-017</source>
        <translation>doit être un code de source tel que S-017</translation>
    </message>
    <message>
        <source>must list scopes among: {scopes}</source>
        <translation>doit indiquer des usages parmi : {scopes}</translation>
    </message>
    <message>
        <source>is only for protected sources (this one is {level})</source>
        <translation>est réservé aux sources protégées (celle-ci est « {level} »)</translation>
    </message>
    <message>
        <source>of a protected source must be sealed, never stored in clear</source>
        <translation>d’une source protégée doit être scellé, jamais enregistré en clair</translation>
    </message>
    <message>
        <source>text recognition (OCR) is not available: the Tesseract program is not installed</source>
        <translation>la reconnaissance de texte (OCR) n’est pas disponible : le programme Tesseract n’est pas installé</translation>
    </message>
    <message>
        <source>text recognition (OCR) is not available for {languages}: their language data is not installed</source>
        <translation>la reconnaissance de texte (OCR) n’est pas disponible pour {languages} : leurs données de langue ne sont pas installées</translation>
    </message>
    <message>
        <source>reading its text took more than {seconds:.0f} s of processor time</source>
        <translation>la lecture de son texte a pris plus de {seconds:.0f} s de temps processeur</translation>
    </message>
    <message>
        <source>text recognition (OCR) could not start</source>
        <translation>la reconnaissance de texte (OCR) n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>the image could not be read</source>
        <translation>l’image n’a pas pu être lue</translation>
    </message>
    <message>
        <source>not an OCR request</source>
        <translation>pas une demande d’OCR</translation>
    </message>
    <message>
        <source>the image is too large to read</source>
        <translation>l’image est trop grande pour être lue</translation>
    </message>
    <message>
        <source>reading its text took longer than {seconds:.0f} s</source>
        <translation>la lecture de son texte a pris plus de {seconds:.0f} s</translation>
    </message>
    <message>
        <source>the image could not be decoded</source>
        <translation>l’image n’a pas pu être décodée</translation>
    </message>
    <message>
        <source>the PDF could not be opened to read its pages</source>
        <translation>le PDF n’a pas pu être ouvert pour lire ses pages</translation>
    </message>
    <message>
        <source>OCR languages must be among {known}</source>
        <translation>les langues de l’OCR doivent être parmi {known}</translation>
    </message>
    <message>
        <source>text recognised (OCR), page {page}</source>
        <translation>texte reconnu (OCR), page {page}</translation>
    </message>
    <message>
        <source>text recognised (OCR)</source>
        <translation>texte reconnu (OCR)</translation>
    </message>
    <message>
        <source>storing what OCR read</source>
        <translation>l’enregistrement de ce que l’OCR a lu</translation>
    </message>
    <message>
        <source>the picture&apos;s text could not be read: {problem}</source>
        <translation>le texte de l’image n’a pas pu être lu : {problem}</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>l’image</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place} : {problem}</translation>
    </message>
    <message>
        <source>not read: larger than {limit} MiB</source>
        <translation>non lu : plus de {limit} Mio</translation>
    </message>
    <message>
        <source>its pages: {problem}</source>
        <translation>ses pages : {problem}</translation>
    </message>
    <message>
        <source>the {kind} data</source>
        <translation>les données {kind}</translation>
    </message>
    <message>
        <source>bytes after the gzip members</source>
        <translation>octets après les membres gzip</translation>
    </message>
    <message>
        <source>inflated</source>
        <translation>décompressé</translation>
    </message>
    <message>
        <source>{where} (truncated)</source>
        <translation>{where} (tronqué)</translation>
    </message>
    <message>
        <source>zip archive comment</source>
        <translation>commentaire de l’archive zip</translation>
    </message>
    <message>
        <source>gzip member {n}</source>
        <translation>membre gzip {n}</translation>
    </message>
    <message>
        <source>the file (compressed as {kind}, which is not read here)</source>
        <translation>le fichier (compressé en {kind}, format qui n’est pas lu ici)</translation>
    </message>
    <message>
        <source>zip member {n} comment</source>
        <translation>commentaire du membre zip {n}</translation>
    </message>
    <message>
        <source>zip member {n} extra field</source>
        <translation>champ supplémentaire du membre zip {n}</translation>
    </message>
    <message>
        <source>{where} (inflates past the size limit)</source>
        <translation>{where} (se décompresse au-delà de la taille limite)</translation>
    </message>
    <message>
        <source>zip member {n} local extra field</source>
        <translation>champ supplémentaire local du membre zip {n}</translation>
    </message>
    <message>
        <source>#{n} of the package</source>
        <translation>n° {n} du paquet</translation>
    </message>
    <message>
        <source>{where} raw text</source>
        <translation>{where} texte brut</translation>
    </message>
    <message>
        <source>{where} raw attribute values</source>
        <translation>{where} valeurs d’attributs brutes</translation>
    </message>
    <message>
        <source>{where} drawing {n} description</source>
        <translation>{where} description du dessin {n}</translation>
    </message>
    <message>
        <source>{where} drawing {n} title</source>
        <translation>{where} titre du dessin {n}</translation>
    </message>
    <message>
        <source>zip comments</source>
        <translation>commentaires zip</translation>
    </message>
    <message>
        <source>{where} from character {start}</source>
        <translation>{where} à partir du caractère {start}</translation>
    </message>
    <message>
        <source>{where} field instructions</source>
        <translation>{where} codes de champ</translation>
    </message>
    <message>
        <source>{where} chart values</source>
        <translation>{where} valeurs du graphique</translation>
    </message>
    <message>
        <source>{where} other text</source>
        <translation>{where} autre texte</translation>
    </message>
    <message>
        <source>{where} attribute values</source>
        <translation>{where} valeurs d’attributs</translation>
    </message>
    <message>
        <source>{where} tracked formatting change {n} author</source>
        <translation>{where} auteur de la modification de mise en forme suivie {n}</translation>
    </message>
    <message>
        <source>{where} tracked paragraph formatting change {n} author</source>
        <translation>{where} auteur de la modification de mise en forme de paragraphe suivie {n}</translation>
    </message>
    <message>
        <source>{where} comment {n} author</source>
        <translation>{where} auteur du commentaire {n}</translation>
    </message>
    <message>
        <source>{where} comment {n} initials</source>
        <translation>{where} initiales du commentaire {n}</translation>
    </message>
    <message>
        <source>{where} content control {n} title</source>
        <translation>{where} titre du contrôle de contenu {n}</translation>
    </message>
    <message>
        <source>{where} content control {n} tag</source>
        <translation>{where} balise du contrôle de contenu {n}</translation>
    </message>
    <message>
        <source>{where} document variable {n}</source>
        <translation>{where} variable de document {n}</translation>
    </message>
    <message>
        <source>{where} person {n} author</source>
        <translation>{where} auteur (personne {n})</translation>
    </message>
    <message>
        <source>{where} person {n} user id</source>
        <translation>{where} identifiant utilisateur (personne {n})</translation>
    </message>
    <message>
        <source>{where} person {n} sign-in provider</source>
        <translation>{where} fournisseur de connexion (personne {n})</translation>
    </message>
    <message>
        <source>{where} drawing {n} name</source>
        <translation>{where} nom du dessin {n}</translation>
    </message>
    <message>
        <source>{where} note separator</source>
        <translation>{where} séparateur de notes</translation>
    </message>
    <message>
        <source>{where} row {r} cell {c}</source>
        <translation>{where} ligne {r} cellule {c}</translation>
    </message>
    <message>
        <source>{where} text box {n}</source>
        <translation>{where} zone de texte {n}</translation>
    </message>
    <message>
        <source>{where} tracked insertion {n}</source>
        <translation>{where} insertion suivie {n}</translation>
    </message>
    <message>
        <source>{where} tracked insertion {n} author</source>
        <translation>{where} auteur de l’insertion suivie {n}</translation>
    </message>
    <message>
        <source>{where} tracked deletion {n}</source>
        <translation>{where} suppression suivie {n}</translation>
    </message>
    <message>
        <source>{where} tracked deletion {n} author</source>
        <translation>{where} auteur de la suppression suivie {n}</translation>
    </message>
    <message>
        <source>{where} tracked move (new place) {n}</source>
        <translation>{where} déplacement suivi (nouvel emplacement) {n}</translation>
    </message>
    <message>
        <source>{where} tracked move (new place) {n} author</source>
        <translation>{where} auteur du déplacement suivi (nouvel emplacement) {n}</translation>
    </message>
    <message>
        <source>{where} tracked move (old place) {n}</source>
        <translation>{where} déplacement suivi (ancien emplacement) {n}</translation>
    </message>
    <message>
        <source>{where} tracked move (old place) {n} author</source>
        <translation>{where} auteur du déplacement suivi (ancien emplacement) {n}</translation>
    </message>
    <message>
        <source>{where} drawing text {n}</source>
        <translation>{where} texte de dessin {n}</translation>
    </message>
    <message>
        <source>{where} relationship {n} external target</source>
        <translation>{where} cible externe de la relation {n}</translation>
    </message>
    <message>
        <source>{where} relationship {n} target</source>
        <translation>{where} cible de la relation {n}</translation>
    </message>
    <message>
        <source>part {part} (it declares XML entities or a DTD: read as raw text only)</source>
        <translation>partie {part} (elle déclare des entités XML ou une DTD : lue en texte brut seulement)</translation>
    </message>
    <message>
        <source>part {part} (its XML is damaged: read as raw text only)</source>
        <translation>partie {part} (son XML est endommagé : lue en texte brut seulement)</translation>
    </message>
    <message>
        <source>part {part} (nested too deeply: read as raw text only)</source>
        <translation>partie {part} (imbrication trop profonde : lue en texte brut seulement)</translation>
    </message>
    <message>
        <source>part {part} (its structure could not be read: read as raw text only)</source>
        <translation>partie {part} (sa structure n’a pas pu être lue : lue en texte brut seulement)</translation>
    </message>
    <message>
        <source>{where} footnote {n}</source>
        <translation>{where} note de bas de page {n}</translation>
    </message>
    <message>
        <source>{where} endnote {n}</source>
        <translation>{where} note de fin {n}</translation>
    </message>
    <message>
        <source>document property {key}</source>
        <translation>propriété du document {key}</translation>
    </message>
    <message>
        <source>document property {n}</source>
        <translation>propriété du document {n}</translation>
    </message>
    <message>
        <source>application property {key}</source>
        <translation>propriété de l’application {key}</translation>
    </message>
    <message>
        <source>application property {n}</source>
        <translation>propriété de l’application {n}</translation>
    </message>
    <message>
        <source>{where} paragraph {n}</source>
        <translation>{where} paragraphe {n}</translation>
    </message>
    <message>
        <source>{where} as it was before tracked changes</source>
        <translation>{where} avant les modifications suivies</translation>
    </message>
    <message>
        <source>{where} VML shape {n} alternative text</source>
        <translation>{where} texte de remplacement de la forme VML {n}</translation>
    </message>
    <message>
        <source>{where} VML shape {n} title</source>
        <translation>{where} titre de la forme VML {n}</translation>
    </message>
    <message>
        <source>{where} VML shape {n} WordArt text</source>
        <translation>{where} texte WordArt de la forme VML {n}</translation>
    </message>
    <message>
        <source>the whole document ({reason})</source>
        <translation>le document entier ({reason})</translation>
    </message>
    <message>
        <source>the whole document (it is too large or too deeply nested to read)</source>
        <translation>le document entier (il est trop volumineux ou trop profondément imbriqué pour être lu)</translation>
    </message>
    <message>
        <source>the whole document (its structure could not be parsed)</source>
        <translation>le document entier (sa structure n’a pas pu être analysée)</translation>
    </message>
    <message>
        <source>part {part} (it could not be unpacked)</source>
        <translation>partie {part} (elle n’a pas pu être décompressée)</translation>
    </message>
    <message>
        <source>{where} table {n}</source>
        <translation>{where} tableau {n}</translation>
    </message>
    <message>
        <source>{where} author {n}</source>
        <translation>{where} auteur {n}</translation>
    </message>
    <message>
        <source>{where} comment {n}</source>
        <translation>{where} commentaire {n}</translation>
    </message>
    <message>
        <source>{where} building block {n}</source>
        <translation>{where} bloc de construction {n}</translation>
    </message>
    <message>
        <source>zip member {n}</source>
        <translation>entrée zip {n}</translation>
    </message>
    <message>
        <source>{outer}, {inner}</source>
        <translation>{outer}, {inner}</translation>
    </message>
    <message>
        <source>the XML</source>
        <translation>le XML</translation>
    </message>
    <message>
        <source>zip member {n} name</source>
        <translation>nom de l’entrée zip {n}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>zip directory (missing, or too many members)</source>
        <translation>répertoire zip (absent, ou trop d’entrées)</translation>
    </message>
    <message>
        <source>zip structure (damaged)</source>
        <translation>structure zip (endommagée)</translation>
    </message>
    <message>
        <source>zip members (encrypted, or too large to unpack safely)</source>
        <translation>entrées zip (chiffrées, ou trop volumineuses pour être décompressées sans risque)</translation>
    </message>
    <message>
        <source>raw bytes past {mib} MiB of text</source>
        <translation>octets bruts au-delà de {mib} Mio de texte</translation>
    </message>
    <message>
        <source>the file (its structure could not be parsed)</source>
        <translation>le fichier (sa structure n’a pas pu être analysée)</translation>
    </message>
    <message>
        <source>XMP packet</source>
        <translation>paquet XMP</translation>
    </message>
    <message>
        <source>XMP comment</source>
        <translation>commentaire XMP</translation>
    </message>
    <message>
        <source>XMP processing instruction</source>
        <translation>instruction de traitement XMP</translation>
    </message>
    <message>
        <source>XMP {property}</source>
        <translation>XMP {property}</translation>
    </message>
    <message>
        <source>XMP namespace declarations</source>
        <translation>déclarations d’espaces de noms XMP</translation>
    </message>
    <message>
        <source>XMP property in another namespace</source>
        <translation>propriété XMP d’un autre espace de noms</translation>
    </message>
    <message>
        <source>XMP thumbnail image</source>
        <translation>image miniature XMP</translation>
    </message>
    <message>
        <source>XMP GImage:Data image</source>
        <translation>image XMP GImage:Data</translation>
    </message>
    <message>
        <source>XMP GDepth:Data image</source>
        <translation>image XMP GDepth:Data</translation>
    </message>
    <message>
        <source>XMP GDepth:Confidence image</source>
        <translation>image XMP GDepth:Confidence</translation>
    </message>
    <message>
        <source>XMP property in namespace {prefix}</source>
        <translation>propriété XMP de l’espace de noms {prefix}</translation>
    </message>
    <message>
        <source>TIFF page {page} {ifd} {tag}</source>
        <translation>page TIFF {page} {ifd} {tag}</translation>
    </message>
    <message>
        <source>PNG {chunk} chunk {number}</source>
        <translation>bloc PNG {chunk} {number}</translation>
    </message>
    <message>
        <source>GIF application extension {number}</source>
        <translation>extension d’application GIF {number}</translation>
    </message>
    <message>
        <source>the picture could not be parsed; every readable run of its bytes was read</source>
        <translation>l’image n’a pas pu être analysée ; toutes les séquences lisibles de ses octets ont été lues</translation>
    </message>
    <message>
        <source>the ICC profile</source>
        <translation>le profil ICC</translation>
    </message>
    <message>
        <source>the XMP packet</source>
        <translation>le paquet XMP</translation>
    </message>
    <message>
        <source>{what} decompresses to too much data; the rest was not read</source>
        <translation>{what} : la décompression produit trop de données ; le reste n’a pas été lu</translation>
    </message>
    <message>
        <source>the EXIF block</source>
        <translation>le bloc EXIF</translation>
    </message>
    <message>
        <source>EXIF {ifd} {tag}</source>
        <translation>EXIF {ifd} {tag}</translation>
    </message>
    <message>
        <source>TIFF page {page} {tag}</source>
        <translation>page TIFF {page} {tag}</translation>
    </message>
    <message>
        <source>Photoshop resource {id}</source>
        <translation>ressource Photoshop {id}</translation>
    </message>
    <message>
        <source>ICC profile header</source>
        <translation>en-tête du profil ICC</translation>
    </message>
    <message>
        <source>ICC profile bytes outside any tag</source>
        <translation>octets du profil ICC hors de toute balise</translation>
    </message>
    <message>
        <source>WebP {chunk} chunk {number}</source>
        <translation>bloc WebP {chunk} {number}</translation>
    </message>
    <message>
        <source>HEIF item {number}</source>
        <translation>élément HEIF {number}</translation>
    </message>
    <message>
        <source>the {format} structure</source>
        <translation>la structure {format}</translation>
    </message>
    <message>
        <source>unparsed bytes</source>
        <translation>octets non analysés</translation>
    </message>
    <message>
        <source>the picture repeats its structure too often; the rest was not read</source>
        <translation>l’image répète sa structure trop souvent ; le reste n’a pas été lu</translation>
    </message>
    <message>
        <source>{what} is nested too deep to be read</source>
        <translation>{what} : imbrication trop profonde, lecture impossible</translation>
    </message>
    <message>
        <source>{what}, readable runs</source>
        <translation>{what}, séquences lisibles</translation>
    </message>
    <message>
        <source>image {number} appended after the end of the picture</source>
        <translation>image {number} ajoutée après la fin de l’image principale</translation>
    </message>
    <message>
        <source>an XMP packet</source>
        <translation>un paquet XMP</translation>
    </message>
    <message>
        <source>IPTC {record}:{dataset} {name}</source>
        <translation>IPTC {record}:{dataset} {name}</translation>
    </message>
    <message>
        <source>IPTC {record}:{dataset}</source>
        <translation>IPTC {record}:{dataset}</translation>
    </message>
    <message>
        <source>ICC profile private tag {number}</source>
        <translation>balise privée {number} du profil ICC</translation>
    </message>
    <message>
        <source>JPEG comment {number}</source>
        <translation>commentaire JPEG {number}</translation>
    </message>
    <message>
        <source>the extended XMP packet</source>
        <translation>le paquet XMP étendu</translation>
    </message>
    <message>
        <source>the Photoshop resources</source>
        <translation>les ressources Photoshop</translation>
    </message>
    <message>
        <source>the picture could not be read; every readable run of its bytes was read</source>
        <translation>l’image n’a pas pu être lue ; toutes les séquences lisibles de ses octets ont été lues</translation>
    </message>
    <message>
        <source>readable runs of the picture&apos;s bytes</source>
        <translation>séquences lisibles des octets de l’image</translation>
    </message>
    <message>
        <source>{what} is damaged; its readable runs were read instead</source>
        <translation>{what} : structure endommagée ; ses séquences lisibles ont été lues à la place</translation>
    </message>
    <message>
        <source>{what} cannot be decompressed</source>
        <translation>{what} : décompression impossible</translation>
    </message>
    <message>
        <source>file appended after the end of the picture</source>
        <translation>fichier ajouté après la fin de l’image</translation>
    </message>
    <message>
        <source>data after the end of the picture</source>
        <translation>données après la fin de l’image</translation>
    </message>
    <message>
        <source>more than {count} IFDs; the rest was not read</source>
        <translation>plus de {count} IFD ; le reste n’a pas été lu</translation>
    </message>
    <message>
        <source>EXIF {ifd} thumbnail</source>
        <translation>miniature EXIF {ifd}</translation>
    </message>
    <message>
        <source>TIFF page {page} {ifd} JPEG data</source>
        <translation>page TIFF {page} {ifd} données JPEG</translation>
    </message>
    <message>
        <source>an XMP packet could not be parsed; its text was read as it is</source>
        <translation>un paquet XMP n’a pas pu être analysé ; son texte a été lu tel quel</translation>
    </message>
    <message>
        <source>XMP packet (not parsed)</source>
        <translation>paquet XMP (non analysé)</translation>
    </message>
    <message>
        <source>Photoshop resource {id} name</source>
        <translation>nom de la ressource Photoshop {id}</translation>
    </message>
    <message>
        <source>ICC profile tag {tag}</source>
        <translation>balise {tag} du profil ICC</translation>
    </message>
    <message>
        <source>{where} (out of range)</source>
        <translation>{where} (hors limites)</translation>
    </message>
    <message>
        <source>PNG chunk {number} (truncated)</source>
        <translation>bloc PNG {number} (tronqué)</translation>
    </message>
    <message>
        <source>ISO media box {number}</source>
        <translation>boîte média ISO {number}</translation>
    </message>
    <message>
        <source>HEIF handler name</source>
        <translation>nom du gestionnaire HEIF</translation>
    </message>
    <message>
        <source>HEIF item {number} name</source>
        <translation>nom de l’élément HEIF {number}</translation>
    </message>
    <message>
        <source>IPTC bytes after the last dataset</source>
        <translation>octets IPTC après le dernier jeu de données</translation>
    </message>
    <message>
        <source>Photoshop bytes after the last resource</source>
        <translation>octets Photoshop après la dernière ressource</translation>
    </message>
    <message>
        <source>an ICC profile tag</source>
        <translation>une balise du profil ICC</translation>
    </message>
    <message>
        <source>PNG iCCP profile name</source>
        <translation>nom du profil PNG iCCP</translation>
    </message>
    <message>
        <source>ISO media XMP box</source>
        <translation>boîte XMP média ISO</translation>
    </message>
    <message>
        <source>bytes between JPEG segments</source>
        <translation>octets entre les segments JPEG</translation>
    </message>
    <message>
        <source>JPEG reserved segment {number}</source>
        <translation>segment JPEG réservé {number}</translation>
    </message>
    <message>
        <source>PNG chunk {number}</source>
        <translation>bloc PNG {number}</translation>
    </message>
    <message>
        <source>GIF comment {number}</source>
        <translation>commentaire GIF {number}</translation>
    </message>
    <message>
        <source>WebP chunk {number}</source>
        <translation>bloc WebP {number}</translation>
    </message>
    <message>
        <source>Photoshop resource {id} thumbnail</source>
        <translation>miniature de la ressource Photoshop {id}</translation>
    </message>
    <message>
        <source>GIF plain text {number}</source>
        <translation>texte brut GIF {number}</translation>
    </message>
    <message>
        <source>picture information {number}</source>
        <translation>information d’image {number}</translation>
    </message>
    <message>
        <source>GIF extension {number}</source>
        <translation>extension GIF {number}</translation>
    </message>
    <message>
        <source>HEIF XML box</source>
        <translation>boîte XML HEIF</translation>
    </message>
    <message>
        <source>ISO media meta box {number}</source>
        <translation>boîte meta média ISO {number}</translation>
    </message>
    <message>
        <source>JPEG APP{n} segment {number}</source>
        <translation>segment JPEG APP{n} {number}</translation>
    </message>
    <message>
        <source>HEIF colour profile</source>
        <translation>profil colorimétrique HEIF</translation>
    </message>
    <message>
        <source>HEIF item property {number}</source>
        <translation>propriété d’élément HEIF {number}</translation>
    </message>
    <message>
        <source>JFIF extension thumbnail</source>
        <translation>miniature de l’extension JFIF</translation>
    </message>
    <message>
        <source>the PDF&apos;s cross-reference table (damaged: objects found by scanning)</source>
        <translation>la table des références croisées du PDF (endommagée : objets retrouvés par balayage)</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <source>Type 3 font in object {n}</source>
        <translation>police Type 3 de l’objet {n}</translation>
    </message>
    <message>
        <source>{where} inline image {n}</source>
        <translation>{where} image en ligne {n}</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulaire</translation>
    </message>
    <message>
        <source>{where}: attached file {n}</source>
        <translation>{where} : fichier joint {n}</translation>
    </message>
    <message>
        <source>objects {first} to {last} strings</source>
        <translation>objets {first} à {last}, chaînes</translation>
    </message>
    <message>
        <source>the PDF (it is damaged or not a PDF)</source>
        <translation>le PDF (il est endommagé, ou ce n’est pas un PDF)</translation>
    </message>
    <message>
        <source>the end of the PDF (it is truncated)</source>
        <translation>la fin du PDF (il est tronqué)</translation>
    </message>
    <message>
        <source>the document properties</source>
        <translation>les propriétés du document</translation>
    </message>
    <message>
        <source>the document catalog</source>
        <translation>le catalogue du document</translation>
    </message>
    <message>
        <source>the pages</source>
        <translation>les pages</translation>
    </message>
    <message>
        <source>the form fields</source>
        <translation>les champs de formulaire</translation>
    </message>
    <message>
        <source>the bookmarks</source>
        <translation>les signets</translation>
    </message>
    <message>
        <source>the name trees</source>
        <translation>les arbres de noms</translation>
    </message>
    <message>
        <source>the structure tree</source>
        <translation>l’arbre de structure</translation>
    </message>
    <message>
        <source>the file&apos;s objects</source>
        <translation>les objets du fichier</translation>
    </message>
    <message>
        <source>the file&apos;s earlier revisions</source>
        <translation>les révisions antérieures du fichier</translation>
    </message>
    <message>
        <source>the file&apos;s bytes outside its objects</source>
        <translation>les octets du fichier hors de ses objets</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>document piece information</source>
        <translation>données PieceInfo du document</translation>
    </message>
    <message>
        <source>page labels</source>
        <translation>étiquettes de page</translation>
    </message>
    <message>
        <source>document catalog</source>
        <translation>catalogue du document</translation>
    </message>
    <message>
        <source>{where} letter-spaced words</source>
        <translation>{where} mots en lettres espacées</translation>
    </message>
    <message>
        <source>{where} piece information</source>
        <translation>{where} données PieceInfo</translation>
    </message>
    <message>
        <source>{where} dictionary</source>
        <translation>{where} dictionnaire</translation>
    </message>
    <message>
        <source>{where} form {n}</source>
        <translation>{where} formulaire {n}</translation>
    </message>
    <message>
        <source>{where} drawn text</source>
        <translation>{where} texte dessiné</translation>
    </message>
    <message>
        <source>{where} marked content</source>
        <translation>{where} contenu marqué</translation>
    </message>
    <message>
        <source>{where} other operands</source>
        <translation>{where} autres opérandes</translation>
    </message>
    <message>
        <source>page {page} annotation {n}</source>
        <translation>page {page} annotation {n}</translation>
    </message>
    <message>
        <source>{where} other keys</source>
        <translation>{where} autres clés</translation>
    </message>
    <message>
        <source>{where} appearance {kind}</source>
        <translation>{where} apparence {kind}</translation>
    </message>
    <message>
        <source>{where} appearance state names</source>
        <translation>{where} noms des états d’apparence</translation>
    </message>
    <message>
        <source>form dictionary</source>
        <translation>dictionnaire du formulaire</translation>
    </message>
    <message>
        <source>{where} signature</source>
        <translation>{where} signature</translation>
    </message>
    <message>
        <source>bookmark {n}</source>
        <translation>signet {n}</translation>
    </message>
    <message>
        <source>named destinations</source>
        <translation>destinations nommées</translation>
    </message>
    <message>
        <source>{where} stream</source>
        <translation>{where} flux</translation>
    </message>
    <message>
        <source>object {n} (earlier revision)</source>
        <translation>objet {n} (révision antérieure)</translation>
    </message>
    <message>
        <source>{where} object {n}</source>
        <translation>{where} objet {n}</translation>
    </message>
    <message>
        <source>the PDF (its encryption could not be read)</source>
        <translation>le PDF (son chiffrement n’a pas pu être lu)</translation>
    </message>
    <message>
        <source>the PDF (reading stopped on damaged structure)</source>
        <translation>le PDF (lecture interrompue sur une structure endommagée)</translation>
    </message>
    <message>
        <source>the PDF&apos;s compressed streams, salvaged</source>
        <translation>les flux compressés du PDF, récupérés</translation>
    </message>
    <message>
        <source>the PDF&apos;s streams (could not be salvaged)</source>
        <translation>les flux du PDF (irrécupérables)</translation>
    </message>
    <message>
        <source>{where} (text beyond the size limit)</source>
        <translation>{where} (texte au-delà de la taille maximale)</translation>
    </message>
    <message>
        <source>{where} (embedded files beyond the size limit)</source>
        <translation>{where} (fichiers incorporés au-delà de la taille maximale)</translation>
    </message>
    <message>
        <source>{where} and what follows (time limit)</source>
        <translation>{where} et la suite (limite de temps)</translation>
    </message>
    <message>
        <source>the document catalog (damaged)</source>
        <translation>le catalogue du document (endommagé)</translation>
    </message>
    <message>
        <source>{n} more places (not listed)</source>
        <translation>{n} autres endroits (non énumérés)</translation>
    </message>
    <message>
        <source>pages {first} to {last} (page limit)</source>
        <translation>pages {first} à {last} (limite du nombre de pages)</translation>
    </message>
    <message>
        <source>{where} content stream bytes</source>
        <translation>{where} octets du flux de contenu</translation>
    </message>
    <message>
        <source>{where} (nested too deep)</source>
        <translation>{where} (imbrication trop profonde)</translation>
    </message>
    <message>
        <source>{where} ({n} drawing operators could not be read)</source>
        <translation>{where} ({n} opérateurs de dessin illisibles)</translation>
    </message>
    <message>
        <source>structure tree</source>
        <translation>arbre de structure</translation>
    </message>
    <message>
        <source>{where} stream text</source>
        <translation>{where} texte du flux</translation>
    </message>
    <message>
        <source>{where} form</source>
        <translation>{where} formulaire</translation>
    </message>
    <message>
        <source>{where} colour profile</source>
        <translation>{where} profil colorimétrique</translation>
    </message>
    <message>
        <source>{where} (a stream beyond the size limit, read in part)</source>
        <translation>{where} (flux au-delà de la taille maximale, lu en partie)</translation>
    </message>
    <message>
        <source>object {n}</source>
        <translation>objet {n}</translation>
    </message>
    <message>
        <source>{where} strings</source>
        <translation>{where} chaînes</translation>
    </message>
    <message>
        <source>bytes outside the PDF&apos;s objects</source>
        <translation>octets hors des objets du PDF</translation>
    </message>
    <message>
        <source>comments in the PDF&apos;s objects</source>
        <translation>commentaires dans les objets du PDF</translation>
    </message>
    <message>
        <source>the PDF (it is encrypted and needs a password to open)</source>
        <translation>le PDF (il est chiffré et il faut un mot de passe pour l’ouvrir)</translation>
    </message>
    <message>
        <source>the PDF&apos;s streams (size limit)</source>
        <translation>les flux du PDF (limite de taille)</translation>
    </message>
    <message>
        <source>{where} (damaged)</source>
        <translation>{where} (structure endommagée)</translation>
    </message>
    <message>
        <source>{where} text (pypdf could not extract it)</source>
        <translation>{where} texte (pypdf n’a pas pu l’extraire)</translation>
    </message>
    <message>
        <source>{where} content stream bytes (undecodable)</source>
        <translation>{where} octets du flux de contenu (impossibles à décoder)</translation>
    </message>
    <message>
        <source>{where} (damaged drawing operators)</source>
        <translation>{where} (opérateurs de dessin endommagés)</translation>
    </message>
    <message>
        <source>{where} (a compressed JPEG)</source>
        <translation>{where} (un JPEG compressé)</translation>
    </message>
    <message>
        <source>{where} {key}</source>
        <translation>{where} {key}</translation>
    </message>
    <message>
        <source>form fields</source>
        <translation>champs de formulaire</translation>
    </message>
    <message>
        <source>form fields after {n} (limit)</source>
        <translation>champs de formulaire après le n° {n} (limite)</translation>
    </message>
    <message>
        <source>form XFA packet {n}</source>
        <translation>formulaire, paquet XFA {n}</translation>
    </message>
    <message>
        <source>bookmarks after {n} (limit)</source>
        <translation>signets après le n° {n} (limite)</translation>
    </message>
    <message>
        <source>attachments list</source>
        <translation>liste des fichiers joints</translation>
    </message>
    <message>
        <source>{where} (too many values)</source>
        <translation>{where} (trop de valeurs)</translation>
    </message>
    <message>
        <source>{where} XMP metadata</source>
        <translation>{where} métadonnées XMP</translation>
    </message>
    <message>
        <source>{where} XML</source>
        <translation>{where} XML</translation>
    </message>
    <message>
        <source>{where} XMP metadata (refused or not well-formed XML)</source>
        <translation>{where} métadonnées XMP (refusées, ou XML mal formé)</translation>
    </message>
    <message>
        <source>{where} contents</source>
        <translation>{where} contenu du fichier</translation>
    </message>
    <message>
        <source>{where} (a stream that could not be decoded)</source>
        <translation>{where} (flux impossible à décoder)</translation>
    </message>
    <message>
        <source>{where} {kind} image</source>
        <translation>{where} image {kind}</translation>
    </message>
    <message>
        <source>objects of earlier revisions (limit)</source>
        <translation>objets des révisions antérieures (limite)</translation>
    </message>
    <message>
        <source>page {page} (damaged)</source>
        <translation>page {page} (endommagée)</translation>
    </message>
    <message>
        <source>{where} content stream (damaged)</source>
        <translation>{where} flux de contenu (endommagé)</translation>
    </message>
    <message>
        <source>{where} pattern {n}</source>
        <translation>{where} motif {n}</translation>
    </message>
    <message>
        <source>form XFA packet {n} name</source>
        <translation>formulaire, nom du paquet XFA {n}</translation>
    </message>
    <message>
        <source>document JavaScript</source>
        <translation>JavaScript du document</translation>
    </message>
    <message>
        <source>object {n} (damaged)</source>
        <translation>objet {n} (endommagé)</translation>
    </message>
    <message>
        <source>{where} state {n}</source>
        <translation>{where} état {n}</translation>
    </message>
    <message>
        <source>name tree {n}</source>
        <translation>arbre de noms {n}</translation>
    </message>
    <message>
        <source>{where} (a damaged object)</source>
        <translation>{where} (un objet endommagé)</translation>
    </message>
    <message>
        <source>{where} content</source>
        <translation>{where} contenu</translation>
    </message>
    <message>
        <source>revision {revision} by another author was not delivered by any bundle (injected?)</source>
        <translation>la révision {revision} d’un autre auteur n’a été livrée par aucun envoi (injectée ?)</translation>
    </message>
    <message>
        <source>the id prefix {prefix} matches more than one record; give more characters</source>
        <translation>le début d’identifiant {prefix} correspond à plusieurs fiches ; donnez davantage de caractères</translation>
    </message>
    <message>
        <source>record {id} is deleted; it cannot be edited</source>
        <translation>la fiche {id} est supprimée ; elle ne peut pas être modifiée</translation>
    </message>
    <message>
        <source>a deletion needs a reason</source>
        <translation>une suppression doit être motivée</translation>
    </message>
    <message>
        <source>no record with id {id}</source>
        <translation>aucune fiche avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>a recovery code has {expected} characters; this one has {n}</source>
        <translation>un code de récupération compte {expected} caractères ; celui-ci en compte {n}</translation>
    </message>
    <message>
        <source>the recovery code has a typo (its checksum does not match)</source>
        <translation>le code de récupération contient une faute de frappe (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>the recovery code contains a character that is not in a code</source>
        <translation>le code de récupération contient un caractère qui n’appartient pas aux codes</translation>
    </message>
    <message>
        <source>revision {revision} of record {record} was altered (hash mismatch)</source>
        <translation>la révision {revision} de la fiche {record} a été modifiée (empreinte différente)</translation>
    </message>
    <message>
        <source>revision {revision} has a malformed clock value</source>
        <translation>la révision {revision} a une valeur d’horloge mal formée</translation>
    </message>
    <message>
        <source>revision {revision} lists its parents out of order</source>
        <translation>la révision {revision} énumère ses parents dans le désordre</translation>
    </message>
    <message>
        <source>revision {revision} holds a value that is not canonical JSON</source>
        <translation>la révision {revision} contient une valeur qui n’est pas du JSON canonique</translation>
    </message>
    <message>
        <source>revision {revision} of record {record} has an invalid signature</source>
        <translation>la révision {revision} de la fiche {record} a une signature non valide</translation>
    </message>
    <message>
        <source>no enrolled expert named or with fingerprint {who!r}</source>
        <translation>aucun expert inscrit ne porte le nom ou l’empreinte {who!r}</translation>
    </message>
    <message>
        <source>a name is needed (at most {n} characters)</source>
        <translation>un nom est requis ({n} caractères au plus)</translation>
    </message>
    <message>
        <source>that is this archive&apos;s own identity; enroll the experts&apos; vaults</source>
        <translation>c’est l’identité des archives elles-mêmes ; inscrivez les coffres des experts</translation>
    </message>
    <message>
        <source>this identity is already enrolled as {name!r}</source>
        <translation>cette identité est déjà inscrite sous le nom {name!r}</translation>
    </message>
    <message>
        <source>the name {name!r} is already on the roster</source>
        <translation>le nom {name!r} figure déjà sur la liste des experts</translation>
    </message>
    <message>
        <source>{name!r} was already revoked on {date}</source>
        <translation>{name!r} a déjà été révoqué le {date}</translation>
    </message>
    <message>
        <source>the last accepted bundle number cannot be negative</source>
        <translation>le numéro du dernier envoi accepté ne peut pas être négatif</translation>
    </message>
    <message>
        <source>re-encrypting the vault under a new key</source>
        <translation>rechiffrement du coffre avec une nouvelle clé</translation>
    </message>
    <message>
        <source>a passphrase needs at least {n} characters</source>
        <translation>une phrase secrète compte au moins {n} caractères</translation>
    </message>
    <message>
        <source>a vault folder&apos;s name ends in {suffix} (got {name})</source>
        <translation>le nom d’un dossier de coffre se termine par {suffix} (reçu : {name})</translation>
    </message>
    <message>
        <source>{folder} already exists; choose a new name</source>
        <translation>{folder} existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>{name} has a key envelope but no {db}</source>
        <translation>{name} a une enveloppe de clés mais pas de {db}</translation>
    </message>
    <message>
        <source>{folder} is not a vault folder</source>
        <translation>{folder} n’est pas un dossier de coffre</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>le coffre est verrouillé</translation>
    </message>
    <message>
        <source>another program changed this vault&apos;s key (rekey): close the vault and open it again</source>
        <translation>un autre programme a changé la clé de ce coffre (rekey) : fermez le coffre et rouvrez-le</translation>
    </message>
    <message>
        <source>vault.db and keyslots.json belong to different vaults</source>
        <translation>vault.db et keyslots.json appartiennent à des coffres différents</translation>
    </message>
    <message>
        <source>{what}: the database did not take the new key</source>
        <translation>{what} : la base de données n’a pas pris en compte la nouvelle clé</translation>
    </message>
    <message>
        <source>{what}: SQLCipher could not rewrite the database (it needs free space as large as the vault; is the disk full?); nothing was changed</source>
        <translation>{what} : SQLCipher n’a pas pu réécrire la base de données (il lui faut autant d’espace libre que la taille du coffre ; le disque est-il plein ?) ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>creating the vault</source>
        <translation>la création du coffre</translation>
    </message>
    <message>
        <source>upgrading the vault&apos;s schema</source>
        <translation>la mise à jour du schéma du coffre</translation>
    </message>
    <message>
        <source>{name} is damaged ({error})</source>
        <translation>{name} est endommagé ({error})</translation>
    </message>
    <message>
        <source>an interrupted key change re-encrypted this vault; what you gave opens only the old key: open it with the passphrase</source>
        <translation>un changement de clé interrompu a rechiffré ce coffre ; ce que vous avez fourni n’ouvre que l’ancienne clé : ouvrez-le avec la phrase secrète</translation>
    </message>
    <message>
        <source>the archive inside the package is malformed: {error}</source>
        <translation>l’archive contenue dans le dossier est mal formée : {error}</translation>
    </message>
    <message>
        <source>the package is missing {path}</source>
        <translation>il manque {path} dans le dossier</translation>
    </message>
    <message>
        <source>the package holds an entry its manifest does not list, or out of order</source>
        <translation>le dossier contient une entrée que son manifeste n’énumère pas, ou hors de l’ordre prévu</translation>
    </message>
    <message>
        <source>the package holds the same entry twice</source>
        <translation>le dossier contient deux fois la même entrée</translation>
    </message>
    <message>
        <source>the vault changed while the file was written; try again</source>
        <translation>le coffre a changé pendant l’écriture du fichier ; réessayez</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest signature is malformed{hint}</source>
        <translation>la signature du manifeste de l’envoi est mal formée{hint}</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest signature is not valid</source>
        <translation>la signature du manifeste de l’envoi n’est pas valide</translation>
    </message>
    <message>
        <source>the bundle&apos;s checksum list signature is not valid</source>
        <translation>la signature de la liste des sommes de contrôle de l’envoi n’est pas valide</translation>
    </message>
    <message>
        <source>the bundle is signed by a key other than its stated sender</source>
        <translation>l’envoi est signé par une autre clé que celle de son expéditeur déclaré</translation>
    </message>
    <message>
        <source>the bundle&apos;s checksum list does not match its manifest</source>
        <translation>la liste des sommes de contrôle de l’envoi ne correspond pas à son manifeste</translation>
    </message>
    <message>
        <source>the package&apos;s manifest signature is malformed{hint}</source>
        <translation>la signature du manifeste du dossier est mal formée{hint}</translation>
    </message>
    <message>
        <source>the package&apos;s manifest signature is not valid</source>
        <translation>la signature du manifeste du dossier n’est pas valide</translation>
    </message>
    <message>
        <source>the package&apos;s checksum list signature is not valid</source>
        <translation>la signature de la liste des sommes de contrôle du dossier n’est pas valide</translation>
    </message>
    <message>
        <source>the package is signed by a key other than its stated sender</source>
        <translation>le dossier est signé par une autre clé que celle de son expéditeur déclaré</translation>
    </message>
    <message>
        <source>the package&apos;s checksum list does not match its manifest</source>
        <translation>la liste des sommes de contrôle du dossier ne correspond pas à son manifeste</translation>
    </message>
    <message>
        <source>the change</source>
        <translation>la modification</translation>
    </message>
    <message>
        <source>{what}: the database reported an error ({error})</source>
        <translation>{what} : la base de données a signalé une erreur ({error})</translation>
    </message>
    <message>
        <source>{what}: the disk is full (or a file size limit was reached); nothing was changed</source>
        <translation>{what} : le disque est plein (ou une limite de taille de fichier a été atteinte) ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>{name} cannot be read with this vault&apos;s key: the database file is damaged</source>
        <translation>{name} ne peut pas être lu avec la clé de ce coffre : le fichier de la base de données est endommagé</translation>
    </message>
    <message>
        <source>annex title</source>
        <translation>titre de l’annexe</translation>
    </message>
    <message>
        <source>claim {n} statement</source>
        <translation>énoncé de l’affirmation {n}</translation>
    </message>
    <message>
        <source>evidence {label} description</source>
        <translation>description de la pièce {label}</translation>
    </message>
    <message>
        <source>caption of {label}</source>
        <translation>légende de {label}</translation>
    </message>
    <message>
        <source>{path} is an identity file of version 1, with no sealing key: ask for a new identity file (&apos;fieldvault identity export&apos;)</source>
        <translation>{path} est un fichier d’identité de version 1, sans clé de scellement : demandez un nouveau fichier d’identité (« fieldvault identity export »)</translation>
    </message>
    <message>
        <source>{folder} already exists; the demo vault is built only once</source>
        <translation>{folder} existe déjà ; le coffre de démonstration n’est créé qu’une fois</translation>
    </message>
    <message>
        <source>{folder} already exists; the demo archive is built only once</source>
        <translation>{folder} existe déjà ; les archives de démonstration ne sont créées qu’une fois</translation>
    </message>
    <message>
        <source>memo: from</source>
        <translation>note de passation : expéditeur</translation>
    </message>
    <message>
        <source>memo: {where}</source>
        <translation>note de passation : {where}</translation>
    </message>
    <message>
        <source>the new passphrase is too easy to guess ({advice}); nothing was changed. Use several uncommon words, or --generate-passphrase for six random ones</source>
        <translation>la nouvelle phrase secrète est trop facile à deviner ({advice}) ; rien n’a été modifié. Utilisez plusieurs mots peu courants, ou --generate-passphrase pour six mots tirés au hasard</translation>
    </message>
    <message>
        <source>the Consolidated List {sha}</source>
        <translation>la Liste récapitulative {sha}</translation>
    </message>
    <message>
        <source>message headers as written</source>
        <translation>en-têtes du message tels qu’écrits</translation>
    </message>
    <message>
        <source>message part {n}</source>
        <translation>partie {n} du message</translation>
    </message>
    <message>
        <source>message parts past {n}</source>
        <translation>parties du message au-delà de {n}</translation>
    </message>
    <message>
        <source>{where} header {name}</source>
        <translation>{where}, en-tête {name}</translation>
    </message>
    <message>
        <source>{where} parameter</source>
        <translation>{where}, paramètre</translation>
    </message>
    <message>
        <source>{where} preamble or epilogue</source>
        <translation>{where}, préambule ou épilogue</translation>
    </message>
    <message>
        <source>{where} as UTF-8</source>
        <translation>{where} lu en UTF-8</translation>
    </message>
    <message>
        <source>{where} as read</source>
        <translation>{where}, tel que lu</translation>
    </message>
    <message>
        <source>{where} (base64 inside)</source>
        <translation>{where} (base64 à l’intérieur)</translation>
    </message>
    <message>
        <source>media {where}</source>
        <translation>média {where}</translation>
    </message>
    <message>
        <source>media tag {where}</source>
        <translation>étiquette média {where}</translation>
    </message>
    <message>
        <source>Outlook stream {n}</source>
        <translation>flux Outlook {n}</translation>
    </message>
    <message>
        <source>Outlook stream {path}</source>
        <translation>flux Outlook {path}</translation>
    </message>
    <message>
        <source>Outlook streams past {n}</source>
        <translation>flux Outlook au-delà de {n}</translation>
    </message>
    <message>
        <source>{where} name</source>
        <translation>{where}, nom</translation>
    </message>
    <message>
        <source>listed name</source>
        <translation>nom inscrit</translation>
    </message>
    <message>
        <source>alias (good)</source>
        <translation>alias (bonne qualité)</translation>
    </message>
    <message>
        <source>alias (low)</source>
        <translation>alias (qualité médiocre)</translation>
    </message>
    <message>
        <source>alias (unrated)</source>
        <translation>alias (qualité non précisée)</translation>
    </message>
    <message>
        <source>name in original script</source>
        <translation>nom en écriture originale</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>à l’identique</translation>
    </message>
    <message>
        <source>variant spelling</source>
        <translation>variante orthographique</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>initiale</translation>
    </message>
    <message>
        <source>words joined or split</source>
        <translation>mots joints ou séparés</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>ordre différent</translation>
    </message>
    <message>
        <source>particles</source>
        <translation>particules</translation>
    </message>
    <message>
        <source>transliteration</source>
        <translation>translittération</translation>
    </message>
    <message>
        <source>{a}, {b}</source>
        <translation>{a}, {b}</translation>
    </message>
    <message>
        <source>{how} {name}</source>
        <translation>{how} {name}</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Entity (company)</source>
        <translation>Entité (société)</translation>
    </message>
    <message>
        <source>Entity (armed group)</source>
        <translation>Entité (groupe armé)</translation>
    </message>
    <message>
        <source>Entity (vessel)</source>
        <translation>Entité (navire)</translation>
    </message>
    <message>
        <source>Entity (aircraft)</source>
        <translation>Entité (aéronef)</translation>
    </message>
    <message>
        <source>Every statement of case meets the methodology ({n} verified fact(s)).</source>
        <translation>Chaque élément de l’exposé des faits satisfait à la méthodologie ({n} fait(s) vérifié(s)).</translation>
    </message>
    <message>
        <source>claim {id}</source>
        <translation>l’affirmation {id}</translation>
    </message>
    <message>
        <source>no designation proposal: {reasons}</source>
        <translation>pas de proposition d’inscription : {reasons}</translation>
    </message>
    <message>
        <source>{a}; {b}</source>
        <translation>{a} ; {b}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name (original script)</source>
        <translation>Nom (écriture originale)</translation>
    </message>
    <message>
        <source>A.k.a.</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>IMO number</source>
        <translation>Numéro OMI</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Pavillon</translation>
    </message>
    <message>
        <source>no claim supporting a designation cites this entity</source>
        <translation>aucune affirmation à l’appui d’une inscription ne cite cette entité</translation>
    </message>
    <message>
        <source>identifier {label}</source>
        <translation>identifiant {label}</translation>
    </message>
    <message>
        <source>exculpatory {n}</source>
        <translation>élément à décharge {n}</translation>
    </message>
    <message>
        <source>{claim} is not a verified fact</source>
        <translation>{claim} n’est pas un fait vérifié</translation>
    </message>
    <message>
        <source>{claim} no longer meets the methodology ({why})</source>
        <translation>{claim} ne satisfait plus à la méthodologie ({why})</translation>
    </message>
    <message>
        <source>letter {n} addressee</source>
        <translation>destinataire de la lettre {n}</translation>
    </message>
    <message>
        <source>letter {n} symbol</source>
        <translation>cote de la lettre {n}</translation>
    </message>
    <message>
        <source>considered against claim {id}</source>
        <translation>examiné au regard de l’affirmation {id}</translation>
    </message>
    <message>
        <source>evidence {id} has no text on page {page}</source>
        <translation>la pièce {id} n&apos;a pas de texte en page {page}</translation>
    </message>
    <message>
        <source>usage: fieldvault screen VAULT [--entity ID] [--json]</source>
        <translation>usage : fieldvault screen COFFRE [--entity ID] [--json]</translation>
    </message>
    <message>
        <source>usage: fieldvault screen confirm|reject VAULT CANDIDATE</source>
        <translation>usage : fieldvault screen confirm|reject COFFRE CANDIDAT</translation>
    </message>
    <message>
        <source>Interview of {date}</source>
        <translation>Entretien du {date}</translation>
    </message>
    <message>
        <source>the outbound gate found source(s) {codes} in it</source>
        <translation>le contrôle de sortie y a trouvé la ou les sources {codes}</translation>
    </message>
    <message>
        <source>the request package</source>
        <translation>le dossier de réponse à la demande</translation>
    </message>
    <message>
        <source>may go</source>
        <translation>peut partir</translation>
    </message>
    <message>
        <source>a cited {kind} record does not go with the package</source>
        <translation>un enregistrement {kind} cité ne part pas avec le dossier</translation>
    </message>
    <message>
        <source>everything it rests on is withheld ({why})</source>
        <translation>tout ce sur quoi elle repose est retenu ({why})</translation>
    </message>
    <message>
        <source>may go, as {status} (not a verified fact)</source>
        <translation>peut partir, comme {status} (pas un fait vérifié)</translation>
    </message>
    <message>
        <source>may go, as a verified fact</source>
        <translation>peut partir, comme fait vérifié</translation>
    </message>
    <message>
        <source>{option} {ref}: not a live {kinds} record</source>
        <translation>{option} {ref} : pas une fiche {kinds} existante</translation>
    </message>
    <message>
        <source>choose what answers the request: --investigation, --entity, --claim or --item</source>
        <translation>choisissez ce qui répond à la demande : --investigation, --entity, --claim ou --item</translation>
    </message>
    <message>
        <source>its source cannot be read in this vault</source>
        <translation>sa source ne peut pas être lue dans ce coffre</translation>
    </message>
    <message>
        <source>its source record is malformed</source>
        <translation>la fiche de sa source est mal formée</translation>
    </message>
    <message>
        <source>source {code}: consent changed by another key</source>
        <translation>source {code} : consentement modifié par une autre clé</translation>
    </message>
    <message>
        <source>the outbound gate could not read all of it ({n} place(s))</source>
        <translation>le contrôle de sortie n’a pas pu tout en lire ({n} endroit(s))</translation>
    </message>
    <message>
        <source>not a live evidence item</source>
        <translation>pas une pièce existante</translation>
    </message>
    <message>
        <source>its record is malformed (as another vault may send it)</source>
        <translation>sa fiche est mal formée (comme un autre coffre peut l’envoyer)</translation>
    </message>
    <message>
        <source>a redacted working copy: a package carries originals, so the redaction would be lost</source>
        <translation>une copie de travail caviardée : un dossier porte les originaux, le caviardage serait donc perdu</translation>
    </message>
    <message>
        <source>a working copy whose original is not in this vault</source>
        <translation>une copie de travail dont l&apos;original n&apos;est pas dans ce coffre</translation>
    </message>
    <message>
        <source>its record is malformed</source>
        <translation>sa fiche est mal formée</translation>
    </message>
    <message>
        <source>a cited record is deleted or not held in this vault</source>
        <translation>un enregistrement cité est supprimé ou absent de ce coffre</translation>
    </message>
    <message>
        <source>a record of these bytes is malformed</source>
        <translation>une fiche de ces octets est mal formée</translation>
    </message>
    <message>
        <source>its original is sealed</source>
        <translation>son original est scellé</translation>
    </message>
    <message>
        <source>its original is withheld</source>
        <translation>son original est retenu</translation>
    </message>
    <message>
        <source>its original is not held in this vault</source>
        <translation>son original n&apos;est pas conservé dans ce coffre</translation>
    </message>
    <message>
        <source>not a live record</source>
        <translation>pas une fiche existante</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <source>{label}, {field}</source>
        <translation>{label}, {field}</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>exposé des motifs</translation>
    </message>
    <message>
        <source>entity {n}</source>
        <translation>entité {n}</translation>
    </message>
    <message>
        <source>proposed {label}</source>
        <translation>{label} proposé</translation>
    </message>
    <message>
        <source>recording the export of the age identity</source>
        <translation>enregistrement de l’export de l’identité age</translation>
    </message>
    <message>
        <source>{path} is not a group archive&apos;s identity</source>
        <translation>{path} n’est pas l’identité des archives du Groupe</translation>
    </message>
    <message>
        <source>{folder} is not a group archive (create one with `fieldvault archive init`)</source>
        <translation>{folder} n’est pas le coffre des archives du Groupe (créez-le avec `fieldvault archive init`)</translation>
    </message>
    <message>
        <source>enrolling the expert</source>
        <translation>inscription de l’expert</translation>
    </message>
    <message>
        <source>revoking the expert</source>
        <translation>révocation de l’expert</translation>
    </message>
    <message>
        <source>resolving the conflict</source>
        <translation>résolution du conflit</translation>
    </message>
    <message>
        <source>{out} cannot be written</source>
        <translation>impossible d’écrire {out}</translation>
    </message>
    <message>
        <source>the OS keyring is not enabled for this vault</source>
        <translation>le trousseau du système n’est pas activé pour ce coffre</translation>
    </message>
    <message>
        <source>{what}: {ref} is not an {kind}</source>
        <translation>{what} : {ref} n’est pas une fiche {kind}</translation>
    </message>
    <message>
        <source>{what}: {ref} is not a {kind}</source>
        <translation>{what} : {ref} n’est pas une fiche {kind}</translation>
    </message>
    <message>
        <source>recording the key change</source>
        <translation>enregistrement du changement de clé</translation>
    </message>
    <message>
        <source>recording the verification</source>
        <translation>enregistrement de la vérification</translation>
    </message>
    <message>
        <source>recording the examination</source>
        <translation>enregistrement de l’examen</translation>
    </message>
    <message>
        <source>rekey must replace the key this vault keeps in the OS keyring ({reason}): run it where the keyring is unlocked, or disable the keyring slot first</source>
        <translation>rekey doit remplacer la clé que ce coffre conserve dans le trousseau du système ({reason}) : lancez-le là où le trousseau est déverrouillé, ou désactivez d’abord l’emplacement du trousseau</translation>
    </message>
    <message>
        <source>name at least one recipient (--recipient NAME)</source>
        <translation>nommez au moins un destinataire (--recipient NOM)</translation>
    </message>
    <message>
        <source>at most {n} recipients per draft</source>
        <translation>{n} destinataires au plus par projet</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>the leaked copy</source>
        <translation>la copie divulguée</translation>
    </message>
    <message>
        <source>recipient {n} must be a name of 1 to 200 characters</source>
        <translation>le destinataire {n} doit être un nom de 1 à 200 caractères</translation>
    </message>
    <message>
        <source>recipient {n} is named twice; each copy goes to one recipient</source>
        <translation>le destinataire {n} figure deux fois ; chaque copie va à un seul destinataire</translation>
    </message>
    <message>
        <source>the file is the copy as issued, byte for byte (SHA-256)</source>
        <translation>le fichier est la copie telle que remise, octet pour octet (SHA-256)</translation>
    </message>
    <message>
        <source>recording the trace</source>
        <translation>enregistrement du traçage</translation>
    </message>
    <message>
        <source>the copy for recipient {n}</source>
        <translation>la copie du destinataire {n}</translation>
    </message>
    <message>
        <source>copy {n}</source>
        <translation>copie {n}</translation>
    </message>
    <message>
        <source>recording the draft copies</source>
        <translation>enregistrement des copies du projet</translation>
    </message>
    <message>
        <source>its copy id is printed on {n} of {total} page(s)</source>
        <translation>son numéro de copie est imprimé sur {n} page(s) sur {total}</translation>
    </message>
    <message>
        <source>the recipient&apos;s name is printed in the stamp (no copy id could be read)</source>
        <translation>le nom du destinataire figure dans le marquage (aucun numéro de copie n’a pu être lu)</translation>
    </message>
    <message>
        <source>recipient {n}</source>
        <translation>destinataire {n}</translation>
    </message>
    <message>
        <source>label</source>
        <translation>mention</translation>
    </message>
    <message>
        <source>no source with code {code}</source>
        <translation>aucune source avec le code {code}</translation>
    </message>
    <message>
        <source>{name} holds an image whose metadata could not be removed</source>
        <translation>{name} contient une image dont les métadonnées n’ont pas pu être retirées</translation>
    </message>
    <message>
        <source>its copy id is in the document properties</source>
        <translation>son numéro de copie figure dans les propriétés du document</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>le motif</translation>
    </message>
    <message>
        <source>the export of the original</source>
        <translation>l’export de l’original</translation>
    </message>
    <message>
        <source>evidence {id}</source>
        <translation>pièce {id}</translation>
    </message>
    <message>
        <source>sealing the original</source>
        <translation>scellement de l’original</translation>
    </message>
    <message>
        <source>withholding the original</source>
        <translation>retenue de l’original</translation>
    </message>
    <message>
        <source>including the original again</source>
        <translation>réintégration de l’original</translation>
    </message>
    <message>
        <source>record {id} is a {kind}, not an evidence item</source>
        <translation>la fiche {id} est de type {kind}, ce n’est pas une pièce</translation>
    </message>
    <message>
        <source>recording the view</source>
        <translation>enregistrement de la consultation</translation>
    </message>
    <message>
        <source>a working copy needs at least one of: strip, rotate, redact</source>
        <translation>une copie de travail demande au moins l’une de ces opérations : retrait des métadonnées, rotation, caviardage</translation>
    </message>
    <message>
        <source>record {id} is not a photograph this version can read</source>
        <translation>la fiche {id} n’est pas une photographie lisible par cette version</translation>
    </message>
    <message>
        <source>record {id} could not be read at intake; no copy can be made</source>
        <translation>la fiche {id} n’a pas pu être lue à l’import ; aucune copie n’est possible</translation>
    </message>
    <message>
        <source>storing the working copy</source>
        <translation>enregistrement de la copie de travail</translation>
    </message>
    <message>
        <source>the export of the original (add --reveal to write it anyway)</source>
        <translation>l’export de l’original (ajoutez --reveal pour l’écrire malgré tout)</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>the stored original of {id} no longer matches its SHA-256; nothing was exported</source>
        <translation>l’original conservé de {id} ne correspond plus à son empreinte SHA-256 ; rien n’a été exporté</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>enregistrement de l’export</translation>
    </message>
    <message>
        <source>{path} is larger than {mib} MiB ({what})</source>
        <translation>{path} dépasse {mib} Mio ({what})</translation>
    </message>
    <message>
        <source>{path} does not exist ({what})</source>
        <translation>{path} n’existe pas ({what})</translation>
    </message>
    <message>
        <source>{path} is not a file ({what})</source>
        <translation>{path} n’est pas un fichier ({what})</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied ({what})</source>
        <translation>impossible de lire {path} : permission refusée ({what})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error})</source>
        <translation>impossible de lire {path} ({error})</translation>
    </message>
    <message>
        <source>{path} is not an expert&apos;s identity (a successor is)</source>
        <translation>{path} n’est pas l’identité d’un expert (un successeur doit en être un)</translation>
    </message>
    <message>
        <source>the successor&apos;s identity is this vault&apos;s own</source>
        <translation>l’identité du successeur est celle de ce coffre</translation>
    </message>
    <message>
        <source>the handover package (seal or withhold the originals that name a protected source: `fieldvault evidence seal` / `evidence withhold`)</source>
        <translation>le dossier de passation (scellez ou retenez les originaux qui nomment une source protégée : `fieldvault evidence seal` / `evidence withhold`)</translation>
    </message>
    <message>
        <source>this vault has no open investigation to hand over</source>
        <translation>ce coffre n’a aucune enquête en cours à transmettre</translation>
    </message>
    <message>
        <source>record {id} is not an investigation</source>
        <translation>la fiche {id} n’est pas une enquête</translation>
    </message>
    <message>
        <source>writing the handover package</source>
        <translation>écriture du dossier de passation</translation>
    </message>
    <message>
        <source>the handover package</source>
        <translation>le dossier de passation</translation>
    </message>
    <message>
        <source>the memo</source>
        <translation>la note de passation</translation>
    </message>
    <message>
        <source>adding the {kind}</source>
        <translation>ajout d’une fiche {kind}</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>enregistrement de la modification</translation>
    </message>
    <message>
        <source>source {code}: its consent does not cover &apos;{purpose}&apos;</source>
        <translation>source {code} : son consentement ne couvre pas « {purpose} »</translation>
    </message>
    <message>
        <source>source {code} is protected and its consent does not cover &apos;{purpose}&apos;</source>
        <translation>la source {code} est protégée et son consentement ne couvre pas « {purpose} »</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Good quality a.k.a.</source>
        <translation>Alias de bonne qualité</translation>
    </message>
    <message>
        <source>Low quality a.k.a.</source>
        <translation>Alias de qualité médiocre</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>no entry {ref} in the imported list</source>
        <translation>aucune inscription {ref} dans la liste importée</translation>
    </message>
    <message>
        <source>{n} claim(s) about the listed party</source>
        <translation>{n} affirmation(s) concernant la personne ou l&apos;entité inscrite</translation>
    </message>
    <message>
        <source>{n} item(s) of exculpatory information</source>
        <translation>{n} élément(s) d&apos;information à décharge</translation>
    </message>
    <message>
        <source>{n} letter(s) and replies</source>
        <translation>{n} lettre(s) et réponses</translation>
    </message>
    <message>
        <source>{n} proposed change(s) to identifiers</source>
        <translation>{n} modification(s) d&apos;identifiants proposée(s)</translation>
    </message>
    <message>
        <source>the periodic review</source>
        <translation>l’examen périodique</translation>
    </message>
    <message>
        <source>the review document</source>
        <translation>le document d’examen</translation>
    </message>
    <message>
        <source>{n} verified fact(s) in the statement of case</source>
        <translation>{n} fait(s) vérifié(s) dans l&apos;exposé des motifs</translation>
    </message>
    <message>
        <source>{n} letter(s) offering a right of reply</source>
        <translation>{n} lettre(s) offrant un droit de réponse</translation>
    </message>
    <message>
        <source>the designation proposal</source>
        <translation>la proposition d’inscription</translation>
    </message>
    <message>
        <source>the proposal document</source>
        <translation>le document de proposition</translation>
    </message>
    <message>
        <source>importing the Consolidated List</source>
        <translation>import de la Liste récapitulative</translation>
    </message>
    <message>
        <source>--since must be a date such as 2026-01-01</source>
        <translation>--since doit être une date telle que 2026-01-01</translation>
    </message>
    <message>
        <source>linking the records</source>
        <translation>liaison des fiches</translation>
    </message>
    <message>
        <source>revealing the source</source>
        <translation>révélation de la source</translation>
    </message>
    <message>
        <source>sharing the source</source>
        <translation>partage de la source</translation>
    </message>
    <message>
        <source>promoting the claim</source>
        <translation>promotion de l’affirmation</translation>
    </message>
    <message>
        <source>setting the OCR languages</source>
        <translation>le réglage des langues de l’OCR</translation>
    </message>
    <message>
        <source>queueing items to be read again</source>
        <translation>la mise en file des pièces à relire</translation>
    </message>
    <message>
        <source>the deletion</source>
        <translation>la suppression</translation>
    </message>
    <message>
        <source>adding the note</source>
        <translation>ajout de la note</translation>
    </message>
    <message>
        <source>deleting the record</source>
        <translation>suppression de la fiche</translation>
    </message>
    <message>
        <source>deletion reason</source>
        <translation>motif de la suppression</translation>
    </message>
    <message>
        <source>package file {name}</source>
        <translation>fichier du dossier {name}</translation>
    </message>
    <message>
        <source>adding the request</source>
        <translation>ajout de la demande</translation>
    </message>
    <message>
        <source>request {id} is deleted</source>
        <translation>la demande {id} est supprimée</translation>
    </message>
    <message>
        <source>item {label}</source>
        <translation>pièce {label}</translation>
    </message>
    <message>
        <source>{out} is a symbolic link; choose a path that is not one</source>
        <translation>{out} est un lien symbolique ; choisissez un chemin qui n’en est pas un</translation>
    </message>
    <message>
        <source>{out} is inside the vault folder, which must hold only ciphertext; choose another</source>
        <translation>{out} est dans le dossier du coffre, qui ne doit contenir que du chiffré ; choisissez-en un autre</translation>
    </message>
    <message>
        <source>{out} exists and is not an empty folder; choose another</source>
        <translation>{out} existe et n&apos;est pas un dossier vide ; choisissez-en un autre</translation>
    </message>
    <message>
        <source>recording the disclosure</source>
        <translation>enregistrement de la remise</translation>
    </message>
    <message>
        <source>the stored original of {id} no longer matches its SHA-256; nothing was written</source>
        <translation>l&apos;original conservé de {id} ne correspond plus à son empreinte SHA-256 ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>a decision is confirmed or rejected</source>
        <translation>une décision est « confirmed » (confirmée) ou « rejected » (rejetée)</translation>
    </message>
    <message>
        <source>a candidate is ENTITY:REFERENCE, e.g. 3f2a9c1d:CDi.001 (as screen lists it)</source>
        <translation>un candidat s’écrit ENTITÉ:RÉFÉRENCE, p. ex. 3f2a9c1d:CDi.001 (comme screen l’affiche)</translation>
    </message>
    <message>
        <source>{ref} is not an entity or a source</source>
        <translation>{ref} n’est ni une entité ni une source</translation>
    </message>
    <message>
        <source>recording the decision</source>
        <translation>enregistrement de la décision</translation>
    </message>
    <message>
        <source>decided by the expert</source>
        <translation>décidé par l’expert</translation>
    </message>
    <message>
        <source>the photograph export</source>
        <translation>l’export de la photographie</translation>
    </message>
    <message>
        <source>the annex</source>
        <translation>l’annexe</translation>
    </message>
    <message>
        <source>the annex document</source>
        <translation>le document de l’annexe</translation>
    </message>
    <message>
        <source>the share</source>
        <translation>le partage</translation>
    </message>
    <message>
        <source>evidence {id}: the metadata-free copy still carries metadata ({places}); nothing was exported</source>
        <translation>pièce {id} : la copie sans métadonnées en contient encore ({places}) ; rien n’a été exporté</translation>
    </message>
    <message>
        <source>record {id} is not a photograph</source>
        <translation>la fiche {id} n’est pas une photographie</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nom de fichier</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>pseudonyme en ligne</translation>
    </message>
    <message>
        <source>the picture export</source>
        <translation>l’export de l’image</translation>
    </message>
    <message>
        <source>a picture export is a chart or a timeline</source>
        <translation>un export d’image est un schéma relationnel ou une chronologie</translation>
    </message>
    <message>
        <source>name who the share is for (--to)</source>
        <translation>indiquez le destinataire du partage (--to)</translation>
    </message>
    <message>
        <source>state the authority for sharing (--authority)</source>
        <translation>indiquez l’autorité qui fonde le partage (--authority)</translation>
    </message>
    <message>
        <source>name at least one record to share</source>
        <translation>indiquez au moins une fiche à partager</translation>
    </message>
    <message>
        <source>recipient (--to)</source>
        <translation>destinataire (--to)</translation>
    </message>
    <message>
        <source>authority (--authority)</source>
        <translation>autorité (--authority)</translation>
    </message>
    <message>
        <source>shared file {name}</source>
        <translation>fichier partagé {name}</translation>
    </message>
    <message>
        <source>evidence {id}: {error}</source>
        <translation>pièce {id} : {error}</translation>
    </message>
    <message>
        <source>the photograph</source>
        <translation>la photographie</translation>
    </message>
    <message>
        <source>cannot create {out}: {error}</source>
        <translation>impossible de créer {out} : {error}</translation>
    </message>
    <message>
        <source>recording the share</source>
        <translation>enregistrement du partage</translation>
    </message>
    <message>
        <source>shared item {n} ({kind}) {field}</source>
        <translation>élément partagé {n} ({kind}) {field}</translation>
    </message>
    <message>
        <source>document property &apos;{key}&apos;</source>
        <translation>propriété du document « {key} »</translation>
    </message>
    <message>
        <source>custom property {n}</source>
        <translation>propriété personnalisée {n}</translation>
    </message>
    <message>
        <source>names of the parts of the document</source>
        <translation>noms des parties du document</translation>
    </message>
    <message>
        <source>part {part}</source>
        <translation>partie {part}</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>l’image</translation>
    </message>
    <message>
        <source>the document language must be one of {choices}</source>
        <translation>la langue du document doit être l&apos;une de {choices}</translation>
    </message>
    <message>
        <source>the translation file for {lang} is too large</source>
        <translation>le fichier de traduction pour {lang} est trop volumineux</translation>
    </message>
    <message>
        <source>the translation file for {lang} cannot be read</source>
        <translation>le fichier de traduction pour {lang} ne peut pas être lu</translation>
    </message>
    <message>
        <source>Proposal for designation: {name}</source>
        <translation>Proposition d&apos;inscription : {name}</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Éléments d&apos;identification</translation>
    </message>
    <message>
        <source>Statement of case</source>
        <translation>Exposé des motifs</translation>
    </message>
    <message>
        <source>Exculpatory information considered</source>
        <translation>Informations à décharge examinées</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Droit de réponse</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Cité</translation>
    </message>
    <message>
        <source>Independent sources</source>
        <translation>Sources indépendantes</translation>
    </message>
    <message>
        <source>Documentary evidence</source>
        <translation>Preuves documentaires</translation>
    </message>
    <message>
        <source>Each statement below is a verified fact under the group&apos;s methodology.</source>
        <translation>Chaque énoncé ci-dessous est un fait vérifié selon la méthodologie du Groupe.</translation>
    </message>
    <message>
        <source>Designation proposal</source>
        <translation>Proposition d&apos;inscription</translation>
    </message>
    <message>
        <source>No exculpatory information is recorded.</source>
        <translation>Aucune information à décharge n&apos;est consignée.</translation>
    </message>
    <message>
        <source>No letter offering a right of reply is recorded.</source>
        <translation>Aucune lettre offrant un droit de réponse n&apos;est consignée.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <source>Verified fact</source>
        <translation>Fait vérifié</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
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
        <source>closed</source>
        <translation>classée</translation>
    </message>
    <message>
        <source>Periodic review: {reference} {name}</source>
        <translation>Examen périodique : {reference} {name}</translation>
    </message>
    <message>
        <source>Identifiers on the list</source>
        <translation>Éléments d&apos;identification figurant sur la Liste</translation>
    </message>
    <message>
        <source>Narrative summary (as listed)</source>
        <translation>Résumé des motifs (tel qu&apos;inscrit)</translation>
    </message>
    <message>
        <source>What the group holds</source>
        <translation>Ce que détient le Groupe</translation>
    </message>
    <message>
        <source>Exculpatory information</source>
        <translation>Informations à décharge</translation>
    </message>
    <message>
        <source>Letters and replies</source>
        <translation>Lettres et réponses</translation>
    </message>
    <message>
        <source>Changes to identifiers the group proposes</source>
        <translation>Modifications d&apos;identifiants proposées par le Groupe</translation>
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
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <source>Cites</source>
        <translation>Cite</translation>
    </message>
    <message>
        <source>Exculpatory</source>
        <translation>À décharge</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>Examen périodique</translation>
    </message>
    <message>
        <source>No claims about this listed party are recorded in the period.</source>
        <translation>Aucune affirmation concernant cette personne ou entité inscrite n&apos;est consignée sur la période.</translation>
    </message>
    <message>
        <source>No exculpatory information is recorded in the period.</source>
        <translation>Aucune information à décharge n&apos;est consignée sur la période.</translation>
    </message>
    <message>
        <source>No letters to this listed party are recorded.</source>
        <translation>Aucune lettre adressée à cette personne ou entité inscrite n&apos;est consignée.</translation>
    </message>
    <message>
        <source>The group&apos;s records hold no identifier the list does not already carry.</source>
        <translation>Les dossiers du Groupe ne contiennent aucun identifiant qui ne figure déjà sur la Liste.</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Consolidated List of</source>
        <translation>Liste récapitulative du</translation>
    </message>
    <message>
        <source>Group holdings since</source>
        <translation>Éléments du Groupe depuis</translation>
    </message>
    <message>
        <source>Entities in the group&apos;s records</source>
        <translation>Entités dans les dossiers du Groupe</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>Valeur proposée</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>rotation must be a multiple of 90 degrees</source>
        <translation>la rotation doit être un multiple de 90 degrés</translation>
    </message>
    <message>
        <source>a redaction box is X,Y,WIDTH,HEIGHT in pixels, not {text!r}</source>
        <translation>une zone à caviarder s’écrit X,Y,LARGEUR,HAUTEUR en pixels, pas {text!r}</translation>
    </message>
    <message>
        <source>a redaction box needs a positive width and height inside the picture</source>
        <translation>une zone à caviarder doit avoir une largeur et une hauteur positives, dans l’image</translation>
    </message>
    <message>
        <source>the picture has too many pixels to process safely</source>
        <translation>l’image a trop de pixels pour être traitée sans risque</translation>
    </message>
    <message>
        <source>the picture cannot be decoded</source>
        <translation>l’image ne peut pas être décodée</translation>
    </message>
    <message>
        <source>redaction box {x},{y} lies outside the {width} x {height} picture</source>
        <translation>la zone à caviarder {x},{y} est hors de l’image de {width} x {height}</translation>
    </message>
    <message>
        <source>cannot write {out}: {error}</source>
        <translation>impossible d’écrire {out} : {error}</translation>
    </message>
    <message>
        <source>{out} is named twice in this export</source>
        <translation>{out} figure deux fois dans cet export</translation>
    </message>
    <message>
        <source>{out} appeared while exporting; nothing was replaced</source>
        <translation>{out} est apparu pendant l’export ; rien n’a été remplacé</translation>
    </message>
    <message>
        <source>a file appeared under an export&apos;s name while exporting; nothing was kept</source>
        <translation>un fichier est apparu sous le nom d’un export pendant l’export ; rien n’a été conservé</translation>
    </message>
    <message>
        <source>cannot write the export: {error}</source>
        <translation>impossible d’écrire l’export : {error}</translation>
    </message>
    <message>
        <source>custom document property {n}</source>
        <translation>propriété personnalisée du document {n}</translation>
    </message>
    <message>
        <source>{name} is password-protected; remove the password first</source>
        <translation>{name} est protégé par un mot de passe ; retirez-le d’abord</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (it is damaged or not a PDF)</source>
        <translation>{name} n’est pas un PDF lisible (il est endommagé ou n’est pas un PDF)</translation>
    </message>
    <message>
        <source>XMP metadata</source>
        <translation>métadonnées XMP</translation>
    </message>
    <message>
        <source>form field {n}</source>
        <translation>champ de formulaire {n}</translation>
    </message>
    <message>
        <source>bookmarks</source>
        <translation>signets</translation>
    </message>
</context>
<context>
    <name>zxcvbn</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots, évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Inutile d&apos;ajouter des symboles, des chiffres ou des majuscules.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont préférables.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches qui se suivent sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs courts tapés sur le clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif de clavier plus long, avec plus de changements de direction.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme « aaa » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et les caractères répétés.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui ont un lien avec vous.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et les années qui ont un lien avec vous.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe couramment utilisé.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et les noms de famille seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et les noms de famille courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots écrits à l&apos;envers ne sont guère plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles comme « @ » au lieu de « a » n&apos;aident pas beaucoup.</translation>
    </message>
</context>
</TS>
