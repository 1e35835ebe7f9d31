#include "vcamscene.h"

#include <math.h>

typedef struct {
    guint8 r, g, b;
} Rgb;

typedef struct {
    guint8 y, cb, cr;
} Ycc;

/* The motion repeats every few seconds, like a presenter shifting from side to side. */
#define SWAY_PERIOD_SECONDS 4.0

static const Rgb kSkin = {224, 172, 140};
static const Rgb kShirt = {44, 62, 150};
static const Rgb kHair = {60, 40, 28};

/* BT.709, limited range: the colorimetry the provider announces for its Y'CbCr formats. */
static Ycc to_ycc(Rgb c)
{
    const double r = c.r / 255.0, g = c.g / 255.0, b = c.b / 255.0;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    Ycc out;
    out.y = (guint8)lround(16.0 + 219.0 * y);
    out.cb = (guint8)lround(128.0 + 224.0 * (b - y) / 1.8556);
    out.cr = (guint8)lround(128.0 + 224.0 * (r - y) / 1.5748);
    return out;
}

/* The backdrop is brighter in the middle, as a lit green screen is. */
static Rgb backdrop(int row, int height)
{
    const double v = (double)row / (height > 1 ? height - 1 : 1);
    const double light = 0.86 + 0.14 * sin(v * G_PI);
    Rgb c = {(guint8)lround(34 * light), (guint8)lround(196 * light), (guint8)lround(72 * light)};
    return c;
}

typedef struct {
    int begin, end; /* [begin, end) in pixels, clipped to the row */
    Rgb colour;
} Span;

/* The subject's spans on one row (neck, torso, head), back to front; returns how many. */
static int subject_spans(int row, int width, int height, double seconds, Span spans[4])
{
    const double cx = width * (0.5 + 0.22 * sin(2.0 * G_PI * seconds / SWAY_PERIOD_SECONDS));
    const double headY = height * 0.40, headR = height * 0.13;
    const double torsoTop = height * 0.58, torsoHalf = height * 0.26;
    const double y = row + 0.5;
    int count = 0;

    const double neckHalf = height * 0.05;
    if (y >= headY && y < torsoTop + height * 0.05) {
        spans[count].begin = (int)lround(cx - neckHalf);
        spans[count].end = (int)lround(cx + neckHalf);
        spans[count].colour = kSkin;
        ++count;
    }
    if (y >= torsoTop) {
        /* Rounded shoulders: an ellipse cap, then straight sides. */
        const double capDepth = height * 0.10;
        double half = torsoHalf;
        if (y < torsoTop + capDepth) {
            const double t = (torsoTop + capDepth - y) / capDepth;
            half = torsoHalf * sqrt(fmax(0.0, 1.0 - t * t));
        }
        spans[count].begin = (int)lround(cx - half);
        spans[count].end = (int)lround(cx + half);
        spans[count].colour = kShirt;
        ++count;
    }
    const double dy = y - headY;
    if (fabs(dy) < headR) {
        const double half = sqrt(headR * headR - dy * dy);
        spans[count].begin = (int)lround(cx - half);
        spans[count].end = (int)lround(cx + half);
        spans[count].colour = dy < -headR * 0.45 ? kHair : kSkin;
        ++count;
    }
    for (int i = 0; i < count; ++i) {
        spans[i].begin = CLAMP(spans[i].begin, 0, width);
        spans[i].end = CLAMP(spans[i].end, 0, width);
    }
    return count;
}

/* One row of the scene as RGB and as Y'CbCr (each colour converted once per row, not per
 * pixel: a row holds at most four colours). */
static void scene_row(Rgb *rgb, Ycc *ycc, int row, int width, int height, double seconds)
{
    const Rgb back = backdrop(row, height);
    const Ycc backYcc = to_ycc(back);
    for (int x = 0; x < width; ++x) {
        rgb[x] = back;
        ycc[x] = backYcc;
    }
    Span spans[4];
    const int count = subject_spans(row, width, height, seconds, spans);
    for (int i = 0; i < count; ++i) {
        const Ycc c = to_ycc(spans[i].colour);
        for (int x = spans[i].begin; x < spans[i].end; ++x) {
            rgb[x] = spans[i].colour;
            ycc[x] = c;
        }
    }
}

void greenroom_vcam_scene_draw(GstVideoFrame *frame, double seconds)
{
    const int width = GST_VIDEO_FRAME_WIDTH(frame);
    const int height = GST_VIDEO_FRAME_HEIGHT(frame);
    Rgb *rgb = g_new(Rgb, width);
    Ycc *ycc = g_new(Ycc, width);

    switch (GST_VIDEO_FRAME_FORMAT(frame)) {
    case GST_VIDEO_FORMAT_NV12: {
        guint8 *luma = GST_VIDEO_FRAME_PLANE_DATA(frame, 0);
        guint8 *chroma = GST_VIDEO_FRAME_PLANE_DATA(frame, 1);
        const int lumaStride = GST_VIDEO_FRAME_PLANE_STRIDE(frame, 0);
        const int chromaStride = GST_VIDEO_FRAME_PLANE_STRIDE(frame, 1);
        for (int y = 0; y < height; ++y) {
            scene_row(rgb, ycc, y, width, height, seconds);
            guint8 *dst = luma + (gsize)y * lumaStride;
            for (int x = 0; x < width; ++x)
                dst[x] = ycc[x].y;
            if (y % 2 == 0) {
                /* Chroma of the pair's top-left pixel: hard edges stay hard. */
                guint8 *uv = chroma + (gsize)(y / 2) * chromaStride;
                for (int x = 0; x < width; x += 2) {
                    uv[x] = ycc[x].cb;
                    uv[x + 1] = ycc[x].cr;
                }
            }
        }
        break;
    }
    case GST_VIDEO_FORMAT_YUY2: {
        guint8 *data = GST_VIDEO_FRAME_PLANE_DATA(frame, 0);
        const int stride = GST_VIDEO_FRAME_PLANE_STRIDE(frame, 0);
        for (int y = 0; y < height; ++y) {
            scene_row(rgb, ycc, y, width, height, seconds);
            guint8 *dst = data + (gsize)y * stride;
            for (int x = 0; x + 1 < width; x += 2) {
                dst[2 * x] = ycc[x].y;
                dst[2 * x + 1] = ycc[x].cb;
                dst[2 * x + 2] = ycc[x + 1].y;
                dst[2 * x + 3] = ycc[x].cr;
            }
        }
        break;
    }
    case GST_VIDEO_FORMAT_BGRx: {
        guint8 *data = GST_VIDEO_FRAME_PLANE_DATA(frame, 0);
        const int stride = GST_VIDEO_FRAME_PLANE_STRIDE(frame, 0);
        for (int y = 0; y < height; ++y) {
            scene_row(rgb, ycc, y, width, height, seconds);
            guint8 *dst = data + (gsize)y * stride;
            for (int x = 0; x < width; ++x) {
                dst[4 * x] = rgb[x].b;
                dst[4 * x + 1] = rgb[x].g;
                dst[4 * x + 2] = rgb[x].r;
                dst[4 * x + 3] = 255;
            }
        }
        break;
    }
    default:
        break;
    }
    g_free(ycc);
    g_free(rgb);
}
