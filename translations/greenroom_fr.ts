<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Greenroom</source>
        <translation>À propos de Greenroom</translation>
    </message>
    <message>
        <source>Greenroom %1</source>
        <translation>Greenroom %1</translation>
    </message>
    <message>
        <source>Live chroma keying on the GPU</source>
        <translation>Incrustation chroma en direct sur le GPU</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2. Graphics: %3.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2. Graphisme : %3.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>AboutInfo</name>
    <message>
        <source>Greenroom (MIT)</source>
        <translation>Greenroom (MIT)</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Mentions des tiers</translation>
    </message>
</context>
<context>
    <name>AutoKey</name>
    <message>
        <source>%1 areas close to the screen colour: expect partial transparency; capture a clean plate</source>
        <translation>zones %1 proches de la couleur du fond : transparence partielle à prévoir ; capturez une plaque vide (clean plate)</translation>
    </message>
    <message>
        <source>the screen is unevenly lit: fine edges lose some coverage; even out the light or capture a clean plate</source>
        <translation>le fond est éclairé de façon inégale : les bords fins perdent un peu de couverture ; égalisez la lumière ou capturez une plaque vide</translation>
    </message>
</context>
<context>
    <name>BackgroundLayer</name>
    <message>
        <source>The image %1 could not be loaded.</source>
        <translation>Impossible de charger l’image %1.</translation>
    </message>
</context>
<context>
    <name>BackgroundPanel</name>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Couleur de fond</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fond</translation>
    </message>
    <message>
        <source>Checkerboard (transparency)</source>
        <translation>Damier (transparence)</translation>
    </message>
    <message>
        <source>Solid colour</source>
        <translation>Couleur unie</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Video (loops)</source>
        <translation>Vidéo (en boucle)</translation>
    </message>
    <message>
        <source>Image and video</source>
        <translation>Image et vidéo</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Remplir</translation>
    </message>
    <message>
        <source>Fit shows all of it; fill covers the picture and crops the rest.</source>
        <translation>Ajuster montre tout ; Remplir couvre l’image et rogne le reste.</translation>
    </message>
</context>
<context>
    <name>BuiltInPresets</name>
    <message>
        <source>Green screen</source>
        <translation>Fond vert</translation>
    </message>
    <message>
        <source>Blue screen</source>
        <translation>Fond bleu</translation>
    </message>
    <message>
        <source>Bright green studio</source>
        <translation>Studio vert lumineux</translation>
    </message>
    <message>
        <source>Low-light webcam</source>
        <translation>Webcam en faible lumière</translation>
    </message>
    <message>
        <source>Hair detail</source>
        <translation>Détails des cheveux</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Hold Shift with a step key for a fine step · Esc closes</source>
        <translation>Maj avec une touche de pas : pas fin · Échap ferme</translation>
    </message>
</context>
<context>
    <name>ColorEditor</name>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Green screen</source>
        <translation>Fond vert</translation>
    </message>
    <message>
        <source>Blue screen</source>
        <translation>Fond bleu</translation>
    </message>
    <message>
        <source>Eyedropper</source>
        <translation>Pipette</translation>
    </message>
    <message>
        <source>Click the backdrop in the preview (%1)</source>
        <translation>Cliquez sur le fond dans l’aperçu (%1)</translation>
    </message>
    <message>
        <source>Auto-key</source>
        <translation>Incrustation auto</translation>
    </message>
    <message>
        <source>Find key colour, similarity and smoothness in the picture (%1)</source>
        <translation>Trouver dans l’image la couleur d’incrustation, la similarité et la douceur (%1)</translation>
    </message>
    <message>
        <source>Capturing… %1/%2</source>
        <translation>Capture… %1/%2</translation>
    </message>
    <message>
        <source>Clean plate</source>
        <translation>Plaque vide</translation>
    </message>
    <message>
        <source>Capture the empty screen: each pixel is then keyed against the screen behind it (%1)</source>
        <translation>Capturer le fond vide : chaque pixel est ensuite incrusté par rapport au fond derrière lui (%1)</translation>
    </message>
    <message>
        <source>Clear plate</source>
        <translation>Effacer la plaque</translation>
    </message>
    <message>
        <source>Forget the clean plate of this source (%1)</source>
        <translation>Oublier la plaque vide de cette source (%1)</translation>
    </message>
</context>
<context>
    <name>ColourName</name>
    <message>
        <source>red</source>
        <translation>rouges</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>jaunes</translation>
    </message>
    <message>
        <source>olive</source>
        <translation>olive</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vertes</translation>
    </message>
    <message>
        <source>teal</source>
        <translation>bleu canard</translation>
    </message>
    <message>
        <source>cyan</source>
        <translation>cyan</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>bleues</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>violettes</translation>
    </message>
    <message>
        <source>magenta</source>
        <translation>magenta</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Video files (*.mp4 *.mov *.mkv *.webm *.avi *.m4v)</source>
        <translation>Fichiers vidéo (*.mp4 *.mov *.mkv *.webm *.avi *.m4v)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importé</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Choose a preset to export first.</source>
        <translation>Choisissez d’abord un préréglage à exporter.</translation>
    </message>
    <message>
        <source>Import preset</source>
        <translation>Importer un préréglage</translation>
    </message>
    <message>
        <source>Greenroom presets (*.json)</source>
        <translation>Préréglages Greenroom (*.json)</translation>
    </message>
    <message>
        <source>Export preset</source>
        <translation>Exporter le préréglage</translation>
    </message>
    <message>
        <source>Open media file</source>
        <translation>Ouvrir un fichier multimédia</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>Image de fond</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Background video</source>
        <translation>Vidéo de fond</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>KeyParameterTable</name>
    <message>
        <source>Key</source>
        <translation>Incrustation</translation>
    </message>
    <message>
        <source>Matte levels</source>
        <translation>Niveaux du cache</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Spill</source>
        <translation>Débordement</translation>
    </message>
    <message>
        <source>Garbage matte</source>
        <translation>Cache d’exclusion</translation>
    </message>
    <message>
        <source>Foreground</source>
        <translation>Premier plan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Key colour</source>
        <translation>Couleur d’incrustation</translation>
    </message>
    <message>
        <source>The backdrop colour to remove; pick it from the picture for the tightest key</source>
        <translation>La couleur du fond à retirer ; prélevée dans l’image, elle donne l’incrustation la plus nette</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>How far a colour may be from the key colour and still be removed</source>
        <translation>Jusqu’où une couleur peut s’écarter de la couleur d’incrustation et être quand même retirée</translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation>Douceur</translation>
    </message>
    <message>
        <source>Width of the soft edge between removed and kept colours</source>
        <translation>Largeur de la transition douce entre couleurs retirées et conservées</translation>
    </message>
    <message>
        <source>Luma weight</source>
        <translation>Poids de la luminance</translation>
    </message>
    <message>
        <source>How much brightness counts besides colour, so black, white and grey clothing stays solid</source>
        <translation>Poids de la luminosité à côté de la couleur, pour que les vêtements noirs, blancs et gris restent opaques</translation>
    </message>
    <message>
        <source>Light tolerance</source>
        <translation>Tolérance à l’éclairage</translation>
    </message>
    <message>
        <source>How uneven the backdrop&apos;s light may be: brighter and darker shades of the key colour key out too</source>
        <translation>Tolérance aux inégalités d’éclairage du fond : les nuances plus claires et plus sombres de la couleur d’incrustation sont aussi retirées</translation>
    </message>
    <message>
        <source>Chroma guide</source>
        <translation>Guidage de la chrominance</translation>
    </message>
    <message>
        <source>Lets half-resolution camera colour follow the full-resolution brightness at edges</source>
        <translation>Fait suivre à la couleur en demi-résolution de la caméra la luminosité en pleine résolution sur les bords</translation>
    </message>
    <message>
        <source>Colour difference</source>
        <translation>Différence de couleur</translation>
    </message>
    <message>
        <source>Keeps subject colours with little of the key colour solid, such as dark hair and shadows</source>
        <translation>Garde opaques les couleurs du sujet qui contiennent peu de la couleur d&apos;incrustation, comme les cheveux foncés et les ombres</translation>
    </message>
    <message>
        <source>Difference floor</source>
        <translation>Seuil de différence</translation>
    </message>
    <message>
        <source>How much less saturated than the key colour the backdrop may be and still be removed</source>
        <translation>De combien le fond peut être moins saturé que la couleur d&apos;incrustation tout en étant supprimé</translation>
    </message>
    <message>
        <source>Clip black</source>
        <translation>Écrêter le noir</translation>
    </message>
    <message>
        <source>Matte values at or below this become fully transparent</source>
        <translation>Les valeurs du cache inférieures ou égales deviennent entièrement transparentes</translation>
    </message>
    <message>
        <source>Clip white</source>
        <translation>Écrêter le blanc</translation>
    </message>
    <message>
        <source>Matte values at or above this become fully opaque</source>
        <translation>Les valeurs du cache supérieures ou égales deviennent entièrement opaques</translation>
    </message>
    <message>
        <source>Matte gamma</source>
        <translation>Gamma du cache</translation>
    </message>
    <message>
        <source>Above 1 makes partly transparent pixels more opaque</source>
        <translation>Au-dessus de 1, les pixels partiellement transparents deviennent plus opaques</translation>
    </message>
    <message>
        <source>Shrink / grow</source>
        <translation>Rétrécir / agrandir</translation>
    </message>
    <message>
        <source>Negative values shrink the matte, positive values grow it</source>
        <translation>Les valeurs négatives rétrécissent le cache, les positives l’agrandissent</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>Adoucissement</translation>
    </message>
    <message>
        <source>Softens the matte edge</source>
        <translation>Adoucit le bord du cache</translation>
    </message>
    <message>
        <source>How much key-colour spill is removed from the subject</source>
        <translation>Quantité de débordement de la couleur d’incrustation retirée du sujet</translation>
    </message>
    <message>
        <source>Spill method</source>
        <translation>Méthode anti-débordement</translation>
    </message>
    <message>
        <source>Average removes more spill; Maximum keeps every other colour unchanged</source>
        <translation>Moyenne retire plus de débordement ; Maximum laisse toutes les autres couleurs intactes</translation>
    </message>
    <message>
        <source>Replacement tone</source>
        <translation>Teinte de remplacement</translation>
    </message>
    <message>
        <source>Colour given back where spill was removed</source>
        <translation>Couleur rendue là où le débordement a été retiré</translation>
    </message>
    <message>
        <source>Tone restore</source>
        <translation>Restitution de teinte</translation>
    </message>
    <message>
        <source>How much of the brightness that despill took away returns as the replacement tone</source>
        <translation>Part de la luminosité retirée par l’anti-débordement qui revient sous forme de teinte de remplacement</translation>
    </message>
    <message>
        <source>Screen subtraction</source>
        <translation>Soustraction du fond</translation>
    </message>
    <message>
        <source>Removes the backdrop&apos;s colour from soft edges and hair</source>
        <translation>Retire la couleur du fond des bords doux et des cheveux</translation>
    </message>
    <message>
        <source>Keep only inside</source>
        <translation>Garder seulement l’intérieur</translation>
    </message>
    <message>
        <source>Everything outside this rectangle (0 to 1 of the frame) is removed</source>
        <translation>Tout ce qui est hors de ce rectangle (0 à 1 de l’image) est retiré</translation>
    </message>
    <message>
        <source>Always keep</source>
        <translation>Toujours garder</translation>
    </message>
    <message>
        <source>Everything inside this rectangle stays opaque; empty keeps nothing</source>
        <translation>Tout ce qui est dans ce rectangle reste opaque ; vide, il ne garde rien</translation>
    </message>
    <message>
        <source>Garbage feather</source>
        <translation>Adoucissement d’exclusion</translation>
    </message>
    <message>
        <source>Softness of both rectangles&apos; borders</source>
        <translation>Douceur des bords des deux rectangles</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Luminosité</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Saturation</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Opacity of the keyed subject</source>
        <translation>Opacité du sujet incrusté</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Screen matte</source>
        <translation>Masque de fond</translation>
    </message>
    <message>
        <source>Keeps every colour without the screen&apos;s excess of green (or blue) solid: cyan, teal, olive, yellow, skin</source>
        <translation>Garde opaque toute couleur sans l&apos;excès de vert (ou de bleu) du fond : cyan, bleu canard, olive, jaune, peau</translation>
    </message>
    <message>
        <source>Screen balance</source>
        <translation>Balance du fond</translation>
    </message>
    <message>
        <source>Measures the screen colour against the mean (0) or the larger (1) of the other two channels</source>
        <translation>Mesure la couleur du fond par rapport à la moyenne (0) ou au plus grand (1) des deux autres canaux</translation>
    </message>
    <message>
        <source>Screen gain</source>
        <translation>Gain du fond</translation>
    </message>
    <message>
        <source>Solid lift</source>
        <translation>Rehausse d&apos;opacité</translation>
    </message>
    <message>
        <source>Makes nearly opaque parts fully opaque without touching hair and other soft edges</source>
        <translation>Rend totalement opaques les parties presque opaques sans toucher aux cheveux ni aux autres bords doux</translation>
    </message>
    <message>
        <source>Above 1 also removes paler and noisier parts of the screen, at some cost to fine edges</source>
        <translation>Au-dessus de 1, retire aussi les parties plus pâles et plus bruitées du fond, au prix des bords fins</translation>
    </message>
</context>
<context>
    <name>KeyParamsJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>le texte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l’une des valeurs %1</translation>
    </message>
    <message>
        <source>a colour such as &quot;#00b140&quot;</source>
        <translation>une couleur comme «&#xa0;#00b140&#xa0;»</translation>
    </message>
    <message>
        <source>[x, y, width, height]</source>
        <translation>[x, y, largeur, hauteur]</translation>
    </message>
    <message>
        <source>%1: expected %2 but found %3; using the default %4</source>
        <translation>%1 : %2 attendu mais %3 trouvé ; la valeur par défaut %4 est utilisée</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4); clamped to %5</source>
        <translation>%1 : %2 est hors plage (%3 à %4) ; ramené à %5</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; using %3</source>
        <translation>%1 : %2 n’est pas autorisé ; %3 est utilisé</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1%2 — Greenroom</source>
        <translation>%1%2 — Greenroom</translation>
    </message>
    <message>
        <source>Greenroom</source>
        <translation>Greenroom</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Save preset as</source>
        <translation>Enregistrer le préréglage sous</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message>
        <source>Saved preset %1</source>
        <translation>Préréglage %1 enregistré</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <source>Output window</source>
        <translation>Fenêtre de sortie</translation>
    </message>
    <message>
        <source>A borderless window with only the keyed picture: the same keyer and the same frames as the preview.</source>
        <translation>Une fenêtre sans bordure avec seulement l’image incrustée : la même incrustation et les mêmes images que l’aperçu.</translation>
    </message>
    <message>
        <source>Close the output window</source>
        <translation>Fermer la fenêtre de sortie</translation>
    </message>
    <message>
        <source>Open the output window</source>
        <translation>Ouvrir la fenêtre de sortie</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Fond transparent</translation>
    </message>
    <message>
        <source>Only the keyed subject is drawn; capture the window with transparency enabled in your streaming software.</source>
        <translation>Seul le sujet incrusté est dessiné ; capturez la fenêtre avec la transparence activée dans votre logiciel de diffusion.</translation>
    </message>
    <message>
        <source>The subject is shown over the preview&apos;s background.</source>
        <translation>Le sujet apparaît sur le fond de l’aperçu.</translation>
    </message>
</context>
<context>
    <name>OutputWindow</name>
    <message>
        <source>Greenroom output</source>
        <translation>Sortie Greenroom</translation>
    </message>
</context>
<context>
    <name>PathDialog</name>
    <message>
        <source>File path</source>
        <translation>Chemin du fichier</translation>
    </message>
    <message>
        <source>For example ~/Videos/studio.mp4</source>
        <translation>Par exemple ~/Vidéos/studio.mp4</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>No preset</source>
        <translation>Aucun préréglage</translation>
    </message>
    <message>
        <source>The values differ from the saved preset</source>
        <translation>Les valeurs diffèrent du préréglage enregistré</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Built-in presets are read-only: saves a copy</source>
        <translation>Les préréglages intégrés sont en lecture seule : enregistre une copie</translation>
    </message>
    <message>
        <source>Save the values into this preset (%1)</source>
        <translation>Enregistrer les valeurs dans ce préréglage (%1)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>Undo delete of %1</source>
        <translation>Annuler la suppression de %1</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Brought back %1</source>
        <translation>%1 restauré</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>⚠ Preset file problems: %1</source>
        <translation>⚠ Problèmes de fichiers de préréglage : %1</translation>
    </message>
</context>
<context>
    <name>PresetFile</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>not a preset: the file holds no JSON object</source>
        <translation>pas un préréglage : le fichier ne contient aucun objet JSON</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1; read as version %2</source>
        <translation>%1 doit être un nombre entier à partir de 1 ; lu comme version %2</translation>
    </message>
    <message>
        <source>written by a newer Greenroom (schema version %1, this one reads %2); fields it does not know are kept</source>
        <translation>écrit par un Greenroom plus récent (version de schéma %1, celui-ci lit la %2) ; les champs inconnus sont conservés</translation>
    </message>
    <message>
        <source>%1 must be non-empty text; using &quot;%2&quot;</source>
        <translation>%1 doit être un texte non vide ; «&#xa0;%2&#xa0;» est utilisé</translation>
    </message>
    <message>
        <source>no %1 object; using the default values</source>
        <translation>aucun objet %1 ; les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>%1 must be an object; using the default values</source>
        <translation>%1 doit être un objet ; les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>PreviewArea</name>
    <message>
        <source>SIGNAL LOST</source>
        <translation>SIGNAL PERDU</translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation>FIGÉ</translation>
    </message>
    <message>
        <source>MATTE</source>
        <translation>CACHE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation>PARTAGÉ</translation>
    </message>
    <message>
        <source>Waiting for video…</source>
        <translation>En attente de la vidéo…</translation>
    </message>
    <message>
        <source>Drop to play this file as the source</source>
        <translation>Déposez pour lire ce fichier comme source</translation>
    </message>
</context>
<context>
    <name>RectEditor</name>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
</context>
<context>
    <name>ResetButton</name>
    <message>
        <source>Reset to the default</source>
        <translation>Revenir à la valeur par défaut</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Press the new key for &quot;%1&quot; (Esc cancels).</source>
        <translation>Appuyez sur la nouvelle touche pour «&#xa0;%1&#xa0;» (Échap annule).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant %2.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source> (Shift: fine step)</source>
        <translation> (Maj : pas fin)</translation>
    </message>
    <message>
        <source>Press a key…</source>
        <translation>Appuyez sur une touche…</translation>
    </message>
    <message>
        <source>Back to the default key</source>
        <translation>Revenir à la touche par défaut</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Tout réinitialiser</translation>
    </message>
    <message>
        <source>Every shortcut is back to its default.</source>
        <translation>Tous les raccourcis sont revenus à leur valeur par défaut.</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>The change applies at once and is remembered.</source>
        <translation>Le changement s’applique immédiatement et est mémorisé.</translation>
    </message>
    <message>
        <source>Keying</source>
        <translation>Détourage</translation>
    </message>
    <message>
        <source>Auto-key the first picture of a source</source>
        <translation>Détourer automatiquement la première image d’une source</translation>
    </message>
    <message>
        <source>While the key is still the built-in preset the studio starts with, the first steady picture is measured and keyed. Choosing a preset turns this off.</source>
        <translation>Tant que le détourage est encore le préréglage intégré de départ, la première image stable est mesurée et détourée. Choisir un préréglage désactive ce comportement.</translation>
    </message>
</context>
<context>
    <name>ShortcutTable</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Incrustation</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <source>Save preset as…</source>
        <translation>Enregistrer le préréglage sous…</translation>
    </message>
    <message>
        <source>Import preset…</source>
        <translation>Importer un préréglage…</translation>
    </message>
    <message>
        <source>Export preset…</source>
        <translation>Exporter le préréglage…</translation>
    </message>
    <message>
        <source>Open media file…</source>
        <translation>Ouvrir un fichier multimédia…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Reset the last changed parameter</source>
        <translation>Réinitialiser le dernier paramètre modifié</translation>
    </message>
    <message>
        <source>Similarity down</source>
        <translation>Diminuer la similarité</translation>
    </message>
    <message>
        <source>Similarity up</source>
        <translation>Augmenter la similarité</translation>
    </message>
    <message>
        <source>Smoothness down</source>
        <translation>Diminuer la douceur</translation>
    </message>
    <message>
        <source>Smoothness up</source>
        <translation>Augmenter la douceur</translation>
    </message>
    <message>
        <source>Spill down</source>
        <translation>Diminuer l’anti-débordement</translation>
    </message>
    <message>
        <source>Spill up</source>
        <translation>Augmenter l’anti-débordement</translation>
    </message>
    <message>
        <source>Pick the key colour from the picture</source>
        <translation>Prélever la couleur d’incrustation dans l’image</translation>
    </message>
    <message>
        <source>Auto-key</source>
        <translation>Incrustation automatique</translation>
    </message>
    <message>
        <source>Previous preset</source>
        <translation>Préréglage précédent</translation>
    </message>
    <message>
        <source>Next preset</source>
        <translation>Préréglage suivant</translation>
    </message>
    <message>
        <source>Preset 1</source>
        <translation>Préréglage 1</translation>
    </message>
    <message>
        <source>Preset 2</source>
        <translation>Préréglage 2</translation>
    </message>
    <message>
        <source>Preset 3</source>
        <translation>Préréglage 3</translation>
    </message>
    <message>
        <source>Preset 4</source>
        <translation>Préréglage 4</translation>
    </message>
    <message>
        <source>Preset 5</source>
        <translation>Préréglage 5</translation>
    </message>
    <message>
        <source>Preset 6</source>
        <translation>Préréglage 6</translation>
    </message>
    <message>
        <source>Preset 7</source>
        <translation>Préréglage 7</translation>
    </message>
    <message>
        <source>Preset 8</source>
        <translation>Préréglage 8</translation>
    </message>
    <message>
        <source>Preset 9</source>
        <translation>Préréglage 9</translation>
    </message>
    <message>
        <source>Matte view</source>
        <translation>Vue du cache</translation>
    </message>
    <message>
        <source>Split view</source>
        <translation>Vue partagée</translation>
    </message>
    <message>
        <source>Source view (unkeyed)</source>
        <translation>Vue de la source (sans incrustation)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Show or hide the panels</source>
        <translation>Afficher ou masquer les panneaux</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Zoom 100%</source>
        <translation>Zoom 100 %</translation>
    </message>
    <message>
        <source>Zoom 200%</source>
        <translation>Zoom 200 %</translation>
    </message>
    <message>
        <source>Freeze frame</source>
        <translation>Figer l’image</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Output window</source>
        <translation>Fenêtre de sortie</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Greenroom</source>
        <translation>À propos de Greenroom</translation>
    </message>
    <message>
        <source>Capture a clean plate (the empty screen)</source>
        <translation>Capturer une plaque vide (le fond sans sujet)</translation>
    </message>
    <message>
        <source>Clear the clean plate</source>
        <translation>Effacer la plaque vide</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Key</source>
        <translation>Incrustation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fond</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Fichier multimédia</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Mire</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Tip: drop a video file onto the preview to play it as the source.</source>
        <translation>Astuce : déposez un fichier vidéo sur l’aperçu pour le lire comme source.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <source>No frames yet</source>
        <translation>Aucune image pour l’instant</translation>
    </message>
</context>
<context>
    <name>SplitDivider</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Keyed</source>
        <translation>Incrusté</translation>
    </message>
</context>
<context>
    <name>StatsOverlay</name>
    <message>
        <source>Frames in</source>
        <translation>Images reçues</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 i/s</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Affichées</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>%1 ms (95%: %2 ms)</source>
        <translation>%1 ms (95 % : %2 ms)</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>API graphique</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>software</source>
        <translation>logiciel</translation>
    </message>
    <message>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <source>No frames yet</source>
        <translation>Aucune image pour l’instant</translation>
    </message>
    <message>
        <source>Preset: %1%2</source>
        <translation>Préréglage : %1%2</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (modifié)</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>Aucun préréglage</translation>
    </message>
    <message>
        <source>Press F1 for shortcuts</source>
        <translation>F1 : raccourcis clavier</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Mire</translation>
    </message>
</context>
<context>
    <name>StudioSettings</name>
    <message>
        <source>Settings: %1/%2 has the unusable value &quot;%3&quot;; keeping %4.</source>
        <translation>Paramètres : %1/%2 a la valeur inutilisable «&#xa0;%3&#xa0;» ; %4 est conservé.</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>ViewToolBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Composite</translation>
    </message>
    <message>
        <source>The keyed picture over the background</source>
        <translation>L’image incrustée sur le fond</translation>
    </message>
    <message>
        <source>Matte</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>The matte: white is kept, black is removed</source>
        <translation>Le cache : le blanc est gardé, le noir est retiré</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The picture as the camera sends it, unkeyed</source>
        <translation>L’image telle que la caméra l’envoie, sans incrustation</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Source and keyed picture side by side; drag the divider</source>
        <translation>Source et image incrustée côte à côte ; faites glisser le séparateur</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the picture into the window</source>
        <translation>Ajuster l’image à la fenêtre</translation>
    </message>
    <message>
        <source>One frame pixel per screen pixel; drag to pan</source>
        <translation>Un pixel d’image par pixel d’écran ; faites glisser pour déplacer</translation>
    </message>
    <message>
        <source>Twice the size, for checking edges; drag to pan</source>
        <translation>Taille double, pour vérifier les bords ; faites glisser pour déplacer</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Figer</translation>
    </message>
    <message>
        <source>Hold the current frame</source>
        <translation>Garder l’image actuelle</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Stats</translation>
    </message>
    <message>
        <source>Frame rate, latency and format</source>
        <translation>Fréquence d’images, latence et format</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>The clean output window</source>
        <translation>La fenêtre de sortie propre</translation>
    </message>
    <message>
        <source>Show or hide the panels</source>
        <translation>Afficher ou masquer les panneaux</translation>
    </message>
</context>
<context>
    <name>greenroom</name>
    <message>
        <source>black</source>
        <translation>noires</translation>
    </message>
    <message>
        <source>white</source>
        <translation>blanches</translation>
    </message>
    <message>
        <source>dark grey</source>
        <translation>gris foncé</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>grises</translation>
    </message>
    <message>
        <source>dark %1</source>
        <translation>%1 foncé</translation>
    </message>
    <message>
        <source>pale %1</source>
        <translation>%1 pâle</translation>
    </message>
</context>
<context>
    <name>greenroom::AboutInfo</name>
    <message>
        <source>This licence text is missing from this build: %1</source>
        <translation>Ce texte de licence manque dans cette version : %1</translation>
    </message>
</context>
<context>
    <name>greenroom::CameraSource</name>
    <message>
        <source>Camera “%1” has no format number %2 (it offers %3)</source>
        <translation>La caméra «&#xa0;%1&#xa0;» n’a pas de format numéro %2 (elle en propose %3)</translation>
    </message>
    <message>
        <source>Greenroom may not use the camera: access was denied. Allow it in the system&apos;s privacy settings, then choose the camera again.</source>
        <translation>Greenroom n’a pas le droit d’utiliser la caméra : l’accès a été refusé. Autorisez-le dans les paramètres de confidentialité du système, puis choisissez à nouveau la caméra.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>Camera %1 not found</source>
        <translation>Caméra %1 introuvable</translation>
    </message>
    <message>
        <source>Camera “%1” refused the format %2; choose another format</source>
        <translation>La caméra «&#xa0;%1&#xa0;» a refusé le format %2 ; choisissez un autre format</translation>
    </message>
    <message>
        <source>Camera “%1” was disconnected; it resumes when it is plugged in again</source>
        <translation>La caméra «&#xa0;%1&#xa0;» a été déconnectée ; elle reprendra une fois rebranchée</translation>
    </message>
    <message>
        <source>Camera “%1”: %2</source>
        <translation>Caméra «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Camera “%1” sent no picture within %2 s: it may be in use by another program, or it failed to start</source>
        <translation>La caméra «&#xa0;%1&#xa0;» n’a envoyé aucune image en %2 s : elle est peut-être utilisée par un autre programme, ou n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>Camera “%1” stopped sending pictures</source>
        <translation>La caméra «&#xa0;%1&#xa0;» n’envoie plus d’images</translation>
    </message>
</context>
<context>
    <name>greenroom::CleanPlateController</name>
    <message>
        <source>Capturing the clean plate: %1 of %2 pictures</source>
        <translation>Capture de la plaque vide : %1 images sur %2</translation>
    </message>
    <message>
        <source>No clean plate</source>
        <translation>Pas de plaque vide</translation>
    </message>
    <message>
        <source>Clean plate ignored: captured at %1, the picture is %2</source>
        <translation>Plaque vide ignorée : capturée en %1, l’image est en %2</translation>
    </message>
    <message>
        <source>Clean plate in use (captured at %1)</source>
        <translation>Plaque vide utilisée (capturée en %1)</translation>
    </message>
    <message>
        <source>the source changed</source>
        <translation>la source a changé</translation>
    </message>
    <message>
        <source>The clean plate could not be read (%1); keying without one.</source>
        <translation>La plaque vide n’a pas pu être lue (%1) ; incrustation sans elle.</translation>
    </message>
    <message>
        <source>Clean plate restored for %1 (%2).</source>
        <translation>Plaque vide restaurée pour %1 (%2).</translation>
    </message>
    <message>
        <source>Clean plate ignored: it was captured at %1, the picture is %2. Capture a new one or clear it.</source>
        <translation>Plaque vide ignorée : elle a été capturée en %1, l’image est en %2. Capturez-en une nouvelle ou effacez-la.</translation>
    </message>
    <message>
        <source>Already capturing the clean plate.</source>
        <translation>La plaque vide est déjà en cours de capture.</translation>
    </message>
    <message>
        <source>Clean plate: there is no picture to capture.</source>
        <translation>Plaque vide : il n’y a pas d’image à capturer.</translation>
    </message>
    <message>
        <source>Capturing the clean plate: keep the screen empty…</source>
        <translation>Capture de la plaque vide : laissez le fond vide…</translation>
    </message>
    <message>
        <source>the source stopped delivering pictures</source>
        <translation>la source ne fournit plus d’images</translation>
    </message>
    <message>
        <source>the picture changed while capturing</source>
        <translation>l’image a changé pendant la capture</translation>
    </message>
    <message>
        <source>a picture could not be read</source>
        <translation>une image n’a pas pu être lue</translation>
    </message>
    <message>
        <source>Clean plate captured from %1 pictures, but not saved: %2</source>
        <translation>Plaque vide capturée sur %1 images, mais non enregistrée : %2</translation>
    </message>
    <message>
        <source>Clean plate captured from %1 pictures and saved: each pixel is keyed against the screen behind it, so the similarity can be tight.</source>
        <translation>Plaque vide capturée sur %1 images et enregistrée : chaque pixel est incrusté par rapport au fond derrière lui, la similarité peut donc être serrée.</translation>
    </message>
    <message>
        <source>Clean plate not captured: %1.</source>
        <translation>Plaque vide non capturée : %1.</translation>
    </message>
    <message>
        <source>Clean plate capture cancelled.</source>
        <translation>Capture de la plaque vide annulée.</translation>
    </message>
    <message>
        <source>There is no clean plate to clear.</source>
        <translation>Il n’y a pas de plaque vide à effacer.</translation>
    </message>
    <message>
        <source>Clean plate cleared: the key colour keys every pixel again.</source>
        <translation>Plaque vide effacée : la couleur d’incrustation s’applique de nouveau à chaque pixel.</translation>
    </message>
    <message>
        <source>Clean plate cleared, but its file could not be removed: %1</source>
        <translation>Plaque vide effacée, mais son fichier n’a pas pu être supprimé : %1</translation>
    </message>
</context>
<context>
    <name>greenroom::KeyEditor</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change key parameters</source>
        <translation>Modifier les paramètres d’incrustation</translation>
    </message>
    <message>
        <source>Load preset %1</source>
        <translation>Charger le préréglage %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>Réinitialiser %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>greenroom::LanguageSettings</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>greenroom::MediaFileSource</name>
    <message>
        <source>Media file</source>
        <translation>Fichier multimédia</translation>
    </message>
    <message>
        <source>“%1” has no video track</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de piste vidéo</translation>
    </message>
    <message>
        <source>No media file chosen</source>
        <translation>Aucun fichier multimédia choisi</translation>
    </message>
    <message>
        <source>Media file “%1” does not exist</source>
        <translation>Le fichier multimédia «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a media file</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier multimédia</translation>
    </message>
    <message>
        <source>Media file “%1” cannot be read (permission denied)</source>
        <translation>Le fichier multimédia «&#xa0;%1&#xa0;» ne peut pas être lu (permission refusée)</translation>
    </message>
    <message>
        <source>Media file “%1” is empty</source>
        <translation>Le fichier multimédia «&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>Cannot play “%1”: no picture after %2 s; the file may be damaged or incomplete</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» : aucune image après %2 s ; le fichier est peut-être endommagé ou incomplet</translation>
    </message>
    <message>
        <source>the file is damaged or not a media file</source>
        <translation>le fichier est endommagé ou n’est pas un fichier multimédia</translation>
    </message>
    <message>
        <source>Cannot play “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <source>Cannot play “%1”: the file is damaged or not a media file</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» : le fichier est endommagé ou n’est pas un fichier multimédia</translation>
    </message>
</context>
<context>
    <name>greenroom::PresetStore</name>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: another preset is already named &quot;%2&quot;; shown as &quot;%3&quot;</source>
        <translation>%1 : un autre préréglage s’appelle déjà «&#xa0;%2&#xa0;» ; affiché comme «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2; the file was moved to %3</source>
        <translation>%1 : %2 ; le fichier a été déplacé vers %3</translation>
    </message>
    <message>
        <source>%1: %2; it could not be moved aside and was left as it is</source>
        <translation>%1 : %2 ; il n’a pas pu être mis de côté et a été laissé tel quel</translation>
    </message>
    <message>
        <source>There is no preset number %1.</source>
        <translation>Il n’y a pas de préréglage numéro %1.</translation>
    </message>
    <message>
        <source>There are no presets.</source>
        <translation>Il n’y a aucun préréglage.</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Un préréglage a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A preset name can have at most %1 characters.</source>
        <translation>Un nom de préréglage peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>There is already a preset named &quot;%1&quot;.</source>
        <translation>Il existe déjà un préréglage nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no folder for user presets.</source>
        <translation>Il n’y a pas de dossier pour les préréglages utilisateur.</translation>
    </message>
    <message>
        <source>Could not create the preset folder %1.</source>
        <translation>Impossible de créer le dossier de préréglages %1.</translation>
    </message>
    <message>
        <source>No preset is chosen; use Save As to make one.</source>
        <translation>Aucun préréglage choisi ; utilisez «&#xa0;Enregistrer sous&#xa0;» pour en créer un.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in and cannot be changed; use Save As to keep your values as a new preset.</source>
        <translation>«&#xa0;%1&#xa0;» est intégré et ne peut pas être modifié ; utilisez «&#xa0;Enregistrer sous&#xa0;» pour garder vos valeurs dans un nouveau préréglage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in and cannot be renamed; duplicate it first.</source>
        <translation>«&#xa0;%1&#xa0;» est intégré et ne peut pas être renommé ; dupliquez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in and cannot be deleted.</source>
        <translation>«&#xa0;%1&#xa0;» est intégré et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>There is no deleted preset to bring back.</source>
        <translation>Il n’y a aucun préréglage supprimé à restaurer.</translation>
    </message>
    <message>
        <source>Cannot bring back &quot;%1&quot;: %2</source>
        <translation>Impossible de restaurer «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossible d’importer %1 : %2</translation>
    </message>
    <message>
        <source>not a local file</source>
        <translation>pas un fichier local</translation>
    </message>
    <message>
        <source>Could not export to %1: not a local file</source>
        <translation>Impossible d’exporter vers %1 : pas un fichier local</translation>
    </message>
</context>
<context>
    <name>greenroom::ShortcutTable</name>
    <message>
        <source>%1 is already the shortcut of &quot;%2&quot;.</source>
        <translation>%1 est déjà le raccourci de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no action &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’action «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key combination; press one key, with modifiers if you like.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une combinaison de touches ; appuyez sur une touche, avec des modificateurs si vous voulez.</translation>
    </message>
    <message>
        <source>Shift is kept for the fine step of &quot;%1&quot;; choose a key without Shift.</source>
        <translation>Maj est réservé au pas fin de «&#xa0;%1&#xa0;» ; choisissez une touche sans Maj.</translation>
    </message>
    <message>
        <source>Shortcut for &quot;%1&quot;: there is no such action.</source>
        <translation>Raccourci pour «&#xa0;%1&#xa0;» : cette action n’existe pas.</translation>
    </message>
    <message>
        <source>no key in &quot;%1&quot;.</source>
        <translation>aucune touche dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Shortcut for &quot;%1&quot;: %2</source>
        <translation>Raccourci pour «&#xa0;%1&#xa0;» : %2</translation>
    </message>
</context>
<context>
    <name>greenroom::SourceController</name>
    <message>
        <source>No camera found; showing the test pattern</source>
        <translation>Aucune caméra trouvée ; la mire est affichée</translation>
    </message>
</context>
<context>
    <name>greenroom::Studio</name>
    <message>
        <source>Composite view</source>
        <translation>Vue composite</translation>
    </message>
    <message>
        <source>Matte view</source>
        <translation>Vue du cache</translation>
    </message>
    <message>
        <source>Source view</source>
        <translation>Vue de la source</translation>
    </message>
    <message>
        <source>Split view</source>
        <translation>Vue partagée</translation>
    </message>
    <message>
        <source>Needs a picture: waiting for the first frame.</source>
        <translation>Il faut une image : en attente de la première.</translation>
    </message>
    <message>
        <source>Eyedropper: there is no picture to pick from.</source>
        <translation>Pipette : il n’y a pas d’image où prélever.</translation>
    </message>
    <message>
        <source>Eyedropper: the point is outside the picture.</source>
        <translation>Pipette : le point est hors de l’image.</translation>
    </message>
    <message>
        <source>Auto-key: there is no picture to look at.</source>
        <translation>Incrustation auto : il n’y a pas d’image à analyser.</translation>
    </message>
    <message>
        <source>Auto-key found no backdrop colour: no strong colour covers enough of the picture.</source>
        <translation>L’incrustation auto n’a trouvé aucune couleur de fond : aucune couleur franche ne couvre assez de l’image.</translation>
    </message>
    <message>
        <source>Auto-key</source>
        <translation>Incrustation automatique</translation>
    </message>
    <message>
        <source>Auto-key: %1, similarity %2, smoothness %3</source>
        <translation>Incrustation auto : %1, similarité %2, douceur %3</translation>
    </message>
    <message>
        <source>Saved key values: %1</source>
        <translation>Valeurs d’incrustation enregistrées : %1</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; of the last session no longer exists.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» de la dernière session n’existe plus.</translation>
    </message>
    <message>
        <source>Problems in preset files: %1; the Key page lists them.</source>
        <translation>Problèmes dans les fichiers de préréglage : %1 ; la page «&#xa0;Incrustation&#xa0;» les liste.</translation>
    </message>
    <message>
        <source>Settings: unknown source &quot;%1&quot;; using the default source.</source>
        <translation>Paramètres : source inconnue «&#xa0;%1&#xa0;» ; la source par défaut est utilisée.</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Préréglage : %1</translation>
    </message>
    <message>
        <source>My preset</source>
        <translation>Mon préréglage</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (perso)</translation>
    </message>
    <message>
        <source>Saved preset %1</source>
        <translation>Préréglage %1 enregistré</translation>
    </message>
    <message>
        <source>No parameter has been changed yet.</source>
        <translation>Aucun paramètre n’a encore été modifié.</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>Réinitialisé : %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli : %1</translation>
    </message>
    <message>
        <source>Frame frozen</source>
        <translation>Image figée</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Click the backdrop in the preview to pick the key colour</source>
        <translation>Cliquez sur le fond dans l’aperçu pour prélever la couleur d’incrustation</translation>
    </message>
    <message>
        <source>First picture auto-keyed; choosing a preset turns this off.</source>
        <translation>Première image détourée automatiquement ; choisir un préréglage désactive ce comportement.</translation>
    </message>
</context>
<context>
    <name>greenroom::TestPatternSource</name>
    <message>
        <source>Test pattern</source>
        <translation>Mire</translation>
    </message>
    <message>
        <source>The test pattern needs a frame size of at least 1x1</source>
        <translation>La mire a besoin d’une taille d’image d’au moins 1x1</translation>
    </message>
    <message>
        <source>The test pattern&apos;s frame rate must be above 0 and at most %1</source>
        <translation>La fréquence d’images de la mire doit être supérieure à 0 et au plus %1</translation>
    </message>
    <message>
        <source>The test pattern cannot write pixel format %1</source>
        <translation>La mire ne peut pas écrire le format de pixel %1</translation>
    </message>
    <message>
        <source>Qt cannot hold %1x%2 frames in pixel format %3</source>
        <translation>Qt ne peut pas contenir d’images %1x%2 au format de pixel %3</translation>
    </message>
</context>
</TS>
