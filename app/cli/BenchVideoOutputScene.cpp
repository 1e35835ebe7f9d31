#include "BenchVideoOutputScene.h"

#include "FrameTiming.h"
#include "KeyUniforms.h"

#include <QtGui/QVector4D>
#include <QtQml/QQmlComponent>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickWindow>

namespace greenroom {

namespace {

// The values KeyMaterialShader::updateUniformData writes for keyer.frag, as the ShaderEffect
// properties that keyer_shadereffect.frag reads; keep the three in step.
void setKeyProperties(QQuickItem *output, const KeyUniforms &k)
{
    const auto set = [output](const char *name, float x, float y, float z, float w) {
        output->setProperty(name, QVector4D(x, y, z, w));
    };
    set("keyCbCr", k.screen.vector[0], k.screen.vector[1], k.screen.vector[2],
        k.screen.vectorInverseNorm);
    set("keyParams", k.similarity, k.smoothness, k.spill, k.opacity);
    set("keyChannel", k.keyChannel[0], k.keyChannel[1], k.keyChannel[2], k.spillMethod);
    set("shadeInfo", k.lumaWeight, 0, k.shadeLow, k.shadeHigh);
    set("keyRgb", k.screen.rgb[0], k.screen.rgb[1], k.screen.rgb[2], k.screenSubtraction);
    set("matteInfo", k.clipBlack, k.clipScale, k.matteExponent, 0);
    set("differenceInfo", k.screen.differenceStrength, k.differenceScale,
        k.screen.chromaInverseNorm, k.screen.lumaInverse);
    set("garbageOuter", k.garbageOuter[0], k.garbageOuter[1], k.garbageOuter[2], k.garbageOuter[3]);
    set("garbageInner", k.garbageInner[0], k.garbageInner[1], k.garbageInner[2], k.garbageInner[3]);
    set("garbageInfo", k.garbageInverseFeather, k.garbageInnerEnabled, 0, 0);
    set("spillTone", k.spillTone[0], k.spillTone[1], k.spillTone[2], 0);
    set("correction", k.brightness, k.contrast, k.gammaExponent, k.saturation);
}

} // namespace

std::unique_ptr<BenchScene> BenchVideoOutputScene::create(QQuickWindow *window,
                                                          const KeyParams &params, QString *error)
{
    std::unique_ptr<BenchVideoOutputScene> scene(new BenchVideoOutputScene(window));
    if (!scene->load(params, error))
        return nullptr;
    return scene;
}

BenchVideoOutputScene::BenchVideoOutputScene(QQuickWindow *window)
    : m_window(window), m_frontSink(new QVideoSink(this))
{
    connect(
        m_frontSink, &QVideoSink::videoFrameChanged, this,
        [this](const QVideoFrame &frame) { forwardFrame(frame); }, Qt::DirectConnection);
    connect(
        window, &QQuickWindow::afterSynchronizing, this, [this] { attributeDrawnFrame(); },
        Qt::DirectConnection);
}

BenchVideoOutputScene::~BenchVideoOutputScene()
{
    disconnect(m_window, nullptr, this, nullptr);
    delete m_output;
}

bool BenchVideoOutputScene::load(const KeyParams &params, QString *error)
{
    QQmlComponent component(&m_engine,
                            QUrl(QStringLiteral("qrc:/Greenroom/VideoOutputKeyEffect.qml")));
    QObject *object = component.create();
    m_output = qobject_cast<QQuickItem *>(object);
    if (!m_output) {
        delete object;
        *error = QStringLiteral("could not create Qt's VideoOutput (is the QtMultimedia QML "
                                "module installed?): ") +
                 component.errorString().trimmed();
        return false;
    }
    m_outputSink = m_output->property("videoSink").value<QVideoSink *>();
    if (!m_outputSink) {
        *error = QStringLiteral("VideoOutput has no video sink");
        return false;
    }
    setKeyProperties(m_output, makeKeyUniforms(params));
    m_output->setParentItem(m_window->contentItem());
    m_output->setSize(m_window->contentItem()->size());
    return true;
}

QString BenchVideoOutputScene::notes() const
{
    return QStringLiteral(
        "Qt's VideoOutput draws into an offscreen texture (ShaderEffectSource, an extra pass) "
        "that a ShaderEffect keys; its uploads and internal copies are Qt's and not counted "
        "here; the frame a render drew is the newest that arrived before its sync ended");
}

void BenchVideoOutputScene::forwardFrame(const QVideoFrame &frame)
{
    const qint64 arrivalNs = monotonicNs();
    const ScopedCodeTimer timer(m_counters.handOverCodeNs);
    const quint64 sequence = m_counters.framesReceived.load(std::memory_order_relaxed) + 1;
    m_arrivalNs[sequence % m_arrivalNs.size()].store(arrivalNs, std::memory_order_relaxed);
    // Published before VideoOutput sees the frame, so a sync that draws it knows its number.
    m_counters.framesReceived.store(sequence, std::memory_order_release);
    if (m_outputSink)
        m_outputSink->setVideoFrame(frame);
}

void BenchVideoOutputScene::attributeDrawnFrame()
{
    const quint64 sequence = m_counters.framesReceived.load(std::memory_order_acquire);
    if (sequence == 0 || sequence == m_counters.takenSequence.load(std::memory_order_relaxed))
        return;
    m_counters.takenArrivalNs.store(m_arrivalNs[sequence % m_arrivalNs.size()].load(),
                                    std::memory_order_relaxed);
    m_counters.takenSequence.store(sequence, std::memory_order_release);
}

} // namespace greenroom
