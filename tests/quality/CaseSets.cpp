#include "CaseSets.h"

#include "StudioScenes.h"

#include "KeyInput.h"

#include <QtCore/QDir>
#include <QtCore/QFile>

#include <cmath>

namespace greenroom::quality {

QString familyName(Family family)
{
    return family == Family::GroundTruth ? QStringLiteral("groundtruth") : QStringLiteral("studio");
}

QString familyTitle(Family family)
{
    return family == Family::GroundTruth
               ? QStringLiteral("GroundTruth scenes (the development set)")
               : QStringLiteral("Studio scenes (independent generator)");
}

QString backdropName(Backdrop backdrop)
{
    return backdrop == Backdrop::Green ? QStringLiteral("green") : QStringLiteral("blue");
}

quint32 firstTuningSeed(Family family)
{
    return family == Family::GroundTruth ? 1001 : 2001;
}

quint32 firstTestSeed(Family family)
{
    return family == Family::GroundTruth ? 1 : 101;
}

std::unique_ptr<Case> makeCase(Family family, quint32 seed, Backdrop backdrop, QSize size,
                               const QString &workDir, quint32 noiseSeed)
{
    auto c = std::make_unique<Case>();
    c->family = family;
    c->seed = seed;
    c->noiseSeed = noiseSeed;
    c->truth = family == Family::GroundTruth ? generateCase(seed, backdrop, size, noiseSeed)
                                             : generateStudioCase(seed, backdrop, size, noiseSeed);
    c->scoring = scoringContext(c->truth);
    c->nv12Path = QDir(workDir).filePath(
        c->truth.name + (noiseSeed ? QStringLiteral("-noise%1").arg(noiseSeed) : QString()) +
        QStringLiteral(".nv12"));
    QFile file(c->nv12Path);
    if (file.open(QIODevice::WriteOnly))
        file.write(c->truth.nv12);
    file.close();
    c->frame =
        readRawInput(c->nv12Path, RawFormat::Nv12, size, YCbCrMatrix::Bt709, YCbCrRange::Limited)
            .frame;
    return c;
}

Cases makeCases(const QList<Family> &families, CaseSet set, int count, QSize size,
                const QString &workDir)
{
    Cases cases;
    for (Family family : families)
        for (Backdrop backdrop : {Backdrop::Green, Backdrop::Blue})
            for (int i = 0; i < count; ++i) {
                const quint32 first =
                    set == CaseSet::Tuning ? firstTuningSeed(family) : firstTestSeed(family);
                cases.push_back(makeCase(family, first + quint32(i), backdrop, size, workDir));
            }
    return cases;
}

std::vector<const Case *> select(const Cases &cases, Family family, Backdrop backdrop)
{
    std::vector<const Case *> picked;
    for (const auto &c : cases)
        if (c->family == family && c->truth.backdrop == backdrop)
            picked.push_back(c.get());
    return picked;
}

std::vector<const Case *> all(const Cases &cases)
{
    std::vector<const Case *> picked;
    for (const auto &c : cases)
        picked.push_back(c.get());
    return picked;
}

void saveCasePictures(const Case &c, const QString &folder)
{
    QDir().mkpath(folder);
    const QSize size = c.truth.size;
    c.truth.rgb.save(QDir(folder).filePath(c.truth.name + QStringLiteral("-input.png")));
    QImage alpha(size, QImage::Format_Grayscale8);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            alpha.scanLine(y)[x] =
                uchar(std::lround(c.truth.alpha[std::size_t(y * size.width() + x)] * 255));
    alpha.save(QDir(folder).filePath(c.truth.name + QStringLiteral("-alpha.png")));
}

} // namespace greenroom::quality
