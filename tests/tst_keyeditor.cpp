// The live key values and their undo history: every way of changing a value (by name, by a
// key step, a reset, a preset) is one undo step; a drag's many changes merge into one; ranges
// hold; the parameter model follows the values and lists every KeyParams property.
#include "KeyEditor.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

namespace greenroom {

class KeyEditorTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelListsEveryProperty();
    void everyParameterHasARow();
    void setValueIsUndoable();
    void stepsUseTheTableAndSnap();
    void stepsStopAtTheRange();
    void dragMergesIntoOneStep();
    void pausesMakeSeparateSteps();
    void resetIsItsOwnStep();
    void presetIsOneStep();
    void restoreClearsHistory();
    void choicesTakeTheirIndex();
    void badValuesAreRefusedOrClamped();
    void modelFollowsValues();
    void describeForToasts();
};

namespace {
int rowOf(const KeyParameterModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row), KeyParameterModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}
} // namespace

void KeyEditorTest::modelListsEveryProperty()
{
    const KeyEditor editor;
    const KeyParameterModel &model = *editor.parameters();
    const QMetaObject &meta = KeyParams::staticMetaObject;
    QCOMPARE(model.rowCount(), meta.propertyCount() - meta.propertyOffset());
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const int row = rowOf(model, QLatin1String(meta.property(i).name()));
        QVERIFY2(row >= 0, meta.property(i).name());
        const QModelIndex index = model.index(row);
        QVERIFY(!model.data(index, KeyParameterModel::LabelRole).toString().isEmpty());
        QVERIFY(!model.data(index, KeyParameterModel::GroupRole).toString().isEmpty());
        QVERIFY(model.data(index, KeyParameterModel::KindRole).toString() != "other");
        QVERIFY(model.data(index, KeyParameterModel::IsDefaultRole).toBool());
    }
    QVERIFY(model.data(model.index(0), KeyParameterModel::GroupStartRole).toBool());
}

void KeyEditorTest::everyParameterHasARow()
{
    // A parameter without a row still works (label from its name, range from clamped()), but
    // it lands in the "Other" group with an untranslated label: give it a row in
    // app/studio/KeyParameterTable.cpp.
    const QString other = QCoreApplication::translate("KeyParameterTable", "Other");
    for (const ParameterDescription &d : keyParameterDescriptions())
        QVERIFY2(d.group != other, qPrintable(QStringLiteral("KeyParameterTable has no row for ") +
                                              QLatin1String(d.name)));
}

void KeyEditorTest::setValueIsUndoable()
{
    KeyEditor editor;
    QSignalSpy changed(&editor, &KeyEditor::keyParamsChanged);
    QVERIFY(!editor.canUndo());
    QVERIFY(editor.setValue(QStringLiteral("similarity"), 0.33));
    QCOMPARE(editor.keyParams().similarity, 0.33);
    QCOMPARE(changed.size(), 1);
    QVERIFY(editor.canUndo());
    QCOMPARE(editor.activeParameter(), QStringLiteral("similarity"));
    editor.undo();
    QCOMPARE(editor.keyParams().similarity, KeyParams{}.similarity);
    QVERIFY(editor.canRedo());
    editor.redo();
    QCOMPARE(editor.keyParams().similarity, 0.33);
}

void KeyEditorTest::stepsUseTheTableAndSnap()
{
    KeyEditor editor;
    const double start = editor.keyParams().similarity; // 0.20
    QVERIFY(editor.step("similarity", +1, false));
    QCOMPARE(editor.keyParams().similarity, start + 0.01);
    QVERIFY(editor.step("similarity", -1, true));
    QVERIFY(qFuzzyCompare(editor.keyParams().similarity, start + 0.009));
    // A value off the grid lands on it.
    QVERIFY(editor.setValue(QStringLiteral("spill"), 0.503));
    QVERIFY(editor.step("spill", +1, false));
    QVERIFY(qFuzzyCompare(editor.keyParams().spill, 0.52));
    // Integers step by whole numbers.
    QVERIFY(editor.step("edgeGrow", -1, false));
    QCOMPARE(editor.keyParams().edgeGrow, -1);
    // Not numbers: no step.
    QVERIFY(!editor.step("keyColor", +1, false));
    QVERIFY(!editor.step("noSuchParameter", +1, false));
}

void KeyEditorTest::stepsStopAtTheRange()
{
    KeyEditor editor;
    QVERIFY(editor.setValue(QStringLiteral("spill"), 1.0));
    QVERIFY(editor.step("spill", +1, false));
    QCOMPARE(editor.keyParams().spill, 1.0);
    QVERIFY(editor.setValue(QStringLiteral("smoothness"), 0.0));
    QVERIFY(editor.step("smoothness", -1, true));
    QCOMPARE(editor.keyParams().smoothness, 0.0);
}

void KeyEditorTest::dragMergesIntoOneStep()
{
    KeyEditor editor;
    for (double v = 0.21; v < 0.4; v += 0.01)
        QVERIFY(editor.setValue(QStringLiteral("similarity"), v));
    editor.undo();
    QCOMPARE(editor.keyParams().similarity, KeyParams{}.similarity);
    QVERIFY(!editor.canUndo());
    // Another parameter is another step even when quick.
    QVERIFY(editor.setValue(QStringLiteral("similarity"), 0.3));
    QVERIFY(editor.setValue(QStringLiteral("spill"), 0.3));
    editor.undo();
    QCOMPARE(editor.keyParams().spill, KeyParams{}.spill);
    QCOMPARE(editor.keyParams().similarity, 0.3);
}

void KeyEditorTest::pausesMakeSeparateSteps()
{
    KeyEditor editor;
    QVERIFY(editor.setValue(QStringLiteral("similarity"), 0.3));
    QTest::qWait(KeyEditor::kMergeWindowMs + 200);
    QVERIFY(editor.setValue(QStringLiteral("similarity"), 0.4));
    editor.undo();
    QCOMPARE(editor.keyParams().similarity, 0.3);
}

void KeyEditorTest::resetIsItsOwnStep()
{
    KeyEditor editor;
    QVERIFY(editor.setValue(QStringLiteral("feather"), 2.0));
    QVERIFY(editor.resetValue(QStringLiteral("feather")));
    QCOMPARE(editor.keyParams().feather, 0.0);
    QCOMPARE(editor.activeParameter(), QStringLiteral("feather"));
    editor.undo();
    QCOMPARE(editor.keyParams().feather, 2.0);
    QVERIFY(!editor.resetValue(QStringLiteral("noSuchParameter")));
}

void KeyEditorTest::presetIsOneStep()
{
    KeyEditor editor;
    KeyParams preset;
    preset.similarity = 0.31;
    preset.spill = 0.4;
    preset.keyColor = KeyParams::blueScreenColor();
    editor.applyPreset(preset, QStringLiteral("Blue"));
    QCOMPARE(editor.keyParams(), preset);
    QVERIFY(editor.undoText().contains(QStringLiteral("Blue")));
    editor.undo();
    QCOMPARE(editor.keyParams(), KeyParams{});
}

void KeyEditorTest::restoreClearsHistory()
{
    KeyEditor editor;
    QVERIFY(editor.setValue(QStringLiteral("similarity"), 0.3));
    KeyParams saved;
    saved.opacity = 0.5;
    editor.restore(saved);
    QCOMPARE(editor.keyParams(), saved);
    QVERIFY(!editor.canUndo());
}

void KeyEditorTest::choicesTakeTheirIndex()
{
    KeyEditor editor;
    const KeyParameterModel &model = *editor.parameters();
    const int row = rowOf(model, QStringLiteral("spillMethod"));
    const QStringList choices =
        model.data(model.index(row), KeyParameterModel::ChoicesRole).toStringList();
    QCOMPARE(choices.size(), 2);
    const int average = 0; // declaration order of KeyParams::SpillMethod
    QVERIFY(editor.setValue(QStringLiteral("spillMethod"), average));
    QCOMPARE(editor.keyParams().spillMethod, KeyParams::SpillMethod::Average);
    QCOMPARE(model.data(model.index(row), KeyParameterModel::ValueRole).toInt(), average);
    QVERIFY(!editor.setValue(QStringLiteral("spillMethod"), 7));
}

void KeyEditorTest::badValuesAreRefusedOrClamped()
{
    KeyEditor editor;
    QVERIFY(!editor.setValue(QStringLiteral("noSuchParameter"), 1));
    QVERIFY(editor.setValue(QStringLiteral("similarity"), 7.0));
    QCOMPARE(editor.keyParams().similarity, 1.0);
    KeyParams wild;
    wild.matteGamma = 1000;
    editor.setKeyParams(wild);
    QCOMPARE(editor.keyParams().matteGamma, 10.0);
}

void KeyEditorTest::modelFollowsValues()
{
    KeyEditor editor;
    const KeyParameterModel &model = *editor.parameters();
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(editor.setValue(QStringLiteral("smoothness"), 0.25));
    QCOMPARE(dataChanged.size(), 1);
    const QModelIndex index = model.index(rowOf(model, QStringLiteral("smoothness")));
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), index);
    QCOMPARE(model.data(index, KeyParameterModel::ValueRole).toDouble(), 0.25);
    QCOMPARE(model.data(index, KeyParameterModel::DisplayValueRole).toString(),
             QStringLiteral("0.250"));
    QVERIFY(!model.data(index, KeyParameterModel::IsDefaultRole).toBool());
}

void KeyEditorTest::describeForToasts()
{
    KeyEditor editor;
    QVERIFY(editor.setValue(QStringLiteral("similarity"), 0.215));
    QCOMPARE(editor.describe("similarity"), QStringLiteral("Similarity: 0.215"));
    QVERIFY(editor.setValue(QStringLiteral("edgeGrow"), -3));
    QCOMPARE(editor.describe("edgeGrow"), QStringLiteral("Shrink / grow: -3 px"));
}

} // namespace greenroom

QTEST_GUILESS_MAIN(greenroom::KeyEditorTest)
#include "tst_keyeditor.moc"
