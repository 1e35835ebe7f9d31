// The grey checkerboard behind the keyed video, the usual way to show where the key made
// the picture transparent.
import QtQuick

Canvas {
    id: board

    property int cellSize: 12
    property color lightColor: "#505257"
    property color darkColor: "#3c3e42"

    // Painted once per size or colour change into an image the scene graph keeps; nothing
    // here runs per video frame.
    renderStrategy: Canvas.Immediate
    renderTarget: Canvas.Image

    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    onCellSizeChanged: requestPaint()
    onLightColorChanged: requestPaint()
    onDarkColorChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d");
        ctx.fillStyle = board.lightColor;
        ctx.fillRect(0, 0, width, height);
        ctx.fillStyle = board.darkColor;
        const columns = Math.ceil(width / cellSize);
        const rows = Math.ceil(height / cellSize);
        for (let row = 0; row < rows; ++row) {
            for (let column = row % 2; column < columns; column += 2)
                ctx.fillRect(column * cellSize, row * cellSize, cellSize, cellSize);
        }
    }
}
