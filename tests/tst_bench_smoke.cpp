// `greenroom bench` end to end: the real executable runs each frame path for two seconds in a
// small window, and again headless (offscreen, Vulkan, with no display server at all), and
// writes JSON (and CSV); every field the issue names must be there with sane values. No timing
// thresholds: the figures themselves belong to the benchmark output. Also checks how the bench
// command line is parsed.
#include "CommandLine.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace greenroom;

namespace {

constexpr int kWidth = 640;
constexpr int kHeight = 360;
constexpr int kRunTimeoutMs = 60'000;

const QStringList kRequiredFields{
    QStringLiteral("frames_in"),
    QStringLiteral("frames_presented"),
    QStringLiteral("frames_dropped"),
    QStringLiteral("fps_presented"),
    QStringLiteral("latency_ms_p50"),
    QStringLiteral("latency_ms_p95"),
    QStringLiteral("latency_ms_p99"),
    QStringLiteral("cpu_ms_per_frame"),
    QStringLiteral("gui_thread_ms_per_frame"),
    QStringLiteral("render_thread_ms_per_frame"),
    QStringLiteral("upload_bytes_per_frame"),
    QStringLiteral("cpu_copies_per_frame"),
    QStringLiteral("peak_rss_mb"),
    QStringLiteral("frames_from_gpu"),
    QStringLiteral("backend"),
    QStringLiteral("size"),
    QStringLiteral("format"),
    QStringLiteral("path"),
    QStringLiteral("key"),
    QStringLiteral("keyer_shader"),
    QStringLiteral("latency_histogram_ms"),
};

ParseResult parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("bench"));
    arguments.prepend(QStringLiteral("greenroom"));
    return parseCommandLine(arguments);
}

} // namespace

class TestBenchSmoke : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesBenchOptions()
    {
        const ParseResult r =
            parse({QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--format"),
                   QStringLiteral("YUYV"), QStringLiteral("--fps"), QStringLiteral("max"),
                   QStringLiteral("--seconds"), QStringLiteral("2.5"), QStringLiteral("--path"),
                   QStringLiteral("cpu-convert"), QStringLiteral("--source"),
                   QStringLiteral("file:/a b.mp4"), QStringLiteral("--json"),
                   QStringLiteral("out.json")});
        QCOMPARE(r.action, ParseResult::Action::RunBench);
        QCOMPARE(r.bench.frameSize, QSize(1280, 720));
        QCOMPARE(r.bench.pixelFormat, QVideoFrameFormat::Format_YUYV);
        QCOMPARE(r.bench.fps, 0);
        QCOMPARE(r.bench.seconds, 2.5);
        QCOMPARE(r.bench.path, BenchPath::CpuConvert);
        QCOMPARE(r.bench.source, BenchSource::File);
        QCOMPARE(r.bench.sourceArgument, QStringLiteral("/a b.mp4"));
        QCOMPARE(r.bench.jsonPath, QStringLiteral("out.json"));
        QVERIFY(!r.bench.headless);
        QVERIFY(parse({QStringLiteral("--headless")}).bench.headless);

        const ParseResult keyed = parse({QStringLiteral("--preset"), QStringLiteral("hair-detail"),
                                         QStringLiteral("--set"), QStringLiteral("chromaGuide=0"),
                                         QStringLiteral("--set"), QStringLiteral("feather=1.5")});
        QCOMPARE(keyed.action, ParseResult::Action::RunBench);
        QCOMPARE(keyed.bench.key.preset, QStringLiteral("hair-detail"));
        QCOMPARE(keyed.bench.key.sets.size(), 2);
        QCOMPARE(keyed.bench.key.sets.at(0).first, QStringLiteral("chromaGuide"));
        QCOMPARE(keyed.bench.key.sets.at(1).second, QStringLiteral("1.5"));

        const ParseResult defaults = parse({});
        QCOMPARE(defaults.action, ParseResult::Action::RunBench);
        QCOMPARE(defaults.bench.path, BenchPath::Greenroom);
        QCOMPARE(defaults.bench.fps, 60);
        QCOMPARE(defaults.bench.source, BenchSource::TestPattern);

        QCOMPARE(parse({QStringLiteral("--help")}).action, ParseResult::Action::ShowHelp);
        QVERIFY(parse({QStringLiteral("--help")}).text.contains(QLatin1String("greenroom bench")));
    }

    void rejectsBadBenchOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("fps zero") << QStringList{QStringLiteral("--fps"), QStringLiteral("0")};
        QTest::newRow("fps word") << QStringList{QStringLiteral("--fps"), QStringLiteral("fast")};
        QTest::newRow("seconds negative")
            << QStringList{QStringLiteral("--seconds"), QStringLiteral("-1")};
        QTest::newRow("path") << QStringList{QStringLiteral("--path"), QStringLiteral("gpu")};
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("p010")};
        QTest::newRow("size") << QStringList{QStringLiteral("--size"), QStringLiteral("641x360")};
        QTest::newRow("source") << QStringList{QStringLiteral("--source"), QStringLiteral("net")};
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")};
        QTest::newRow("set without value")
            << QStringList{QStringLiteral("--set"), QStringLiteral("similarity")};
        QTest::newRow("set unknown name")
            << QStringList{QStringLiteral("--set"), QStringLiteral("sharpness=1")};
        QTest::newRow("set bad value")
            << QStringList{QStringLiteral("--set"), QStringLiteral("chromaGuide=much")};
    }
    void rejectsBadBenchOptions()
    {
        QFETCH(QStringList, arguments);
        const ParseResult r = parse(arguments);
        QCOMPARE(r.action, ParseResult::Action::Error);
        QVERIFY(r.text.startsWith(QLatin1String("greenroom bench: ")));
    }

    void unloadablePresetStopsBeforeMeasuring()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("no-such-preset.json"));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(GREENROOM_EXECUTABLE),
                      {QStringLiteral("bench"), QStringLiteral("--seconds"), QStringLiteral("30"),
                       QStringLiteral("--backend"), QStringLiteral("opengl"),
                       QStringLiteral("--preset"), missing});
        QVERIFY(process.waitForFinished(kRunTimeoutMs));
        const QByteArray output = process.readAll();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() != 0, output.constData());
        QVERIFY2(output.contains("greenroom bench: ") && output.contains("no-such-preset.json"),
                 output.constData());
        QVERIFY(!output.contains("latency_ms_p99"));
    }

    void eachPathReportsEveryField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("headless");
        for (const char *path : {"greenroom", "videooutput-shadereffect", "cpu-convert"}) {
            QTest::newRow(path) << QString::fromLatin1(path) << false;
            QTest::addRow("%s headless", path) << QString::fromLatin1(path) << true;
        }
    }
    void eachPathReportsEveryField()
    {
        QFETCH(QString, path);
        QFETCH(bool, headless);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString jsonPath = dir.filePath(QStringLiteral("bench.json"));
        const QString csvPath = dir.filePath(QStringLiteral("bench.csv"));
        const QString size = QStringLiteral("%1x%2").arg(kWidth).arg(kHeight);

        QStringList arguments{QStringLiteral("bench"),
                              QStringLiteral("--seconds"),
                              QStringLiteral("2"),
                              QStringLiteral("--size"),
                              size,
                              QStringLiteral("--window"),
                              size,
                              QStringLiteral("--format"),
                              QStringLiteral("nv12"),
                              QStringLiteral("--path"),
                              path,
                              QStringLiteral("--preset"),
                              QStringLiteral("hair-detail"),
                              QStringLiteral("--set"),
                              QStringLiteral("chromaGuide=0"),
                              QStringLiteral("--json"),
                              jsonPath,
                              QStringLiteral("--csv"),
                              csvPath};
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (headless) {
            // No display server and no backend asked for: headless picks Vulkan on a platform
            // that needs no window system.
            arguments << QStringLiteral("--headless");
            for (const char *name :
                 {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QSG_RHI_BACKEND"})
                environment.remove(QLatin1String(name));
        } else {
            arguments << QStringLiteral("--backend") << QStringLiteral("opengl");
        }
        const QString expectedBackend =
            headless ? QStringLiteral("vulkan") : QStringLiteral("opengl");

        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GREENROOM_EXECUTABLE), arguments);
        QVERIFY(process.waitForFinished(kRunTimeoutMs));
        const QByteArray output = process.readAll();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 output.constData());
        QVERIFY2(output.contains("latency_ms_p99"), output.constData());

        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const QString &field : kRequiredFields)
            QVERIFY2(json.contains(field), qPrintable(field + QStringLiteral(" is missing")));

        QCOMPARE(json[QStringLiteral("path")].toString(), path);
        QCOMPARE(json[QStringLiteral("size")].toString(), size);
        QCOMPARE(json[QStringLiteral("format")].toString(), QStringLiteral("nv12"));
        QCOMPARE(json[QStringLiteral("backend")].toString(), expectedBackend);
        const QString renderLoop = json[QStringLiteral("render_loop")].toString();
        if (headless)
            QCOMPARE(renderLoop, QStringLiteral("offscreen"));
        else
            QVERIFY2(renderLoop == QLatin1String("threaded") ||
                         renderLoop == QLatin1String("basic"),
                     qPrintable(renderLoop));
        // Every path keys with the key it was given, and the report says which.
        QCOMPARE(json[QStringLiteral("key")].toString(),
                 QStringLiteral("preset hair-detail, chromaGuide=0"));

        const auto number = [&](const char *field) {
            return json[QLatin1String(field)].toDouble();
        };
        const double presented = number("frames_presented");
        QVERIFY(presented > 0);
        QVERIFY(number("frames_in") >= presented + number("frames_dropped"));
        QVERIFY(number("fps_presented") > 0);
        QVERIFY(number("cpu_ms_per_frame") > 0);
        QVERIFY(number("gui_thread_ms_per_frame") >= 0);
        QVERIFY(number("render_thread_ms_per_frame") >= 0);
        QVERIFY(number("peak_rss_mb") > 0);
        QVERIFY(number("latency_ms_p50") > 0);
        QVERIFY(number("latency_ms_p50") <= number("latency_ms_p95"));
        QVERIFY(number("latency_ms_p95") <= number("latency_ms_p99"));

        double histogramCount = 0;
        for (const QJsonValue bin : json[QStringLiteral("latency_histogram_ms")].toArray())
            histogramCount += bin.toArray().at(1).toDouble();
        QCOMPARE(histogramCount, presented);

        // The test pattern's frames are in memory: none arrives as GPU textures.
        QCOMPARE(number("frames_from_gpu"), 0.0);
        const QJsonValue uploadBytes = json[QStringLiteral("upload_bytes_per_frame")];
        const double copies = number("cpu_copies_per_frame");
        if (path == QLatin1String("greenroom")) {
            // The frame's own size, not its RGBA size, and no copy by the CPU.
            QCOMPARE(uploadBytes.toDouble(), 1.5 * kWidth * kHeight);
            QCOMPARE(copies, 0.0);
            QVERIFY(number("render_thread_ms_per_frame") > 0);
            // NV12 with the guide off, on an API that gathers (Vulkan; Mesa's OpenGL is 4.5).
            QVERIFY2(json[QStringLiteral("keyer_shader")].toString().startsWith(
                         QLatin1String("keyer_semiplanar_noguide_gather")),
                     qPrintable(json[QStringLiteral("keyer_shader")].toString()));
        } else if (path == QLatin1String("cpu-convert")) {
            QCOMPARE(uploadBytes.toDouble(), 4.0 * kWidth * kHeight);
            QVERIFY(copies >= 1.0);
        } else {
            QVERIFY(uploadBytes.isNull()); // Qt's own uploads: not observable
            QCOMPARE(copies, 0.0);
        }
        if (path != QLatin1String("greenroom"))
            QVERIFY(json[QStringLiteral("keyer_shader")].isNull());

        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QString &field : kRequiredFields) {
            if (field != QLatin1String("latency_histogram_ms"))
                QVERIFY2(lines[0].split(',').contains(field.toUtf8()), qPrintable(field));
        }
    }
};

QTEST_MAIN(TestBenchSmoke)
#include "tst_bench_smoke.moc"
