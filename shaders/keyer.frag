#version 440
// Greenroom keyer: one fragment pass from the camera's planes to a premultiplied keyed pixel.
//   matte:  sample planes (luma-guided chroma) -> R'G'B' -> the screen colour to compare with
//           (the key colour, or the clean plate's at the pixel) -> chroma distance (+ luma where
//           chroma is unreliable) -> ramp, raised to the colour-difference and screen mattes
//           -> clip black/white -> solid lift -> matte gamma
//           -> shrink/grow and feather from a ring of neighbouring samples -> garbage matte
//   colour: screen subtraction -> despill + replacement tone -> foreground correction
//           -> opacity -> premultiplied
// The CPU reference (app/keying/FrameSampler.cpp, ReferenceKeyer.cpp) implements the same
// math in the same order; keep them in step. Every derived value comes from KeyUniforms.

layout(location = 0) in vec2 texCoord;
layout(location = 0) out vec4 fragColor;

// Written byte for byte by KeyMaterialShader::updateUniformData; keyer.vert repeats it.
layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    mat4 colorMatrix;      // normalised (Y', Cb, Cr, 1) texel values -> R'G'B'
    mat4 rgbSwizzle;       // raw RGBA8 texel (bytes in memory order) -> R'G'B'A
    vec4 rgbSwizzleOffset; // (0, 0, 0, 1) for formats without alpha
    vec4 keyCbCr;          // xyz: the key as (luma weight * Y', Cb, Cr), w: 1 / its squared length
    vec4 keyParams;        // similarity, smoothness, spill, opacity
    vec4 keyChannel;       // rgb: one-hot mask of the key colour's dominant channel, w: spill method
    vec4 layoutInfo;       // x: SampleMode, y: chroma swapped, z: chroma first (UYVY), w: luma weight
    vec4 chromaInfo;       // x: neutral chroma texel value, y: chroma guide, zw: chroma grid size
    vec4 frameInfo;        // xy: frame size in pixels, zw: the key's shade range (light tolerance)
    vec4 keyRgb;           // rgb: key colour, w: screen subtraction
    vec4 matteInfo;        // x: clip black, y: clip scale, z: matte exponent, w: guide epsilon
    vec4 edgeInfo;         // x: shrink (<0) / grow (>0) radius, y: feather radius, z: feather weight
    vec4 garbageOuter;     // x0, y0, x1, y1 (normalised frame coordinates)
    vec4 garbageInner;     // x0, y0, x1, y1
    vec4 garbageInfo;      // x: 1 / feather, y: inner rectangle enabled
    vec4 spillTone;        // rgb: added per unit of removed key-channel excess
    vec4 correction;       // brightness, contrast, gamma exponent, saturation
    vec4 subsampling;      // xy: frame pixels per chroma sample horizontally, vertically (1 or 2)
    vec4 differenceInfo;   // colour-difference matte: strength, 1 / (1 - floor), 1 / the key's
                           // squared chroma length, 1 / the key's luma
    vec4 screenInfo;       // screen matte: strength, balance, gain / the key's own excess;
                           // w: the solid lift's knee
    float qt_Opacity;
    vec4 viewInfo;         // x: view mode (0 composite, 1 matte, 2 source, 3 split), y: split
                           // along axis z (0: u, 1: v) in texture coordinates, w: +1/-1, the
                           // sign of (coordinate - split) on the composite side
    vec4 plateInfo;        // clean plate: colour-difference strength, screen matte strength,
                           // screen gain, before a screen colour gates them; w unused
};

// Variants (app/render/KeyShaderVariant.h): app/CMakeLists.txt bakes this shader once per
// SampleMode (SAMPLE_MODE 0..4); for planar and semi-planar modes with and without the chroma
// guide's reads (CHROMA_GUIDE) and reading the 2x2 chroma and luma neighbourhoods texel by texel
// or four texels at a time with textureGather (GATHER); with or without the neighbour taps of
// shrink/grow and feather (NEIGHBOUR_TAPS) and with or without the garbage matte, matte gamma
// and foreground correction (ADJUSTMENTS). The clean plate's variants (CLEAN_PLATE) are a set of
// their own, always with ADJUSTMENTS: a key without a plate pays nothing for it.
// KeyMaterial picks the variant, so no variant branches on any of them. Software rasterisers
// such as llvmpipe run both sides of every branch, even one on a uniform, so there a skipped
// branch costs as much as a taken one. Without the defines the shader decides at run time.
#ifdef SAMPLE_MODE
#define SAMPLE_MODE_VALUE float(SAMPLE_MODE)
#else
#define SAMPLE_MODE_VALUE layoutInfo.x
#endif
#ifndef NEIGHBOUR_TAPS
#define NEIGHBOUR_TAPS true
#endif
#ifndef ADJUSTMENTS
#define ADJUSTMENTS true
#endif
#ifndef CHROMA_GUIDE
#define CHROMA_GUIDE 1
#endif
// textureGather needs GLSL 4.00 or ES 3.10, so the variants that use it are baked for those
// (app/CMakeLists.txt) and drawn only where the API has it (TextureGatherSupport).
#ifndef GATHER
#define GATHER 0
#endif
#ifndef CLEAN_PLATE
#define CLEAN_PLATE 0
#endif

layout(binding = 1) uniform sampler2D plane0;
layout(binding = 2) uniform sampler2D plane1;
layout(binding = 3) uniform sampler2D plane2;
#if CLEAN_PLATE
// The clean plate's grid (RGBA32F, one texel per cell of the frame; see app/keying/CleanPlate.h).
layout(binding = 4) uniform sampler2D plate;
#endif

const vec3 kLuma709 = vec3(0.2126, 0.7152, 0.0722);

// The texel at whole coordinates ij, exactly as stored. texelFetch skips the filtering that a
// texture() read at the texel centre still pays for (four texels fetched and blended): on
// llvmpipe, where the "GPU" is the CPU, that made the keyer a third slower. It needs GLSL 1.30
// or ES 3.00, so the texel variants are baked for GLSL 150 and 300 es (app/CMakeLists.txt).
vec4 texelAt(sampler2D s, vec2 ij)
{
    return texelFetch(s, ivec2(ij), 0);
}

// (Cb, Cr) of chroma sample ij (already clamped to the grid): a texel centre, read exactly.
vec2 chromaTexel(vec2 ij)
{
    float mode = SAMPLE_MODE_VALUE;
    if (mode < 1.5) // planar
        return vec2(texelAt(plane1, ij).r, texelAt(plane2, ij).r);
    if (mode < 2.5) { // semi-planar
        vec2 c = texelAt(plane1, ij).rg;
        return layoutInfo.y > 0.5 ? c.yx : c;
    }
    vec4 t = texelAt(plane0, ij); // packed 4:2:2: one texel per pixel pair
    return layoutInfo.z > 0.5 ? t.rb : t.ga;
}

// Mean of the luma texels that chroma sample ij covers (2x2 or 2x1 of them), clamped to the
// frame: at an odd edge the last texel counts twice, as in the CPU reference.
float coveredLuma(vec2 ij)
{
#if GATHER
    // One gather returns the 2x2 texels around the point between the block's first texel and
    // the next ones: for 4:2:0 the whole block, for 4:2:2 its row (z, w) and the row below.
    vec2 corner = (ij * subsampling.xy + 1.0) / frameInfo.xy;
    vec4 block = textureGather(plane0, corner, 0);
    return subsampling.y > 1.5 ? ((block.w + block.z) + (block.x + block.y)) * 0.25
                               : (block.w + block.z) * 0.5;
#else
    vec2 first = ij * subsampling.xy;
    vec2 last = min(first + subsampling.xy - 1.0, frameInfo.xy - 1.0);
    float top = texelAt(plane0, first).r + texelAt(plane0, vec2(last.x, first.y)).r;
    float bottom = texelAt(plane0, vec2(first.x, last.y)).r + texelAt(plane0, last).r;
    return (top + bottom) * 0.25;
#endif
}

// Whether the guide applies to chroma samples c0..c3: only where they differ by more than
// KeyUniforms::kGuideMinSpread (3.5 codes of 8 bits) in Cb or Cr. Within that the fit's
// correction is noise-sized, so the samples are averaged plainly, and the block lumas are not
// read at all: most of a frame skips the guide's reads and arithmetic on a GPU, and on
// Mesa 25's llvmpipe, which skips a branch that no pixel of a group takes (22.3's runs both
// sides). The CPU reference applies the same rule (FrameSampler::guideApplies).
const float kGuideMinSpread = 3.5 / 255.0;

bool guideApplies(vec2 c0, vec2 c1, vec2 c2, vec2 c3)
{
    vec2 spread = max(max(c0, c1), max(c2, c3)) - min(min(c0, c1), min(c2, c3));
    return CHROMA_GUIDE != 0 && chromaInfo.y > 0.0 && max(spread.x, spread.y) > kGuideMinSpread;
}

// Chroma at the pixel from four chroma samples with bilinear weights w, steered by luma: a
// weighted least-squares fit of chroma against the luma each sample covers (mixtures of two
// colours lie on one line in Y'CbCr), evaluated at the pixel's own full-resolution luma.
// Callers check guideApplies first.
vec2 reconstructChroma(float lumaHere, vec4 w, vec4 blockLuma, vec2 c0, vec2 c1, vec2 c2, vec2 c3)
{
    float meanY = dot(w, blockLuma);
    vec2 meanC = w.x * c0 + w.y * c1 + w.z * c2 + w.w * c3;
    vec4 dy = blockLuma - vec4(meanY);
    float variance = dot(w, dy * dy);
    vec2 covariance = w.x * dy.x * (c0 - meanC) + w.y * dy.y * (c1 - meanC) +
                      w.z * dy.z * (c2 - meanC) + w.w * dy.w * (c3 - meanC);
    float step = chromaInfo.y * (lumaHere - meanY) / (variance + matteInfo.w);
    return meanC + covariance * step;
}

// Normalised (Y', Cb, Cr) texel values at pixel-space position p (pixel centres at +0.5).
vec3 sampleYcc(vec2 p)
{
    float mode = SAMPLE_MODE_VALUE;
    vec2 frameSize = frameInfo.xy;
    vec2 grid = chromaInfo.zw;
    if (mode > 2.5 && mode < 3.5) { // packed 4:2:2, nearest texels
        vec2 pixel = clamp(floor(p), vec2(0.0), frameSize - 1.0);
        float q = p.x * 0.5 - 0.5;
        float i0 = floor(q);
        float f = q - i0;
        float ia = clamp(i0, 0.0, grid.x - 1.0);
        float ib = clamp(i0 + 1.0, 0.0, grid.x - 1.0);
        vec4 ta = texelAt(plane0, vec2(ia, pixel.y));
        vec4 tb = texelAt(plane0, vec2(ib, pixel.y));
        // The pixel's own pair is always one of the two chroma neighbours (i0 or i0 + 1, the
        // same after clamping): pick it instead of reading it a third time.
        vec4 own = floor(pixel.x * 0.5) == i0 ? ta : tb;
        bool odd = mod(pixel.x, 2.0) > 0.5;
        float luma = layoutInfo.z > 0.5 ? (odd ? own.a : own.g) : (odd ? own.b : own.r);
        vec2 lumaPair = layoutInfo.z > 0.5 ? vec2((ta.g + ta.a) * 0.5, (tb.g + tb.a) * 0.5)
                                           : vec2((ta.r + ta.b) * 0.5, (tb.r + tb.b) * 0.5);
        vec2 ca = layoutInfo.z > 0.5 ? ta.rb : ta.ga;
        vec2 cb = layoutInfo.z > 0.5 ? tb.rb : tb.ga;
        if (!guideApplies(ca, cb, ca, ca))
            return vec3(luma, ca * (1.0 - f) + cb * f);
        vec2 c = reconstructChroma(luma, vec4(1.0 - f, f, 0.0, 0.0),
                                   vec4(lumaPair, lumaPair.x, lumaPair.x), ca, cb, ca, ca);
        return vec3(luma, c);
    }

    vec2 uv = p / frameSize;
    // An explicit level: the textures have no mipmaps, and llvmpipe skips the derivatives.
    float luma = textureLod(plane0, uv, 0.0).r;
    if (mode > 3.5) // luma only
        return vec3(luma, chromaInfo.x, chromaInfo.x);

    // Planar and semi-planar: the 2x2 nearest chroma samples, centre-sited, clamped. Weighted
    // here even without the guide, not by the sampler's linear filter: llvmpipe filters 8-bit
    // textures in 8-bit fixed point, and the matte's ramp magnifies that rounding to several
    // times the tolerance against the CPU reference.
    vec2 q = uv * grid - 0.5;
    vec2 ij0 = floor(q);
    vec2 f = q - ij0;
    vec2 lo = clamp(ij0, vec2(0.0), grid - 1.0);
    vec2 hi = clamp(ij0 + 1.0, vec2(0.0), grid - 1.0);
#if GATHER
    // Both chroma components of all four samples in two reads: the gather point lies between
    // them, and the clamp-to-edge sampler clamps as lo and hi do. Gathered order is
    // (lo.x, hi.y), (hi.x, hi.y), (hi.x, lo.y), (lo.x, lo.y).
    vec2 corner = (ij0 + 1.0) / grid;
    vec4 cb = textureGather(plane1, corner, 0);
    vec4 cr = mode < 1.5 ? textureGather(plane2, corner, 0) : textureGather(plane1, corner, 1);
    if (mode > 1.5 && layoutInfo.y > 0.5) {
        vec4 t = cb;
        cb = cr;
        cr = t;
    }
    vec2 c0 = vec2(cb.w, cr.w);
    vec2 c1 = vec2(cb.z, cr.z);
    vec2 c2 = vec2(cb.x, cr.x);
    vec2 c3 = vec2(cb.y, cr.y);
#else
    vec2 c0 = chromaTexel(vec2(lo.x, lo.y));
    vec2 c1 = chromaTexel(vec2(hi.x, lo.y));
    vec2 c2 = chromaTexel(vec2(lo.x, hi.y));
    vec2 c3 = chromaTexel(vec2(hi.x, hi.y));
#endif
    vec4 w = vec4((1.0 - f.x) * (1.0 - f.y), f.x * (1.0 - f.y), (1.0 - f.x) * f.y, f.x * f.y);
    if (!guideApplies(c0, c1, c2, c3))
        return vec3(luma, w.x * c0 + w.y * c1 + w.z * c2 + w.w * c3);
    vec4 blockLuma = vec4(coveredLuma(vec2(lo.x, lo.y)), coveredLuma(vec2(hi.x, lo.y)),
                          coveredLuma(vec2(lo.x, hi.y)), coveredLuma(vec2(hi.x, hi.y)));
    return vec3(luma, reconstructChroma(luma, w, blockLuma, c0, c1, c2, c3));
}

// Straight R'G'B'A at pixel-space position p, R'G'B' clamped to [0, 1].
vec4 sampleStraight(vec2 p)
{
    if (SAMPLE_MODE_VALUE < 0.5) { // packed 32-bit RGB
        vec4 c = rgbSwizzle * texture(plane0, p / frameInfo.xy) + rgbSwizzleOffset;
        return vec4(clamp(c.rgb, 0.0, 1.0), c.a);
    }
    vec3 rgb = (colorMatrix * vec4(sampleYcc(p), 1.0)).rgb;
    return vec4(clamp(rgb, 0.0, 1.0), 1.0);
}

// The excess of the key's primary channel (keyChannel) over the mix of the other two that the
// screen balance picks, between their mean (0) and maximum (1). KeyUniforms' primaryExcess
// does the same in the same order.
float primaryExcess(vec3 rgb)
{
    float k = dot(rgb, keyChannel.rgb);
    vec3 others = rgb * (vec3(1.0) - keyChannel.rgb);
    float highest = max(others.r, max(others.g, others.b));
    float average = (others.r + others.g + others.b) * 0.5;
    return k - (average * (1.0 - screenInfo.y) + highest * screenInfo.y);
}

// Everything the matte derives from the screen colour it compares a pixel with (KeyUniforms.h's
// ScreenKey): the key colour's, from the uniforms, or the clean plate's at the pixel.
struct ScreenKey {
    vec3 rgb;    // the screen colour, for screen subtraction
    vec4 vector; // xyz: the screen as (luma weight * Y', Cb, Cr), w: 1 / its squared length
    float chromaInverseNorm;
    float lumaInverse;
    float differenceStrength;
    float screenStrength;
    float screenScale;
};

ScreenKey uniformScreenKey()
{
    return ScreenKey(keyRgb.rgb, keyCbCr, differenceInfo.z, differenceInfo.w, differenceInfo.x,
                     screenInfo.x, screenInfo.z);
}

#if CLEAN_PLATE
// The plate's R'G'B' at pixel-space position p: bilinear between cell centres, clamped to the
// grid, from exact texel reads (a linear sampler's 8-bit weights would differ from the CPU's).
// CleanPlate::colorAt does the same in the same order.
vec3 plateColour(vec2 p)
{
    vec2 grid = vec2(textureSize(plate, 0));
    vec2 q = p / frameInfo.xy * grid - 0.5;
    vec2 ij0 = floor(q);
    vec2 f = q - ij0;
    vec2 lo = clamp(ij0, vec2(0.0), grid - 1.0);
    vec2 hi = clamp(ij0 + 1.0, vec2(0.0), grid - 1.0);
    vec3 upper = texelAt(plate, lo).rgb * (1.0 - f.x) + texelAt(plate, vec2(hi.x, lo.y)).rgb * f.x;
    vec3 lower = texelAt(plate, vec2(lo.x, hi.y)).rgb * (1.0 - f.x) + texelAt(plate, hi).rgb * f.x;
    return upper * (1.0 - f.y) + lower * f.y;
}

// The ScreenKey of a screen colour, as KeyUniforms.cpp's screenKeyOf derives it (and the key
// colour's uniforms): selects, not branches.
ScreenKey screenKeyOf(vec3 rgb)
{
    float y = dot(rgb, kLuma709);
    vec3 v = vec3(layoutInfo.w * y, (rgb.b - y) / 1.8556, (rgb.r - y) / 1.5748);
    float norm = v.x * v.x + v.y * v.y + v.z * v.z;
    float chromaNorm = v.y * v.y + v.z * v.z;
    bool chroma = chromaNorm > 0.04 * 0.04;
    float lumaInverse = y > 1.0 / 255.0 ? 1.0 / y : 0.0;
    float excess = primaryExcess(rgb);
    bool screen = excess > 0.04 && lumaInverse > 0.0;
    return ScreenKey(rgb, vec4(v, norm > 1.0e-6 ? 1.0 / norm : 0.0),
                     chroma ? 1.0 / chromaNorm : 0.0, lumaInverse, chroma ? plateInfo.x : 0.0,
                     screen ? plateInfo.y : 0.0, screen ? plateInfo.z / excess : 0.0);
}

ScreenKey screenKeyAt(vec2 p)
{
    return screenKeyOf(plateColour(p));
}
#else
ScreenKey screenKeyAt(vec2 p)
{
    return uniformScreenKey();
}
#endif

// Matte of one straight colour against the screen colour `key`: distance from the nearest shade
// of the screen, ramp, raised to the colour-difference matte, clip levels, matte gamma. `shade`
// is that nearest shade: the screen's projection in (w * Y', Cb, Cr), clamped to the light
// tolerance (the backdrop under brighter or dimmer light); screen subtraction uses it too.
float matteAlphaAndShade(vec3 rgb, ScreenKey key, out float shade)
{
    float y = dot(rgb, kLuma709);
    vec3 v = vec3(layoutInfo.w * y, (rgb.b - y) / 1.8556, (rgb.r - y) / 1.5748);
    shade = clamp(dot(v, key.vector.xyz) * key.vector.w, frameInfo.z, frameInfo.w);
    vec3 d = v - shade * key.vector.xyz;
    float dist = sqrt(d.x * d.x + d.y * d.y + d.z * d.z);

    float alpha = clamp((dist - keyParams.x) / keyParams.y, 0.0, 1.0);
    // Colour-difference matte: the pixel's share of the key's chroma relative to its luma shade.
    float lumaShade = clamp(y * key.lumaInverse, frameInfo.z, frameInfo.w);
    float share = (v.y * key.vector.y + v.z * key.vector.z) * key.chromaInverseNorm / lumaShade;
    float difference = clamp(1.0 - share * differenceInfo.y, 0.0, 1.0);
    alpha = max(alpha, key.differenceStrength * difference);
    // Screen matte: the pixel's excess of the screen's primary channel, relative to the screen's
    // in the pixel's shade where the pixel is darker (down to the light tolerance's lower end).
    float screenShade = clamp(y * key.lumaInverse, frameInfo.z, 1.0);
    float screen = clamp(1.0 - primaryExcess(rgb) * key.screenScale / screenShade, 0.0, 1.0);
    alpha = max(alpha, key.screenStrength * screen);
    alpha = clamp((alpha - matteInfo.x) * matteInfo.y, 0.0, 1.0);
    // Solid lift: values near 1 reach it, stretched from the knee up; lower ones stay.
    alpha = min(alpha + max(alpha - screenInfo.w, 0.0), 1.0);
    if (ADJUSTMENTS && matteInfo.z != 1.0)
        alpha = alpha > 0.0 ? pow(alpha, matteInfo.z) : 0.0;
    return alpha;
}

// A neighbour tap's matte, against the centre pixel's screen colour: a clean plate changes over
// eight pixels a cell, the ring spans a few, and a plate lookup per tap would cost more than the
// tap itself on a software rasteriser.
float tapAlpha(vec2 p, ScreenKey key)
{
    float shade;
    return matteAlphaAndShade(sampleStraight(p).rgb, key, shade);
}

float rectMask(vec4 r, vec2 uv)
{
    float inside = min(min(uv.x - r.x, r.z - uv.x), min(uv.y - r.y, r.w - uv.y));
    return clamp(0.5 + inside * garbageInfo.x, 0.0, 1.0);
}

vec3 mixColour(vec3 x, vec3 y, float a)
{
    return x * (1.0 - a) + y * a;
}

// What the view mode shows instead of (or beside) the keyed pixel: the matte as grey, the
// source unkeyed, or in split view the source on one side of the divider. Same pass, same
// frame: no second item or upload.
vec4 applyView(vec4 keyed, vec3 source, float alpha)
{
    float mode = viewInfo.x;
    if (mode > 2.5) {
        float along = viewInfo.z < 0.5 ? texCoord.x : texCoord.y;
        mode = (along - viewInfo.y) * viewInfo.w < 0.0 ? 2.0 : 0.0;
    }
    if (mode > 1.5)
        return vec4(source, 1.0);
    if (mode > 0.5)
        return vec4(vec3(alpha), 1.0);
    return keyed;
}

void main()
{
    vec2 p = texCoord * frameInfo.xy;
    vec4 src = sampleStraight(p);
    ScreenKey screenKey = screenKeyAt(p);
    float shade;
    float alpha = matteAlphaAndShade(src.rgb, screenKey, shade);
    float matte = alpha;

    // Shrink/grow: minimum/maximum over a ring of eight neighbours (same order as the CPU
    // reference: floating-point sums depend on it).
    if (NEIGHBOUR_TAPS && edgeInfo.x != 0.0) {
        float r = abs(edgeInfo.x);
        bool shrink = edgeInfo.x < 0.0;
        float a0 = tapAlpha(p + vec2(r, 0.0), screenKey);
        float a1 = tapAlpha(p + vec2(-r, 0.0), screenKey);
        float a2 = tapAlpha(p + vec2(0.0, r), screenKey);
        float a3 = tapAlpha(p + vec2(0.0, -r), screenKey);
        float a4 = tapAlpha(p + vec2(r, r), screenKey);
        float a5 = tapAlpha(p + vec2(-r, r), screenKey);
        float a6 = tapAlpha(p + vec2(r, -r), screenKey);
        float a7 = tapAlpha(p + vec2(-r, -r), screenKey);
        if (shrink)
            matte = min(min(min(min(matte, a0), min(a1, a2)), min(min(a3, a4), min(a5, a6))), a7);
        else
            matte = max(max(max(max(matte, a0), max(a1, a2)), max(max(a3, a4), max(a5, a6))), a7);
    }
    // Feather: the centre and a ring of eight neighbours, each ring tap weighted.
    if (NEIGHBOUR_TAPS && edgeInfo.y > 0.0) {
        float r = edgeInfo.y;
        float sum = tapAlpha(p + vec2(r, 0.0), screenKey);
        sum += tapAlpha(p + vec2(-r, 0.0), screenKey);
        sum += tapAlpha(p + vec2(0.0, r), screenKey);
        sum += tapAlpha(p + vec2(0.0, -r), screenKey);
        sum += tapAlpha(p + vec2(r, r), screenKey);
        sum += tapAlpha(p + vec2(-r, r), screenKey);
        sum += tapAlpha(p + vec2(r, -r), screenKey);
        sum += tapAlpha(p + vec2(-r, -r), screenKey);
        float blurred = (alpha + edgeInfo.z * sum) / (1.0 + 8.0 * edgeInfo.z);
        matte = edgeInfo.x < 0.0 ? min(matte, blurred)
              : (edgeInfo.x > 0.0 ? max(matte, blurred) : blurred);
    }

    // Garbage matte in frame coordinates.
    if (ADJUSTMENTS) {
        float inner = garbageInfo.y * rectMask(garbageInner, texCoord);
        matte = max(matte, inner) * rectMask(garbageOuter, texCoord);
    }

    // Screen subtraction: remove the screen's share, (1 - alpha) * key in the pixel's own
    // shade, from a partly covered pixel, leaving the subject's premultiplied colour.
    vec3 unmixed = src.rgb - ((1.0 - matte) * shade) * screenKey.rgb;
    vec3 premul = clamp(mixColour(matte * src.rgb, unmixed, keyRgb.w), 0.0, matte);

    // Despill: limit the key channel to the average or maximum of the other two; the removed
    // excess comes back as the replacement tone.
    float k = dot(premul, keyChannel.rgb);
    vec3 others = premul * (vec3(1.0) - keyChannel.rgb);
    float highest = max(others.r, max(others.g, others.b));
    float average = (others.r + others.g + others.b) * 0.5;
    float limit = average * (1.0 - keyChannel.w) + highest * keyChannel.w;
    float excess = max(k - limit, 0.0) * keyParams.z;
    premul = clamp(premul - keyChannel.rgb * excess + spillTone.rgb * excess, 0.0, matte);

    float outAlpha = matte * src.a * keyParams.w;
    // Without adjustments the premultiplied colour only takes the frame's alpha and opacity.
    vec3 outColour = premul * (src.a * keyParams.w);
    if (ADJUSTMENTS) {
        // Foreground correction on the straight colour: gamma, contrast, brightness, saturation.
        vec3 s = matte > 0.0 ? premul / matte : vec3(0.0);
        if (correction.z != 1.0)
            s = vec3(s.r > 0.0 ? pow(s.r, correction.z) : 0.0,
                     s.g > 0.0 ? pow(s.g, correction.z) : 0.0,
                     s.b > 0.0 ? pow(s.b, correction.z) : 0.0);
        s = (s - 0.5) * correction.y + 0.5 + correction.x;
        float luma = dot(s, kLuma709);
        s = clamp(mixColour(vec3(luma), s, correction.w), 0.0, 1.0);
        outColour = s * outAlpha;
    }
    fragColor = applyView(vec4(outColour, outAlpha), src.rgb, outAlpha) * qt_Opacity;
}
