/* The picture the virtual camera films: a person (head and torso) swaying in front of an
 * unevenly lit green backdrop, drawn straight into NV12, YUY2 or BGRx. Flat colours with hard
 * edges, so a test can tell backdrop from subject exactly. */
#pragma once

#include <gst/video/video.h>

G_BEGIN_DECLS

/* Draws the scene at `seconds` into a mapped frame of one of the formats above. */
void greenroom_vcam_scene_draw(GstVideoFrame *frame, double seconds);

G_END_DECLS
