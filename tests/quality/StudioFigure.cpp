#include "StudioFigure.h"

#include "SceneMaterials.h"

#include <algorithm>
#include <cmath>

namespace greenroom::quality::scene {

namespace {

constexpr float pi = 3.14159265f;

// Design coordinates (pixels of a 540-line frame, relative to the person's head) to pixels;
// `mirror` swaps the person's left and right.
struct Placer {
    float cx, cy, scale;
    bool mirror;
    Vec2 at(float dx, float dy) const
    {
        return {cx + (mirror ? -dx : dx) * scale, cy + dy * scale};
    }
    float angle(float a) const { return mirror ? -a : a; }
    float len(float v) const { return v * scale; }
};

QString patternName(Pattern p)
{
    switch (p) {
    case Pattern::Mottled:
        return QStringLiteral("mottled");
    case Pattern::Stripes:
        return QStringLiteral("stripes");
    case Pattern::Weave:
        return QStringLiteral("weave");
    case Pattern::Heather:
        return QStringLiteral("heather");
    }
    return {};
}

Linear times(const Linear &c, float s)
{
    return {c[0] * s, c[1] * s, c[2] * s};
}

} // namespace

QStringList drawFigure(Layer &layer, const FigureChoice &choice, const LightField &light)
{
    const float w = float(choice.size.width()), h = float(choice.size.height());
    const float unit = h / 540.0f;
    std::mt19937 rng(choice.seed * 2246822519u + 3266489917u);
    const auto uniform = [&](float a, float b) {
        return std::uniform_real_distribution<float>(a, b)(rng);
    };
    const Placer place{w * uniform(0.42f, 0.58f), h * uniform(0.26f, 0.32f),
                       unit * uniform(0.88f, 1.04f), rng() % 2 == 1};
    const float s = place.scale;

    const std::vector<NamedColour> tones = skinTones();
    const NamedColour skinColour = tones[rng() % tones.size()];
    const Material skin =
        skinMaterial(fromCodes(skinColour.codes[0], skinColour.codes[1], skinColour.codes[2]),
                     quint32(rng()), unit);
    std::vector<NamedColour> order = hardColours(skinColour);
    std::shuffle(order.begin(), order.end(), rng);
    const auto material = [&](const NamedColour &c) {
        return cloth(c.name, fromCodes(c.codes[0], c.codes[1], c.codes[2]), rng, unit);
    };
    const auto lit = [&light](const Material &m) {
        return [m, &light](float x, float y) { return times(m.at(x, y), light(x, y)); };
    };
    QStringList contents;
    const auto note = [&contents](const QString &role, const Material &m) {
        contents << QStringLiteral("%1 %2 (%3)").arg(role, m.name, patternName(m.pattern));
    };

    // Large areas: jacket, shirt, the three thirds of a held board, a pocket and a logo, in
    // seven of the ten hard colours; the small patches below use all ten.
    const Material jacket = material(order[0]), shirt = material(order[1]);
    const std::array<Material, 3> board = {material(order[2]), material(order[3]),
                                           material(order[4])};
    const Material pocket = material(order[5]), logo = material(order[6]);
    note(QStringLiteral("jacket"), jacket);
    note(QStringLiteral("shirt"), shirt);
    for (const Material &m : board)
        note(QStringLiteral("board"), m);
    note(QStringLiteral("pocket"), pocket);
    note(QStringLiteral("logo"), logo);

    // Small props in front of the screen, on either side of the person.
    std::vector<NamedColour> propColours = hardColours(skinColour);
    std::shuffle(propColours.begin(), propColours.end(), rng);
    for (int i = 0; i < 3; ++i) {
        const bool left = i % 2 == 0;
        const Vec2 c{w * (left ? uniform(0.03f, 0.14f) : uniform(0.86f, 0.97f)),
                     h * uniform(0.5f, 0.92f)};
        const float size = uniform(6, 22) * s;
        const Material m = material(propColours[std::size_t(i)]);
        Shape shape;
        switch (rng() % 3) {
        case 0:
            shape = ellipseShape(c, {size, size * uniform(0.7f, 1.0f)}, uniform(0, pi));
            break;
        case 1:
            shape =
                roundedBoxShape(c, {size, size * uniform(0.6f, 1.0f)}, 0.2f * size, uniform(0, pi));
            break;
        default:
            shape = roundedPolygonShape({{c.x, c.y - size},
                                         {c.x + size, c.y + 0.8f * size},
                                         {c.x - size, c.y + 0.8f * size}},
                                        0.15f * size);
        }
        paint(layer, shape, lit(m));
        note(QStringLiteral("prop (%1 px)").arg(int(2 * size)), m);
    }

    // Neck, torso (jacket), then the clothing painted atop the torso so its outline stays the
    // torso's.
    paint(layer, roundedBoxShape(place.at(0, 86), {s * 27, s * 42}, s * 12, 0), lit(skin));
    const Shape torso = roundedPolygonShape({place.at(-150 - uniform(0, 12), 118),
                                             place.at(150 + uniform(0, 12), 118),
                                             place.at(200, 600), place.at(-200, 600)},
                                            s * 38);
    paint(layer, torso, lit(jacket));
    paint(
        layer,
        roundedPolygonShape(
            {place.at(-46, 104), place.at(46, 104), place.at(62, 600), place.at(-62, 600)}, s * 3),
        lit(shirt), Paint::Atop);
    paint(layer,
          roundedPolygonShape({place.at(-28, 104), place.at(28, 104), place.at(0, 158)}, s * 2),
          lit(skin), Paint::Atop);
    paint(layer,
          roundedBoxShape(place.at(-96, 232), {s * 34, s * 28}, s * 5,
                          place.angle(uniform(-0.12f, 0.12f))),
          lit(pocket), Paint::Atop);
    paint(layer,
          ellipseShape(place.at(98, 262), {s * 38, s * 29}, place.angle(uniform(-0.4f, 0.4f))),
          lit(logo), Paint::Atop);
    // Ten small patches, one per hard colour: four buttons, a badge, five stickers.
    std::vector<NamedColour> patchColours = hardColours(skinColour);
    std::shuffle(patchColours.begin(), patchColours.end(), rng);
    for (std::size_t i = 0; i < patchColours.size(); ++i) {
        const Material m = material(patchColours[i]);
        Shape shape;
        if (i < 4) {
            const float r = uniform(4.5f, 7.0f) * s;
            shape = ellipseShape(place.at(0, 178 + 48 * float(i)), {r, r}, 0);
        } else if (i == 4) {
            shape = roundedBoxShape(place.at(-100, 176), {s * 13, s * 8}, s * 2, 0);
        } else {
            const Vec2 c = place.at(uniform(-140, 140), uniform(310, 480));
            const float size = uniform(5, 14) * s;
            shape = rng() % 2 ? ellipseShape(c, {size, size * 0.7f}, uniform(0, pi))
                              : roundedBoxShape(c, {size, size * 0.8f}, s * 2, uniform(0, pi));
        }
        paint(layer, shape, lit(m), Paint::Atop);
    }
    contents << QStringLiteral("ten small patches (9-28 px), one in each hard colour");

    // Head, eyes, brows, hair mass (the part of a larger ellipse outside the face).
    const NamedColour hairColour =
        choice.lightHair
            ? std::array{NamedColour{QStringLiteral("blond hair"), {226, 196, 132}},
                         NamedColour{QStringLiteral("platinum hair"), {224, 221, 210}},
                         NamedColour{QStringLiteral("grey hair"), {192, 188, 180}}}[rng() % 3]
            : std::array{NamedColour{QStringLiteral("dark brown hair"), {44, 30, 22}},
                         NamedColour{QStringLiteral("black hair"), {20, 18, 18}},
                         NamedColour{QStringLiteral("auburn hair"), {92, 42, 24}}}[rng() % 3];
    Material hair;
    hair.name = hairColour.name;
    hair.albedo = fromCodes(hairColour.codes[0], hairColour.codes[1], hairColour.codes[2]);
    hair.pattern = Pattern::Stripes;
    hair.depth = 0.18f;
    hair.period = 2.5f * unit;
    hair.angle = place.angle(0.2f);
    hair.salt = quint32(rng());
    const float tilt = place.angle(uniform(-0.12f, 0.12f));
    paint(layer, ellipseShape(place.at(0, 0), {s * 60, s * 78}, tilt), lit(skin));
    Material eyes = skin;
    eyes.albedo = fromCodes(30, 24, 22);
    for (float side : {-1.0f, 1.0f}) {
        paint(layer, ellipseShape(place.at(side * 22, -4), {s * 8, s * 4}, tilt), lit(eyes));
        paint(layer, capsuleShape(place.at(side * 12, -16), place.at(side * 32, -18), s * 2.5f),
              lit(hair));
    }
    const Vec2 hairCentre = place.at(0, -14);
    const Vec2 hairRadii{s * 67, s * 80};
    paint(layer,
          differenceOf(ellipseShape(hairCentre, hairRadii, tilt),
                       ellipseShape(place.at(0, 16), {s * 55, s * 70}, tilt)),
          lit(hair));
    note(QStringLiteral("hair"), hair);

    // The arm holding the board: upper arm and raised forearm in the jacket, the board, and the
    // hand in front of its lower edge.
    const Vec2 elbow = place.at(-250, 285), wrist = place.at(-262, 130);
    paint(layer, capsuleShape(place.at(-160, 150), elbow, s * 30), lit(jacket));
    paint(layer, capsuleShape(elbow, wrist, s * 23), lit(jacket));
    const Vec2 boardCentre = place.at(-276, 46);
    const float boardAngle = place.angle(uniform(-0.25f, 0.25f));
    const float halfWidth = s * 64;
    paint(layer, roundedBoxShape(boardCentre, {halfWidth, s * 48}, s * 6, boardAngle),
          [&](float x, float y) {
              const float lx = std::cos(boardAngle) * (x - boardCentre.x) +
                               std::sin(boardAngle) * (y - boardCentre.y);
              const int third = std::clamp(int((lx + halfWidth) / (2 * halfWidth) * 3), 0, 2);
              return times(board[std::size_t(third)].at(x, y), light(x, y));
          });
    paint(layer, ellipseShape(place.at(-264, 104), {s * 20, s * 26}, place.angle(0.3f)), lit(skin));

    // Hair strands leaving the hair mass: random walks that bend under their weight, thinner
    // than a pixel or up to a little over one, of the hair's colour give or take a quarter.
    const int strands = int(uniform(160, 260));
    for (int i = 0; i < strands; ++i) {
        const bool falling = i < strands / 8;
        const float phi =
            falling ? (rng() % 2 ? pi + uniform(-0.1f, 0.5f) : 2 * pi - uniform(-0.1f, 0.5f))
                    : uniform(pi + 0.2f, 2 * pi - 0.2f);
        Vec2 p{hairCentre.x + 0.96f * hairRadii.x * std::cos(phi),
               hairCentre.y + 0.96f * hairRadii.y * std::sin(phi)};
        // Along the head towards its side, turned outwards a little: hair that has come loose
        // from the rest and falls.
        const float side = std::cos(phi) < 0 ? -1.0f : 1.0f;
        float theta = falling ? (side < 0 ? pi * 0.6f : pi * 0.4f) + uniform(-0.3f, 0.3f)
                              : phi + side * (pi / 2 - uniform(0.1f, 0.7f));
        const float bend = std::normal_distribution<float>(0, 0.01f)(rng);
        const float length = (falling ? uniform(60, 150) : uniform(15, 85)) * s;
        const float step = 1.5f * unit;
        std::vector<Vec2> points{p};
        for (float done = 0; done < length; done += step) {
            theta += bend + 0.012f * std::sin(pi / 2 - theta);
            p = {p.x + step * std::cos(theta), p.y + step * std::sin(theta)};
            points.push_back(p);
        }
        const float shade = uniform(0.8f, 1.25f);
        const Linear c = times(hair.albedo, shade * light(points[0].x, points[0].y));
        paintStrand(layer, points, uniform(0.3f, 1.2f) * unit, uniform(0.5f, 1.0f),
                    {std::min(c[0], 1.0f), std::min(c[1], 1.0f), std::min(c[2], 1.0f)});
    }
    contents << QStringLiteral("%1 strands").arg(strands);

    // A veil from the shoulder on the board's side down past the elbow: woven, see-through,
    // its outline a little irregular.
    const std::array<NamedColour, 3> veils = {
        NamedColour{QStringLiteral("white veil"), {240, 240, 245}},
        NamedColour{QStringLiteral("pale pink veil"), {246, 214, 222}},
        NamedColour{QStringLiteral("lilac veil"), {214, 214, 236}}};
    const NamedColour veilColour = veils[rng() % veils.size()];
    Material veilWeave;
    veilWeave.albedo = {0.5f, 0.5f, 0.5f};
    veilWeave.pattern = Pattern::Weave;
    veilWeave.depth = 0.3f;
    veilWeave.period = uniform(2, 4) * unit;
    const float veilOpacity = uniform(0.3f, 0.55f);
    const Shape outline =
        roundedPolygonShape({place.at(-118, 122), place.at(-178, 132), place.at(-305, 330),
                             place.at(-280, 480), place.at(-150, 452), place.at(-120, 300)},
                            s * 8);
    const quint32 veilSalt = quint32(rng());
    const Shape veil{[outline, veilSalt, unit](Vec2 p) {
                         return outline.distance(p) +
                                5 * unit * fractalNoise(p.x, p.y, 30 * unit, veilSalt);
                     },
                     outline.bounds.adjusted(-6 * unit, -6 * unit, 6 * unit, 6 * unit)};
    const Linear veilAlbedo =
        fromCodes(veilColour.codes[0], veilColour.codes[1], veilColour.codes[2]);
    for (int y = std::max(0, int(veil.bounds.top()));
         y <= std::min(layer.height - 1, int(veil.bounds.bottom())); ++y)
        for (int x = std::max(0, int(veil.bounds.left()));
             x <= std::min(layer.width - 1, int(veil.bounds.right())); ++x) {
            const float px = float(x) + 0.5f, py = float(y) + 0.5f;
            const float a = coverage(veil, x, y) * veilOpacity * 2 * veilWeave.at(px, py)[0];
            layer.over(x, y, times(veilAlbedo, light(px, py)), std::min(a, 1.0f));
        }
    contents << QStringLiteral("%1 (opacity %2)").arg(veilColour.name).arg(veilOpacity, 0, 'f', 2);

    // The other arm waving: the upper arm still, the forearm and hand swept through an angle
    // while the shutter is open (the average of 24 positions).
    const Vec2 waveElbow = place.at(250, 290);
    paint(layer, capsuleShape(place.at(160, 150), waveElbow, s * 29), lit(jacket));
    const bool bareForearm = rng() % 2 == 0;
    const Material forearm = bareForearm ? skin : jacket;
    const float theta0 = uniform(-1.9f, -1.2f), sweep = uniform(0.35f, 0.7f);
    const float forearmLength = s * 125;
    const int steps = 24;
    std::vector<Shape> forearms, hands;
    QRectF reach;
    for (int t = 0; t < steps; ++t) {
        const float theta = theta0 + sweep * float(t) / float(steps - 1);
        const Vec2 d{(place.mirror ? -1.0f : 1.0f) * std::cos(theta), std::sin(theta)};
        const Vec2 end{waveElbow.x + forearmLength * d.x, waveElbow.y + forearmLength * d.y};
        forearms.push_back(capsuleShape(waveElbow, end, s * 21));
        hands.push_back(ellipseShape({end.x + s * 18 * d.x, end.y + s * 18 * d.y}, {s * 19, s * 26},
                                     std::atan2(d.y, d.x) + pi / 2));
        reach = reach.united(forearms.back().bounds).united(hands.back().bounds);
    }
    for (int y = std::max(0, int(reach.top()));
         y <= std::min(layer.height - 1, int(reach.bottom())); ++y)
        for (int x = std::max(0, int(reach.left()));
             x <= std::min(layer.width - 1, int(reach.right())); ++x) {
            const float px = float(x) + 0.5f, py = float(y) + 0.5f;
            const Linear arm = times(forearm.at(px, py), light(px, py));
            const Linear hand = times(skin.at(px, py), light(px, py));
            Linear sum{0, 0, 0};
            float cover = 0;
            for (int t = 0; t < steps; ++t) {
                const float ch = coverage(hands[std::size_t(t)], x, y);
                const float ca = coverage(forearms[std::size_t(t)], x, y) * (1 - ch);
                for (std::size_t k = 0; k < 3; ++k)
                    sum[k] += hand[k] * ch + arm[k] * ca;
                cover += ch + ca;
            }
            if (cover > 0)
                layer.over(x, y, times(sum, 1.0f / cover), cover / float(steps));
        }
    contents << QStringLiteral("waving %1 forearm, swept %2 degrees")
                    .arg(bareForearm ? QStringLiteral("bare") : jacket.name)
                    .arg(int(sweep * 180 / pi));
    return contents;
}

} // namespace greenroom::quality::scene
