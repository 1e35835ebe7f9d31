/* A GStreamer plugin for tests: virtual cameras that Qt Multimedia finds through its normal
 * device discovery (GstDeviceMonitor), so the camera path is tested end to end on machines
 * without a camera. Load it with GST_PLUGIN_PATH; see vcamprovider.h for the control file. */
/* GST_PLUGIN_DEFINE names the plugin's package with this macro. */
#define PACKAGE "greenroom"

#include "vcamprovider.h"
#include "vcamsrc.h"

static gboolean plugin_init(GstPlugin *plugin)
{
    return gst_element_register(plugin, "greenroomvcamsrc", GST_RANK_NONE,
                                GREENROOM_TYPE_VCAM_SRC) &&
           gst_device_provider_register(plugin, "greenroomvcamprovider", GST_RANK_PRIMARY,
                                        GREENROOM_TYPE_VCAM_PROVIDER);
}

GST_PLUGIN_DEFINE(GST_VERSION_MAJOR, GST_VERSION_MINOR, greenroomvcam,
                  "Virtual green-screen cameras for Greenroom's tests", plugin_init, "1.0",
                  "MIT/X11", "Greenroom", "https://greenroom.invalid")
