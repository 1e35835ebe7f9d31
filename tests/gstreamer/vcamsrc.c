#include "vcamsrc.h"

#include "vcamscene.h"

#include <gst/video/video.h>

struct _GreenroomVcamSrc {
    GstPushSrc parent;
    GreenroomVcamDevice *device; /* owned reference, or NULL */
    GstVideoInfo info;
    guint64 frames;              /* frames made since start */
    GstClockTime firstTimestamp; /* running time of the first frame */
};

G_DEFINE_TYPE(GreenroomVcamSrc, greenroom_vcam_src, GST_TYPE_PUSH_SRC)

static GstStaticPadTemplate src_template =
    GST_STATIC_PAD_TEMPLATE("src", GST_PAD_SRC, GST_PAD_ALWAYS,
                            GST_STATIC_CAPS("video/x-raw, format=(string){ NV12, YUY2, BGRx }, "
                                            "width=(int)[ 16, 4096 ], height=(int)[ 16, 4096 ], "
                                            "framerate=(fraction)[ 1/1, 120/1 ]"));

static const char *device_name(GreenroomVcamSrc *self)
{
    return self->device ? greenroom_vcam_device_serial(self->device) : "(none)";
}

void greenroom_vcam_src_set_device(GreenroomVcamSrc *self, GreenroomVcamDevice *device)
{
    gst_object_replace((GstObject **)&self->device, GST_OBJECT(device));
}

static GstCaps *greenroom_vcam_src_get_caps(GstBaseSrc *src, GstCaps *filter)
{
    GreenroomVcamSrc *self = GREENROOM_VCAM_SRC(src);
    GstCaps *caps = self->device ? gst_device_get_caps(GST_DEVICE(self->device))
                                 : gst_pad_get_pad_template_caps(GST_BASE_SRC_PAD(src));
    if (filter) {
        GstCaps *both = gst_caps_intersect_full(filter, caps, GST_CAPS_INTERSECT_FIRST);
        gst_caps_unref(caps);
        caps = both;
    }
    return caps;
}

static gboolean greenroom_vcam_src_set_caps(GstBaseSrc *src, GstCaps *caps)
{
    GreenroomVcamSrc *self = GREENROOM_VCAM_SRC(src);
    GstVideoInfo info;
    if (!gst_video_info_from_caps(&info, caps) || GST_VIDEO_INFO_FPS_N(&info) <= 0)
        return FALSE;
    self->info = info;
    return TRUE;
}

/* Standalone (no device, open ranges): a size and rate a camera would pick. */
static GstCaps *greenroom_vcam_src_fixate(GstBaseSrc *src, GstCaps *caps)
{
    caps = gst_caps_make_writable(caps);
    GstStructure *structure = gst_caps_get_structure(caps, 0);
    gst_structure_fixate_field_nearest_int(structure, "width", 640);
    gst_structure_fixate_field_nearest_int(structure, "height", 360);
    gst_structure_fixate_field_nearest_fraction(structure, "framerate", 30, 1);
    return GST_BASE_SRC_CLASS(greenroom_vcam_src_parent_class)->fixate(src, caps);
}

/* A camera in use by another program refuses to open; v4l2src reports it the same way. */
static gboolean greenroom_vcam_src_start(GstBaseSrc *src)
{
    GreenroomVcamSrc *self = GREENROOM_VCAM_SRC(src);
    if (self->device && greenroom_vcam_device_is_busy(self->device)) {
        GST_ELEMENT_ERROR(self, RESOURCE, BUSY,
                          ("Could not open device '%s' for reading and writing: "
                           "Device or resource busy",
                           device_name(self)),
                          ("simulated busy camera"));
        return FALSE;
    }
    self->frames = 0;
    self->firstTimestamp = GST_CLOCK_TIME_NONE;
    return TRUE;
}

static GstClockTime frame_offset(GreenroomVcamSrc *self, guint64 frame)
{
    return gst_util_uint64_scale(frame, GST_SECOND * GST_VIDEO_INFO_FPS_D(&self->info),
                                 GST_VIDEO_INFO_FPS_N(&self->info));
}

/* Live: one frame duration of latency, and basesrc waits for each frame's time on the clock. */
static gboolean greenroom_vcam_src_query(GstBaseSrc *src, GstQuery *query)
{
    GreenroomVcamSrc *self = GREENROOM_VCAM_SRC(src);
    if (GST_QUERY_TYPE(query) == GST_QUERY_LATENCY && GST_VIDEO_INFO_FPS_N(&self->info) > 0) {
        const GstClockTime latency = frame_offset(self, 1);
        gst_query_set_latency(query, TRUE, latency, latency);
        return TRUE;
    }
    return GST_BASE_SRC_CLASS(greenroom_vcam_src_parent_class)->query(src, query);
}

static void greenroom_vcam_src_get_times(GstBaseSrc *src, GstBuffer *buffer, GstClockTime *start,
                                         GstClockTime *end)
{
    (void)src;
    *start = GST_BUFFER_PTS(buffer);
    *end = GST_CLOCK_TIME_IS_VALID(*start) && GST_BUFFER_DURATION_IS_VALID(buffer)
               ? *start + GST_BUFFER_DURATION(buffer)
               : GST_CLOCK_TIME_NONE;
}

/* The running time now; frames are stamped from it, since the element may join a pipeline
 * that has been playing for a while. */
static GstClockTime running_time_now(GreenroomVcamSrc *self)
{
    GstClock *clock = gst_element_get_clock(GST_ELEMENT(self));
    if (!clock)
        return 0;
    const GstClockTime now = gst_clock_get_time(clock);
    const GstClockTime base = gst_element_get_base_time(GST_ELEMENT(self));
    gst_object_unref(clock);
    return now > base ? now - base : 0;
}

static GstFlowReturn greenroom_vcam_src_create(GstPushSrc *src, GstBuffer **out)
{
    GreenroomVcamSrc *self = GREENROOM_VCAM_SRC(src);
    if (self->device && greenroom_vcam_device_is_unplugged(self->device)) {
        GST_ELEMENT_ERROR(self, RESOURCE, READ, ("Could not read from resource."),
                          ("device '%s' was unplugged", device_name(self)));
        return GST_FLOW_ERROR;
    }
    if (GST_VIDEO_INFO_FORMAT(&self->info) == GST_VIDEO_FORMAT_UNKNOWN)
        return GST_FLOW_NOT_NEGOTIATED;

    if (!GST_CLOCK_TIME_IS_VALID(self->firstTimestamp))
        self->firstTimestamp = running_time_now(self);

    GstBuffer *buffer = gst_buffer_new_allocate(NULL, GST_VIDEO_INFO_SIZE(&self->info), NULL);
    GstVideoFrame frame;
    if (!gst_video_frame_map(&frame, &self->info, buffer, GST_MAP_WRITE)) {
        gst_buffer_unref(buffer);
        GST_ELEMENT_ERROR(self, RESOURCE, WRITE, ("Could not map a frame"), (NULL));
        return GST_FLOW_ERROR;
    }
    const GstClockTime offset = frame_offset(self, self->frames);
    greenroom_vcam_scene_draw(&frame, (double)offset / GST_SECOND);
    gst_video_frame_unmap(&frame);

    GST_BUFFER_PTS(buffer) = self->firstTimestamp + offset;
    GST_BUFFER_DTS(buffer) = GST_CLOCK_TIME_NONE;
    GST_BUFFER_DURATION(buffer) = frame_offset(self, self->frames + 1) - offset;
    GST_BUFFER_OFFSET(buffer) = self->frames;
    GST_BUFFER_OFFSET_END(buffer) = self->frames + 1;
    ++self->frames;
    *out = buffer;
    return GST_FLOW_OK;
}

static void greenroom_vcam_src_finalize(GObject *object)
{
    GreenroomVcamSrc *self = GREENROOM_VCAM_SRC(object);
    gst_object_replace((GstObject **)&self->device, NULL);
    G_OBJECT_CLASS(greenroom_vcam_src_parent_class)->finalize(object);
}

static void greenroom_vcam_src_class_init(GreenroomVcamSrcClass *klass)
{
    GObjectClass *object_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseSrcClass *base_class = GST_BASE_SRC_CLASS(klass);

    object_class->finalize = greenroom_vcam_src_finalize;
    gst_element_class_add_static_pad_template(element_class, &src_template);
    gst_element_class_set_static_metadata(
        element_class, "Greenroom virtual camera source", "Source/Video",
        "Films a synthetic green-screen scene, for tests", "The Greenroom developers");
    base_class->get_caps = greenroom_vcam_src_get_caps;
    base_class->set_caps = greenroom_vcam_src_set_caps;
    base_class->fixate = greenroom_vcam_src_fixate;
    base_class->start = greenroom_vcam_src_start;
    base_class->query = greenroom_vcam_src_query;
    base_class->get_times = greenroom_vcam_src_get_times;
    GST_PUSH_SRC_CLASS(klass)->create = greenroom_vcam_src_create;
}

static void greenroom_vcam_src_init(GreenroomVcamSrc *self)
{
    gst_video_info_init(&self->info);
    self->firstTimestamp = GST_CLOCK_TIME_NONE;
    gst_base_src_set_live(GST_BASE_SRC(self), TRUE);
    gst_base_src_set_format(GST_BASE_SRC(self), GST_FORMAT_TIME);
}
