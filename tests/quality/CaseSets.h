// The benchmark's cases: the two generator families, their tuning and test seeds, and each
// case as every keyer needs it (ground truth, scoring context, the NV12 file the external tools
// read and the QVideoFrame Greenroom keys).
#pragma once

#include "GroundTruth.h"
#include "Scorer.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtMultimedia/QVideoFrame>

#include <memory>
#include <vector>

namespace greenroom::quality {

// GroundTruth.cpp: the scenes the keyer was developed on. Studio: StudioScenes.cpp, built
// independently (other shapes, textures, light and camera model).
enum class Family { GroundTruth, Studio };

QString familyName(Family family);       // "groundtruth", "studio" (as --families takes them)
QString familyTitle(Family family);      // a heading for the report
QString backdropName(Backdrop backdrop); // "green", "blue"

// Seeds never overlap between the tuning and the test set of a family.
quint32 firstTuningSeed(Family family); // GroundTruth 1001, Studio 2001
quint32 firstTestSeed(Family family);   // GroundTruth 1, Studio 101

struct Case {
    Family family = Family::GroundTruth;
    quint32 seed = 0;
    quint32 noiseSeed = 0;
    GroundTruthCase truth;
    ScoringContext scoring;
    QString nv12Path;
    QVideoFrame frame; // the NV12 as `greenroom key --format nv12` reads it
};
using Cases = std::vector<std::unique_ptr<Case>>;

// One case, its NV12 written into `workDir`. `noiseSeed` 0 is the case itself; others are the
// same scene shot again with fresh sensor noise.
std::unique_ptr<Case> makeCase(Family family, quint32 seed, Backdrop backdrop, QSize size,
                               const QString &workDir, quint32 noiseSeed = 0);

// `count` cases per backdrop (green, then blue) of every family, from `firstSeed` on.
enum class CaseSet { Tuning, Test };
Cases makeCases(const QList<Family> &families, CaseSet set, int count, QSize size,
                const QString &workDir);

// The cases of one family and backdrop, in order.
std::vector<const Case *> select(const Cases &cases, Family family, Backdrop backdrop);
std::vector<const Case *> all(const Cases &cases);

// The case's input (R'G'B' as an RGB pipeline sees it) and true alpha as PNGs in `folder`.
void saveCasePictures(const Case &c, const QString &folder);

} // namespace greenroom::quality
