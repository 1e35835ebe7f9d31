<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Greenroom</source>
        <translation>Acerca de Greenroom</translation>
    </message>
    <message>
        <source>Greenroom %1</source>
        <translation>Greenroom %1</translation>
    </message>
    <message>
        <source>Live chroma keying on the GPU</source>
        <translation>Croma en directo en la GPU</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2. Graphics: %3.</source>
        <translation>Compilado con Qt %1, ejecutándose en Qt %2. Gráficos: %3.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
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
        <translation>Avisos de terceros</translation>
    </message>
</context>
<context>
    <name>AutoKey</name>
    <message>
        <source>%1 areas close to the screen colour: expect partial transparency; capture a clean plate</source>
        <translation>zonas %1 cercanas al color del fondo: cabe esperar transparencia parcial; capture una placa limpia</translation>
    </message>
    <message>
        <source>the screen is unevenly lit: fine edges lose some coverage; even out the light or capture a clean plate</source>
        <translation>el fondo está iluminado de forma desigual: los bordes finos pierden algo de cobertura; iguale la luz o capture una placa limpia</translation>
    </message>
</context>
<context>
    <name>BackgroundLayer</name>
    <message>
        <source>The image %1 could not be loaded.</source>
        <translation>No se pudo cargar la imagen %1.</translation>
    </message>
</context>
<context>
    <name>BackgroundPanel</name>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Color de fondo</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Checkerboard (transparency)</source>
        <translation>Tablero (transparencia)</translation>
    </message>
    <message>
        <source>Solid colour</source>
        <translation>Color sólido</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Video (loops)</source>
        <translation>Vídeo (en bucle)</translation>
    </message>
    <message>
        <source>Image and video</source>
        <translation>Imagen y vídeo</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Rellenar</translation>
    </message>
    <message>
        <source>Fit shows all of it; fill covers the picture and crops the rest.</source>
        <translation>Ajustar lo muestra todo; Rellenar cubre la imagen y recorta el resto.</translation>
    </message>
</context>
<context>
    <name>BuiltInPresets</name>
    <message>
        <source>Green screen</source>
        <translation>Pantalla verde</translation>
    </message>
    <message>
        <source>Blue screen</source>
        <translation>Pantalla azul</translation>
    </message>
    <message>
        <source>Bright green studio</source>
        <translation>Estudio verde luminoso</translation>
    </message>
    <message>
        <source>Low-light webcam</source>
        <translation>Webcam con poca luz</translation>
    </message>
    <message>
        <source>Hair detail</source>
        <translation>Detalle del cabello</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Hold Shift with a step key for a fine step · Esc closes</source>
        <translation>Mayús con una tecla de paso: paso fino · Esc cierra</translation>
    </message>
</context>
<context>
    <name>ColorEditor</name>
    <message>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <source>Green screen</source>
        <translation>Pantalla verde</translation>
    </message>
    <message>
        <source>Blue screen</source>
        <translation>Pantalla azul</translation>
    </message>
    <message>
        <source>Eyedropper</source>
        <translation>Cuentagotas</translation>
    </message>
    <message>
        <source>Click the backdrop in the preview (%1)</source>
        <translation>Haga clic en el fondo en la vista previa (%1)</translation>
    </message>
    <message>
        <source>Auto-key</source>
        <translation>Croma automático</translation>
    </message>
    <message>
        <source>Find key colour, similarity and smoothness in the picture (%1)</source>
        <translation>Obtener de la imagen el color de croma, la similitud y la suavidad (%1)</translation>
    </message>
    <message>
        <source>Capturing… %1/%2</source>
        <translation>Capturando… %1/%2</translation>
    </message>
    <message>
        <source>Clean plate</source>
        <translation>Placa limpia</translation>
    </message>
    <message>
        <source>Capture the empty screen: each pixel is then keyed against the screen behind it (%1)</source>
        <translation>Capturar el fondo vacío: cada píxel se recorta entonces contra el fondo que tiene detrás (%1)</translation>
    </message>
    <message>
        <source>Clear plate</source>
        <translation>Borrar placa</translation>
    </message>
    <message>
        <source>Forget the clean plate of this source (%1)</source>
        <translation>Olvidar la placa limpia de esta fuente (%1)</translation>
    </message>
</context>
<context>
    <name>ColourName</name>
    <message>
        <source>red</source>
        <translation>rojas</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>naranjas</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>amarillas</translation>
    </message>
    <message>
        <source>olive</source>
        <translation>oliva</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verdes</translation>
    </message>
    <message>
        <source>teal</source>
        <translation>verde azulado</translation>
    </message>
    <message>
        <source>cyan</source>
        <translation>cian</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>azules</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>moradas</translation>
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
        <translation>Archivos de vídeo (*.mp4 *.mov *.mkv *.webm *.avi *.m4v)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importado</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportado</translation>
    </message>
    <message>
        <source>Choose a preset to export first.</source>
        <translation>Elija primero un preajuste para exportar.</translation>
    </message>
    <message>
        <source>Import preset</source>
        <translation>Importar preajuste</translation>
    </message>
    <message>
        <source>Greenroom presets (*.json)</source>
        <translation>Preajustes de Greenroom (*.json)</translation>
    </message>
    <message>
        <source>Export preset</source>
        <translation>Exportar preajuste</translation>
    </message>
    <message>
        <source>Open media file</source>
        <translation>Abrir archivo multimedia</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>Imagen de fondo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Background video</source>
        <translation>Vídeo de fondo</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
</context>
<context>
    <name>KeyParameterTable</name>
    <message>
        <source>Key</source>
        <translation>Croma</translation>
    </message>
    <message>
        <source>Matte levels</source>
        <translation>Niveles de máscara</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Borde</translation>
    </message>
    <message>
        <source>Spill</source>
        <translation>Derrame</translation>
    </message>
    <message>
        <source>Garbage matte</source>
        <translation>Máscara de exclusión</translation>
    </message>
    <message>
        <source>Foreground</source>
        <translation>Primer plano</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Key colour</source>
        <translation>Color de croma</translation>
    </message>
    <message>
        <source>The backdrop colour to remove; pick it from the picture for the tightest key</source>
        <translation>El color del fondo que se elimina; tomado de la imagen da el croma más limpio</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>How far a colour may be from the key colour and still be removed</source>
        <translation>Cuánto puede alejarse un color del color de croma y aun así eliminarse</translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation>Suavidad</translation>
    </message>
    <message>
        <source>Width of the soft edge between removed and kept colours</source>
        <translation>Anchura de la transición suave entre colores eliminados y conservados</translation>
    </message>
    <message>
        <source>Luma weight</source>
        <translation>Peso de la luminancia</translation>
    </message>
    <message>
        <source>How much brightness counts besides colour, so black, white and grey clothing stays solid</source>
        <translation>Cuánto cuenta el brillo además del color, para que la ropa negra, blanca y gris siga opaca</translation>
    </message>
    <message>
        <source>Light tolerance</source>
        <translation>Tolerancia de luz</translation>
    </message>
    <message>
        <source>How uneven the backdrop&apos;s light may be: brighter and darker shades of the key colour key out too</source>
        <translation>Cuán desigual puede ser la luz del fondo: los tonos más claros y más oscuros del color de croma también se eliminan</translation>
    </message>
    <message>
        <source>Chroma guide</source>
        <translation>Guía de crominancia</translation>
    </message>
    <message>
        <source>Lets half-resolution camera colour follow the full-resolution brightness at edges</source>
        <translation>Hace que el color de la cámara a media resolución siga el brillo a resolución completa en los bordes</translation>
    </message>
    <message>
        <source>Colour difference</source>
        <translation>Diferencia de color</translation>
    </message>
    <message>
        <source>Keeps subject colours with little of the key colour solid, such as dark hair and shadows</source>
        <translation>Mantiene opacos los colores del sujeto con poco del color clave, como el pelo oscuro y las sombras</translation>
    </message>
    <message>
        <source>Difference floor</source>
        <translation>Umbral de diferencia</translation>
    </message>
    <message>
        <source>How much less saturated than the key colour the backdrop may be and still be removed</source>
        <translation>Cuánto menos saturado que el color clave puede estar el fondo y aun así eliminarse</translation>
    </message>
    <message>
        <source>Clip black</source>
        <translation>Recortar negro</translation>
    </message>
    <message>
        <source>Matte values at or below this become fully transparent</source>
        <translation>Los valores de máscara iguales o inferiores se vuelven totalmente transparentes</translation>
    </message>
    <message>
        <source>Clip white</source>
        <translation>Recortar blanco</translation>
    </message>
    <message>
        <source>Matte values at or above this become fully opaque</source>
        <translation>Los valores de máscara iguales o superiores se vuelven totalmente opacos</translation>
    </message>
    <message>
        <source>Matte gamma</source>
        <translation>Gamma de máscara</translation>
    </message>
    <message>
        <source>Above 1 makes partly transparent pixels more opaque</source>
        <translation>Por encima de 1, los píxeles parcialmente transparentes se vuelven más opacos</translation>
    </message>
    <message>
        <source>Shrink / grow</source>
        <translation>Reducir / ampliar</translation>
    </message>
    <message>
        <source>Negative values shrink the matte, positive values grow it</source>
        <translation>Los valores negativos reducen la máscara y los positivos la amplían</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>Difuminado</translation>
    </message>
    <message>
        <source>Softens the matte edge</source>
        <translation>Suaviza el borde de la máscara</translation>
    </message>
    <message>
        <source>How much key-colour spill is removed from the subject</source>
        <translation>Cuánto derrame del color de croma se elimina del sujeto</translation>
    </message>
    <message>
        <source>Spill method</source>
        <translation>Método de derrame</translation>
    </message>
    <message>
        <source>Average removes more spill; Maximum keeps every other colour unchanged</source>
        <translation>Promedio elimina más derrame; Máximo deja intactos todos los demás colores</translation>
    </message>
    <message>
        <source>Replacement tone</source>
        <translation>Tono de sustitución</translation>
    </message>
    <message>
        <source>Colour given back where spill was removed</source>
        <translation>Color devuelto donde se eliminó el derrame</translation>
    </message>
    <message>
        <source>Tone restore</source>
        <translation>Restauración de tono</translation>
    </message>
    <message>
        <source>How much of the brightness that despill took away returns as the replacement tone</source>
        <translation>Cuánto del brillo que quitó la eliminación de derrame vuelve como tono de sustitución</translation>
    </message>
    <message>
        <source>Screen subtraction</source>
        <translation>Sustracción del fondo</translation>
    </message>
    <message>
        <source>Removes the backdrop&apos;s colour from soft edges and hair</source>
        <translation>Elimina el color del fondo de los bordes suaves y del cabello</translation>
    </message>
    <message>
        <source>Keep only inside</source>
        <translation>Conservar solo el interior</translation>
    </message>
    <message>
        <source>Everything outside this rectangle (0 to 1 of the frame) is removed</source>
        <translation>Todo lo que quede fuera de este rectángulo (0 a 1 del fotograma) se elimina</translation>
    </message>
    <message>
        <source>Always keep</source>
        <translation>Conservar siempre</translation>
    </message>
    <message>
        <source>Everything inside this rectangle stays opaque; empty keeps nothing</source>
        <translation>Todo lo que esté dentro de este rectángulo sigue opaco; vacío no conserva nada</translation>
    </message>
    <message>
        <source>Garbage feather</source>
        <translation>Difuminado de exclusión</translation>
    </message>
    <message>
        <source>Softness of both rectangles&apos; borders</source>
        <translation>Suavidad de los bordes de ambos rectángulos</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brillo</translation>
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
        <translation>Saturación</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>Opacity of the keyed subject</source>
        <translation>Opacidad del sujeto recortado</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Screen matte</source>
        <translation>Máscara de fondo</translation>
    </message>
    <message>
        <source>Keeps every colour without the screen&apos;s excess of green (or blue) solid: cyan, teal, olive, yellow, skin</source>
        <translation>Mantiene opaco todo color sin el exceso de verde (o azul) del fondo: cian, verde azulado, oliva, amarillo, piel</translation>
    </message>
    <message>
        <source>Screen balance</source>
        <translation>Balance del fondo</translation>
    </message>
    <message>
        <source>Measures the screen colour against the mean (0) or the larger (1) of the other two channels</source>
        <translation>Mide el color del fondo frente a la media (0) o al mayor (1) de los otros dos canales</translation>
    </message>
    <message>
        <source>Screen gain</source>
        <translation>Ganancia del fondo</translation>
    </message>
    <message>
        <source>Solid lift</source>
        <translation>Refuerzo de opacidad</translation>
    </message>
    <message>
        <source>Makes nearly opaque parts fully opaque without touching hair and other soft edges</source>
        <translation>Vuelve totalmente opacas las partes casi opacas sin tocar el pelo ni otros bordes suaves</translation>
    </message>
    <message>
        <source>Above 1 also removes paler and noisier parts of the screen, at some cost to fine edges</source>
        <translation>Por encima de 1 también elimina las partes más pálidas y ruidosas del fondo, a costa de los bordes finos</translation>
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
        <translation>el número %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>el texto «%1»</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de los valores %1</translation>
    </message>
    <message>
        <source>a colour such as &quot;#00b140&quot;</source>
        <translation>un color como «#00b140»</translation>
    </message>
    <message>
        <source>[x, y, width, height]</source>
        <translation>[x, y, ancho, alto]</translation>
    </message>
    <message>
        <source>%1: expected %2 but found %3; using the default %4</source>
        <translation>%1: se esperaba %2 pero se encontró %3; se usa el valor predeterminado %4</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4); clamped to %5</source>
        <translation>%1: %2 está fuera de rango (%3 a %4); se limita a %5</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; using %3</source>
        <translation>%1: %2 no está permitido; se usa %3</translation>
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
        <translation>Guardar preajuste como</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Cambiar nombre del preajuste</translation>
    </message>
    <message>
        <source>Saved preset %1</source>
        <translation>Preajuste %1 guardado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <source>Output window</source>
        <translation>Ventana de salida</translation>
    </message>
    <message>
        <source>A borderless window with only the keyed picture: the same keyer and the same frames as the preview.</source>
        <translation>Una ventana sin bordes solo con la imagen recortada: el mismo croma y los mismos fotogramas que la vista previa.</translation>
    </message>
    <message>
        <source>Close the output window</source>
        <translation>Cerrar la ventana de salida</translation>
    </message>
    <message>
        <source>Open the output window</source>
        <translation>Abrir la ventana de salida</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Fondo transparente</translation>
    </message>
    <message>
        <source>Only the keyed subject is drawn; capture the window with transparency enabled in your streaming software.</source>
        <translation>Solo se dibuja el sujeto recortado; capture la ventana con la transparencia activada en su programa de emisión.</translation>
    </message>
    <message>
        <source>The subject is shown over the preview&apos;s background.</source>
        <translation>El sujeto se muestra sobre el fondo de la vista previa.</translation>
    </message>
</context>
<context>
    <name>OutputWindow</name>
    <message>
        <source>Greenroom output</source>
        <translation>Salida de Greenroom</translation>
    </message>
</context>
<context>
    <name>PathDialog</name>
    <message>
        <source>File path</source>
        <translation>Ruta del archivo</translation>
    </message>
    <message>
        <source>For example ~/Videos/studio.mp4</source>
        <translation>Por ejemplo ~/Vídeos/studio.mp4</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>No preset</source>
        <translation>Sin preajuste</translation>
    </message>
    <message>
        <source>The values differ from the saved preset</source>
        <translation>Los valores difieren del preajuste guardado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Built-in presets are read-only: saves a copy</source>
        <translation>Los preajustes integrados son de solo lectura: guarda una copia</translation>
    </message>
    <message>
        <source>Save the values into this preset (%1)</source>
        <translation>Guardar los valores en este preajuste (%1)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>%1 creado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 eliminado</translation>
    </message>
    <message>
        <source>Undo delete of %1</source>
        <translation>Deshacer la eliminación de %1</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Brought back %1</source>
        <translation>%1 recuperado</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>⚠ Preset file problems: %1</source>
        <translation>⚠ Problemas en archivos de preajuste: %1</translation>
    </message>
</context>
<context>
    <name>PresetFile</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON no válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>not a preset: the file holds no JSON object</source>
        <translation>no es un preajuste: el archivo no contiene ningún objeto JSON</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1; read as version %2</source>
        <translation>%1 debe ser un número entero desde 1; se lee como versión %2</translation>
    </message>
    <message>
        <source>written by a newer Greenroom (schema version %1, this one reads %2); fields it does not know are kept</source>
        <translation>escrito por un Greenroom más reciente (versión de esquema %1, este lee la %2); los campos desconocidos se conservan</translation>
    </message>
    <message>
        <source>%1 must be non-empty text; using &quot;%2&quot;</source>
        <translation>%1 debe ser un texto no vacío; se usa «%2»</translation>
    </message>
    <message>
        <source>no %1 object; using the default values</source>
        <translation>no hay objeto %1; se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>%1 must be an object; using the default values</source>
        <translation>%1 debe ser un objeto; se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PreviewArea</name>
    <message>
        <source>SIGNAL LOST</source>
        <translation>SEÑAL PERDIDA</translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation>CONGELADO</translation>
    </message>
    <message>
        <source>MATTE</source>
        <translation>MÁSCARA</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>FUENTE</translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation>DIVIDIDA</translation>
    </message>
    <message>
        <source>Waiting for video…</source>
        <translation>Esperando el vídeo…</translation>
    </message>
    <message>
        <source>Drop to play this file as the source</source>
        <translation>Suelte para reproducir este archivo como fuente</translation>
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
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
</context>
<context>
    <name>ResetButton</name>
    <message>
        <source>Reset to the default</source>
        <translation>Restablecer el valor predeterminado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Press the new key for &quot;%1&quot; (Esc cancels).</source>
        <translation>Pulse la nueva tecla para «%1» (Esc cancela).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2.</source>
        <translation>«%1» es ahora %2.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source> (Shift: fine step)</source>
        <translation> (Mayús: paso fino)</translation>
    </message>
    <message>
        <source>Press a key…</source>
        <translation>Pulse una tecla…</translation>
    </message>
    <message>
        <source>Back to the default key</source>
        <translation>Volver a la tecla predeterminada</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <source>Every shortcut is back to its default.</source>
        <translation>Todos los atajos vuelven a su valor predeterminado.</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The change applies at once and is remembered.</source>
        <translation>El cambio se aplica al instante y se recuerda.</translation>
    </message>
    <message>
        <source>Keying</source>
        <translation>Croma</translation>
    </message>
    <message>
        <source>Auto-key the first picture of a source</source>
        <translation>Croma automático en la primera imagen de una fuente</translation>
    </message>
    <message>
        <source>While the key is still the built-in preset the studio starts with, the first steady picture is measured and keyed. Choosing a preset turns this off.</source>
        <translation>Mientras el croma sea todavía el preajuste integrado con el que arranca el estudio, se mide la primera imagen estable y se le aplica el croma. Elegir un preajuste lo desactiva.</translation>
    </message>
</context>
<context>
    <name>ShortcutTable</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Croma</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar preajuste</translation>
    </message>
    <message>
        <source>Save preset as…</source>
        <translation>Guardar preajuste como…</translation>
    </message>
    <message>
        <source>Import preset…</source>
        <translation>Importar preajuste…</translation>
    </message>
    <message>
        <source>Export preset…</source>
        <translation>Exportar preajuste…</translation>
    </message>
    <message>
        <source>Open media file…</source>
        <translation>Abrir archivo multimedia…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Reset the last changed parameter</source>
        <translation>Restablecer el último parámetro cambiado</translation>
    </message>
    <message>
        <source>Similarity down</source>
        <translation>Bajar la similitud</translation>
    </message>
    <message>
        <source>Similarity up</source>
        <translation>Subir la similitud</translation>
    </message>
    <message>
        <source>Smoothness down</source>
        <translation>Bajar la suavidad</translation>
    </message>
    <message>
        <source>Smoothness up</source>
        <translation>Subir la suavidad</translation>
    </message>
    <message>
        <source>Spill down</source>
        <translation>Bajar la eliminación de derrame</translation>
    </message>
    <message>
        <source>Spill up</source>
        <translation>Subir la eliminación de derrame</translation>
    </message>
    <message>
        <source>Pick the key colour from the picture</source>
        <translation>Tomar el color de croma de la imagen</translation>
    </message>
    <message>
        <source>Auto-key</source>
        <translation>Croma automático</translation>
    </message>
    <message>
        <source>Previous preset</source>
        <translation>Preajuste anterior</translation>
    </message>
    <message>
        <source>Next preset</source>
        <translation>Preajuste siguiente</translation>
    </message>
    <message>
        <source>Preset 1</source>
        <translation>Preajuste 1</translation>
    </message>
    <message>
        <source>Preset 2</source>
        <translation>Preajuste 2</translation>
    </message>
    <message>
        <source>Preset 3</source>
        <translation>Preajuste 3</translation>
    </message>
    <message>
        <source>Preset 4</source>
        <translation>Preajuste 4</translation>
    </message>
    <message>
        <source>Preset 5</source>
        <translation>Preajuste 5</translation>
    </message>
    <message>
        <source>Preset 6</source>
        <translation>Preajuste 6</translation>
    </message>
    <message>
        <source>Preset 7</source>
        <translation>Preajuste 7</translation>
    </message>
    <message>
        <source>Preset 8</source>
        <translation>Preajuste 8</translation>
    </message>
    <message>
        <source>Preset 9</source>
        <translation>Preajuste 9</translation>
    </message>
    <message>
        <source>Matte view</source>
        <translation>Vista de máscara</translation>
    </message>
    <message>
        <source>Split view</source>
        <translation>Vista dividida</translation>
    </message>
    <message>
        <source>Source view (unkeyed)</source>
        <translation>Vista de la fuente (sin croma)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Show or hide the panels</source>
        <translation>Mostrar u ocultar los paneles</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Ajustar a la ventana</translation>
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
        <translation>Congelar la imagen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Output window</source>
        <translation>Ventana de salida</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Greenroom</source>
        <translation>Acerca de Greenroom</translation>
    </message>
    <message>
        <source>Capture a clean plate (the empty screen)</source>
        <translation>Capturar una placa limpia (el fondo vacío)</translation>
    </message>
    <message>
        <source>Clear the clean plate</source>
        <translation>Borrar la placa limpia</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Key</source>
        <translation>Croma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Archivo multimedia</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Carta de ajuste</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Tip: drop a video file onto the preview to play it as the source.</source>
        <translation>Consejo: suelte un archivo de vídeo sobre la vista previa para reproducirlo como fuente.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <source>No frames yet</source>
        <translation>Aún no hay fotogramas</translation>
    </message>
</context>
<context>
    <name>SplitDivider</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Keyed</source>
        <translation>Con croma</translation>
    </message>
</context>
<context>
    <name>StatsOverlay</name>
    <message>
        <source>Frames in</source>
        <translation>Fotogramas recibidos</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Mostrados</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>%1 ms (95%: %2 ms)</source>
        <translation>%1 ms (95 %: %2 ms)</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>API gráfica</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
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
        <translation>software</translation>
    </message>
    <message>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <source>No frames yet</source>
        <translation>Aún no hay fotogramas</translation>
    </message>
    <message>
        <source>Preset: %1%2</source>
        <translation>Preajuste: %1%2</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (modificado)</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>Sin preajuste</translation>
    </message>
    <message>
        <source>Press F1 for shortcuts</source>
        <translation>F1: atajos de teclado</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Carta de ajuste</translation>
    </message>
</context>
<context>
    <name>StudioSettings</name>
    <message>
        <source>Settings: %1/%2 has the unusable value &quot;%3&quot;; keeping %4.</source>
        <translation>Ajustes: %1/%2 tiene el valor inservible «%3»; se mantiene %4.</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» no es un número.</translation>
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
        <translation>Composición</translation>
    </message>
    <message>
        <source>The keyed picture over the background</source>
        <translation>La imagen recortada sobre el fondo</translation>
    </message>
    <message>
        <source>Matte</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <source>The matte: white is kept, black is removed</source>
        <translation>La máscara: el blanco se conserva, el negro se elimina</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>The picture as the camera sends it, unkeyed</source>
        <translation>La imagen tal como la envía la cámara, sin croma</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividida</translation>
    </message>
    <message>
        <source>Source and keyed picture side by side; drag the divider</source>
        <translation>Fuente e imagen recortada lado a lado; arrastre el divisor</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the picture into the window</source>
        <translation>Ajustar la imagen a la ventana</translation>
    </message>
    <message>
        <source>One frame pixel per screen pixel; drag to pan</source>
        <translation>Un píxel de imagen por píxel de pantalla; arrastre para desplazar</translation>
    </message>
    <message>
        <source>Twice the size, for checking edges; drag to pan</source>
        <translation>El doble de tamaño, para revisar los bordes; arrastre para desplazar</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Congelar</translation>
    </message>
    <message>
        <source>Hold the current frame</source>
        <translation>Mantener la imagen actual</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Frame rate, latency and format</source>
        <translation>Fotogramas por segundo, latencia y formato</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>The clean output window</source>
        <translation>La ventana de salida limpia</translation>
    </message>
    <message>
        <source>Show or hide the panels</source>
        <translation>Mostrar u ocultar los paneles</translation>
    </message>
</context>
<context>
    <name>greenroom</name>
    <message>
        <source>black</source>
        <translation>negras</translation>
    </message>
    <message>
        <source>white</source>
        <translation>blancas</translation>
    </message>
    <message>
        <source>dark grey</source>
        <translation>gris oscuro</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>grises</translation>
    </message>
    <message>
        <source>dark %1</source>
        <translation>%1 oscuro</translation>
    </message>
    <message>
        <source>pale %1</source>
        <translation>%1 pálido</translation>
    </message>
</context>
<context>
    <name>greenroom::AboutInfo</name>
    <message>
        <source>This licence text is missing from this build: %1</source>
        <translation>Falta este texto de licencia en esta versión: %1</translation>
    </message>
</context>
<context>
    <name>greenroom::CameraSource</name>
    <message>
        <source>Camera “%1” has no format number %2 (it offers %3)</source>
        <translation>La cámara «%1» no tiene el formato número %2 (ofrece %3)</translation>
    </message>
    <message>
        <source>Greenroom may not use the camera: access was denied. Allow it in the system&apos;s privacy settings, then choose the camera again.</source>
        <translation>Greenroom no puede usar la cámara: se denegó el acceso. Permítalo en los ajustes de privacidad del sistema y vuelva a elegir la cámara.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
        <source>Camera %1 not found</source>
        <translation>No se encontró la cámara %1</translation>
    </message>
    <message>
        <source>Camera “%1” refused the format %2; choose another format</source>
        <translation>La cámara «%1» rechazó el formato %2; elija otro formato</translation>
    </message>
    <message>
        <source>Camera “%1” was disconnected; it resumes when it is plugged in again</source>
        <translation>La cámara «%1» se desconectó; se reanudará cuando se vuelva a conectar</translation>
    </message>
    <message>
        <source>Camera “%1”: %2</source>
        <translation>Cámara «%1»: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Camera “%1” sent no picture within %2 s: it may be in use by another program, or it failed to start</source>
        <translation>La cámara «%1» no envió ninguna imagen en %2 s: puede que otro programa la esté usando o que no haya podido arrancar</translation>
    </message>
    <message>
        <source>Camera “%1” stopped sending pictures</source>
        <translation>La cámara «%1» dejó de enviar imágenes</translation>
    </message>
</context>
<context>
    <name>greenroom::CleanPlateController</name>
    <message>
        <source>Capturing the clean plate: %1 of %2 pictures</source>
        <translation>Capturando la placa limpia: %1 de %2 imágenes</translation>
    </message>
    <message>
        <source>No clean plate</source>
        <translation>Sin placa limpia</translation>
    </message>
    <message>
        <source>Clean plate ignored: captured at %1, the picture is %2</source>
        <translation>Placa limpia ignorada: capturada a %1, la imagen es de %2</translation>
    </message>
    <message>
        <source>Clean plate in use (captured at %1)</source>
        <translation>Placa limpia en uso (capturada a %1)</translation>
    </message>
    <message>
        <source>the source changed</source>
        <translation>la fuente ha cambiado</translation>
    </message>
    <message>
        <source>The clean plate could not be read (%1); keying without one.</source>
        <translation>No se pudo leer la placa limpia (%1); se recorta sin ella.</translation>
    </message>
    <message>
        <source>Clean plate restored for %1 (%2).</source>
        <translation>Placa limpia restaurada para %1 (%2).</translation>
    </message>
    <message>
        <source>Clean plate ignored: it was captured at %1, the picture is %2. Capture a new one or clear it.</source>
        <translation>Placa limpia ignorada: se capturó a %1 y la imagen es de %2. Capture una nueva o bórrela.</translation>
    </message>
    <message>
        <source>Already capturing the clean plate.</source>
        <translation>La placa limpia ya se está capturando.</translation>
    </message>
    <message>
        <source>Clean plate: there is no picture to capture.</source>
        <translation>Placa limpia: no hay ninguna imagen que capturar.</translation>
    </message>
    <message>
        <source>Capturing the clean plate: keep the screen empty…</source>
        <translation>Capturando la placa limpia: mantenga el fondo vacío…</translation>
    </message>
    <message>
        <source>the source stopped delivering pictures</source>
        <translation>la fuente dejó de entregar imágenes</translation>
    </message>
    <message>
        <source>the picture changed while capturing</source>
        <translation>la imagen cambió durante la captura</translation>
    </message>
    <message>
        <source>a picture could not be read</source>
        <translation>no se pudo leer una imagen</translation>
    </message>
    <message>
        <source>Clean plate captured from %1 pictures, but not saved: %2</source>
        <translation>Placa limpia capturada de %1 imágenes, pero no guardada: %2</translation>
    </message>
    <message>
        <source>Clean plate captured from %1 pictures and saved: each pixel is keyed against the screen behind it, so the similarity can be tight.</source>
        <translation>Placa limpia capturada de %1 imágenes y guardada: cada píxel se recorta contra el fondo que tiene detrás, así que la similitud puede ser estrecha.</translation>
    </message>
    <message>
        <source>Clean plate not captured: %1.</source>
        <translation>Placa limpia no capturada: %1.</translation>
    </message>
    <message>
        <source>Clean plate capture cancelled.</source>
        <translation>Captura de la placa limpia cancelada.</translation>
    </message>
    <message>
        <source>There is no clean plate to clear.</source>
        <translation>No hay ninguna placa limpia que borrar.</translation>
    </message>
    <message>
        <source>Clean plate cleared: the key colour keys every pixel again.</source>
        <translation>Placa limpia borrada: el color de croma vuelve a aplicarse a cada píxel.</translation>
    </message>
    <message>
        <source>Clean plate cleared, but its file could not be removed: %1</source>
        <translation>Placa limpia borrada, pero no se pudo eliminar su archivo: %1</translation>
    </message>
</context>
<context>
    <name>greenroom::KeyEditor</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Change key parameters</source>
        <translation>Cambiar los parámetros de croma</translation>
    </message>
    <message>
        <source>Load preset %1</source>
        <translation>Cargar el preajuste %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>Restablecer %1</translation>
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
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>greenroom::MediaFileSource</name>
    <message>
        <source>Media file</source>
        <translation>Archivo multimedia</translation>
    </message>
    <message>
        <source>“%1” has no video track</source>
        <translation>«%1» no tiene pista de vídeo</translation>
    </message>
    <message>
        <source>No media file chosen</source>
        <translation>Ningún archivo multimedia elegido</translation>
    </message>
    <message>
        <source>Media file “%1” does not exist</source>
        <translation>El archivo multimedia «%1» no existe</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a media file</source>
        <translation>«%1» es una carpeta, no un archivo multimedia</translation>
    </message>
    <message>
        <source>Media file “%1” cannot be read (permission denied)</source>
        <translation>El archivo multimedia «%1» no se puede leer (permiso denegado)</translation>
    </message>
    <message>
        <source>Media file “%1” is empty</source>
        <translation>El archivo multimedia «%1» está vacío</translation>
    </message>
    <message>
        <source>Cannot play “%1”: no picture after %2 s; the file may be damaged or incomplete</source>
        <translation>No se puede reproducir «%1»: ninguna imagen tras %2 s; puede que el archivo esté dañado o incompleto</translation>
    </message>
    <message>
        <source>the file is damaged or not a media file</source>
        <translation>el archivo está dañado o no es un archivo multimedia</translation>
    </message>
    <message>
        <source>Cannot play “%1”: %2</source>
        <translation>No se puede reproducir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot play “%1”: the file is damaged or not a media file</source>
        <translation>No se puede reproducir «%1»: el archivo está dañado o no es un archivo multimedia</translation>
    </message>
</context>
<context>
    <name>greenroom::PresetStore</name>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1: no se pudo leer: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: another preset is already named &quot;%2&quot;; shown as &quot;%3&quot;</source>
        <translation>%1: otro preajuste ya se llama «%2»; se muestra como «%3»</translation>
    </message>
    <message>
        <source>%1: %2; the file was moved to %3</source>
        <translation>%1: %2; el archivo se movió a %3</translation>
    </message>
    <message>
        <source>%1: %2; it could not be moved aside and was left as it is</source>
        <translation>%1: %2; no se pudo apartar y se dejó tal cual</translation>
    </message>
    <message>
        <source>There is no preset number %1.</source>
        <translation>No hay ningún preajuste número %1.</translation>
    </message>
    <message>
        <source>There are no presets.</source>
        <translation>No hay preajustes.</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Un preajuste necesita un nombre.</translation>
    </message>
    <message>
        <source>A preset name can have at most %1 characters.</source>
        <translation>Un nombre de preajuste puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>There is already a preset named &quot;%1&quot;.</source>
        <translation>Ya existe un preajuste llamado «%1».</translation>
    </message>
    <message>
        <source>There is no folder for user presets.</source>
        <translation>No hay ninguna carpeta para los preajustes del usuario.</translation>
    </message>
    <message>
        <source>Could not create the preset folder %1.</source>
        <translation>No se pudo crear la carpeta de preajustes %1.</translation>
    </message>
    <message>
        <source>No preset is chosen; use Save As to make one.</source>
        <translation>No hay ningún preajuste elegido; use «Guardar como» para crear uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in and cannot be changed; use Save As to keep your values as a new preset.</source>
        <translation>«%1» está integrado y no se puede cambiar; use «Guardar como» para conservar sus valores como un nuevo preajuste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in and cannot be renamed; duplicate it first.</source>
        <translation>«%1» está integrado y no se puede renombrar; duplíquelo primero.</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in and cannot be deleted.</source>
        <translation>«%1» está integrado y no se puede eliminar.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>There is no deleted preset to bring back.</source>
        <translation>No hay ningún preajuste eliminado que recuperar.</translation>
    </message>
    <message>
        <source>Cannot bring back &quot;%1&quot;: %2</source>
        <translation>No se puede recuperar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message>
        <source>not a local file</source>
        <translation>no es un archivo local</translation>
    </message>
    <message>
        <source>Could not export to %1: not a local file</source>
        <translation>No se pudo exportar a %1: no es un archivo local</translation>
    </message>
</context>
<context>
    <name>greenroom::ShortcutTable</name>
    <message>
        <source>%1 is already the shortcut of &quot;%2&quot;.</source>
        <translation>%1 ya es el atajo de «%2».</translation>
    </message>
    <message>
        <source>There is no action &quot;%1&quot;.</source>
        <translation>No existe la acción «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key combination; press one key, with modifiers if you like.</source>
        <translation>«%1» no es una combinación de teclas; pulse una tecla, con modificadores si quiere.</translation>
    </message>
    <message>
        <source>Shift is kept for the fine step of &quot;%1&quot;; choose a key without Shift.</source>
        <translation>Mayús está reservada para el paso fino de «%1»; elija una tecla sin Mayús.</translation>
    </message>
    <message>
        <source>Shortcut for &quot;%1&quot;: there is no such action.</source>
        <translation>Atajo para «%1»: esa acción no existe.</translation>
    </message>
    <message>
        <source>no key in &quot;%1&quot;.</source>
        <translation>no hay ninguna tecla en «%1».</translation>
    </message>
    <message>
        <source>Shortcut for &quot;%1&quot;: %2</source>
        <translation>Atajo para «%1»: %2</translation>
    </message>
</context>
<context>
    <name>greenroom::SourceController</name>
    <message>
        <source>No camera found; showing the test pattern</source>
        <translation>No se encontró ninguna cámara; se muestra la carta de ajuste</translation>
    </message>
</context>
<context>
    <name>greenroom::Studio</name>
    <message>
        <source>Composite view</source>
        <translation>Vista compuesta</translation>
    </message>
    <message>
        <source>Matte view</source>
        <translation>Vista de máscara</translation>
    </message>
    <message>
        <source>Source view</source>
        <translation>Vista de la fuente</translation>
    </message>
    <message>
        <source>Split view</source>
        <translation>Vista dividida</translation>
    </message>
    <message>
        <source>Needs a picture: waiting for the first frame.</source>
        <translation>Necesita una imagen: esperando el primer fotograma.</translation>
    </message>
    <message>
        <source>Eyedropper: there is no picture to pick from.</source>
        <translation>Cuentagotas: no hay ninguna imagen de la que tomar color.</translation>
    </message>
    <message>
        <source>Eyedropper: the point is outside the picture.</source>
        <translation>Cuentagotas: el punto está fuera de la imagen.</translation>
    </message>
    <message>
        <source>Auto-key: there is no picture to look at.</source>
        <translation>Croma automático: no hay ninguna imagen que analizar.</translation>
    </message>
    <message>
        <source>Auto-key found no backdrop colour: no strong colour covers enough of the picture.</source>
        <translation>El croma automático no encontró ningún color de fondo: ningún color intenso cubre suficiente parte de la imagen.</translation>
    </message>
    <message>
        <source>Auto-key</source>
        <translation>Croma automático</translation>
    </message>
    <message>
        <source>Auto-key: %1, similarity %2, smoothness %3</source>
        <translation>Croma automático: %1, similitud %2, suavidad %3</translation>
    </message>
    <message>
        <source>Saved key values: %1</source>
        <translation>Valores de croma guardados: %1</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; of the last session no longer exists.</source>
        <translation>El preajuste «%1» de la última sesión ya no existe.</translation>
    </message>
    <message>
        <source>Problems in preset files: %1; the Key page lists them.</source>
        <translation>Problemas en archivos de preajuste: %1; la página «Croma» los enumera.</translation>
    </message>
    <message>
        <source>Settings: unknown source &quot;%1&quot;; using the default source.</source>
        <translation>Ajustes: fuente desconocida «%1»; se usa la fuente predeterminada.</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Preajuste: %1</translation>
    </message>
    <message>
        <source>My preset</source>
        <translation>Mi preajuste</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (propio)</translation>
    </message>
    <message>
        <source>Saved preset %1</source>
        <translation>Preajuste %1 guardado</translation>
    </message>
    <message>
        <source>No parameter has been changed yet.</source>
        <translation>Todavía no se ha cambiado ningún parámetro.</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>Restablecido: %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nada que rehacer.</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
    <message>
        <source>Frame frozen</source>
        <translation>Imagen congelada</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Click the backdrop in the preview to pick the key colour</source>
        <translation>Haga clic en el fondo en la vista previa para tomar el color de croma</translation>
    </message>
    <message>
        <source>First picture auto-keyed; choosing a preset turns this off.</source>
        <translation>Primera imagen con croma automático; elegir un preajuste lo desactiva.</translation>
    </message>
</context>
<context>
    <name>greenroom::TestPatternSource</name>
    <message>
        <source>Test pattern</source>
        <translation>Carta de ajuste</translation>
    </message>
    <message>
        <source>The test pattern needs a frame size of at least 1x1</source>
        <translation>La carta de ajuste necesita un tamaño de fotograma de al menos 1x1</translation>
    </message>
    <message>
        <source>The test pattern&apos;s frame rate must be above 0 and at most %1</source>
        <translation>La frecuencia de fotogramas de la carta de ajuste debe ser mayor que 0 y como máximo %1</translation>
    </message>
    <message>
        <source>The test pattern cannot write pixel format %1</source>
        <translation>La carta de ajuste no puede escribir el formato de píxel %1</translation>
    </message>
    <message>
        <source>Qt cannot hold %1x%2 frames in pixel format %3</source>
        <translation>Qt no puede contener fotogramas de %1x%2 en el formato de píxel %3</translation>
    </message>
</context>
</TS>
