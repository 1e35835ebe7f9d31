// `greenroom key --clean-plate FILE`: the plate every input is keyed against. FILE is either an
// image of the empty screen (any format and size the image reader takes, with the input's
// aspect ratio: scaled to the input's size, then reduced to the plate's grid by
// CleanPlateBuilder exactly as the studio reduces camera frames), or a plate the studio saved
// (its 16-bit PNG, which names the frame size it belongs to and must match the input's).
#pragma once

#include "CleanPlate.h"

#include <QtCore/QHash>
#include <QtCore/QSize>
#include <QtCore/QString>
#include <QtGui/QImage>

#include <optional>

namespace greenroom {

class CleanPlateInput {
public:
    // Reads FILE once; empty, with a one-line reason naming it, when it cannot be read.
    static std::optional<CleanPlateInput> read(const QString &path, QString *error);

    // The plate for an input frame of `frameSize` (made once per size); a null plate and a
    // one-line reason when FILE does not fit that input (another aspect ratio, or a saved plate
    // of another frame size).
    CleanPlate plateFor(QSize frameSize, QString *error);

private:
    QString m_path;
    QImage m_image;                    // an image of the empty screen, when FILE is one
    CleanPlate m_saved;                // a plate the studio saved, when FILE is one
    QHash<quint64, CleanPlate> m_made; // by frame size
};

} // namespace greenroom
