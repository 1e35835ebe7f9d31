#version 440
// The keyer's per-pixel colour math (shaders/keyer.frag: matte from the distance to the nearest
// shade of the key raised to the colour-difference matte, clip levels and matte gamma, garbage
// matte, screen subtraction, despill with replacement tone, foreground correction) as a
// ShaderEffect fragment shader, for the benchmark's comparison path
// (qml/VideoOutputKeyEffect.qml). It starts from the R'G'B' that Qt's VideoOutput already drew
// into the layer texture, so it lacks what needs the camera's planes (luma-guided chroma) and
// the neighbour taps (off by default). Keep the math in step with keyer.frag, so both paths do
// the same work per pixel; the uniforms carry the same values (see BenchVideoOutputScene.cpp).

layout(location = 0) in vec2 qt_TexCoord0;
layout(location = 0) out vec4 fragColor;

// ShaderEffect conventions: qt_Matrix and qt_Opacity from the scene graph, the other members
// from the effect's properties of the same name.
layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    float qt_Opacity;
    vec4 keyCbCr;        // xyz: the key as (luma weight * Y', Cb, Cr), w: 1 / its squared length
    vec4 keyParams;      // similarity, smoothness, spill, opacity
    vec4 keyChannel;     // rgb: one-hot mask of the key colour's dominant channel, w: spill method
    vec4 shadeInfo;      // x: luma weight, z: lowest, w: highest shade of the key (light tolerance)
    vec4 keyRgb;         // rgb: key colour, w: screen subtraction
    vec4 matteInfo;      // x: clip black, y: clip scale, z: matte exponent
    vec4 differenceInfo; // colour-difference matte: strength, 1 / (1 - floor), 1 / the key's
                         // squared chroma length, 1 / the key's luma
    vec4 garbageOuter;   // x0, y0, x1, y1 (normalised frame coordinates)
    vec4 garbageInner;   // x0, y0, x1, y1
    vec4 garbageInfo;    // x: 1 / feather, y: inner rectangle enabled
    vec4 spillTone;      // rgb: added per unit of removed key-channel excess
    vec4 correction;     // brightness, contrast, gamma exponent, saturation
};

layout(binding = 1) uniform sampler2D source;

const vec3 kLuma709 = vec3(0.2126, 0.7152, 0.0722);

// keyer.frag's matteAlphaAndShade: distance from the nearest shade of the key, ramp, raised to
// the colour-difference matte, clip levels, matte gamma.
float matteAlphaAndShade(vec3 rgb, out float shade)
{
    float y = dot(rgb, kLuma709);
    vec3 v = vec3(shadeInfo.x * y, (rgb.b - y) / 1.8556, (rgb.r - y) / 1.5748);
    shade = clamp(dot(v, keyCbCr.xyz) * keyCbCr.w, shadeInfo.z, shadeInfo.w);
    vec3 d = v - shade * keyCbCr.xyz;
    float dist = sqrt(d.x * d.x + d.y * d.y + d.z * d.z);

    float alpha = clamp((dist - keyParams.x) / keyParams.y, 0.0, 1.0);
    float lumaShade = clamp(y * differenceInfo.w, shadeInfo.z, shadeInfo.w);
    float share = (v.y * keyCbCr.y + v.z * keyCbCr.z) * differenceInfo.z / lumaShade;
    float difference = clamp(1.0 - share * differenceInfo.y, 0.0, 1.0);
    alpha = max(alpha, differenceInfo.x * difference);
    alpha = clamp((alpha - matteInfo.x) * matteInfo.y, 0.0, 1.0);
    if (matteInfo.z != 1.0)
        alpha = alpha > 0.0 ? pow(alpha, matteInfo.z) : 0.0;
    return alpha;
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

void main()
{
    vec4 texel = texture(source, qt_TexCoord0); // premultiplied; transparent outside the video
    vec3 rgb = texel.a > 0.0 ? clamp(texel.rgb / texel.a, 0.0, 1.0) : vec3(0.0);
    float shade;
    float matte = matteAlphaAndShade(rgb, shade);

    float inner = garbageInfo.y * rectMask(garbageInner, qt_TexCoord0);
    matte = max(matte, inner) * rectMask(garbageOuter, qt_TexCoord0);

    vec3 unmixed = rgb - ((1.0 - matte) * shade) * keyRgb.rgb;
    vec3 premul = clamp(mixColour(matte * rgb, unmixed, keyRgb.w), 0.0, matte);

    float k = dot(premul, keyChannel.rgb);
    vec3 others = premul * (vec3(1.0) - keyChannel.rgb);
    float highest = max(others.r, max(others.g, others.b));
    float average = (others.r + others.g + others.b) * 0.5;
    float limit = average * (1.0 - keyChannel.w) + highest * keyChannel.w;
    float excess = max(k - limit, 0.0) * keyParams.z;
    premul = clamp(premul - keyChannel.rgb * excess + spillTone.rgb * excess, 0.0, matte);

    vec3 s = matte > 0.0 ? premul / matte : vec3(0.0);
    if (correction.z != 1.0)
        s = vec3(s.r > 0.0 ? pow(s.r, correction.z) : 0.0, s.g > 0.0 ? pow(s.g, correction.z) : 0.0,
                 s.b > 0.0 ? pow(s.b, correction.z) : 0.0);
    s = (s - 0.5) * correction.y + 0.5 + correction.x;
    float luma = dot(s, kLuma709);
    s = clamp(mixColour(vec3(luma), s, correction.w), 0.0, 1.0);

    float outAlpha = matte * texel.a * keyParams.w;
    fragColor = vec4(s * outAlpha, outAlpha) * qt_Opacity;
}
