/* greenroomvcamsrc: the element a virtual camera device creates. A live source that films the
 * synthetic green-screen scene in the format downstream negotiates from the device's list,
 * paced by the pipeline clock like a real camera. */
#pragma once

#include "vcamdevice.h"

#include <gst/base/gstpushsrc.h>

G_BEGIN_DECLS

#define GREENROOM_TYPE_VCAM_SRC (greenroom_vcam_src_get_type())
G_DECLARE_FINAL_TYPE(GreenroomVcamSrc, greenroom_vcam_src, GREENROOM, VCAM_SRC, GstPushSrc)

/* Binds the element to the device that created it (a reference is kept). Without a device
 * the element offers every size of its formats and never fails: handy with gst-launch-1.0. */
void greenroom_vcam_src_set_device(GreenroomVcamSrc *self, GreenroomVcamDevice *device);

G_END_DECLS
