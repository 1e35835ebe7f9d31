// Built-in presets load from the resources (the ones `greenroom key --preset NAME` uses), the
// defaults are the green-screen preset, preset files are checked field by field, and what
// keyParamsToJson writes reads back exactly.
#include "KeyParamsText.h"
#include "KeyPresets.h"
#include "KeyUniforms.h"

#include <QtCore/QJsonDocument>

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

    void measuredColoursReadBackExactly()
    {
        // Auto-key and the eyedropper measure colours finer than 8 bits a channel; a preset
        // written from them must key exactly as they did.
        KeyParams measured;
        measured.keyColor = QColor::fromRgbF(0.1234567f, 0.7654321f, 0.333f);
        measured.spillTone = QColor::fromRgbF(0.9f, 0.8f, 0.7f);
        measured.similarity = 0.1 + 0.2; // a double that needs every digit
        const QJsonObject json = keyParamsToJson(measured);
        QCOMPARE(json.value(QStringLiteral("keyColor")).toString(),
                 QStringLiteral("#1f9bc3f3553f"));
        const QJsonObject preset{{QStringLiteral("params"), json}};
        const LoadedPreset loaded =
            parsePreset(QJsonDocument(preset).toJson(), QStringLiteral("measured"));
        QVERIFY2(loaded.params, qPrintable(loaded.error));
        QCOMPARE(*loaded.params, measured);
        QCOMPARE(setKeyParam(measured, QStringLiteral("keyColor"),
                             json.value(QStringLiteral("keyColor")).toString()),
                 QString());
        QCOMPARE(measured.keyColor, loaded.params->keyColor);

        // Colours with 8 bits a channel keep their short form.
        QCOMPARE(keyParamsToJson(KeyParams()).value(QStringLiteral("keyColor")).toString(),
                 QStringLiteral("#00b140"));
    }
};

QTEST_GUILESS_MAIN(TestKeyPresets)
#include "tst_keypresets.moc"
