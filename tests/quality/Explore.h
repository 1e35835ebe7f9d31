// keyquality --explore: Greenroom with auto-key (and --set overrides) on the TUNING set only,
// with a breakdown of where the alpha error lies, for developing the keyer without looking at
// the test set.
#pragma once

#include "Keyers.h"

#include <QtCore/QStringList>

namespace greenroom::quality {

// Prints per case and per family and backdrop; writes each case's keyed result, error map and
// input as PNGs into `outFolder` when it is not empty. Returns the process's exit code.
int explore(const Cases &tuningCases, const QList<Family> &families, Keyers &keyers,
            const QStringList &sets, const QString &outFolder);

} // namespace greenroom::quality
