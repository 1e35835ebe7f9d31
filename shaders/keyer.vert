#version 440
// Greenroom keyer: vertex stage. Passes the frame's texture coordinates through; the fill mode,
// rotation and mirroring are already in the vertex data (see render/VideoGeometry).

layout(location = 0) in vec4 vertexPosition;
layout(location = 1) in vec2 vertexTexCoord;

layout(location = 0) out vec2 texCoord;

// Must match keyer.frag and KeyMaterialShader::updateUniformData byte for byte.
layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    mat4 colorMatrix;
    mat4 rgbSwizzle;
    vec4 rgbSwizzleOffset;
    vec4 keyCbCr;
    vec4 keyParams;
    vec4 keyChannel;
    vec4 layoutInfo;
    vec4 chromaInfo;
    vec4 frameInfo;
    vec4 keyRgb;
    vec4 matteInfo;
    vec4 edgeInfo;
    vec4 garbageOuter;
    vec4 garbageInner;
    vec4 garbageInfo;
    vec4 spillTone;
    vec4 correction;
    vec4 subsampling;
    vec4 differenceInfo;
    vec4 screenInfo;
    float qt_Opacity;
    vec4 viewInfo;
    vec4 plateInfo;
};

out gl_PerVertex { vec4 gl_Position; };

void main()
{
    texCoord = vertexTexCoord;
    gl_Position = qt_Matrix * vertexPosition;
}
