// Guards the shader build: the keyer must ship in every shading language Qt's RHI backends
// load (SPIR-V for Vulkan, GLSL for OpenGL, HLSL for Direct3D, MSL for Metal). A missing
// language would only show up as a blank preview on that platform.
#include "KeyShaderVariant.h"
#include "QtCompat.h"

#include <QtCore/QFile>
#include <QtTest/QtTest>

#include <set>

namespace greenroom {

class ShaderBakeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bakedForEveryBackend_data();
    void bakedForEveryBackend();
};

void ShaderBakeTest::bakedForEveryBackend_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("stage");
    QTest::newRow("keyer.vert") << QStringLiteral(":/greenroom/shaders/keyer.vert.qsb")
                                << int(QShader::VertexStage);
    // The keyer's fragment shader is baked once per variant: every one KeyMaterial can ask for.
    for (int mode = 0; mode <= int(SampleMode::LumaOnly); ++mode)
        for (const bool guide : {false, true})
            for (const bool gather : {false, true})
                for (const bool taps : {false, true})
                    for (const bool adjustments : {false, true}) {
                        const KeyShaderVariant variant{SampleMode(mode), guide, gather, taps,
                                                       adjustments};
                        if (!variant.isBaked())
                            continue;
                        const QString path = variant.fileName();
                        QTest::newRow(qPrintable(path.section(QLatin1Char('/'), -1)))
                            << path << int(QShader::FragmentStage);
                    }
    // The benchmark's ShaderEffect keyer (greenroom bench --path videooutput-shadereffect).
    QTest::newRow("keyer_shadereffect.frag")
        << QStringLiteral(":/greenroom/shaders/keyer_shadereffect.frag.qsb")
        << int(QShader::FragmentStage);
}

void ShaderBakeTest::bakedForEveryBackend()
{
    QFETCH(QString, path);
    QFETCH(int, stage);

    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing")));
    const QShader shader = QShader::fromSerialized(file.readAll());
    QVERIFY2(shader.isValid(), qPrintable(path + QStringLiteral(" is not a valid .qsb")));
    QCOMPARE(int(shader.stage()), stage);

    std::set<QShader::Source> languages;
    for (const QShaderKey &key : shader.availableShaders()) {
        QVERIFY2(
            !shader.shader(key).shader().isEmpty(),
            qPrintable(
                QStringLiteral("empty shader code for source type %1").arg(int(key.source()))));
        languages.insert(key.source());
    }

    const std::pair<QShader::Source, const char *> required[] = {
        {QShader::SpirvShader, "SPIR-V (Vulkan)"},
        {QShader::GlslShader, "GLSL (OpenGL)"},
        {QShader::HlslShader, "HLSL (Direct3D 11)"},
        {QShader::MslShader, "MSL (Metal)"},
    };
    for (const auto &[source, name] : required)
        QVERIFY2(languages.count(source) == 1,
                 qPrintable(path + QStringLiteral(" lacks ") + QLatin1String(name)));

    // The keyer's GLSL: texel reads need GLSL 1.50 / ES 3.00 (OpenGL 3.2, ES 3.0), gathering
    // variants GLSL 4.00 / ES 3.10, which OpenGL contexts with compute support always have
    // (supportsTextureGather).
    if (path.contains(QLatin1String("/keyer_")) && !path.contains(QLatin1String("shadereffect"))) {
        const bool gathers = path.contains(QLatin1String("_gather"));
        const QShaderVersion desktop(gathers ? 400 : 150);
        const QShaderVersion es(gathers ? 310 : 300, QShaderVersion::GlslEs);
        QVERIFY(!shader.shader(QShaderKey(QShader::GlslShader, desktop)).shader().isEmpty());
        QVERIFY(!shader.shader(QShaderKey(QShader::GlslShader, es)).shader().isEmpty());
    }

    // The exact variants the RHI asks for first on each backend.
    QVERIFY(
        !shader.shader(QShaderKey(QShader::SpirvShader, QShaderVersion(100))).shader().isEmpty());
    QVERIFY(!shader.shader(QShaderKey(QShader::HlslShader, QShaderVersion(50))).shader().isEmpty());
    QVERIFY(!shader.shader(QShaderKey(QShader::MslShader, QShaderVersion(12))).shader().isEmpty());
}

} // namespace greenroom

QTEST_GUILESS_MAIN(greenroom::ShaderBakeTest)
#include "tst_shaderbake.moc"
