#include "KeyCommandLine.h"

#include "KeyParamArguments.h"
#include "NamedValues.h"

#include <QtCore/QCommandLineParser>

#include <array>
#include <optional>
#include <utility>

namespace greenroom {
namespace {

constexpr int kMaxRawSide = 16384;

constexpr std::array kRawFormats{
    std::pair{RawFormat::Nv12, "nv12"},       std::pair{RawFormat::Nv21, "nv21"},
    std::pair{RawFormat::Yuv420p, "yuv420p"}, std::pair{RawFormat::Yuyv, "yuyv"},
    std::pair{RawFormat::Uyvy, "uyvy"},       std::pair{RawFormat::P010, "p010"},
    std::pair{RawFormat::Rgba, "rgba"},
};

constexpr std::array kMatrices{
    std::pair{YCbCrMatrix::Bt601, "bt601"},
    std::pair{YCbCrMatrix::Bt709, "bt709"},
    std::pair{YCbCrMatrix::Bt2020, "bt2020"},
};

constexpr std::array kRanges{
    std::pair{YCbCrRange::Limited, "limited"},
    std::pair{YCbCrRange::Full, "full"},
};

constexpr auto keyCommand = QLatin1String("greenroom key");

ParseResult keyError(const QString &message)
{
    return commandLineError(keyCommand, message);
}

// WIDTHxHEIGHT, each side 1..kMaxRawSide (odd sides are allowed; Qt may still refuse some).
std::optional<QSize> parseRawSize(const QString &value)
{
    const QList<QStringView> sides =
        QStringView(value).split(QLatin1Char('x'), Qt::KeepEmptyParts, Qt::CaseInsensitive);
    if (sides.size() != 2)
        return std::nullopt;
    const std::optional<int> width = parseWholeNumber(sides[0], 1, kMaxRawSide);
    const std::optional<int> height = parseWholeNumber(sides[1], 1, kMaxRawSide);
    if (!width || !height)
        return std::nullopt;
    return QSize(*width, *height);
}

} // namespace

QString rawFormatName(RawFormat format)
{
    return nameOf(kRawFormats, format);
}

ParseResult parseKeyCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Keys an image or raw frame (or every such file in a folder) through the same GPU "
        "keyer as the live view, and writes a PNG with straight alpha.\n"
        "Exit status: 0 success, 2 bad arguments, unreadable/invalid input or an output that "
        "cannot be written, 3 no usable GPU backend. Needs no display server: without one it "
        "runs Vulkan on Qt's vkkhrdisplay platform; OpenGL needs a display (or Xvfb)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption inputOption(
        QStringLiteral("input"),
        QStringLiteral("Image (PNG, JPEG, ...) or raw frame to key, or a folder of them."),
        QStringLiteral("file"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        QStringLiteral("PNG to write (RGBA, straight alpha), or a folder when --input is one."),
        QStringLiteral("file"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QStringLiteral("The input is a raw frame in this layout: %1. Needs --size.")
            .arg(namesOf(kRawFormats)),
        QStringLiteral("name"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Raw frame size, for example 1920x1080."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption colorSpaceOption(
        QStringLiteral("color-space"),
        QStringLiteral("Y'CbCr matrix of raw input: %1 (default bt709).").arg(namesOf(kMatrices)),
        QStringLiteral("matrix"));
    const QCommandLineOption rangeOption(
        QStringLiteral("range"),
        QStringLiteral("Y'CbCr range of raw input: %1 (default limited).").arg(namesOf(kRanges)),
        QStringLiteral("range"));
    const QCommandLineOption presetOption = keyPresetOption();
    const QCommandLineOption setOption = keySetOption(QStringLiteral("the preset and auto-key"));
    const QCommandLineOption autoKeyOption(
        QStringLiteral("auto-key"),
        QStringLiteral("Estimate the key colour, similarity and smoothness from each input, and "
                       "print the values chosen on stderr as name=value lines for --set."));
    const QCommandLineOption savePresetOption(
        QStringLiteral("save-preset"),
        QStringLiteral("Also write the key used (preset, auto-key, --set) as a preset file for "
                       "--preset and the studio's preset import; with --auto-key on a folder, "
                       "the first input's key."),
        QStringLiteral("file.json"));
    const QCommandLineOption cleanPlateOption(
        QStringLiteral("clean-plate"),
        QStringLiteral("Key each pixel against the screen's colour at that point in this image "
                       "of the empty screen (the input's aspect ratio, any size; or a plate the "
                       "studio saved for the input's frame size), so an unevenly lit screen keys "
                       "with a tight similarity."),
        QStringLiteral("file"));
    const QCommandLineOption matteOption(
        QStringLiteral("matte"), QStringLiteral("Write the alpha matte alone, as 8-bit grey."));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        QStringLiteral("Graphics API: opengl, vulkan, d3d11 or metal (available here: %1).")
            .arg(availableBackendNames()),
        QStringLiteral("api"));
    parser.addOptions({inputOption, outputOption, formatOption, sizeOption, colorSpaceOption,
                       rangeOption, presetOption, setOption, autoKeyOption, savePresetOption,
                       cleanPlateOption, matteOption, backendOption});

    // arguments: program, "key", options...
    QStringList withoutCommand = arguments;
    if (withoutCommand.size() > 1)
        withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand))
        return keyError(parser.errorText());
    if (parser.isSet(helpOption)) {
        ParseResult result;
        result.action = ParseResult::Action::ShowHelp;
        result.text = commandHelpText(parser, keyCommand);
        return result;
    }
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty())
        return keyError(QStringLiteral("unexpected argument '%1'.").arg(extra.constFirst()));

    ParseResult result;
    result.action = ParseResult::Action::RunKey;
    KeyOptions &key = result.key;
    key.input = parser.value(inputOption);
    key.output = parser.value(outputOption);
    if (key.input.isEmpty())
        return keyError(QStringLiteral("--input is required."));
    if (key.output.isEmpty())
        return keyError(QStringLiteral("--output is required."));

    if (parser.isSet(formatOption)) {
        const QString value = parser.value(formatOption);
        const auto format = valueNamed(kRawFormats, value);
        if (!format)
            return keyError(QStringLiteral("invalid --format '%1': expected one of %2.")
                                .arg(value, namesOf(kRawFormats)));
        key.rawFormat = *format;
    }
    if (parser.isSet(sizeOption)) {
        const QString value = parser.value(sizeOption);
        const std::optional<QSize> size = parseRawSize(value);
        if (!size)
            return keyError(QStringLiteral("invalid --size '%1': expected WIDTHxHEIGHT from 1 to "
                                           "%2, for example 1920x1080.")
                                .arg(value)
                                .arg(kMaxRawSide));
        key.rawSize = *size;
    }
    if (key.rawFormat != RawFormat::None && !key.rawSize.isValid())
        return keyError(QStringLiteral("--format %1 needs --size WIDTHxHEIGHT.")
                            .arg(rawFormatName(key.rawFormat)));
    if (key.rawFormat == RawFormat::None && key.rawSize.isValid())
        return keyError(QStringLiteral("--size is for raw input: give --format too."));

    if (parser.isSet(colorSpaceOption)) {
        const QString value = parser.value(colorSpaceOption);
        const auto matrix = valueNamed(kMatrices, value);
        if (!matrix)
            return keyError(QStringLiteral("invalid --color-space '%1': expected one of %2.")
                                .arg(value, namesOf(kMatrices)));
        key.matrix = *matrix;
    }
    if (parser.isSet(rangeOption)) {
        const QString value = parser.value(rangeOption);
        const auto range = valueNamed(kRanges, value);
        if (!range)
            return keyError(QStringLiteral("invalid --range '%1': expected one of %2.")
                                .arg(value, namesOf(kRanges)));
        key.range = *range;
    }

    if (const QString error =
            parseKeyChoice(parser.value(presetOption), parser.values(setOption), &key.key);
        !error.isEmpty())
        return keyError(error);
    key.autoKey = parser.isSet(autoKeyOption);
    if (parser.isSet(savePresetOption)) {
        key.savePreset = parser.value(savePresetOption);
        // --preset takes a file for one by this suffix, and the studio's import looks for it.
        if (!key.savePreset.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return keyError(QStringLiteral("--save-preset '%1': expected a .json file name.")
                                .arg(key.savePreset));
    }
    key.cleanPlate = parser.value(cleanPlateOption);
    if (parser.isSet(cleanPlateOption) && key.cleanPlate.isEmpty())
        return keyError(QStringLiteral("--clean-plate needs a file."));
    key.matte = parser.isSet(matteOption);

    if (parser.isSet(backendOption)) {
        const QString value = parser.value(backendOption);
        const std::optional<GraphicsBackend> backend = parseBackendName(value);
        if (!backend)
            return keyError(QStringLiteral("invalid --backend '%1': expected opengl, vulkan, "
                                           "d3d11 or metal.")
                                .arg(value));
        // A known backend this platform cannot provide is exit status 3, decided when run.
        key.backend = *backend;
    }
    return result;
}

} // namespace greenroom
