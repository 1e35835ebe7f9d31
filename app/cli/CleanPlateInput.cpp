#include "CleanPlateInput.h"

#include "CleanPlateBuilder.h"
#include "FrameSampler.h"
#include "InputFiles.h"

#include <QtCore/QBuffer>
#include <QtGui/QImageReader>

#include <cmath>

namespace greenroom {

namespace {

QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

quint64 sizeKey(QSize size)
{
    return (quint64(quint32(size.width())) << 32) | quint32(size.height());
}

// Within a pixel of the input's shape once scaled to its width.
bool sameAspect(QSize plate, QSize frame)
{
    return std::abs(double(plate.height()) * frame.width() / plate.width() - frame.height()) <= 1.0;
}

} // namespace

std::optional<CleanPlateInput> CleanPlateInput::read(const QString &path, QString *error)
{
    // Through the one reader of user-named files: a FIFO or a device is refused, not read.
    const InputFileRead file = readInputFile(path, kMediaFileLimit);
    if (!file.ok()) {
        *error = QStringLiteral("--clean-plate '%1': %2").arg(path, file.error);
        return std::nullopt;
    }
    QBuffer buffer;
    buffer.setData(file.bytes);
    QImageReader reader(&buffer);
    QImage image = reader.read();
    if (image.isNull()) {
        *error = QStringLiteral("--clean-plate '%1': cannot read the image: %2")
                     .arg(path, reader.errorString());
        return std::nullopt;
    }
    CleanPlateInput input;
    input.m_path = path;
    if (CleanPlate::isPlateImage(image)) {
        QString why;
        input.m_saved = CleanPlate::fromImage(image, &why);
        if (input.m_saved.isNull()) {
            *error = QStringLiteral("--clean-plate '%1': %2").arg(path, why);
            return std::nullopt;
        }
    } else {
        input.m_image = image.convertToFormat(QImage::Format_RGBA8888);
    }
    return input;
}

CleanPlate CleanPlateInput::plateFor(QSize frameSize, QString *error)
{
    if (!m_saved.isNull()) {
        if (m_saved.fits(frameSize))
            return m_saved;
        *error = QStringLiteral("--clean-plate '%1' is a clean plate of %2 frames, the input is "
                                "%3: capture one at the input's size")
                     .arg(m_path, sizeText(m_saved.frameSize), sizeText(frameSize));
        return {};
    }
    if (const auto made = m_made.constFind(sizeKey(frameSize)); made != m_made.cend())
        return *made;
    if (!sameAspect(m_image.size(), frameSize)) {
        *error = QStringLiteral("--clean-plate '%1' is %2, the input is %3: the clean plate must "
                                "show the empty screen framed as the input (same aspect ratio)")
                     .arg(m_path, sizeText(m_image.size()), sizeText(frameSize));
        return {};
    }
    const QImage scaled =
        m_image.size() == frameSize
            ? m_image
            : m_image.scaled(frameSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                  .convertToFormat(QImage::Format_RGBA8888);
    // The image's pixels as a frame, read through FrameSampler as any RGBA input is.
    FrameView view;
    view.layout.mode = SampleMode::PackedRgb;
    view.layout.planeCount = 1;
    view.layout.isYCbCr = false;
    view.layout.rgbaByte = {0, 1, 2, -1}; // opaque: a plate has no transparency
    view.width = scaled.width();
    view.height = scaled.height();
    view.range = YCbCrRange::Full;
    view.planes[0] = {scaled.constBits(), int(scaled.bytesPerLine())};
    CleanPlateBuilder builder(frameSize);
    if (!builder.add(view)) {
        *error = QStringLiteral("--clean-plate '%1': cannot be reduced to a plate").arg(m_path);
        return {};
    }
    const CleanPlate plate = builder.plate();
    m_made.insert(sizeKey(frameSize), plate);
    return plate;
}

} // namespace greenroom
