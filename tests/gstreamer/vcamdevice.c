#include "vcamdevice.h"

#include "vcamsrc.h"

struct _GreenroomVcamDevice {
    GstDevice parent;
    gchar *serial;
    gboolean busy;
    gint unplugged; /* atomic */
};

G_DEFINE_TYPE(GreenroomVcamDevice, greenroom_vcam_device, GST_TYPE_DEVICE)

/* Native Y'CbCr at two sizes and rates, and an RGB format of higher resolution and rate that a
 * format choice must not prefer over them. */
static const char kFormats[] =
    "video/x-raw, format=NV12, width=1280, height=720, framerate=30/1, colorimetry=bt709; "
    "video/x-raw, format=NV12, width=640, height=360, framerate=30/1, colorimetry=bt709; "
    "video/x-raw, format=YUY2, width=1280, height=720, framerate=30/1, colorimetry=bt709; "
    "video/x-raw, format=YUY2, width=640, height=360, framerate=60/1, colorimetry=bt709; "
    "video/x-raw, format=BGRx, width=1920, height=1080, framerate=60/1";

GstCaps *greenroom_vcam_device_formats(void)
{
    return gst_caps_from_string(kFormats);
}

static GstElement *greenroom_vcam_device_create_element(GstDevice *device, const gchar *name)
{
    GstElement *element = gst_element_factory_make("greenroomvcamsrc", name);
    if (element)
        greenroom_vcam_src_set_device(GREENROOM_VCAM_SRC(element), GREENROOM_VCAM_DEVICE(device));
    return element;
}

static void greenroom_vcam_device_finalize(GObject *object)
{
    GreenroomVcamDevice *self = GREENROOM_VCAM_DEVICE(object);
    g_free(self->serial);
    G_OBJECT_CLASS(greenroom_vcam_device_parent_class)->finalize(object);
}

static void greenroom_vcam_device_class_init(GreenroomVcamDeviceClass *klass)
{
    GST_DEVICE_CLASS(klass)->create_element = greenroom_vcam_device_create_element;
    G_OBJECT_CLASS(klass)->finalize = greenroom_vcam_device_finalize;
}

static void greenroom_vcam_device_init(GreenroomVcamDevice *self)
{
    (void)self;
}

GreenroomVcamDevice *greenroom_vcam_device_new(const gchar *serial, const gchar *display_name,
                                               gboolean busy)
{
    GstCaps *caps = greenroom_vcam_device_formats();
    GstStructure *properties =
        gst_structure_new("greenroom-vcam", "device.serial", G_TYPE_STRING, serial, "device.api",
                          G_TYPE_STRING, "greenroom", NULL);
    GreenroomVcamDevice *device =
        g_object_new(GREENROOM_TYPE_VCAM_DEVICE, "display-name", display_name, "device-class",
                     "Video/Source", "caps", caps, "properties", properties, NULL);
    gst_caps_unref(caps);
    gst_structure_free(properties);
    device->serial = g_strdup(serial);
    device->busy = busy;
    return device;
}

const gchar *greenroom_vcam_device_serial(GreenroomVcamDevice *device)
{
    return device->serial;
}

gboolean greenroom_vcam_device_is_busy(GreenroomVcamDevice *device)
{
    return device->busy;
}

void greenroom_vcam_device_unplug(GreenroomVcamDevice *device)
{
    g_atomic_int_set(&device->unplugged, 1);
}

gboolean greenroom_vcam_device_is_unplugged(GreenroomVcamDevice *device)
{
    return g_atomic_int_get(&device->unplugged) != 0;
}
