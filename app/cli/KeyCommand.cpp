#include "KeyCommand.h"

#include "AutoKey.h"
#include "CleanPlateInput.h"
#include "CommandLine.h"
#include "InputFiles.h"
#include "KeyInput.h"
#include "KeyParamArguments.h"
#include "MappedFrameView.h"
#include "OffscreenKeyer.h"
#include "OutputFiles.h"
#include "QtCompat.h"
#include "RawFrameGeometry.h"
#include "SavePreset.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSet>
#include <QtGui/QGuiApplication>

#include <cstdio>
#include <optional>
#include <vector>

namespace greenroom {

namespace {

struct Job {
    QString input;
    QString output;
    bool raw = false;
};

void report(const QString &line)
{
    std::fputs(qUtf8Printable(QStringLiteral("greenroom key: ") + line + QLatin1Char('\n')),
               stderr);
    std::fflush(stderr);
}

bool isPngName(const QString &path)
{
    return path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
}

// What to key and where to write it: one file, or every image/raw file of a folder.
std::optional<std::vector<Job>> planJobs(const KeyOptions &options, QString *error)
{
    const QFileInfo input(options.input);
    if (!input.exists()) {
        *error = QStringLiteral("'%1': no such file or folder").arg(options.input);
        return std::nullopt;
    }
    if (!input.isDir()) {
        if (!isPngName(options.output)) {
            *error = QStringLiteral("--output '%1': expected a .png file name").arg(options.output);
            return std::nullopt;
        }
        return std::vector<Job>{
            {options.input, options.output, options.rawFormat != RawFormat::None}};
    }

    const QFileInfo output(options.output);
    if (output.exists() && !output.isDir()) {
        *error = QStringLiteral("--output '%1': the input is a folder, so the output must be a "
                                "folder too")
                     .arg(options.output);
        return std::nullopt;
    }
    std::vector<Job> jobs;
    QSet<QString> outputs;
    const QFileInfoList files =
        QDir(options.input).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &file : files) {
        const bool raw = isRawFileName(file.fileName());
        if (!raw && !isImageFileName(file.fileName()))
            continue;
        if (raw && options.rawFormat == RawFormat::None) {
            *error = QStringLiteral("'%1' is a raw frame: give --format and --size")
                         .arg(file.filePath());
            return std::nullopt;
        }
        const QString name = file.completeBaseName() + QStringLiteral(".png");
        if (outputs.contains(name)) {
            *error = QStringLiteral("'%1' and another input would both be written to '%2'")
                         .arg(file.filePath(), name);
            return std::nullopt;
        }
        outputs.insert(name);
        jobs.push_back({file.filePath(), QDir(options.output).filePath(name), raw});
    }
    if (jobs.empty()) {
        *error = QStringLiteral("'%1': the folder holds no image or raw files").arg(options.input);
        return std::nullopt;
    }
    if (!QDir().mkpath(options.output)) {
        *error = QStringLiteral("--output '%1': cannot create the folder").arg(options.output);
        return std::nullopt;
    }
    return jobs;
}

// Straight-alpha RGBA, or the alpha alone as 8-bit grey.
QImage outputImage(const QImage &premultiplied, bool matte)
{
    if (!matte)
        return premultiplied.convertToFormat(QImage::Format_RGBA8888);
    QImage grey(premultiplied.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *in = premultiplied.constScanLine(y);
        uchar *out = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            out[x] = in[4 * x + 3];
    }
    return grey;
}

// What auto-key chose for one input: the parameters it changed from the preset, one
// name=value line each, exactly as --set reads them back.
void reportAutoKey(const QString &input, const KeyParams &preset, const KeyParams &chosen)
{
    const QStringList sets = keyParamSetTexts(chosen, differingKeyParams(preset, chosen));
    if (sets.isEmpty()) {
        report(QStringLiteral("auto-key for '%1' chose the preset's own values").arg(input));
        return;
    }
    report(QStringLiteral("auto-key for '%1', as --set values:\n  %2")
               .arg(input, sets.join(QStringLiteral("\n  "))));
}

// The key for one input: the preset, auto-key's estimate from the frame if asked (reported),
// then the sets.
KeyParams keyFor(const KeyOptions &options, const KeyParams &preset, const QString &input,
                 const QVideoFrame &frame, bool *autoKeyed)
{
    KeyParams params = preset;
    if (options.autoKey) {
        const MappedFrameView mapped(frame);
        const AutoKeyResult estimate = autoKey(FrameSampler(mapped.view()), params);
        *autoKeyed = estimate.valid;
        if (estimate.valid) {
            params = estimate.appliedTo(params);
            reportAutoKey(input, preset, params);
            // What it could not separate from the screen, so a key with holes is explained.
            if (const QString advice = estimate.advice(); !advice.isEmpty())
                report(QStringLiteral("'%1': auto-key: %2").arg(input, advice));
        } else {
            report(QStringLiteral("'%1': auto-key found no backdrop colour; keeping the "
                                  "preset's key")
                       .arg(input));
        }
    }
    applyKeyParamSets(params, options.key.sets);
    return params;
}

// Where a saved key came from, for the preset file's description.
QString presetDescription(const KeyOptions &options, const QString &input, bool autoKeyed)
{
    QStringList parts;
    if (!options.key.preset.isEmpty())
        parts.append(QStringLiteral("preset ") + options.key.preset);
    if (autoKeyed)
        parts.append(QStringLiteral("auto-key of ") + QFileInfo(input).fileName());
    for (const auto &[name, value] : options.key.sets)
        parts.append(name + QLatin1Char('=') + value);
    return QStringLiteral("Saved by greenroom key: ") +
           (parts.isEmpty() ? QStringLiteral("the defaults") : parts.join(QStringLiteral(", ")));
}

// Qt's own debug output and warnings (platform plugins are chatty without a display) would
// bury the command's one-line messages; GREENROOM_VERBOSE=1 shows them.
void quietQtMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fputs(qUtf8Printable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')),
                   stderr);
}

} // namespace

int runKeyCommand(int &argc, char **argv, const KeyOptions &options)
{
    if (const QString problem = rawGeometryProblem(options.rawFormat, options.rawSize);
        !problem.isEmpty()) {
        report(problem);
        return kKeyExitBadInput;
    }
    // Only the preset here: the sets come after auto-key, input by input.
    QString error;
    const std::optional<KeyParams> preset = resolveKeyParams({options.key.preset, {}}, &error);
    if (!preset) {
        report(error);
        return kKeyExitBadInput;
    }
    const KeyParams base = *preset;
    const std::optional<std::vector<Job>> jobs = planJobs(options, &error);
    if (!jobs) {
        report(error);
        return kKeyExitBadInput;
    }
    QStringList inputs;
    for (const Job &job : *jobs)
        inputs.append(job.input);
    // Every input readable and every output writable, none over an input, before any work.
    for (const Job &job : *jobs) {
        QString problem = inputFileProblem(job.input);
        if (!problem.isEmpty())
            problem = QStringLiteral("'%1': %2").arg(job.input, problem);
        else if (problem = outputFileProblem(job.output, inputs); !problem.isEmpty())
            problem = QStringLiteral("--output '%1': %2").arg(job.output, problem);
        if (!problem.isEmpty()) {
            report(problem);
            return kKeyExitBadInput;
        }
    }
    if (!options.savePreset.isEmpty()) {
        if (const QString problem = checkSavePresetPath(options.savePreset, inputs);
            !problem.isEmpty()) {
            report(problem);
            return kKeyExitBadInput;
        }
    }
    // Read once, before any GPU work: a plate that cannot be read stops the run.
    std::optional<CleanPlateInput> cleanPlate;
    if (!options.cleanPlate.isEmpty()) {
        cleanPlate = CleanPlateInput::read(options.cleanPlate, &error);
        if (!cleanPlate) {
            report(error);
            return kKeyExitBadInput;
        }
    }
    if (options.backend != GraphicsBackend::Default && !isBackendAvailable(options.backend)) {
        report(QStringLiteral("the %1 backend is not available on this platform (available: %2)")
                   .arg(backendName(options.backend), availableBackendNames()));
        return kKeyExitNoBackend;
    }

    if (qEnvironmentVariableIsEmpty("GREENROOM_VERBOSE"))
        qInstallMessageHandler(quietQtMessages);
    compat::skipHardwareVideoDeviceProbe();
    const GraphicsBackend backend = preferDisplaylessPlatform(options.backend);
    const QGuiApplication app(argc, argv);
    std::unique_ptr<OffscreenKeyer> keyer;
    int status = kKeyExitOk;
    std::optional<KeyParams> saved; // what --save-preset wrote, from the input savedFrom
    QString savedFrom;
    int keyedOtherwise = 0; // later inputs that auto-key gave another key
    for (const Job &job : *jobs) {
        const KeyInput input = job.raw ? readRawInput(job.input, options.rawFormat, options.rawSize,
                                                      options.matrix, options.range)
                                       : readImageInput(job.input);
        if (!input.error.isEmpty()) {
            report(input.error);
            status = kKeyExitBadInput;
            continue;
        }
        // The plate must fit this input; one that does not is this input's error.
        const CleanPlate plate =
            cleanPlate ? cleanPlate->plateFor(input.frame.size(), &error) : CleanPlate();
        if (cleanPlate && plate.isNull()) {
            report(QStringLiteral("'%1': %2").arg(job.input, error));
            status = kKeyExitBadInput;
            continue;
        }
        // The GPU is set up once, for the first input that can be keyed.
        if (!keyer) {
            keyer = OffscreenKeyer::create(backend, &error);
            if (!keyer) {
                report(QStringLiteral("no usable GPU backend: %1").arg(error));
                return kKeyExitNoBackend;
            }
        }

        bool autoKeyed = false;
        const KeyParams params = keyFor(options, base, job.input, input.frame, &autoKeyed);

        // The first input's key is saved before it is keyed: a preset that cannot be written
        // stops the run before any output is.
        if (!options.savePreset.isEmpty()) {
            if (!saved) {
                const QString problem = writePresetFile(
                    options.savePreset,
                    presetFileBytes(options.savePreset,
                                    presetDescription(options, job.input, autoKeyed), params));
                if (!problem.isEmpty()) {
                    report(problem);
                    return kKeyExitBadInput;
                }
                saved = params;
                savedFrom = job.input;
            } else if (params != *saved) {
                ++keyedOtherwise;
            }
        }

        const QImage keyed = keyer->key(input.frame, params, &error, plate);
        if (keyed.isNull()) {
            report(QStringLiteral("'%1': %2").arg(job.input, error));
            status = kKeyExitBadInput;
            continue;
        }
        if (const QString problem =
                writeOutputFile(job.output, pngBytes(outputImage(keyed, options.matte)));
            !problem.isEmpty()) {
            report(QStringLiteral("'%1': cannot write the PNG (%2)").arg(job.output, problem));
            status = kKeyExitBadInput;
        }
    }
    if (keyedOtherwise > 0)
        report(QStringLiteral("--save-preset '%1' holds the key of '%2', the first input; auto-key "
                              "chose another key for %3 of the others (to key every input alike, "
                              "run again with --preset '%1' instead of --auto-key)")
                   .arg(options.savePreset, savedFrom)
                   .arg(keyedOtherwise));
    return status;
}

} // namespace greenroom
