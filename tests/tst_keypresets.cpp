// Built-in presets load from the resources (the ones `greenroom key --preset NAME` uses), the
// defaults are the green-screen preset, and preset files are checked field by field.
#include "KeyPresets.h"
#include "KeyUniforms.h"

#include <QtTest/QtTest>

using namespace greenroom;

class TestKeyPresets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInPresetsLoadFromResources()
    {
        const QStringList names = builtInPresetNames();
        QVERIFY2(names.contains(QStringLiteral("green-screen")), qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("blue-screen")));
        for (const QString &name : names) {
            const LoadedPreset preset = loadPreset(name);
            QVERIFY2(preset.params.has_value(), qPrintable(preset.error));
            QVERIFY(!preset.name.isEmpty());
            QCOMPARE(preset.params->clamped(), *preset.params); // every value in range
        }
    }

    void defaultsAreTheGreenScreenPreset()
    {
        const LoadedPreset green = loadPreset(QStringLiteral("green-screen"));
        QVERIFY(green.params);
        QCOMPARE(*green.params, KeyParams());
        QCOMPARE(green.name, QStringLiteral("Green screen"));
        QCOMPARE(green.params->keyColor, KeyParams::greenScreenColor());
    }

    void blueScreenPresetKeysBlue()
    {
        const LoadedPreset blue = loadPreset(QStringLiteral("blue-screen"));
        QVERIFY(blue.params);
        QCOMPARE(blue.params->keyColor, KeyParams::blueScreenColor());
        QCOMPARE(makeKeyUniforms(*blue.params).keyChannel, (std::array<float, 3>{0, 0, 1}));
    }

    void presetFilesAreChecked()
    {
        QVERIFY(parsePreset("{\"params\": {\"similarity\": 0.3}}", QStringLiteral("a")).params);
        QCOMPARE(parsePreset("{\"params\": {\"similarity\": 0.3}}", QStringLiteral("a"))
                     .params->similarity,
                 0.3);
        const auto error = [](const char *json) {
            return parsePreset(json, QStringLiteral("mine.json")).error;
        };
        QVERIFY(error("{").contains(QStringLiteral("not valid JSON")));
        QVERIFY(error("[1]").contains(QStringLiteral("object")));
        QVERIFY(error("{\"name\": \"x\"}").contains(QStringLiteral("params")));
        QVERIFY(error("{\"params\": {\"simlarity\": 0.3}}").contains(QStringLiteral("simlarity")));
        QVERIFY(error("{\"params\": {\"keyColor\": \"ultraviolet\"}}")
                    .contains(QStringLiteral("keyColor")));
        QVERIFY(error("{\"params\": {\"garbageOuter\": [0, 1]}}")
                    .contains(QStringLiteral("garbageOuter")));
        QVERIFY(error("{\"params\": {\"edgeGrow\": true}}").contains(QStringLiteral("edgeGrow")));
        QVERIFY(error("{\"params\": {\"similarity\": 0.3}}").isEmpty());
        QVERIFY(loadPreset(QStringLiteral("no-such-preset"))
                    .error.contains(QStringLiteral("green-screen")));
        QVERIFY(!loadPreset(QStringLiteral("/no/such/file.json")).params);
    }
};

QTEST_GUILESS_MAIN(TestKeyPresets)
#include "tst_keypresets.moc"
