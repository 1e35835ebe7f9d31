// The one shortcut table: the defaults the issue asks for are all there and collide nowhere,
// rebinding works, conflicts and unusable keys are refused with a message naming the action
// that has the key, and bindings survive a save/load round trip in any order.
#include "ShortcutTable.h"

#include <QtCore/QSet>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

namespace greenroom {

class ShortcutTableTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requiredDefaultsExist_data();
    void requiredDefaultsExist();
    void defaultsDoNotCollide();
    void everyRowHasTextAndCategory();
    void menuOnlyActionHasNoKeys();
    void rebindChangesTheKeys();
    void conflictsAreRefusedNamingTheOwner();
    void fineStepKeysCountAsTaken();
    void unusableKeysAreRefused();
    void resetBindingAndResetAll();
    void customBindingsRoundTrip();
    void swappedBindingsLoadInAnyOrder();
    void badSavedBindingsAreReportedAndSkipped();
    void sequenceFromKeyEvent();
    void typingTargetsAreTextFields();

private:
    static QVariant role(const ShortcutTable &table, const QString &action, int role);
};

QVariant ShortcutTableTest::role(const ShortcutTable &table, const QString &action, int role)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        const QModelIndex index = table.index(row);
        if (table.data(index, ShortcutTable::ActionRole).toString() == action)
            return table.data(index, role);
    }
    return {};
}

void ShortcutTableTest::requiredDefaultsExist_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<bool>("fine");
    // Issue 7's list: each live tweak has a key; steps have a Shift fine step.
    for (const char *step : {"similarity", "smoothness", "spill"}) {
        for (const char *direction : {"down", "up"}) {
            const QString action =
                QStringLiteral("%1.%2").arg(QLatin1String(step), QLatin1String(direction));
            QTest::newRow(qPrintable(action)) << action << QString() << true;
        }
    }
    QTest::newRow("next preset") << "preset.next"
                                 << "]" << false;
    QTest::newRow("previous preset") << "preset.previous"
                                     << "[" << false;
    for (int n = 1; n <= 9; ++n)
        QTest::newRow(qPrintable(QStringLiteral("preset %1").arg(n)))
            << QStringLiteral("preset.%1").arg(n) << QString::number(n) << false;
    QTest::newRow("matte") << "view.matte"
                           << "M" << false;
    QTest::newRow("split") << "view.split"
                           << "V" << false;
    QTest::newRow("stats") << "view.stats"
                           << "I" << false;
    QTest::newRow("eyedropper") << "tool.eyedropper"
                                << "E" << false;
    QTest::newRow("auto-key") << "tool.autoKey"
                              << "K" << false;
    QTest::newRow("freeze") << "tool.freeze"
                            << "F" << false;
    QTest::newRow("output window") << "window.output"
                                   << "O" << false;
    QTest::newRow("fullscreen") << "window.fullScreen"
                                << "F11" << false;
    QTest::newRow("save preset") << "preset.save"
                                 << "Ctrl+S" << false;
    QTest::newRow("undo") << "edit.undo"
                          << "Ctrl+Z" << false;
    QTest::newRow("redo") << "edit.redo"
                          << "Ctrl+Shift+Z" << false;
    QTest::newRow("reset parameter") << "parameter.reset"
                                     << "R" << false;
    QTest::newRow("cheat sheet") << "help.shortcuts"
                                 << "F1; ?" << false;
    QTest::newRow("panels") << "view.panels"
                            << "Tab" << false;
}

void ShortcutTableTest::requiredDefaultsExist()
{
    QFETCH(QString, action);
    QFETCH(QString, keys);
    QFETCH(bool, fine);
    const ShortcutTable table;
    const QStringList bound = role(table, action, ShortcutTable::SequencesRole).toStringList();
    QVERIFY2(!bound.isEmpty(), qPrintable(action + QStringLiteral(" has no key")));
    if (!keys.isEmpty())
        QCOMPARE(bound.join(QStringLiteral("; ")), keys);
    QCOMPARE(role(table, action, ShortcutTable::HasFineStepRole).toBool(), fine);
    if (fine) {
        const QStringList fineKeys =
            role(table, action, ShortcutTable::FineSequencesRole).toStringList();
        QCOMPARE(fineKeys, QStringList{QStringLiteral("Shift+") + bound.constFirst()});
    }
}

void ShortcutTableTest::defaultsDoNotCollide()
{
    const ShortcutTable table;
    QSet<QString> seen;
    QSet<QString> actions;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QModelIndex index = table.index(row);
        const QString action = table.data(index, ShortcutTable::ActionRole).toString();
        QVERIFY2(!actions.contains(action), qPrintable(action));
        actions.insert(action);
        QStringList keys = table.data(index, ShortcutTable::SequencesRole).toStringList();
        keys += table.data(index, ShortcutTable::FineSequencesRole).toStringList();
        for (const QString &key : keys) {
            QVERIFY2(!seen.contains(key), qPrintable(key + QStringLiteral(" is bound twice")));
            seen.insert(key);
            QCOMPARE(table.actionFor(key), action);
        }
    }
}

void ShortcutTableTest::everyRowHasTextAndCategory()
{
    const ShortcutTable table;
    const QStringList categories = table.categories();
    QVERIFY(categories.size() >= 5);
    for (int row = 0; row < table.rowCount(); ++row) {
        const QModelIndex index = table.index(row);
        QVERIFY(!table.data(index, ShortcutTable::TextRole).toString().isEmpty());
        const int category = table.data(index, ShortcutTable::CategoryIndexRole).toInt();
        QVERIFY(category >= 0 && category < categories.size());
        QCOMPARE(table.data(index, ShortcutTable::CategoryRole).toString(),
                 categories.at(category));
        QVERIFY(table.data(index, ShortcutTable::IsDefaultRole).toBool());
    }
}

void ShortcutTableTest::menuOnlyActionHasNoKeys()
{
    // About is reached from the Help menu only: no key, not even an empty one.
    const ShortcutTable table;
    const QString about = QStringLiteral("help.about");
    QCOMPARE(role(table, about, ShortcutTable::SequencesRole).toStringList(), QStringList());
    QCOMPARE(role(table, about, ShortcutTable::FineSequencesRole).toStringList(), QStringList());
    QCOMPARE(role(table, about, ShortcutTable::CategoryRole).toString(), QStringLiteral("Help"));
    QVERIFY(table.actionFor(QString()).isEmpty());
}

void ShortcutTableTest::rebindChangesTheKeys()
{
    ShortcutTable table;
    QSignalSpy changed(&table, &ShortcutTable::bindingsChanged);
    QSignalSpy data(&table, &QAbstractItemModel::dataChanged);
    QCOMPARE(table.rebind(QStringLiteral("similarity.up"), QStringLiteral("J")), QString());
    QCOMPARE(changed.size(), 1);
    QVERIFY(data.size() >= 1);
    QCOMPARE(role(table, QStringLiteral("similarity.up"), ShortcutTable::SequencesRole),
             QVariant(QStringList{QStringLiteral("J")}));
    QCOMPARE(role(table, QStringLiteral("similarity.up"), ShortcutTable::FineSequencesRole),
             QVariant(QStringList{QStringLiteral("Shift+J")}));
    QVERIFY(!role(table, QStringLiteral("similarity.up"), ShortcutTable::IsDefaultRole).toBool());
    QCOMPARE(table.actionFor(QStringLiteral("J")), QStringLiteral("similarity.up"));
    QCOMPARE(table.actionFor(QStringLiteral("W")), QString()); // the old key is free now
    // Ctrl+, Alt+ and function keys are fine too.
    QCOMPARE(table.rebind(QStringLiteral("view.stats"), QStringLiteral("Ctrl+Alt+F5")), QString());
    QCOMPARE(table.actionFor(QStringLiteral("Ctrl+Alt+F5")), QStringLiteral("view.stats"));
}

void ShortcutTableTest::conflictsAreRefusedNamingTheOwner()
{
    ShortcutTable table;
    QSignalSpy changed(&table, &ShortcutTable::bindingsChanged);
    const QString problem = table.rebind(QStringLiteral("view.stats"), QStringLiteral("M"));
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(table.text(QStringLiteral("view.matte"))), qPrintable(problem));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(table.actionFor(QStringLiteral("M")), QStringLiteral("view.matte"));
    QCOMPARE(role(table, QStringLiteral("view.stats"), ShortcutTable::SequencesRole),
             QVariant(QStringList{QStringLiteral("I")}));
    // Rebinding to its own key is no conflict.
    QCOMPARE(table.rebind(QStringLiteral("view.stats"), QStringLiteral("I")), QString());
}

void ShortcutTableTest::fineStepKeysCountAsTaken()
{
    ShortcutTable table;
    // Shift+Q is similarity's fine step.
    QString problem = table.rebind(QStringLiteral("view.stats"), QStringLiteral("Shift+Q"));
    QVERIFY2(problem.contains(table.text(QStringLiteral("similarity.down"))), qPrintable(problem));
    // Binding a stepping action to M would also take Shift+M; both must be free. Make Shift+M
    // someone's first, then try.
    QCOMPARE(table.rebind(QStringLiteral("view.source"), QStringLiteral("Shift+M")), QString());
    QCOMPARE(table.rebind(QStringLiteral("view.matte"), QStringLiteral("Ctrl+M")), QString());
    problem = table.rebind(QStringLiteral("spill.up"), QStringLiteral("M"));
    QVERIFY2(problem.contains(table.text(QStringLiteral("view.source"))), qPrintable(problem));
}

void ShortcutTableTest::unusableKeysAreRefused()
{
    ShortcutTable table;
    QVERIFY(!table.rebind(QStringLiteral("view.stats"), QString()).isEmpty());
    QVERIFY(
        !table.rebind(QStringLiteral("view.stats"), QStringLiteral("Ctrl+K, Ctrl+L")).isEmpty());
    QVERIFY(!table.rebind(QStringLiteral("view.stats"), QStringLiteral("Shift")).isEmpty());
    QVERIFY(!table.rebind(QStringLiteral("no.such.action"), QStringLiteral("J")).isEmpty());
    // Shift belongs to the fine step of stepping actions.
    const QString problem = table.rebind(QStringLiteral("spill.up"), QStringLiteral("Shift+J"));
    QVERIFY2(problem.contains(QStringLiteral("Shift")), qPrintable(problem));
    QCOMPARE(table.customBindings().size(), 0);
}

void ShortcutTableTest::resetBindingAndResetAll()
{
    ShortcutTable table;
    QCOMPARE(table.rebind(QStringLiteral("view.matte"), QStringLiteral("J")), QString());
    // Someone takes matte's default key meanwhile; resetting matte takes it back.
    QCOMPARE(table.rebind(QStringLiteral("view.stats"), QStringLiteral("M")), QString());
    table.resetBinding(QStringLiteral("view.matte"));
    QCOMPARE(table.actionFor(QStringLiteral("M")), QStringLiteral("view.matte"));
    QVERIFY(role(table, QStringLiteral("view.stats"), ShortcutTable::SequencesRole)
                .toStringList()
                .isEmpty());
    table.resetAll();
    QCOMPARE(table.customBindings().size(), 0);
    QCOMPARE(table.actionFor(QStringLiteral("I")), QStringLiteral("view.stats"));
}

void ShortcutTableTest::customBindingsRoundTrip()
{
    ShortcutTable table;
    QCOMPARE(table.rebind(QStringLiteral("similarity.up"), QStringLiteral("J")), QString());
    QCOMPARE(table.rebind(QStringLiteral("preset.save"), QStringLiteral("Ctrl+Alt+S")), QString());
    const QMap<QString, QString> saved = table.customBindings();
    QCOMPARE(saved.size(), 2);

    ShortcutTable loaded;
    QCOMPARE(loaded.setCustomBindings(saved), QStringList());
    QCOMPARE(loaded.customBindings(), saved);
    QCOMPARE(loaded.actionFor(QStringLiteral("Shift+J")), QStringLiteral("similarity.up"));
}

void ShortcutTableTest::swappedBindingsLoadInAnyOrder()
{
    // M and V swapped: loading either first must not find the other still holding its key.
    QMap<QString, QString> swapped{{QStringLiteral("view.matte"), QStringLiteral("V")},
                                   {QStringLiteral("view.split"), QStringLiteral("M")}};
    ShortcutTable table;
    QCOMPARE(table.setCustomBindings(swapped), QStringList());
    QCOMPARE(table.actionFor(QStringLiteral("V")), QStringLiteral("view.matte"));
    QCOMPARE(table.actionFor(QStringLiteral("M")), QStringLiteral("view.split"));
}

void ShortcutTableTest::badSavedBindingsAreReportedAndSkipped()
{
    const QMap<QString, QString> saved{{QStringLiteral("gone.action"), QStringLiteral("J")},
                                       {QStringLiteral("view.stats"), QStringLiteral("M")},
                                       {QStringLiteral("view.split"), QStringLiteral("")}};
    ShortcutTable table;
    const QStringList problems = table.setCustomBindings(saved);
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.join(u'\n').contains(QStringLiteral("gone.action")));
    // Refused bindings fall back to the defaults.
    QCOMPARE(table.actionFor(QStringLiteral("I")), QStringLiteral("view.stats"));
    QCOMPARE(table.actionFor(QStringLiteral("V")), QStringLiteral("view.split"));
    QCOMPARE(table.actionFor(QStringLiteral("M")), QStringLiteral("view.matte"));
}

void ShortcutTableTest::sequenceFromKeyEvent()
{
    const ShortcutTable table;
    QCOMPARE(table.sequenceFromKey(Qt::Key_J, Qt::NoModifier), QStringLiteral("J"));
    QCOMPARE(table.sequenceFromKey(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier),
             QStringLiteral("Ctrl+Shift+S"));
    QCOMPARE(table.sequenceFromKey(Qt::Key_5, Qt::KeypadModifier), QStringLiteral("5"));
    QCOMPARE(table.sequenceFromKey(Qt::Key_Control, Qt::ControlModifier), QString());
    QCOMPARE(table.sequenceFromKey(Qt::Key_Shift, Qt::ShiftModifier), QString());
}

void ShortcutTableTest::typingTargetsAreTextFields()
{
    QVERIFY(!ShortcutTable::isTypingTarget(nullptr));
    QObject plain;
    QVERIFY(!ShortcutTable::isTypingTarget(&plain));
}

} // namespace greenroom

QTEST_GUILESS_MAIN(greenroom::ShortcutTableTest)
#include "tst_shortcuttable.moc"
