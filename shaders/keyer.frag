#version 440
// Greenroom keyer: one fragment pass from the camera's planes to a premultiplied keyed pixel.
//   sample planes -> Y'CbCr -> R'G'B' -> alpha from chroma distance -> despill -> premultiply
// The CPU reference (app/keying/ReferenceKeyer.cpp) implements the same math; keep them in step.

layout(location = 0) in vec2 texCoord;
layout(location = 0) out vec4 fragColor;

layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    mat4 colorMatrix;      // normalised (Y', Cb, Cr, 1) texel values -> R'G'B'
    mat4 rgbSwizzle;       // raw RGBA8 texel (bytes in memory order) -> R'G'B'A
    vec4 rgbSwizzleOffset; // (0, 0, 0, 1) for formats without alpha
    vec4 keyCbCr;          // xy: BT.709 (Cb, Cr) of the key colour
    vec4 keyParams;        // similarity, smoothness, spill, opacity
    vec4 keyChannel;       // rgb: one-hot mask of the key colour's dominant channel
    vec4 layoutInfo;       // x: SampleMode, y: chroma swapped, z: chroma first (UYVY), w: texel pairs per row
    vec4 chromaInfo;       // x: neutral chroma texel value (luma-only formats)
    float qt_Opacity;
};

layout(binding = 1) uniform sampler2D plane0;
layout(binding = 2) uniform sampler2D plane1;
layout(binding = 3) uniform sampler2D plane2;

vec4 sampleStraightRgba()
{
    float mode = layoutInfo.x;
    if (mode < 0.5) { // packed 32-bit RGB
        return rgbSwizzle * texture(plane0, texCoord) + rgbSwizzleOffset;
    }
    vec3 ycc;
    if (mode < 1.5) { // planar
        ycc = vec3(texture(plane0, texCoord).r, texture(plane1, texCoord).r,
                   texture(plane2, texCoord).r);
    } else if (mode < 2.5) { // semi-planar
        vec2 c = texture(plane1, texCoord).rg;
        ycc = vec3(texture(plane0, texCoord).r, layoutInfo.y > 0.5 ? c.yx : c);
    } else if (mode < 3.5) { // packed 4:2:2, two pixels per texel, nearest sampling
        vec4 t = texture(plane0, texCoord);
        float odd = step(0.5, fract(texCoord.x * layoutInfo.w));
        if (layoutInfo.z > 0.5)
            ycc = vec3(mix(t.g, t.a, odd), t.r, t.b); // Cb Y0 Cr Y1
        else
            ycc = vec3(mix(t.r, t.b, odd), t.g, t.a); // Y0 Cb Y1 Cr
    } else { // luma only
        ycc = vec3(texture(plane0, texCoord).r, chromaInfo.x, chromaInfo.x);
    }
    return vec4((colorMatrix * vec4(ycc, 1.0)).rgb, 1.0);
}

void main()
{
    vec4 src = sampleStraightRgba();
    vec3 rgb = clamp(src.rgb, 0.0, 1.0);

    // Alpha from the distance between the pixel's chroma and the key's, in BT.709 Cb/Cr.
    float y = dot(rgb, vec3(0.2126, 0.7152, 0.0722));
    vec2 chroma = vec2((rgb.b - y) / 1.8556, (rgb.r - y) / 1.5748);
    float dist = distance(chroma, keyCbCr.xy);
    float alpha = clamp((dist - keyParams.x) / keyParams.y, 0.0, 1.0);

    // Despill: pull the key channel down toward the strongest of the other two channels.
    float k = dot(rgb, keyChannel.rgb);
    vec3 others = rgb * (vec3(1.0) - keyChannel.rgb);
    float limit = max(others.r, max(others.g, others.b));
    rgb -= keyChannel.rgb * (max(k - limit, 0.0) * keyParams.z);

    alpha *= src.a * keyParams.w;
    fragColor = vec4(rgb * alpha, alpha) * qt_Opacity;
}
