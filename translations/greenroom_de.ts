<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Greenroom</source>
        <translation>Über Greenroom</translation>
    </message>
    <message>
        <source>Greenroom %1</source>
        <translation>Greenroom %1</translation>
    </message>
    <message>
        <source>Live chroma keying on the GPU</source>
        <translation>Live-Chroma-Keying auf der GPU</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2. Graphics: %3.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2. Grafik: %3.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
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
        <translation>Hinweise zu Drittanbietern</translation>
    </message>
</context>
<context>
    <name>AutoKey</name>
    <message>
        <source>%1 areas close to the screen colour: expect partial transparency; capture a clean plate</source>
        <translation>%1 Bereiche nahe der Hintergrundfarbe: teilweise Transparenz zu erwarten; nehmen Sie eine leere Hintergrundaufnahme (Clean Plate) auf</translation>
    </message>
    <message>
        <source>the screen is unevenly lit: fine edges lose some coverage; even out the light or capture a clean plate</source>
        <translation>der Hintergrund ist ungleichmäßig beleuchtet: feine Kanten verlieren etwas Deckung; Licht ausgleichen oder eine Clean Plate aufnehmen</translation>
    </message>
</context>
<context>
    <name>BackgroundLayer</name>
    <message>
        <source>The image %1 could not be loaded.</source>
        <translation>Das Bild %1 konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>BackgroundPanel</name>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Checkerboard (transparency)</source>
        <translation>Schachbrett (Transparenz)</translation>
    </message>
    <message>
        <source>Solid colour</source>
        <translation>Einfarbig</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Video (loops)</source>
        <translation>Video (in Schleife)</translation>
    </message>
    <message>
        <source>Image and video</source>
        <translation>Bild und Video</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Fit shows all of it; fill covers the picture and crops the rest.</source>
        <translation>Einpassen zeigt alles; Füllen bedeckt das Bild und schneidet den Rest ab.</translation>
    </message>
</context>
<context>
    <name>BuiltInPresets</name>
    <message>
        <source>Green screen</source>
        <translation>Greenscreen</translation>
    </message>
    <message>
        <source>Blue screen</source>
        <translation>Bluescreen</translation>
    </message>
    <message>
        <source>Bright green studio</source>
        <translation>Helles Greenscreen-Studio</translation>
    </message>
    <message>
        <source>Low-light webcam</source>
        <translation>Webcam bei wenig Licht</translation>
    </message>
    <message>
        <source>Hair detail</source>
        <translation>Haardetails</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Hold Shift with a step key for a fine step · Esc closes</source>
        <translation>Umschalt zusammen mit einer Schritt-Taste: feiner Schritt · Esc schließt</translation>
    </message>
</context>
<context>
    <name>ColorEditor</name>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Green screen</source>
        <translation>Greenscreen</translation>
    </message>
    <message>
        <source>Blue screen</source>
        <translation>Bluescreen</translation>
    </message>
    <message>
        <source>Eyedropper</source>
        <translation>Pipette</translation>
    </message>
    <message>
        <source>Click the backdrop in the preview (%1)</source>
        <translation>In der Vorschau auf den Hintergrund klicken (%1)</translation>
    </message>
    <message>
        <source>Auto-key</source>
        <translation>Auto-Key</translation>
    </message>
    <message>
        <source>Find key colour, similarity and smoothness in the picture (%1)</source>
        <translation>Key-Farbe, Ähnlichkeit und Weichheit aus dem Bild ermitteln (%1)</translation>
    </message>
    <message>
        <source>Capturing… %1/%2</source>
        <translation>Aufnahme … %1/%2</translation>
    </message>
    <message>
        <source>Clean plate</source>
        <translation>Clean Plate</translation>
    </message>
    <message>
        <source>Capture the empty screen: each pixel is then keyed against the screen behind it (%1)</source>
        <translation>Den leeren Hintergrund aufnehmen: Jedes Pixel wird dann gegen den Hintergrund dahinter gekeyt (%1)</translation>
    </message>
    <message>
        <source>Clear plate</source>
        <translation>Plate löschen</translation>
    </message>
    <message>
        <source>Forget the clean plate of this source (%1)</source>
        <translation>Die Clean Plate dieser Quelle verwerfen (%1)</translation>
    </message>
</context>
<context>
    <name>ColourName</name>
    <message>
        <source>red</source>
        <translation>rote</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gelbe</translation>
    </message>
    <message>
        <source>olive</source>
        <translation>olivfarbene</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grüne</translation>
    </message>
    <message>
        <source>teal</source>
        <translation>petrolfarbene</translation>
    </message>
    <message>
        <source>cyan</source>
        <translation>cyanfarbene</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blaue</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>violette</translation>
    </message>
    <message>
        <source>magenta</source>
        <translation>magentafarbene</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Video files (*.mp4 *.mov *.mkv *.webm *.avi *.m4v)</source>
        <translation>Videodateien (*.mp4 *.mov *.mkv *.webm *.avi *.m4v)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Choose a preset to export first.</source>
        <translation>Wählen Sie zuerst eine Vorgabe zum Exportieren.</translation>
    </message>
    <message>
        <source>Import preset</source>
        <translation>Vorgabe importieren</translation>
    </message>
    <message>
        <source>Greenroom presets (*.json)</source>
        <translation>Greenroom-Vorgaben (*.json)</translation>
    </message>
    <message>
        <source>Export preset</source>
        <translation>Vorgabe exportieren</translation>
    </message>
    <message>
        <source>Open media file</source>
        <translation>Mediendatei öffnen</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>Hintergrundbild</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Background video</source>
        <translation>Hintergrundvideo</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
</context>
<context>
    <name>KeyParameterTable</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Matte levels</source>
        <translation>Maskenpegel</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Kante</translation>
    </message>
    <message>
        <source>Spill</source>
        <translation>Spill</translation>
    </message>
    <message>
        <source>Garbage matte</source>
        <translation>Garbage-Maske</translation>
    </message>
    <message>
        <source>Foreground</source>
        <translation>Vordergrund</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Key colour</source>
        <translation>Key-Farbe</translation>
    </message>
    <message>
        <source>The backdrop colour to remove; pick it from the picture for the tightest key</source>
        <translation>Die zu entfernende Hintergrundfarbe; aus dem Bild aufgenommen ergibt sie den saubersten Key</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>How far a colour may be from the key colour and still be removed</source>
        <translation>Wie weit eine Farbe von der Key-Farbe abweichen darf und trotzdem entfernt wird</translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation>Weichheit</translation>
    </message>
    <message>
        <source>Width of the soft edge between removed and kept colours</source>
        <translation>Breite des weichen Übergangs zwischen entfernten und behaltenen Farben</translation>
    </message>
    <message>
        <source>Luma weight</source>
        <translation>Helligkeitsgewicht</translation>
    </message>
    <message>
        <source>How much brightness counts besides colour, so black, white and grey clothing stays solid</source>
        <translation>Wie stark die Helligkeit neben der Farbe zählt, damit schwarze, weiße und graue Kleidung deckend bleibt</translation>
    </message>
    <message>
        <source>Light tolerance</source>
        <translation>Lichttoleranz</translation>
    </message>
    <message>
        <source>How uneven the backdrop&apos;s light may be: brighter and darker shades of the key colour key out too</source>
        <translation>Wie ungleichmäßig der Hintergrund beleuchtet sein darf: hellere und dunklere Töne der Key-Farbe werden ebenfalls entfernt</translation>
    </message>
    <message>
        <source>Chroma guide</source>
        <translation>Chroma-Führung</translation>
    </message>
    <message>
        <source>Lets half-resolution camera colour follow the full-resolution brightness at edges</source>
        <translation>Lässt die Kamerafarbe in halber Auflösung an Kanten der Helligkeit in voller Auflösung folgen</translation>
    </message>
    <message>
        <source>Colour difference</source>
        <translation>Farbdifferenz</translation>
    </message>
    <message>
        <source>Keeps subject colours with little of the key colour solid, such as dark hair and shadows</source>
        <translation>Hält Farben des Motivs mit wenig Key-Farbe deckend, etwa dunkles Haar und Schatten</translation>
    </message>
    <message>
        <source>Difference floor</source>
        <translation>Differenz-Schwelle</translation>
    </message>
    <message>
        <source>How much less saturated than the key colour the backdrop may be and still be removed</source>
        <translation>Wie viel weniger gesättigt als die Key-Farbe der Hintergrund sein darf, um noch entfernt zu werden</translation>
    </message>
    <message>
        <source>Clip black</source>
        <translation>Schwarz beschneiden</translation>
    </message>
    <message>
        <source>Matte values at or below this become fully transparent</source>
        <translation>Maskenwerte bis zu diesem Wert werden völlig transparent</translation>
    </message>
    <message>
        <source>Clip white</source>
        <translation>Weiß beschneiden</translation>
    </message>
    <message>
        <source>Matte values at or above this become fully opaque</source>
        <translation>Maskenwerte ab diesem Wert werden völlig deckend</translation>
    </message>
    <message>
        <source>Matte gamma</source>
        <translation>Masken-Gamma</translation>
    </message>
    <message>
        <source>Above 1 makes partly transparent pixels more opaque</source>
        <translation>Über 1 werden teilweise transparente Pixel deckender</translation>
    </message>
    <message>
        <source>Shrink / grow</source>
        <translation>Verkleinern / vergrößern</translation>
    </message>
    <message>
        <source>Negative values shrink the matte, positive values grow it</source>
        <translation>Negative Werte verkleinern die Maske, positive vergrößern sie</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>Weiche Kante</translation>
    </message>
    <message>
        <source>Softens the matte edge</source>
        <translation>Macht die Maskenkante weich</translation>
    </message>
    <message>
        <source>How much key-colour spill is removed from the subject</source>
        <translation>Wie viel Farbüberstrahlung der Key-Farbe vom Motiv entfernt wird</translation>
    </message>
    <message>
        <source>Spill method</source>
        <translation>Spill-Methode</translation>
    </message>
    <message>
        <source>Average removes more spill; Maximum keeps every other colour unchanged</source>
        <translation>Mittelwert entfernt mehr Spill; Maximum lässt alle anderen Farben unverändert</translation>
    </message>
    <message>
        <source>Replacement tone</source>
        <translation>Ersatzton</translation>
    </message>
    <message>
        <source>Colour given back where spill was removed</source>
        <translation>Farbe, die dort zurückgegeben wird, wo Spill entfernt wurde</translation>
    </message>
    <message>
        <source>Tone restore</source>
        <translation>Ton-Wiederherstellung</translation>
    </message>
    <message>
        <source>How much of the brightness that despill took away returns as the replacement tone</source>
        <translation>Wie viel der durch die Spill-Entfernung verlorenen Helligkeit als Ersatzton zurückkehrt</translation>
    </message>
    <message>
        <source>Screen subtraction</source>
        <translation>Screen-Subtraktion</translation>
    </message>
    <message>
        <source>Removes the backdrop&apos;s colour from soft edges and hair</source>
        <translation>Entfernt die Hintergrundfarbe aus weichen Kanten und Haaren</translation>
    </message>
    <message>
        <source>Keep only inside</source>
        <translation>Nur innen behalten</translation>
    </message>
    <message>
        <source>Everything outside this rectangle (0 to 1 of the frame) is removed</source>
        <translation>Alles außerhalb dieses Rechtecks (0 bis 1 des Bildes) wird entfernt</translation>
    </message>
    <message>
        <source>Always keep</source>
        <translation>Immer behalten</translation>
    </message>
    <message>
        <source>Everything inside this rectangle stays opaque; empty keeps nothing</source>
        <translation>Alles innerhalb dieses Rechtecks bleibt deckend; leer behält nichts</translation>
    </message>
    <message>
        <source>Garbage feather</source>
        <translation>Garbage-Weichheit</translation>
    </message>
    <message>
        <source>Softness of both rectangles&apos; borders</source>
        <translation>Weichheit der Ränder beider Rechtecke</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Sättigung</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Opacity of the keyed subject</source>
        <translation>Deckkraft des freigestellten Motivs</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Screen matte</source>
        <translation>Hintergrundmaske</translation>
    </message>
    <message>
        <source>Keeps every colour without the screen&apos;s excess of green (or blue) solid: cyan, teal, olive, yellow, skin</source>
        <translation>Hält jede Farbe ohne den Grün- (oder Blau-)Überschuss des Hintergrunds deckend: Cyan, Petrol, Oliv, Gelb, Haut</translation>
    </message>
    <message>
        <source>Screen balance</source>
        <translation>Hintergrundbalance</translation>
    </message>
    <message>
        <source>Measures the screen colour against the mean (0) or the larger (1) of the other two channels</source>
        <translation>Misst die Hintergrundfarbe am Mittel (0) oder am größeren (1) der beiden anderen Kanäle</translation>
    </message>
    <message>
        <source>Screen gain</source>
        <translation>Hintergrundverstärkung</translation>
    </message>
    <message>
        <source>Solid lift</source>
        <translation>Deckung anheben</translation>
    </message>
    <message>
        <source>Makes nearly opaque parts fully opaque without touching hair and other soft edges</source>
        <translation>Macht fast deckende Teile ganz deckend, ohne Haare und andere weiche Kanten zu verändern</translation>
    </message>
    <message>
        <source>Above 1 also removes paler and noisier parts of the screen, at some cost to fine edges</source>
        <translation>Über 1 entfernt auch blassere und verrauschtere Teile des Hintergrunds, auf Kosten feiner Kanten</translation>
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
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>den Text „%1“</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einen der Werte %1</translation>
    </message>
    <message>
        <source>a colour such as &quot;#00b140&quot;</source>
        <translation>eine Farbe wie „#00b140“</translation>
    </message>
    <message>
        <source>[x, y, width, height]</source>
        <translation>[x, y, Breite, Höhe]</translation>
    </message>
    <message>
        <source>%1: expected %2 but found %3; using the default %4</source>
        <translation>%1: %2 erwartet, aber %3 gefunden; der Standardwert %4 wird verwendet</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4); clamped to %5</source>
        <translation>%1: %2 liegt außerhalb des Bereichs (%3 bis %4); auf %5 begrenzt</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; using %3</source>
        <translation>%1: %2 ist nicht erlaubt; %3 wird verwendet</translation>
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
        <translation>Vorgabe speichern unter</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Vorgabe umbenennen</translation>
    </message>
    <message>
        <source>Saved preset %1</source>
        <translation>Vorgabe %1 gespeichert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <source>Output window</source>
        <translation>Ausgabefenster</translation>
    </message>
    <message>
        <source>A borderless window with only the keyed picture: the same keyer and the same frames as the preview.</source>
        <translation>Ein randloses Fenster nur mit dem freigestellten Bild: derselbe Keyer und dieselben Bilder wie in der Vorschau.</translation>
    </message>
    <message>
        <source>Close the output window</source>
        <translation>Ausgabefenster schließen</translation>
    </message>
    <message>
        <source>Open the output window</source>
        <translation>Ausgabefenster öffnen</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>Only the keyed subject is drawn; capture the window with transparency enabled in your streaming software.</source>
        <translation>Nur das freigestellte Motiv wird gezeichnet; nehmen Sie das Fenster in Ihrer Streaming-Software mit aktivierter Transparenz auf.</translation>
    </message>
    <message>
        <source>The subject is shown over the preview&apos;s background.</source>
        <translation>Das Motiv erscheint vor dem Hintergrund der Vorschau.</translation>
    </message>
</context>
<context>
    <name>OutputWindow</name>
    <message>
        <source>Greenroom output</source>
        <translation>Greenroom-Ausgabe</translation>
    </message>
</context>
<context>
    <name>PathDialog</name>
    <message>
        <source>File path</source>
        <translation>Dateipfad</translation>
    </message>
    <message>
        <source>For example ~/Videos/studio.mp4</source>
        <translation>Zum Beispiel ~/Videos/studio.mp4</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>No preset</source>
        <translation>Keine Vorgabe</translation>
    </message>
    <message>
        <source>The values differ from the saved preset</source>
        <translation>Die Werte weichen von der gespeicherten Vorgabe ab</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Built-in presets are read-only: saves a copy</source>
        <translation>Mitgelieferte Vorgaben sind schreibgeschützt: speichert eine Kopie</translation>
    </message>
    <message>
        <source>Save the values into this preset (%1)</source>
        <translation>Werte in dieser Vorgabe speichern (%1)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Undo delete of %1</source>
        <translation>Löschen von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Brought back %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>⚠ Preset file problems: %1</source>
        <translation>⚠ Probleme in Vorgabedateien: %1</translation>
    </message>
</context>
<context>
    <name>PresetFile</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a preset: the file holds no JSON object</source>
        <translation>keine Vorgabe: die Datei enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1; read as version %2</source>
        <translation>%1 muss eine ganze Zahl ab 1 sein; als Version %2 gelesen</translation>
    </message>
    <message>
        <source>written by a newer Greenroom (schema version %1, this one reads %2); fields it does not know are kept</source>
        <translation>von einem neueren Greenroom geschrieben (Schemaversion %1, diese Version liest %2); unbekannte Felder bleiben erhalten</translation>
    </message>
    <message>
        <source>%1 must be non-empty text; using &quot;%2&quot;</source>
        <translation>%1 muss ein nicht leerer Text sein; „%2“ wird verwendet</translation>
    </message>
    <message>
        <source>no %1 object; using the default values</source>
        <translation>kein %1-Objekt; die Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>%1 must be an object; using the default values</source>
        <translation>%1 muss ein Objekt sein; die Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PreviewArea</name>
    <message>
        <source>SIGNAL LOST</source>
        <translation>SIGNAL VERLOREN</translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation>STANDBILD</translation>
    </message>
    <message>
        <source>MATTE</source>
        <translation>MASKE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation>GETEILT</translation>
    </message>
    <message>
        <source>Waiting for video…</source>
        <translation>Warte auf Video…</translation>
    </message>
    <message>
        <source>Drop to play this file as the source</source>
        <translation>Ablegen, um diese Datei als Quelle abzuspielen</translation>
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
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
</context>
<context>
    <name>ResetButton</name>
    <message>
        <source>Reset to the default</source>
        <translation>Auf den Standardwert zurücksetzen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Press the new key for &quot;%1&quot; (Esc cancels).</source>
        <translation>Drücken Sie die neue Taste für „%1“ (Esc bricht ab).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2.</source>
        <translation>„%1“ ist jetzt %2.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source> (Shift: fine step)</source>
        <translation> (Umschalt: feiner Schritt)</translation>
    </message>
    <message>
        <source>Press a key…</source>
        <translation>Taste drücken…</translation>
    </message>
    <message>
        <source>Back to the default key</source>
        <translation>Zurück zur Standardtaste</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Every shortcut is back to its default.</source>
        <translation>Alle Tastenkürzel sind wieder auf ihren Standardwerten.</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>The change applies at once and is remembered.</source>
        <translation>Die Änderung gilt sofort und wird gespeichert.</translation>
    </message>
    <message>
        <source>Keying</source>
        <translation>Keying</translation>
    </message>
    <message>
        <source>Auto-key the first picture of a source</source>
        <translation>Das erste Bild einer Quelle automatisch keyen</translation>
    </message>
    <message>
        <source>While the key is still the built-in preset the studio starts with, the first steady picture is measured and keyed. Choosing a preset turns this off.</source>
        <translation>Solange der Key noch die eingebaute Startvorgabe ist, wird das erste ruhige Bild vermessen und gekeyt. Die Wahl einer Vorgabe schaltet das ab.</translation>
    </message>
</context>
<context>
    <name>ShortcutTable</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Keying</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Vorgabe speichern</translation>
    </message>
    <message>
        <source>Save preset as…</source>
        <translation>Vorgabe speichern unter…</translation>
    </message>
    <message>
        <source>Import preset…</source>
        <translation>Vorgabe importieren…</translation>
    </message>
    <message>
        <source>Export preset…</source>
        <translation>Vorgabe exportieren…</translation>
    </message>
    <message>
        <source>Open media file…</source>
        <translation>Mediendatei öffnen…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Reset the last changed parameter</source>
        <translation>Zuletzt geänderten Parameter zurücksetzen</translation>
    </message>
    <message>
        <source>Similarity down</source>
        <translation>Ähnlichkeit verringern</translation>
    </message>
    <message>
        <source>Similarity up</source>
        <translation>Ähnlichkeit erhöhen</translation>
    </message>
    <message>
        <source>Smoothness down</source>
        <translation>Weichheit verringern</translation>
    </message>
    <message>
        <source>Smoothness up</source>
        <translation>Weichheit erhöhen</translation>
    </message>
    <message>
        <source>Spill down</source>
        <translation>Spill-Entfernung verringern</translation>
    </message>
    <message>
        <source>Spill up</source>
        <translation>Spill-Entfernung erhöhen</translation>
    </message>
    <message>
        <source>Pick the key colour from the picture</source>
        <translation>Key-Farbe aus dem Bild aufnehmen</translation>
    </message>
    <message>
        <source>Auto-key</source>
        <translation>Auto-Key</translation>
    </message>
    <message>
        <source>Previous preset</source>
        <translation>Vorherige Vorgabe</translation>
    </message>
    <message>
        <source>Next preset</source>
        <translation>Nächste Vorgabe</translation>
    </message>
    <message>
        <source>Preset 1</source>
        <translation>Vorgabe 1</translation>
    </message>
    <message>
        <source>Preset 2</source>
        <translation>Vorgabe 2</translation>
    </message>
    <message>
        <source>Preset 3</source>
        <translation>Vorgabe 3</translation>
    </message>
    <message>
        <source>Preset 4</source>
        <translation>Vorgabe 4</translation>
    </message>
    <message>
        <source>Preset 5</source>
        <translation>Vorgabe 5</translation>
    </message>
    <message>
        <source>Preset 6</source>
        <translation>Vorgabe 6</translation>
    </message>
    <message>
        <source>Preset 7</source>
        <translation>Vorgabe 7</translation>
    </message>
    <message>
        <source>Preset 8</source>
        <translation>Vorgabe 8</translation>
    </message>
    <message>
        <source>Preset 9</source>
        <translation>Vorgabe 9</translation>
    </message>
    <message>
        <source>Matte view</source>
        <translation>Maskenansicht</translation>
    </message>
    <message>
        <source>Split view</source>
        <translation>Geteilte Ansicht</translation>
    </message>
    <message>
        <source>Source view (unkeyed)</source>
        <translation>Quellansicht (ohne Key)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Show or hide the panels</source>
        <translation>Bedienfelder ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Einpassen</translation>
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
        <translation>Standbild</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Output window</source>
        <translation>Ausgabefenster</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Greenroom</source>
        <translation>Über Greenroom</translation>
    </message>
    <message>
        <source>Capture a clean plate (the empty screen)</source>
        <translation>Clean Plate aufnehmen (den leeren Hintergrund)</translation>
    </message>
    <message>
        <source>Clear the clean plate</source>
        <translation>Clean Plate löschen</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Key</source>
        <translation>Keying</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Mediendatei</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Tip: drop a video file onto the preview to play it as the source.</source>
        <translation>Tipp: Legen Sie eine Videodatei auf der Vorschau ab, um sie als Quelle abzuspielen.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <source>No frames yet</source>
        <translation>Noch keine Bilder</translation>
    </message>
</context>
<context>
    <name>SplitDivider</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Keyed</source>
        <translation>Mit Key</translation>
    </message>
</context>
<context>
    <name>StatsOverlay</name>
    <message>
        <source>Frames in</source>
        <translation>Bilder ein</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>%1 ms (95%: %2 ms)</source>
        <translation>%1 ms (95 %: %2 ms)</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Grafik-API</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
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
        <translation>Software</translation>
    </message>
    <message>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <source>No frames yet</source>
        <translation>Noch keine Bilder</translation>
    </message>
    <message>
        <source>Preset: %1%2</source>
        <translation>Vorgabe: %1%2</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (geändert)</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>Keine Vorgabe</translation>
    </message>
    <message>
        <source>Press F1 for shortcuts</source>
        <translation>F1 zeigt die Tastenkürzel</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Testbild</translation>
    </message>
</context>
<context>
    <name>StudioSettings</name>
    <message>
        <source>Settings: %1/%2 has the unusable value &quot;%3&quot;; keeping %4.</source>
        <translation>Einstellungen: %1/%2 hat den unbrauchbaren Wert „%3“; %4 bleibt.</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
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
        <translation>Komposit</translation>
    </message>
    <message>
        <source>The keyed picture over the background</source>
        <translation>Das freigestellte Bild vor dem Hintergrund</translation>
    </message>
    <message>
        <source>Matte</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>The matte: white is kept, black is removed</source>
        <translation>Die Maske: Weiß bleibt, Schwarz wird entfernt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The picture as the camera sends it, unkeyed</source>
        <translation>Das Bild, wie die Kamera es liefert, ohne Key</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Source and keyed picture side by side; drag the divider</source>
        <translation>Quelle und freigestelltes Bild nebeneinander; Trennlinie ziehen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the picture into the window</source>
        <translation>Bild ins Fenster einpassen</translation>
    </message>
    <message>
        <source>One frame pixel per screen pixel; drag to pan</source>
        <translation>Ein Bildpixel pro Bildschirmpixel; zum Verschieben ziehen</translation>
    </message>
    <message>
        <source>Twice the size, for checking edges; drag to pan</source>
        <translation>Doppelte Größe zum Prüfen von Kanten; zum Verschieben ziehen</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Standbild</translation>
    </message>
    <message>
        <source>Hold the current frame</source>
        <translation>Aktuelles Bild festhalten</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Frame rate, latency and format</source>
        <translation>Bildrate, Latenz und Format</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>The clean output window</source>
        <translation>Das saubere Ausgabefenster</translation>
    </message>
    <message>
        <source>Show or hide the panels</source>
        <translation>Bedienfelder ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>greenroom</name>
    <message>
        <source>black</source>
        <translation>schwarze</translation>
    </message>
    <message>
        <source>white</source>
        <translation>weiße</translation>
    </message>
    <message>
        <source>dark grey</source>
        <translation>dunkelgraue</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>graue</translation>
    </message>
    <message>
        <source>dark %1</source>
        <translation>dunkle %1</translation>
    </message>
    <message>
        <source>pale %1</source>
        <translation>blasse %1</translation>
    </message>
</context>
<context>
    <name>greenroom::AboutInfo</name>
    <message>
        <source>This licence text is missing from this build: %1</source>
        <translation>Dieser Lizenztext fehlt in diesem Build: %1</translation>
    </message>
</context>
<context>
    <name>greenroom::CameraSource</name>
    <message>
        <source>Camera “%1” has no format number %2 (it offers %3)</source>
        <translation>Kamera „%1“ hat kein Format Nummer %2 (sie bietet %3)</translation>
    </message>
    <message>
        <source>Greenroom may not use the camera: access was denied. Allow it in the system&apos;s privacy settings, then choose the camera again.</source>
        <translation>Greenroom darf die Kamera nicht verwenden: Der Zugriff wurde verweigert. Erlauben Sie ihn in den Datenschutzeinstellungen des Systems und wählen Sie die Kamera dann erneut.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <source>Camera %1 not found</source>
        <translation>Kamera %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Camera “%1” refused the format %2; choose another format</source>
        <translation>Kamera „%1“ hat das Format %2 abgelehnt; wählen Sie ein anderes Format</translation>
    </message>
    <message>
        <source>Camera “%1” was disconnected; it resumes when it is plugged in again</source>
        <translation>Kamera „%1“ wurde getrennt; sie läuft weiter, sobald sie wieder angeschlossen ist</translation>
    </message>
    <message>
        <source>Camera “%1”: %2</source>
        <translation>Kamera „%1“: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Camera “%1” sent no picture within %2 s: it may be in use by another program, or it failed to start</source>
        <translation>Kamera „%1“ hat innerhalb von %2 s kein Bild geliefert: Sie wird vielleicht von einem anderen Programm verwendet oder konnte nicht starten</translation>
    </message>
    <message>
        <source>Camera “%1” stopped sending pictures</source>
        <translation>Kamera „%1“ liefert keine Bilder mehr</translation>
    </message>
</context>
<context>
    <name>greenroom::CleanPlateController</name>
    <message>
        <source>Capturing the clean plate: %1 of %2 pictures</source>
        <translation>Clean Plate wird aufgenommen: %1 von %2 Bildern</translation>
    </message>
    <message>
        <source>No clean plate</source>
        <translation>Keine Clean Plate</translation>
    </message>
    <message>
        <source>Clean plate ignored: captured at %1, the picture is %2</source>
        <translation>Clean Plate ignoriert: aufgenommen bei %1, das Bild hat %2</translation>
    </message>
    <message>
        <source>Clean plate in use (captured at %1)</source>
        <translation>Clean Plate aktiv (aufgenommen bei %1)</translation>
    </message>
    <message>
        <source>the source changed</source>
        <translation>die Quelle hat gewechselt</translation>
    </message>
    <message>
        <source>The clean plate could not be read (%1); keying without one.</source>
        <translation>Die Clean Plate konnte nicht gelesen werden (%1); es wird ohne sie gekeyt.</translation>
    </message>
    <message>
        <source>Clean plate restored for %1 (%2).</source>
        <translation>Clean Plate für %1 (%2) wiederhergestellt.</translation>
    </message>
    <message>
        <source>Clean plate ignored: it was captured at %1, the picture is %2. Capture a new one or clear it.</source>
        <translation>Clean Plate ignoriert: Sie wurde bei %1 aufgenommen, das Bild hat %2. Nehmen Sie eine neue auf oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>Already capturing the clean plate.</source>
        <translation>Die Clean Plate wird bereits aufgenommen.</translation>
    </message>
    <message>
        <source>Clean plate: there is no picture to capture.</source>
        <translation>Clean Plate: Es gibt kein Bild zum Aufnehmen.</translation>
    </message>
    <message>
        <source>Capturing the clean plate: keep the screen empty…</source>
        <translation>Clean Plate wird aufgenommen: Hintergrund frei halten …</translation>
    </message>
    <message>
        <source>the source stopped delivering pictures</source>
        <translation>die Quelle liefert keine Bilder mehr</translation>
    </message>
    <message>
        <source>the picture changed while capturing</source>
        <translation>das Bild hat sich während der Aufnahme geändert</translation>
    </message>
    <message>
        <source>a picture could not be read</source>
        <translation>ein Bild konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Clean plate captured from %1 pictures, but not saved: %2</source>
        <translation>Clean Plate aus %1 Bildern aufgenommen, aber nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Clean plate captured from %1 pictures and saved: each pixel is keyed against the screen behind it, so the similarity can be tight.</source>
        <translation>Clean Plate aus %1 Bildern aufgenommen und gespeichert: Jedes Pixel wird gegen den Hintergrund dahinter gekeyt, die Ähnlichkeit kann also eng sein.</translation>
    </message>
    <message>
        <source>Clean plate not captured: %1.</source>
        <translation>Clean Plate nicht aufgenommen: %1.</translation>
    </message>
    <message>
        <source>Clean plate capture cancelled.</source>
        <translation>Aufnahme der Clean Plate abgebrochen.</translation>
    </message>
    <message>
        <source>There is no clean plate to clear.</source>
        <translation>Es gibt keine Clean Plate zum Löschen.</translation>
    </message>
    <message>
        <source>Clean plate cleared: the key colour keys every pixel again.</source>
        <translation>Clean Plate gelöscht: Die Key-Farbe keyt wieder jedes Pixel.</translation>
    </message>
    <message>
        <source>Clean plate cleared, but its file could not be removed: %1</source>
        <translation>Clean Plate gelöscht, aber ihre Datei konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>greenroom::KeyEditor</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Change key parameters</source>
        <translation>Key-Parameter ändern</translation>
    </message>
    <message>
        <source>Load preset %1</source>
        <translation>Vorgabe %1 laden</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>greenroom::LanguageSettings</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>greenroom::MediaFileSource</name>
    <message>
        <source>Media file</source>
        <translation>Mediendatei</translation>
    </message>
    <message>
        <source>“%1” has no video track</source>
        <translation>„%1“ hat keine Videospur</translation>
    </message>
    <message>
        <source>No media file chosen</source>
        <translation>Keine Mediendatei gewählt</translation>
    </message>
    <message>
        <source>Media file “%1” does not exist</source>
        <translation>Die Mediendatei „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a media file</source>
        <translation>„%1“ ist ein Ordner, keine Mediendatei</translation>
    </message>
    <message>
        <source>Media file “%1” cannot be read (permission denied)</source>
        <translation>Die Mediendatei „%1“ kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>Media file “%1” is empty</source>
        <translation>Die Mediendatei „%1“ ist leer</translation>
    </message>
    <message>
        <source>Cannot play “%1”: no picture after %2 s; the file may be damaged or incomplete</source>
        <translation>„%1“ kann nicht abgespielt werden: nach %2 s kein Bild; die Datei ist vielleicht beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>the file is damaged or not a media file</source>
        <translation>die Datei ist beschädigt oder keine Mediendatei</translation>
    </message>
    <message>
        <source>Cannot play “%1”: %2</source>
        <translation>„%1“ kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <source>Cannot play “%1”: the file is damaged or not a media file</source>
        <translation>„%1“ kann nicht abgespielt werden: die Datei ist beschädigt oder keine Mediendatei</translation>
    </message>
</context>
<context>
    <name>greenroom::PresetStore</name>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1: konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: another preset is already named &quot;%2&quot;; shown as &quot;%3&quot;</source>
        <translation>%1: Eine andere Vorgabe heißt bereits „%2“; wird als „%3“ angezeigt</translation>
    </message>
    <message>
        <source>%1: %2; the file was moved to %3</source>
        <translation>%1: %2; die Datei wurde nach %3 verschoben</translation>
    </message>
    <message>
        <source>%1: %2; it could not be moved aside and was left as it is</source>
        <translation>%1: %2; sie konnte nicht beiseitegelegt werden und blieb unverändert</translation>
    </message>
    <message>
        <source>There is no preset number %1.</source>
        <translation>Es gibt keine Vorgabe Nummer %1.</translation>
    </message>
    <message>
        <source>There are no presets.</source>
        <translation>Es gibt keine Vorgaben.</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Eine Vorgabe braucht einen Namen.</translation>
    </message>
    <message>
        <source>A preset name can have at most %1 characters.</source>
        <translation>Ein Vorgabename darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>There is already a preset named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Vorgabe namens „%1“.</translation>
    </message>
    <message>
        <source>There is no folder for user presets.</source>
        <translation>Es gibt keinen Ordner für eigene Vorgaben.</translation>
    </message>
    <message>
        <source>Could not create the preset folder %1.</source>
        <translation>Der Vorgabenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No preset is chosen; use Save As to make one.</source>
        <translation>Keine Vorgabe gewählt; legen Sie mit „Speichern unter“ eine an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in and cannot be changed; use Save As to keep your values as a new preset.</source>
        <translation>„%1“ ist mitgeliefert und kann nicht geändert werden; sichern Sie Ihre Werte mit „Speichern unter“ als neue Vorgabe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in and cannot be renamed; duplicate it first.</source>
        <translation>„%1“ ist mitgeliefert und kann nicht umbenannt werden; duplizieren Sie die Vorgabe zuerst.</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in and cannot be deleted.</source>
        <translation>„%1“ ist mitgeliefert und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>There is no deleted preset to bring back.</source>
        <translation>Es gibt keine gelöschte Vorgabe zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Cannot bring back &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>not a local file</source>
        <translation>keine lokale Datei</translation>
    </message>
    <message>
        <source>Could not export to %1: not a local file</source>
        <translation>Export nach %1 nicht möglich: keine lokale Datei</translation>
    </message>
</context>
<context>
    <name>greenroom::ShortcutTable</name>
    <message>
        <source>%1 is already the shortcut of &quot;%2&quot;.</source>
        <translation>%1 ist bereits das Tastenkürzel von „%2“.</translation>
    </message>
    <message>
        <source>There is no action &quot;%1&quot;.</source>
        <translation>Es gibt keine Aktion „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key combination; press one key, with modifiers if you like.</source>
        <translation>„%1“ ist keine Tastenkombination; drücken Sie eine Taste, gern mit Zusatztasten.</translation>
    </message>
    <message>
        <source>Shift is kept for the fine step of &quot;%1&quot;; choose a key without Shift.</source>
        <translation>Umschalt ist für den feinen Schritt von „%1“ reserviert; wählen Sie eine Taste ohne Umschalt.</translation>
    </message>
    <message>
        <source>Shortcut for &quot;%1&quot;: there is no such action.</source>
        <translation>Tastenkürzel für „%1“: Diese Aktion gibt es nicht.</translation>
    </message>
    <message>
        <source>no key in &quot;%1&quot;.</source>
        <translation>keine Taste in „%1“.</translation>
    </message>
    <message>
        <source>Shortcut for &quot;%1&quot;: %2</source>
        <translation>Tastenkürzel für „%1“: %2</translation>
    </message>
</context>
<context>
    <name>greenroom::SourceController</name>
    <message>
        <source>No camera found; showing the test pattern</source>
        <translation>Keine Kamera gefunden; das Testbild wird gezeigt</translation>
    </message>
</context>
<context>
    <name>greenroom::Studio</name>
    <message>
        <source>Composite view</source>
        <translation>Komposit-Ansicht</translation>
    </message>
    <message>
        <source>Matte view</source>
        <translation>Maskenansicht</translation>
    </message>
    <message>
        <source>Source view</source>
        <translation>Quellansicht</translation>
    </message>
    <message>
        <source>Split view</source>
        <translation>Geteilte Ansicht</translation>
    </message>
    <message>
        <source>Needs a picture: waiting for the first frame.</source>
        <translation>Braucht ein Bild: Warte auf das erste Einzelbild.</translation>
    </message>
    <message>
        <source>Eyedropper: there is no picture to pick from.</source>
        <translation>Pipette: Es gibt kein Bild zum Aufnehmen.</translation>
    </message>
    <message>
        <source>Eyedropper: the point is outside the picture.</source>
        <translation>Pipette: Der Punkt liegt außerhalb des Bildes.</translation>
    </message>
    <message>
        <source>Auto-key: there is no picture to look at.</source>
        <translation>Auto-Key: Es gibt kein Bild zum Auswerten.</translation>
    </message>
    <message>
        <source>Auto-key found no backdrop colour: no strong colour covers enough of the picture.</source>
        <translation>Auto-Key hat keine Hintergrundfarbe gefunden: Keine kräftige Farbe bedeckt genug vom Bild.</translation>
    </message>
    <message>
        <source>Auto-key</source>
        <translation>Auto-Key</translation>
    </message>
    <message>
        <source>Auto-key: %1, similarity %2, smoothness %3</source>
        <translation>Auto-Key: %1, Ähnlichkeit %2, Weichheit %3</translation>
    </message>
    <message>
        <source>Saved key values: %1</source>
        <translation>Gespeicherte Key-Werte: %1</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; of the last session no longer exists.</source>
        <translation>Die Vorgabe „%1“ der letzten Sitzung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Problems in preset files: %1; the Key page lists them.</source>
        <translation>Probleme in Vorgabedateien: %1; die Seite „Keying“ listet sie auf.</translation>
    </message>
    <message>
        <source>Settings: unknown source &quot;%1&quot;; using the default source.</source>
        <translation>Einstellungen: unbekannte Quelle „%1“; die Standardquelle wird verwendet.</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Vorgabe: %1</translation>
    </message>
    <message>
        <source>My preset</source>
        <translation>Meine Vorgabe</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <source>Saved preset %1</source>
        <translation>Vorgabe %1 gespeichert</translation>
    </message>
    <message>
        <source>No parameter has been changed yet.</source>
        <translation>Es wurde noch kein Parameter geändert.</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>Zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>Frame frozen</source>
        <translation>Bild angehalten</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Click the backdrop in the preview to pick the key colour</source>
        <translation>Klicken Sie in der Vorschau auf den Hintergrund, um die Key-Farbe aufzunehmen</translation>
    </message>
    <message>
        <source>First picture auto-keyed; choosing a preset turns this off.</source>
        <translation>Erstes Bild automatisch gekeyt; die Wahl einer Vorgabe schaltet das ab.</translation>
    </message>
</context>
<context>
    <name>greenroom::TestPatternSource</name>
    <message>
        <source>Test pattern</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <source>The test pattern needs a frame size of at least 1x1</source>
        <translation>Das Testbild braucht eine Bildgröße von mindestens 1x1</translation>
    </message>
    <message>
        <source>The test pattern&apos;s frame rate must be above 0 and at most %1</source>
        <translation>Die Bildrate des Testbilds muss über 0 und höchstens %1 sein</translation>
    </message>
    <message>
        <source>The test pattern cannot write pixel format %1</source>
        <translation>Das Testbild kann das Pixelformat %1 nicht schreiben</translation>
    </message>
    <message>
        <source>Qt cannot hold %1x%2 frames in pixel format %3</source>
        <translation>Qt kann keine %1x%2-Bilder im Pixelformat %3 halten</translation>
    </message>
</context>
</TS>
