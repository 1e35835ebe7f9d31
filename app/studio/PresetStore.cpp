#include "PresetStore.h"

#include "InputFiles.h"
#include "KeyParamsJson.h"

#include <QtCore/QCollator>
#include <QtCore/QDebug>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>

#include <algorithm>
#include <array>

namespace greenroom {

namespace {

// Built-in presets (resources) through QFile; files on disk through the bounded reader, which
// never opens a FIFO or reads a device.
InputFileRead readPresetBytes(const QString &path)
{
    if (!path.startsWith(QLatin1Char(':')))
        return readInputFile(path, kSettingsFileLimit);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString()};
    return {file.readAll(), {}};
}

const QString builtInResourceDirectory = QStringLiteral(":/greenroom/presets");
const QString presetSuffix = QStringLiteral(".json");
constexpr int maxNameLength = 80;
constexpr auto builtInContext = "BuiltInPresets";

// The names of the presets in resources/presets, so that they can be translated for display.
// A built-in not listed here shows its name as written in its file.
[[maybe_unused]] constexpr std::array builtInNames{
    QT_TRANSLATE_NOOP("BuiltInPresets", "Green screen"),
    QT_TRANSLATE_NOOP("BuiltInPresets", "Blue screen"),
    QT_TRANSLATE_NOOP("BuiltInPresets", "Bright green studio"),
    QT_TRANSLATE_NOOP("BuiltInPresets", "Low-light webcam"),
    QT_TRANSLATE_NOOP("BuiltInPresets", "Hair detail"),
};

QString displayName(const Preset &preset)
{
    return preset.builtIn ? QCoreApplication::translate(builtInContext, qPrintable(preset.name))
                          : preset.name;
}

// A file name for a preset name that every platform accepts: letters and digits of any script,
// space, '-', '_', '(' and ')' survive; anything else (path separators, ':', '*'...) becomes '_'.
QString fileBaseName(const QString &name)
{
    QString base;
    for (const QChar c : name) {
        const bool keep = c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') ||
                          c == QLatin1Char('_') || c == QLatin1Char('(') || c == QLatin1Char(')');
        base += keep ? c : QLatin1Char('_');
    }
    base = base.trimmed();
    if (base.isEmpty())
        base = QStringLiteral("preset");
    // Windows reserves these names whatever the extension.
    static const QStringList reserved = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                         QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (reserved.contains(base.toUpper()))
        base += QLatin1Char('_');
    return base;
}

// File dialogs hand over file: URLs; a URL without a scheme is taken as a plain path.
QString localPath(const QUrl &url)
{
    if (url.isLocalFile())
        return url.toLocalFile();
    return url.scheme().isEmpty() ? url.path() : QString();
}

} // namespace

PresetStore::PresetStore(QObject *parent)
    : QAbstractListModel(parent), m_builtInDirectory(builtInResourceDirectory)
{}

PresetStore::~PresetStore() = default;

QString PresetStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/presets");
}

void PresetStore::setBuiltInDirectory(const QString &path)
{
    m_builtInDirectory = path;
    reload();
}

void PresetStore::setDirectory(const QString &path)
{
    if (path == m_directory)
        return;
    m_directory = path;
    Q_EMIT directoryChanged();
    reload();
}

int PresetStore::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PresetStore::data(const QModelIndex &index, int role) const
{
    const Preset *preset = presetAt(index.row());
    if (!preset || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return displayName(*preset);
    case NameRole:
        return preset->name;
    case BuiltInRole:
        return preset->builtIn;
    case CurrentRole:
        return index.row() == m_current;
    default:
        return {};
    }
}

QHash<int, QByteArray> PresetStore::roleNames() const
{
    return {{NameRole, "name"},
            {DisplayNameRole, "displayName"},
            {BuiltInRole, "builtIn"},
            {CurrentRole, "current"}};
}

const Preset *PresetStore::presetAt(int index) const
{
    return index >= 0 && index < count() ? &m_presets[std::size_t(index)] : nullptr;
}

QString PresetStore::currentName() const
{
    const Preset *preset = presetAt(m_current);
    return preset ? preset->name : QString();
}

QString PresetStore::currentDisplayName() const
{
    const Preset *preset = presetAt(m_current);
    return preset ? displayName(*preset) : QString();
}

bool PresetStore::currentBuiltIn() const
{
    const Preset *preset = presetAt(m_current);
    return preset && preset->builtIn;
}

void PresetStore::setLiveParams(const KeyParams &params)
{
    if (params == m_live)
        return;
    m_live = params;
    Q_EMIT liveParamsChanged();
    updateModified();
}

QString PresetStore::deletedName() const
{
    return m_deleted ? m_deleted->preset.name : QString();
}

int PresetStore::indexOf(const QString &name) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_presets[std::size_t(i)].name == name)
            return i;
    }
    return -1;
}

QString PresetStore::displayNameAt(int index) const
{
    const Preset *preset = presetAt(index);
    return preset ? displayName(*preset) : QString();
}

bool PresetStore::isBuiltIn(int index) const
{
    const Preset *preset = presetAt(index);
    return preset && preset->builtIn;
}

int PresetStore::indexOfPath(const QString &path) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_presets[std::size_t(i)].filePath == path)
            return i;
    }
    return -1;
}

void PresetStore::reload()
{
    const Preset *current = presetAt(m_current);
    const QString currentPath = current ? current->filePath : QString();
    std::vector<Preset> presets;
    QStringList problems;
    loadDirectory(m_builtInDirectory, true, &presets, &problems);
    if (!m_directory.isEmpty())
        loadDirectory(m_directory, false, &presets, &problems);
    setPresets(std::move(presets), currentPath);
    setProblems(problems);
    for (const QString &problem : problems)
        Q_EMIT problemReported(problem);
}

void PresetStore::loadDirectory(const QString &path, bool builtIn, std::vector<Preset> *into,
                                QStringList *problems)
{
    const QDir dir(path);
    if (!dir.exists())
        return;
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString fileName = info.fileName();
        const InputFileRead bytes = readPresetBytes(info.filePath());
        if (!bytes.ok()) {
            problems->append(tr("%1: could not be read: %2").arg(fileName, bytes.error));
            continue;
        }
        const PresetFile::ReadResult read = PresetFile::parse(bytes.bytes, info.completeBaseName());
        if (!read.preset) {
            if (builtIn)
                problems->append(tr("%1: %2").arg(fileName, read.parseError));
            else
                moveAside(info.filePath(), read.parseError, problems);
            continue;
        }
        for (const QString &problem : read.problems)
            problems->append(tr("%1: %2").arg(fileName, problem));

        Preset preset = *read.preset;
        preset.builtIn = builtIn;
        preset.filePath = info.filePath();
        // Two files may claim one name (a copied file, say); both load, the later one renamed.
        const auto taken = [&](const QString &name) {
            return std::any_of(into->cbegin(), into->cend(), [&](const Preset &other) {
                return other.name.compare(name, Qt::CaseInsensitive) == 0;
            });
        };
        if (taken(preset.name)) {
            QString name;
            for (int n = 2; name.isEmpty() || taken(name); ++n)
                name = QStringLiteral("%1 (%2)").arg(preset.name).arg(n);
            problems->append(tr("%1: another preset is already named \"%2\"; shown as \"%3\"")
                                 .arg(fileName, preset.name, name));
            preset.name = name;
        }
        into->push_back(std::move(preset));
    }
}

void PresetStore::moveAside(const QString &path, const QString &reason, QStringList *problems)
{
    const QString fileName = QFileInfo(path).fileName();
    // NAME.json.bak, or NAME.json.2.bak and so on: an older backup is never replaced.
    QString target = path + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".%1.bak").arg(n);
    if (QFile::rename(path, target)) {
        problems->append(tr("%1: %2; the file was moved to %3")
                             .arg(fileName, reason, QFileInfo(target).fileName()));
    } else {
        problems->append(
            tr("%1: %2; it could not be moved aside and was left as it is").arg(fileName, reason));
    }
}

void PresetStore::setPresets(std::vector<Preset> presets, const QString &currentPath)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(presets.begin(), presets.end(), [&](const Preset &a, const Preset &b) {
        if (a.builtIn != b.builtIn)
            return a.builtIn;
        return collator.compare(displayName(a), displayName(b)) < 0;
    });

    const int oldCount = count();
    beginResetModel();
    m_presets = std::move(presets);
    m_current = currentPath.isEmpty() ? -1 : indexOfPath(currentPath);
    endResetModel();
    if (count() != oldCount)
        Q_EMIT countChanged();
    Q_EMIT currentChanged();
    updateModified();
}

void PresetStore::setCurrent(int index)
{
    if (index == m_current)
        return;
    const int old = m_current;
    m_current = index;
    if (presetAt(old))
        Q_EMIT dataChanged(this->index(old), this->index(old), {CurrentRole});
    if (presetAt(index))
        Q_EMIT dataChanged(this->index(index), this->index(index), {CurrentRole});
    Q_EMIT currentChanged();
    updateModified();
}

void PresetStore::updateModified()
{
    const Preset *current = presetAt(m_current);
    // Compared as written to a file, so values that would save identically count as equal.
    const bool modified =
        current && KeyParamsJson::encode(current->params) != KeyParamsJson::encode(m_live);
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged();
}

bool PresetStore::fail(const QString &message)
{
    qWarning().noquote() << "Greenroom:" << message;
    if (m_error != message) {
        m_error = message;
        Q_EMIT errorStringChanged();
    }
    Q_EMIT problemReported(message);
    return false;
}

void PresetStore::succeed()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    Q_EMIT errorStringChanged();
}

void PresetStore::setProblems(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << "Greenroom: preset" << problem;
    if (problems == m_problems)
        return;
    m_problems = problems;
    Q_EMIT problemsChanged();
}

bool PresetStore::select(int index)
{
    const Preset *preset = presetAt(index);
    if (!preset)
        return fail(tr("There is no preset number %1.").arg(index + 1));
    succeed();
    const KeyParams params = preset->params;
    setCurrent(index);
    Q_EMIT presetActivated(params);
    return true;
}

bool PresetStore::selectNext()
{
    if (count() == 0)
        return fail(tr("There are no presets."));
    return select(m_current < 0 ? 0 : (m_current + 1) % count());
}

bool PresetStore::selectPrevious()
{
    if (count() == 0)
        return fail(tr("There are no presets."));
    return select(m_current <= 0 ? count() - 1 : m_current - 1);
}

bool PresetStore::adopt(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0)
        return false;
    setCurrent(index);
    return true;
}

QString PresetStore::checkName(const QString &name, int ignoreIndex) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A preset needs a name.");
    if (trimmed.size() > maxNameLength)
        return tr("A preset name can have at most %1 characters.").arg(maxNameLength);
    for (int i = 0; i < count(); ++i) {
        if (i == ignoreIndex)
            continue;
        const Preset &other = m_presets[std::size_t(i)];
        if (other.name.compare(trimmed, Qt::CaseInsensitive) == 0 ||
            displayName(other).compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("There is already a preset named \"%1\".").arg(trimmed);
    }
    return {};
}

QString PresetStore::uniqueName(const QString &base) const
{
    QString name = base.trimmed().left(maxNameLength - 4);
    const QString stem = name;
    for (int n = 2; !checkName(name).isEmpty() && n < 10000; ++n)
        name = QStringLiteral("%1 %2").arg(stem).arg(n);
    return name;
}

QString PresetStore::filePathFor(const QString &name) const
{
    const QDir dir(m_directory);
    const QString base = fileBaseName(name);
    QString path = dir.filePath(base + presetSuffix);
    // A file of that name may be left from a preset renamed in the file only, or from another
    // name that maps to the same file name: never write over it.
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".bak"));
         ++n)
        path = dir.filePath(QStringLiteral("%1 %2").arg(base).arg(n) + presetSuffix);
    return path;
}

bool PresetStore::ensureDirectory()
{
    if (m_directory.isEmpty())
        return fail(tr("There is no folder for user presets."));
    if (!QDir().mkpath(m_directory))
        return fail(tr("Could not create the preset folder %1.")
                        .arg(QDir::toNativeSeparators(m_directory)));
    return true;
}

bool PresetStore::writePreset(const Preset &preset)
{
    QString error;
    if (!PresetFile::write(preset.filePath, PresetFile::serialize(preset), &error))
        return fail(error);
    return true;
}

bool PresetStore::save()
{
    const Preset *current = presetAt(m_current);
    if (!current)
        return fail(tr("No preset is chosen; use Save As to make one."));
    if (current->builtIn)
        return fail(tr("\"%1\" is built in and cannot be changed; use Save As to keep your "
                       "values as a new preset.")
                        .arg(displayName(*current)));
    if (!ensureDirectory())
        return false;
    Preset updated = *current;
    updated.params = m_live;
    if (!writePreset(updated))
        return false;
    m_presets[std::size_t(m_current)] = updated;
    succeed();
    updateModified();
    return true;
}

bool PresetStore::saveAs(const QString &name)
{
    if (const QString problem = checkName(name); !problem.isEmpty())
        return fail(problem);
    if (!ensureDirectory())
        return false;
    Preset preset;
    preset.name = name.trimmed();
    preset.params = m_live;
    preset.filePath = filePathFor(preset.name);
    if (!writePreset(preset))
        return false;
    std::vector<Preset> presets = m_presets;
    presets.push_back(preset);
    setPresets(std::move(presets), preset.filePath);
    succeed();
    return true;
}

bool PresetStore::rename(int index, const QString &name)
{
    const Preset *preset = presetAt(index);
    if (!preset)
        return fail(tr("There is no preset number %1.").arg(index + 1));
    if (preset->builtIn)
        return fail(tr("\"%1\" is built in and cannot be renamed; duplicate it first.")
                        .arg(displayName(*preset)));
    if (name.trimmed() == preset->name)
        return true;
    if (const QString problem = checkName(name, index); !problem.isEmpty())
        return fail(problem);
    if (!ensureDirectory())
        return false;

    Preset renamed = *preset;
    renamed.name = name.trimmed();
    const bool sameFile =
        fileBaseName(renamed.name).compare(fileBaseName(preset->name), Qt::CaseInsensitive) == 0;
    if (!sameFile)
        renamed.filePath = filePathFor(renamed.name);
    // The new file is complete before the old one goes: a failure leaves one of them intact.
    if (!writePreset(renamed))
        return false;
    if (!sameFile && !QFile::remove(preset->filePath))
        qWarning().noquote() << "Greenroom: could not remove the old preset file"
                             << QDir::toNativeSeparators(preset->filePath);

    const QString currentPath = index == m_current    ? renamed.filePath
                                : presetAt(m_current) ? presetAt(m_current)->filePath
                                                      : QString();
    std::vector<Preset> presets = m_presets;
    presets[std::size_t(index)] = renamed;
    setPresets(std::move(presets), currentPath);
    succeed();
    return true;
}

int PresetStore::duplicate(int index)
{
    const Preset *preset = presetAt(index);
    if (!preset) {
        fail(tr("There is no preset number %1.").arg(index + 1));
        return -1;
    }
    if (!ensureDirectory())
        return -1;
    Preset copy = *preset;
    copy.builtIn = false;
    copy.name = uniqueName(tr("%1 copy").arg(displayName(*preset)));
    copy.filePath = filePathFor(copy.name);
    if (!writePreset(copy))
        return -1;
    const Preset *current = presetAt(m_current);
    std::vector<Preset> presets = m_presets;
    presets.push_back(copy);
    setPresets(std::move(presets), current ? current->filePath : QString());
    succeed();
    return indexOfPath(copy.filePath);
}

bool PresetStore::remove(int index)
{
    const Preset *preset = presetAt(index);
    if (!preset)
        return fail(tr("There is no preset number %1.").arg(index + 1));
    if (preset->builtIn)
        return fail(tr("\"%1\" is built in and cannot be deleted.").arg(displayName(*preset)));

    Deleted deleted;
    deleted.preset = *preset;
    deleted.wasCurrent = index == m_current;
    QFile file(preset->filePath);
    if (file.open(QIODevice::ReadOnly)) {
        deleted.bytes = file.readAll();
        file.close();
    } else {
        deleted.bytes = PresetFile::serialize(*preset);
    }
    if (file.exists() && !file.remove())
        return fail(tr("Could not delete %1: %2")
                        .arg(QDir::toNativeSeparators(preset->filePath), file.errorString()));

    const Preset *current = presetAt(m_current);
    const QString currentPath = deleted.wasCurrent || !current ? QString() : current->filePath;
    std::vector<Preset> presets = m_presets;
    presets.erase(presets.begin() + index);
    m_deleted = std::move(deleted);
    setPresets(std::move(presets), currentPath);
    Q_EMIT deletedChanged();
    succeed();
    return true;
}

bool PresetStore::undoDelete()
{
    if (!m_deleted)
        return fail(tr("There is no deleted preset to bring back."));
    Deleted deleted = *m_deleted;
    if (const QString problem = checkName(deleted.preset.name); !problem.isEmpty())
        return fail(tr("Cannot bring back \"%1\": %2").arg(deleted.preset.name, problem));
    if (!ensureDirectory())
        return false;
    if (QFileInfo::exists(deleted.preset.filePath))
        deleted.preset.filePath = filePathFor(deleted.preset.name);
    QString error;
    if (!PresetFile::write(deleted.preset.filePath, deleted.bytes, &error))
        return fail(error);

    const Preset *current = presetAt(m_current);
    const QString currentPath = deleted.wasCurrent ? deleted.preset.filePath
                                : current          ? current->filePath
                                                   : QString();
    std::vector<Preset> presets = m_presets;
    presets.push_back(deleted.preset);
    m_deleted.reset();
    setPresets(std::move(presets), currentPath);
    Q_EMIT deletedChanged();
    succeed();
    return true;
}

bool PresetStore::importFile(const QUrl &url)
{
    const QString path = localPath(url);
    const QString fileName = QFileInfo(path).fileName();
    // Bounded, and never from a FIFO or a device: a preset is a small regular file.
    const InputFileRead bytes =
        path.isEmpty() ? InputFileRead{} : readInputFile(path, kSettingsFileLimit);
    if (path.isEmpty() || !bytes.ok())
        return fail(tr("Could not import %1: %2")
                        .arg(path.isEmpty() ? url.toString() : QDir::toNativeSeparators(path),
                             path.isEmpty() ? tr("not a local file") : bytes.error));
    const PresetFile::ReadResult read =
        PresetFile::parse(bytes.bytes, QFileInfo(path).completeBaseName());
    if (!read.preset)
        return fail(tr("Could not import %1: %2").arg(fileName, read.parseError));
    QStringList problems;
    for (const QString &problem : read.problems)
        problems.append(tr("%1: %2").arg(fileName, problem));
    if (!ensureDirectory())
        return false;

    Preset preset = *read.preset;
    preset.builtIn = false;
    preset.name = uniqueName(preset.name);
    preset.filePath = filePathFor(preset.name);
    if (!writePreset(preset))
        return false;
    std::vector<Preset> presets = m_presets;
    presets.push_back(preset);
    setPresets(std::move(presets), preset.filePath);
    setProblems(problems);
    for (const QString &problem : problems)
        Q_EMIT problemReported(problem);
    succeed();
    return select(indexOfPath(preset.filePath));
}

bool PresetStore::exportPreset(int index, const QUrl &url)
{
    const Preset *preset = presetAt(index);
    if (!preset)
        return fail(tr("There is no preset number %1.").arg(index + 1));
    QString path = localPath(url);
    if (path.isEmpty())
        return fail(tr("Could not export to %1: not a local file").arg(url.toString()));
    if (!path.endsWith(presetSuffix, Qt::CaseInsensitive))
        path += presetSuffix;
    Preset exported = *preset;
    exported.name = displayName(*preset);
    QString error;
    if (!PresetFile::write(path, PresetFile::serialize(exported), &error))
        return fail(error);
    succeed();
    return true;
}

} // namespace greenroom
