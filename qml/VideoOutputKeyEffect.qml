// Qt's stock VideoOutput with the key applied by a ShaderEffect: what a Qt developer would
// write first. Not part of the app's window: `greenroom bench --path videooutput-shadereffect`
// measures it against Greenroom's keyed path. The ShaderEffectSource makes the VideoOutput draw
// into an offscreen texture that the effect then samples (as layer.enabled would): the extra
// pass that Greenroom's live path avoids.
import QtQuick
import QtMultimedia

Item {
    id: root

    // Frames shown here go through Qt's VideoOutput.
    readonly property alias videoSink: output.videoSink

    // The key as KeyUniforms holds it, packed as shaders/keyer_shadereffect.frag reads it (set
    // from C++, see BenchVideoOutputScene.cpp).
    property vector4d keyCbCr
    property vector4d keyParams
    property vector4d keyChannel
    property vector4d shadeInfo
    property vector4d keyRgb
    property vector4d matteInfo
    property vector4d differenceInfo
    property vector4d garbageOuter
    property vector4d garbageInner
    property vector4d garbageInfo
    property vector4d spillTone
    property vector4d correction

    VideoOutput {
        id: output

        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectFit
    }

    ShaderEffect {
        readonly property ShaderEffectSource source: ShaderEffectSource {
            sourceItem: output
            hideSource: true
        }
        readonly property vector4d keyCbCr: root.keyCbCr
        readonly property vector4d keyParams: root.keyParams
        readonly property vector4d keyChannel: root.keyChannel
        readonly property vector4d shadeInfo: root.shadeInfo
        readonly property vector4d keyRgb: root.keyRgb
        readonly property vector4d matteInfo: root.matteInfo
        readonly property vector4d differenceInfo: root.differenceInfo
        readonly property vector4d garbageOuter: root.garbageOuter
        readonly property vector4d garbageInner: root.garbageInner
        readonly property vector4d garbageInfo: root.garbageInfo
        readonly property vector4d spillTone: root.spillTone
        readonly property vector4d correction: root.correction

        anchors.fill: parent
        fragmentShader: "qrc:/greenroom/shaders/keyer_shadereffect.frag.qsb"
    }
}
