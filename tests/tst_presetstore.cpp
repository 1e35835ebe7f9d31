// PresetStore and its file format: built-ins, every user operation, and every kind of bad file.
// Each test works in its own temporary preset folder; the built-ins are the real ones.
#include "KeyParameterTable.h"
#include "KeyParamsJson.h"
#include "PresetStore.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <memory>

namespace greenroom {

class PresetStoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void everyPropertyIsWrittenAndReadBack();
    void builtInsLoadCleanAndAreReadOnly();
    void shippedPresetsHoldEveryParameter();
    void defaultDirectoryIsTheAppConfigLocation();
    void saveAsWritesEveryValueWithSchemaVersion();
    void selectActivatesAndModifiedFollowsLiveValues();
    void saveWritesLiveValuesIntoTheCurrentPreset();
    void saveOfBuiltInIsRefused();
    void renameMovesTheFile();
    void renameAndSaveAsRefuseBadNames();
    void duplicateCopiesBuiltInsAndUserPresets();
    void deleteAndUndoRestoresTheFileExactly();
    void undoDeleteBringsBackOnlyTheLastOne();
    void importAddsAndSelects();
    void importOfUnparseableFileFailsAndLeavesItAlone();
    void exportWritesAReadablePreset();
    void nextAndPreviousWrapAround();
    void fileNamesAreSafe();

    void wrongTypesAreReportedAndDefaulted();
    void outOfRangeValuesAreReportedAndClamped();
    void unknownFieldsSurviveASave();
    void unparseableFileIsMovedAsideAndOthersLoad();
    void existingBackupIsNeverOverwritten();
    void fileWithoutObjectIsMovedAside();
    void schemaVersionProblemsAreReported();
    void missingParamsKeepsTheFileContent();
    void duplicateNamesInFilesBothLoad();
    void problemsGoToTheSignalAndStderr();
    void failedWritesAreReported();

private:
    std::unique_ptr<PresetStore> makeStore();
    QString writeFile(const QString &name, const QByteArray &bytes);
    QByteArray readFile(const QString &name) const;
    QJsonObject readJson(const QString &name) const;
    static KeyParams unusualParams();
    int builtInCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// Every field away from its default, inside its range.
KeyParams makeUnusual()
{
    KeyParams p;
    p.keyColor = QColor(10, 200, 30);
    p.similarity = 0.333;
    p.smoothness = 0.125;
    p.lumaWeight = 0.75;
    p.chromaGuide = 0.5;
    p.clipBlack = 0.1;
    p.clipWhite = 0.9;
    p.matteGamma = 1.5;
    p.edgeGrow = -2;
    p.feather = 1.25;
    p.spill = 0.5;
    p.spillMethod = KeyParams::SpillMethod::Average;
    p.spillTone = QColor(250, 220, 200);
    p.spillRestore = 0.25;
    p.screenSubtraction = 0.5;
    p.garbageOuter = QRectF(0.1, 0.05, 0.8, 0.9);
    p.garbageInner = QRectF(0.4, 0.4, 0.2, 0.2);
    p.garbageFeather = 0.05;
    p.brightness = 0.1;
    p.contrast = 1.2;
    p.gamma = 0.9;
    p.saturation = 1.1;
    p.opacity = 0.8;
    return p;
}

bool mentions(const QStringList &problems, const QString &file, const QString &field)
{
    for (const QString &problem : problems) {
        if (problem.contains(file) && problem.contains(field))
            return true;
    }
    return false;
}

QString describe(const QStringList &problems)
{
    return problems.join(QLatin1Char('\n'));
}

} // namespace

void PresetStoreTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void PresetStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<PresetStore> PresetStoreTest::makeStore()
{
    auto store = std::make_unique<PresetStore>();
    store->setDirectory(m_dir->path());
    return store;
}

QString PresetStoreTest::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("could not write a test file");
    return file.fileName();
}

QByteArray PresetStoreTest::readFile(const QString &name) const
{
    QFile file(m_dir->filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject PresetStoreTest::readJson(const QString &name) const
{
    return QJsonDocument::fromJson(readFile(name)).object();
}

KeyParams PresetStoreTest::unusualParams()
{
    return makeUnusual();
}

int PresetStoreTest::builtInCount() const
{
    return int(QDir(QStringLiteral(":/greenroom/presets"))
                   .entryList({QStringLiteral("*.json")}, QDir::Files)
                   .size());
}

void PresetStoreTest::everyPropertyIsWrittenAndReadBack()
{
    const KeyParams params = unusualParams();
    QCOMPARE_NE(params, KeyParams{});
    const QJsonObject json = KeyParamsJson::encode(params);
    const QMetaObject &meta = KeyParams::staticMetaObject;
    // Generic: one key per gadget property, whatever fields KeyParams gains.
    QCOMPARE(json.size(), meta.propertyCount() - meta.propertyOffset());
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i)
        QVERIFY2(json.contains(QLatin1String(meta.property(i).name())), meta.property(i).name());

    const KeyParamsJson::Decoded decoded = KeyParamsJson::decode(json);
    QVERIFY2(decoded.problems.isEmpty(), qPrintable(describe(decoded.problems)));
    QVERIFY(decoded.unknown.isEmpty());
    QCOMPARE(decoded.params, params);

    // Every property has a description with a label, and the panel can show it.
    for (const ParameterDescription &d : keyParameterDescriptions()) {
        QVERIFY2(!d.label.isEmpty(), d.name.constData());
        QVERIFY2(d.kind != ParameterDescription::Kind::Other, d.name.constData());
        QVERIFY2(d.maximum > d.minimum, d.name.constData());
    }
}

void PresetStoreTest::builtInsLoadCleanAndAreReadOnly()
{
    auto store = makeStore();
    QVERIFY(builtInCount() >= 3);
    QCOMPARE(store->count(), builtInCount());
    // The shipped files are part of the product: not one problem.
    QVERIFY2(store->problems().isEmpty(), qPrintable(describe(store->problems())));
    for (const QString &name : {QStringLiteral("Green screen"), QStringLiteral("Blue screen"),
                                QStringLiteral("Bright green studio"),
                                QStringLiteral("Low-light webcam"), QStringLiteral("Hair detail")})
        QVERIFY2(store->indexOf(name) >= 0, qPrintable(name));

    for (int i = 0; i < store->count(); ++i) {
        QVERIFY(store->isBuiltIn(i));
        QVERIFY(store->data(store->index(i), PresetStore::BuiltInRole).toBool());
    }
    const int hair = store->indexOf(QStringLiteral("Hair detail"));
    QVERIFY(store->select(hair));
    QVERIFY(store->currentBuiltIn());
    QVERIFY(!store->rename(hair, QStringLiteral("Mine")));
    QVERIFY(!store->errorString().isEmpty());
    QVERIFY(!store->remove(hair));
    QVERIFY(!store->errorString().isEmpty());
    QCOMPARE(store->count(), builtInCount());
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

void PresetStoreTest::shippedPresetsHoldEveryParameter()
{
    // A preset holds every KeyParams value: a parameter added to KeyParams must be added to
    // these files too (with the value that suits the preset).
    auto store = makeStore();
    const QMetaObject &meta = KeyParams::staticMetaObject;
    for (const QString &name :
         {QStringLiteral("Bright green studio"), QStringLiteral("Low-light webcam"),
          QStringLiteral("Hair detail")}) {
        const Preset *preset = store->presetAt(store->indexOf(name));
        QVERIFY2(preset, qPrintable(name));
        QFile file(preset->filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), PresetFile::kSchemaVersion);
        const QJsonObject params = json.value(QStringLiteral("params")).toObject();
        for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i)
            QVERIFY2(params.contains(QLatin1String(meta.property(i).name())),
                     qPrintable(name + QStringLiteral(" lacks ") +
                                QLatin1String(meta.property(i).name())));
    }
}

void PresetStoreTest::defaultDirectoryIsTheAppConfigLocation()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                             QStringLiteral("/presets");
    QCOMPARE(PresetStore::defaultDirectory(), expected);
}

void PresetStoreTest::saveAsWritesEveryValueWithSchemaVersion()
{
    auto store = makeStore();
    store->setLiveParams(unusualParams());
    QVERIFY2(store->saveAs(QStringLiteral("Evening show")), qPrintable(store->errorString()));
    QCOMPARE(store->currentName(), QStringLiteral("Evening show"));
    QVERIFY(!store->currentBuiltIn());
    QVERIFY(!store->isModified());
    QCOMPARE(store->count(), builtInCount() + 1);

    const QJsonObject json = readJson(QStringLiteral("Evening show.json"));
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), PresetFile::kSchemaVersion);
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Evening show"));
    QCOMPARE(json.value(QStringLiteral("params")).toObject(),
             KeyParamsJson::encode(unusualParams()));
    // QSaveFile leaves no temporary file behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{"Evening show.json"});

    // A second store (the next start of the app) reads the same values.
    auto again = makeStore();
    const int index = again->indexOf(QStringLiteral("Evening show"));
    QVERIFY(index >= 0);
    QSignalSpy activated(again.get(), &PresetStore::presetActivated);
    QVERIFY(again->select(index));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<KeyParams>(), unusualParams());
}

void PresetStoreTest::selectActivatesAndModifiedFollowsLiveValues()
{
    auto store = makeStore();
    QSignalSpy activated(store.get(), &PresetStore::presetActivated);
    QSignalSpy modified(store.get(), &PresetStore::modifiedChanged);
    const int hair = store->indexOf(QStringLiteral("Hair detail"));
    QVERIFY(store->select(hair));
    QCOMPARE(store->currentIndex(), hair);
    QCOMPARE(activated.size(), 1);
    const KeyParams values = activated.at(0).at(0).value<KeyParams>();
    QVERIFY(store->data(store->index(hair), PresetStore::CurrentRole).toBool());

    // Whoever owns the live values applies them; then nothing differs.
    store->setLiveParams(values);
    QVERIFY(!store->isModified());
    KeyParams changed = values;
    changed.similarity += 0.01;
    store->setLiveParams(changed);
    QVERIFY(store->isModified());
    store->setLiveParams(values);
    QVERIFY(!store->isModified());
    QVERIFY(modified.size() >= 2);
}

void PresetStoreTest::saveWritesLiveValuesIntoTheCurrentPreset()
{
    auto store = makeStore();
    QVERIFY(store->saveAs(QStringLiteral("Mine")));
    KeyParams changed = store->liveParams();
    changed.spill = 0.42;
    store->setLiveParams(changed);
    QVERIFY(store->isModified());
    QVERIFY2(store->save(), qPrintable(store->errorString()));
    QVERIFY(!store->isModified());
    QCOMPARE(readJson(QStringLiteral("Mine.json"))
                 .value(QStringLiteral("params"))
                 .toObject()
                 .value(QStringLiteral("spill"))
                 .toDouble(),
             0.42);
}

void PresetStoreTest::saveOfBuiltInIsRefused()
{
    auto store = makeStore();
    QVERIFY(!store->save()); // nothing current
    QVERIFY(!store->errorString().isEmpty());
    QVERIFY(store->select(0));
    QVERIFY(!store->save());
    QVERIFY(store->errorString().contains(QStringLiteral("Save As")));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

void PresetStoreTest::renameMovesTheFile()
{
    auto store = makeStore();
    QVERIFY(store->saveAs(QStringLiteral("Old")));
    const int index = store->indexOf(QStringLiteral("Old"));
    QVERIFY2(store->rename(index, QStringLiteral("New name")), qPrintable(store->errorString()));
    QCOMPARE(store->currentName(), QStringLiteral("New name"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("Old.json"))));
    QCOMPARE(readJson(QStringLiteral("New name.json")).value(QStringLiteral("name")).toString(),
             QStringLiteral("New name"));
    // Only the case changes: the same file is rewritten.
    QVERIFY(store->rename(store->indexOf(QStringLiteral("New name")), QStringLiteral("new name")));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 1);
    auto again = makeStore();
    QVERIFY(again->indexOf(QStringLiteral("new name")) >= 0);
}

void PresetStoreTest::renameAndSaveAsRefuseBadNames()
{
    auto store = makeStore();
    QVERIFY(store->saveAs(QStringLiteral("One")));
    QVERIFY(store->saveAs(QStringLiteral("Two")));
    QVERIFY(!store->saveAs(QStringLiteral("  ")));
    QVERIFY(!store->saveAs(QStringLiteral("one"))); // names differ only in case
    QVERIFY(!store->saveAs(QStringLiteral("Hair detail")));
    QVERIFY(!store->saveAs(QString(200, QLatin1Char('x'))));
    QVERIFY(!store->rename(store->indexOf(QStringLiteral("Two")), QStringLiteral("ONE")));
    QVERIFY(store->errorString().contains(QStringLiteral("ONE")));
    QCOMPARE(store->count(), builtInCount() + 2);
}

void PresetStoreTest::duplicateCopiesBuiltInsAndUserPresets()
{
    auto store = makeStore();
    const int hair = store->indexOf(QStringLiteral("Hair detail"));
    QSignalSpy activated(store.get(), &PresetStore::presetActivated);
    QVERIFY(store->select(hair));
    const KeyParams builtInValues = activated.at(0).at(0).value<KeyParams>();

    const int copy = store->duplicate(hair);
    QVERIFY2(copy >= 0, qPrintable(store->errorString()));
    QCOMPARE(store->presetAt(copy)->name, QStringLiteral("Hair detail copy"));
    QVERIFY(!store->isBuiltIn(copy));
    QCOMPARE(store->presetAt(copy)->params, builtInValues);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("Hair detail copy.json"))));
    // Duplicating does not change what is current.
    QCOMPARE(store->currentName(), QStringLiteral("Hair detail"));

    const int second = store->duplicate(store->indexOf(QStringLiteral("Hair detail")));
    QCOMPARE(store->presetAt(second)->name, QStringLiteral("Hair detail copy 2"));
    // The copy is a user preset: it can be renamed and deleted.
    QVERIFY(
        store->rename(store->indexOf(QStringLiteral("Hair detail copy")), QStringLiteral("Hair")));
    QVERIFY(store->remove(store->indexOf(QStringLiteral("Hair"))));
}

void PresetStoreTest::deleteAndUndoRestoresTheFileExactly()
{
    // Hand-formatted, with a comment-like extra field: undo must bring back these very bytes.
    const QByteArray bytes = R"({"name": "Handmade", "schemaVersion": 1,
        "note": "by hand", "params": {"similarity": 0.3}}
)";
    writeFile(QStringLiteral("Handmade.json"), bytes);
    auto store = makeStore();
    const int index = store->indexOf(QStringLiteral("Handmade"));
    QVERIFY(store->select(index));
    QVERIFY(!store->canUndoDelete());

    QSignalSpy deleted(store.get(), &PresetStore::deletedChanged);
    QVERIFY(store->remove(index));
    QCOMPARE(deleted.size(), 1);
    QVERIFY(store->canUndoDelete());
    QCOMPARE(store->deletedName(), QStringLiteral("Handmade"));
    QCOMPARE(store->indexOf(QStringLiteral("Handmade")), -1);
    QCOMPARE(store->currentIndex(), -1);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("Handmade.json"))));

    QVERIFY2(store->undoDelete(), qPrintable(store->errorString()));
    QVERIFY(!store->canUndoDelete());
    QCOMPARE(readFile(QStringLiteral("Handmade.json")), bytes);
    QCOMPARE(store->currentName(), QStringLiteral("Handmade"));
    QVERIFY(!store->undoDelete());
}

void PresetStoreTest::undoDeleteBringsBackOnlyTheLastOne()
{
    auto store = makeStore();
    QVERIFY(store->saveAs(QStringLiteral("A")));
    QVERIFY(store->saveAs(QStringLiteral("B")));
    QVERIFY(store->remove(store->indexOf(QStringLiteral("A"))));
    QVERIFY(store->remove(store->indexOf(QStringLiteral("B"))));
    QCOMPARE(store->deletedName(), QStringLiteral("B"));
    QVERIFY(store->undoDelete());
    QVERIFY(store->indexOf(QStringLiteral("B")) >= 0);
    QCOMPARE(store->indexOf(QStringLiteral("A")), -1);

    // A preset made meanwhile under the deleted name blocks the undo instead of being replaced.
    QVERIFY(store->remove(store->indexOf(QStringLiteral("B"))));
    QVERIFY(store->saveAs(QStringLiteral("B")));
    QVERIFY(!store->undoDelete());
    QVERIFY(store->canUndoDelete());
}

void PresetStoreTest::importAddsAndSelects()
{
    QTemporaryDir elsewhere;
    QFile outside(elsewhere.filePath(QStringLiteral("shared.json")));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.write(R"({"schemaVersion": 1, "name": "Hair detail",
                      "params": {"similarity": 0.31, "spillMethod": "Average"}})");
    outside.close();

    auto store = makeStore();
    QSignalSpy activated(store.get(), &PresetStore::presetActivated);
    QVERIFY2(store->importFile(QUrl::fromLocalFile(outside.fileName())),
             qPrintable(store->errorString()));
    // The name is taken by a built-in, so the import gets its own.
    QCOMPARE(store->currentName(), QStringLiteral("Hair detail 2"));
    QVERIFY(!store->currentBuiltIn());
    QCOMPARE(activated.size(), 1);
    const KeyParams values = activated.at(0).at(0).value<KeyParams>();
    QCOMPARE(values.similarity, 0.31);
    QCOMPARE(values.spillMethod, KeyParams::SpillMethod::Average);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("Hair detail 2.json"))));
    QVERIFY(outside.exists());
}

void PresetStoreTest::importOfUnparseableFileFailsAndLeavesItAlone()
{
    QTemporaryDir elsewhere;
    const QString path = elsewhere.filePath(QStringLiteral("broken.json"));
    QFile outside(path);
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.write("{ this is not json");
    outside.close();

    auto store = makeStore();
    QVERIFY(!store->importFile(QUrl::fromLocalFile(path)));
    QVERIFY(store->errorString().contains(QStringLiteral("broken.json")));
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
    QCOMPARE(store->count(), builtInCount());
    QVERIFY(
        !store->importFile(QUrl::fromLocalFile(elsewhere.filePath(QStringLiteral("none.json")))));
}

void PresetStoreTest::exportWritesAReadablePreset()
{
    auto store = makeStore();
    store->setLiveParams(unusualParams());
    QVERIFY(store->saveAs(QStringLiteral("To share")));
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("exported"));
    QVERIFY2(store->exportPreset(store->currentIndex(), QUrl::fromLocalFile(target)),
             qPrintable(store->errorString()));
    QFile file(target + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const PresetFile::ReadResult read = PresetFile::parse(file.readAll(), QString());
    QVERIFY(read.preset);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
    QCOMPARE(read.preset->name, QStringLiteral("To share"));
    QCOMPARE(read.preset->params, unusualParams());

    // Round trip: import the export into an empty folder.
    init();
    auto other = makeStore();
    QVERIFY(other->importFile(QUrl::fromLocalFile(file.fileName())));
    QCOMPARE(other->presetAt(other->currentIndex())->params, unusualParams());
}

void PresetStoreTest::nextAndPreviousWrapAround()
{
    auto store = makeStore();
    QVERIFY(store->selectNext());
    QCOMPARE(store->currentIndex(), 0);
    QVERIFY(store->selectPrevious());
    QCOMPARE(store->currentIndex(), store->count() - 1);
    QVERIFY(store->selectNext());
    QCOMPARE(store->currentIndex(), 0);
    QVERIFY(!store->select(store->count()));
    QCOMPARE(store->currentIndex(), 0);
}

void PresetStoreTest::fileNamesAreSafe()
{
    auto store = makeStore();
    QVERIFY(store->saveAs(QStringLiteral("a/b:c*d")));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("a_b_c_d.json"))));
    QVERIFY(store->saveAs(QStringLiteral("a_b_c_d")));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("a_b_c_d 2.json"))));
    QVERIFY(store->saveAs(QStringLiteral("Grün")));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("Grün.json"))));
    auto again = makeStore();
    QVERIFY(again->indexOf(QStringLiteral("a/b:c*d")) >= 0);
    QVERIFY(again->problems().isEmpty());
}

void PresetStoreTest::wrongTypesAreReportedAndDefaulted()
{
    writeFile(QStringLiteral("typos.json"), R"({"schemaVersion": 1, "name": "Typos", "params": {
        "similarity": "high", "edgeGrow": 2.5, "keyColor": 12, "spillMethod": "Sideways",
        "garbageOuter": "everything", "spillTone": "not a colour",
        "smoothness": 0.3 }})");
    writeFile(QStringLiteral("good.json"),
              R"({"schemaVersion": 1, "name": "Good", "params": {"similarity": 0.3}})");
    auto store = makeStore();
    const QStringList problems = store->problems();
    for (const char *field :
         {"similarity", "edgeGrow", "keyColor", "spillMethod", "garbageOuter", "spillTone"})
        QVERIFY2(mentions(problems, QStringLiteral("typos.json"), QLatin1String(field)),
                 qPrintable(QStringLiteral("%1 not reported in:\n%2")
                                .arg(QLatin1String(field), describe(problems))));
    QCOMPARE(problems.size(), 6);
    QVERIFY(problems.join(u'\n').contains(QStringLiteral("high")));

    const Preset *typos = store->presetAt(store->indexOf(QStringLiteral("Typos")));
    QVERIFY(typos);
    const KeyParams defaults;
    QCOMPARE(typos->params.similarity, defaults.similarity);
    QCOMPARE(typos->params.edgeGrow, defaults.edgeGrow);
    QCOMPARE(typos->params.keyColor, defaults.keyColor);
    QCOMPARE(typos->params.spillMethod, defaults.spillMethod);
    QCOMPARE(typos->params.smoothness, 0.3); // the good field in a bad file still loads
    QVERIFY(store->indexOf(QStringLiteral("Good")) >= 0);
    // Reporting changes nothing on disk.
    QVERIFY(readFile(QStringLiteral("typos.json")).contains("Sideways"));
}

void PresetStoreTest::outOfRangeValuesAreReportedAndClamped()
{
    writeFile(QStringLiteral("wild.json"), R"({"schemaVersion": 1, "name": "Wild", "params": {
        "similarity": 3, "feather": -2, "matteGamma": 100, "edgeGrow": 50, "opacity": 0.5 }})");
    auto store = makeStore();
    const QStringList problems = store->problems();
    for (const char *field : {"similarity", "feather", "matteGamma", "edgeGrow"})
        QVERIFY2(mentions(problems, QStringLiteral("wild.json"), QLatin1String(field)),
                 qPrintable(describe(problems)));
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.join(u'\n').contains(QStringLiteral("clamped")));
    const Preset *wild = store->presetAt(store->indexOf(QStringLiteral("Wild")));
    QCOMPARE(wild->params.similarity, 1.0);
    QCOMPARE(wild->params.feather, 0.0);
    QCOMPARE(wild->params.matteGamma, 10.0);
    QCOMPARE(wild->params.edgeGrow, KeyParams::kMaxEdgeGrow);
    QCOMPARE(wild->params.opacity, 0.5);
}

void PresetStoreTest::unknownFieldsSurviveASave()
{
    writeFile(QStringLiteral("future.json"), R"({"schemaVersion": 1, "name": "Future",
        "author": "someone", "tags": ["news", "studio B"],
        "params": {"similarity": 0.25, "hologramDepth": 0.7, "colourWheel": {"hue": 3}}})");
    auto store = makeStore();
    QVERIFY2(store->problems().isEmpty(), qPrintable(describe(store->problems())));
    QVERIFY(store->select(store->indexOf(QStringLiteral("Future"))));
    KeyParams changed = store->presetAt(store->currentIndex())->params;
    changed.spill = 0.1;
    store->setLiveParams(changed);
    QVERIFY(store->save());

    const QJsonObject json = readJson(QStringLiteral("future.json"));
    QCOMPARE(json.value(QStringLiteral("author")).toString(), QStringLiteral("someone"));
    QCOMPARE(json.value(QStringLiteral("tags")).toArray().size(), 2);
    const QJsonObject params = json.value(QStringLiteral("params")).toObject();
    QCOMPARE(params.value(QStringLiteral("hologramDepth")).toDouble(), 0.7);
    QCOMPARE(
        params.value(QStringLiteral("colourWheel")).toObject().value(QStringLiteral("hue")).toInt(),
        3);
    QCOMPARE(params.value(QStringLiteral("spill")).toDouble(), 0.1);
    QCOMPARE(params.value(QStringLiteral("similarity")).toDouble(), 0.25);

    // Also through rename, duplicate and export.
    QVERIFY(store->rename(store->currentIndex(), QStringLiteral("Future 2")));
    QCOMPARE(readJson(QStringLiteral("Future 2.json")).value(QStringLiteral("author")).toString(),
             QStringLiteral("someone"));
    const int copy = store->duplicate(store->currentIndex());
    QVERIFY(copy >= 0);
    QCOMPARE(readJson(QStringLiteral("Future 2 copy.json"))
                 .value(QStringLiteral("params"))
                 .toObject()
                 .value(QStringLiteral("hologramDepth"))
                 .toDouble(),
             0.7);
}

void PresetStoreTest::unparseableFileIsMovedAsideAndOthersLoad()
{
    const QByteArray broken = "{\"name\": \"Broken\", \"params\": {\"similarity\": 0.3,,}";
    writeFile(QStringLiteral("Broken.json"), broken);
    writeFile(QStringLiteral("fine.json"),
              R"({"schemaVersion": 1, "name": "Fine", "params": {"similarity": 0.3}})");
    auto store = makeStore();
    QVERIFY(store->indexOf(QStringLiteral("Fine")) >= 0);
    QCOMPARE(store->indexOf(QStringLiteral("Broken")), -1);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("Broken.json"))));
    QCOMPARE(readFile(QStringLiteral("Broken.json.bak")), broken);
    QVERIFY2(mentions(store->problems(), QStringLiteral("Broken.json"), QStringLiteral("JSON")),
             qPrintable(describe(store->problems())));
    QVERIFY(store->problems().join(u'\n').contains(QStringLiteral("Broken.json.bak")));

    // Saving a new preset of that name does not touch the backup.
    QVERIFY(store->saveAs(QStringLiteral("Broken")));
    QCOMPARE(readFile(QStringLiteral("Broken.json.bak")), broken);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("Broken 2.json"))));
}

void PresetStoreTest::existingBackupIsNeverOverwritten()
{
    writeFile(QStringLiteral("x.json.bak"), "older backup");
    writeFile(QStringLiteral("x.json"), "not json either");
    auto store = makeStore();
    QCOMPARE(readFile(QStringLiteral("x.json.bak")), QByteArray("older backup"));
    QCOMPARE(readFile(QStringLiteral("x.json.2.bak")), QByteArray("not json either"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.json"))));
}

void PresetStoreTest::fileWithoutObjectIsMovedAside()
{
    writeFile(QStringLiteral("list.json"), "[1, 2, 3]");
    auto store = makeStore();
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("list.json.bak"))));
    QVERIFY(mentions(store->problems(), QStringLiteral("list.json"), QStringLiteral("object")));
    QCOMPARE(store->count(), builtInCount());
}

void PresetStoreTest::schemaVersionProblemsAreReported()
{
    // No version at all is version 1 (files from before versioning): nothing to report.
    writeFile(QStringLiteral("old.json"), R"({"name": "No version", "params": {}})");
    writeFile(QStringLiteral("new.json"),
              R"({"schemaVersion": 7, "name": "From the future", "params": {"x": 1}})");
    writeFile(QStringLiteral("text.json"),
              R"({"schemaVersion": "one", "name": "Text version", "params": {}})");
    auto store = makeStore();
    QCOMPARE(store->count(), builtInCount() + 3);
    QVERIFY(!mentions(store->problems(), QStringLiteral("old.json"), QString()));
    QVERIFY(mentions(store->problems(), QStringLiteral("new.json"), QStringLiteral("7")));
    QVERIFY(
        mentions(store->problems(), QStringLiteral("text.json"), QStringLiteral("schemaVersion")));
}

void PresetStoreTest::missingParamsKeepsTheFileContent()
{
    writeFile(QStringLiteral("odd.json"),
              R"({"schemaVersion": 1, "name": "Odd", "params": "similarity=0.3"})");
    auto store = makeStore();
    QVERIFY(mentions(store->problems(), QStringLiteral("odd.json"), QStringLiteral("params")));
    QVERIFY(store->select(store->indexOf(QStringLiteral("Odd"))));
    QVERIFY(store->save());
    // What could not be read is kept beside the values now written.
    QVERIFY(readFile(QStringLiteral("odd.json")).contains("similarity=0.3"));
}

void PresetStoreTest::duplicateNamesInFilesBothLoad()
{
    writeFile(QStringLiteral("one.json"), R"({"schemaVersion": 1, "name": "Same", "params": {}})");
    writeFile(QStringLiteral("two.json"), R"({"schemaVersion": 1, "name": "Same", "params": {}})");
    auto store = makeStore();
    QVERIFY(store->indexOf(QStringLiteral("Same")) >= 0);
    QVERIFY(store->indexOf(QStringLiteral("Same (2)")) >= 0);
    QVERIFY(mentions(store->problems(), QStringLiteral("two.json"), QStringLiteral("Same")));
}

void PresetStoreTest::problemsGoToTheSignalAndStderr()
{
    writeFile(QStringLiteral("wild.json"),
              R"({"schemaVersion": 1, "name": "Wild", "params": {"similarity": 3}})");
    PresetStore store;
    QSignalSpy reported(&store, &PresetStore::problemReported);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("wild\\.json.*similarity")));
    store.setDirectory(m_dir->path());
    QCOMPARE(reported.size(), 1);
    QVERIFY(reported.at(0).at(0).toString().contains(QStringLiteral("wild.json")));
}

void PresetStoreTest::failedWritesAreReported()
{
    auto store = makeStore();
    QVERIFY(store->saveAs(QStringLiteral("Kept")));
    const QByteArray before = readFile(QStringLiteral("Kept.json"));

    // A folder that cannot exist (its parent is a file): the write fails and says where.
    const QString notAFolder = writeFile(QStringLiteral("plain-file"), "x");
    QString error;
    QVERIFY(!PresetFile::write(notAFolder + QStringLiteral("/x.json"), "{}", &error));
    QVERIFY2(error.contains(QStringLiteral("x.json")), qPrintable(error));

    PresetStore blocked;
    blocked.setDirectory(notAFolder);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("preset folder")));
    QVERIFY(!blocked.saveAs(QStringLiteral("Nowhere")));
    QVERIFY(blocked.errorString().contains(QStringLiteral("preset folder")));
    QCOMPARE(blocked.count(), builtInCount());
    // Nothing else was touched.
    QCOMPARE(readFile(QStringLiteral("Kept.json")), before);
}

} // namespace greenroom

QTEST_GUILESS_MAIN(greenroom::PresetStoreTest)
#include "tst_presetstore.moc"
