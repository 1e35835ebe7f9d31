/* The device provider that makes the virtual cameras appear to GstDeviceMonitor, the way Qt
 * Multimedia's GStreamer backend discovers cameras.
 *
 * Which cameras exist is read from the file named by GREENROOM_VCAM_CONTROL, polled every
 * 50 ms while the provider runs, so a test can plug and unplug cameras mid-stream. One camera
 * per line, "<serial> <behaviour> <display name>"; '#' starts a comment:
 *
 *     cam-a ok Greenroom Virtual Camera
 *     cam-b busy Greenroom Busy Camera
 *
 * behaviour "ok" streams; "busy" fails to start like a camera in use by another program.
 * A missing or empty file means no cameras. Without GREENROOM_VCAM_CONTROL there is one
 * working camera, "Greenroom Virtual Camera". Removing a line unplugs that camera: it leaves
 * the device list and its running elements stop with a read error. A line that comes back
 * is a new device (as a re-plugged USB camera is) with the same name. */
#pragma once

#include <gst/gst.h>

G_BEGIN_DECLS

#define GREENROOM_TYPE_VCAM_PROVIDER (greenroom_vcam_provider_get_type())
G_DECLARE_FINAL_TYPE(GreenroomVcamProvider, greenroom_vcam_provider, GREENROOM, VCAM_PROVIDER,
                     GstDeviceProvider)

G_END_DECLS
