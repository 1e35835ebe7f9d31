/* One virtual camera as GStreamer's device discovery sees it: a Video/Source GstDevice with a
 * fixed list of native Y'CbCr formats (and one RGB format), which creates greenroomvcamsrc
 * elements. A device can be made to fail on start (as a camera in use by another program
 * does), and it can be unplugged: its elements then stop with a read error, as v4l2src does
 * when a USB camera goes away. */
#pragma once

#include <gst/gst.h>

G_BEGIN_DECLS

#define GREENROOM_TYPE_VCAM_DEVICE (greenroom_vcam_device_get_type())
G_DECLARE_FINAL_TYPE(GreenroomVcamDevice, greenroom_vcam_device, GREENROOM, VCAM_DEVICE, GstDevice)

/* A new floating device. `busy`: its elements fail to start with a "busy" resource error. */
GreenroomVcamDevice *greenroom_vcam_device_new(const gchar *serial, const gchar *display_name,
                                               gboolean busy);

const gchar *greenroom_vcam_device_serial(GreenroomVcamDevice *device);
gboolean greenroom_vcam_device_is_busy(GreenroomVcamDevice *device);

/* Thread-safe: the provider unplugs a device on its own thread while elements stream. */
void greenroom_vcam_device_unplug(GreenroomVcamDevice *device);
gboolean greenroom_vcam_device_is_unplugged(GreenroomVcamDevice *device);

/* Every format a device offers, one caps structure per format, as a real camera lists them. */
GstCaps *greenroom_vcam_device_formats(void);

G_END_DECLS
