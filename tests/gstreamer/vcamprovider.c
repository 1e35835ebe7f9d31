#include "vcamprovider.h"

#include "vcamdevice.h"

#include <string.h>

#define POLL_INTERVAL (50 * G_TIME_SPAN_MILLISECOND)

static const char kDefaultCameras[] = "vcam0 ok Greenroom Virtual Camera\n";

struct _GreenroomVcamProvider {
    GstDeviceProvider parent;
    gchar *control_path; /* NULL: the default camera list */
    GThread *thread;
    GMutex lock;
    GCond wake;
    gboolean stopping;
    gchar *last_content; /* the control text the devices below reflect */
    GList *devices;      /* GreenroomVcamDevice, one reference each; poll thread only */
};

G_DEFINE_TYPE(GreenroomVcamProvider, greenroom_vcam_provider, GST_TYPE_DEVICE_PROVIDER)

typedef struct {
    gchar *serial;
    gboolean busy;
    gchar *name;
} Entry;

static void entry_free(gpointer data)
{
    Entry *entry = data;
    g_free(entry->serial);
    g_free(entry->name);
    g_free(entry);
}

/* Parses the control text into entries; malformed lines are skipped with a warning. */
static GList *parse_entries(const gchar *text)
{
    GList *entries = NULL;
    gchar **lines = g_strsplit(text, "\n", -1);
    for (gchar **line = lines; *line; ++line) {
        gchar *stripped = g_strstrip(*line);
        if (*stripped == '\0' || *stripped == '#')
            continue;
        gchar **fields = g_strsplit_set(stripped, " \t", 3);
        const gboolean complete = fields[0] && fields[1] && fields[2] && *fields[2];
        const gboolean busy = complete && strcmp(fields[1], "busy") == 0;
        if (!complete || (!busy && strcmp(fields[1], "ok") != 0)) {
            g_warning("greenroomvcam: ignoring control line '%s'", stripped);
        } else {
            Entry *entry = g_new0(Entry, 1);
            entry->serial = g_strdup(fields[0]);
            entry->busy = busy;
            entry->name = g_strdup(g_strstrip(fields[2]));
            entries = g_list_append(entries, entry);
        }
        g_strfreev(fields);
    }
    g_strfreev(lines);
    return entries;
}

static gboolean same_camera(GreenroomVcamDevice *device, const Entry *entry)
{
    gchar *name = gst_device_get_display_name(GST_DEVICE(device));
    const gboolean same = strcmp(greenroom_vcam_device_serial(device), entry->serial) == 0 &&
                          greenroom_vcam_device_is_busy(device) == entry->busy &&
                          strcmp(name, entry->name) == 0;
    g_free(name);
    return same;
}

static gchar *read_control(GreenroomVcamProvider *self)
{
    if (!self->control_path)
        return g_strdup(kDefaultCameras);
    gchar *text = NULL;
    if (!g_file_get_contents(self->control_path, &text, NULL, NULL))
        return g_strdup("");
    return text;
}

/* Brings the device list in line with the control text: unplugs what went, plugs what came. */
static void sync_devices(GreenroomVcamProvider *self)
{
    gchar *text = read_control(self);
    if (self->last_content && strcmp(text, self->last_content) == 0) {
        g_free(text);
        return;
    }
    GList *entries = parse_entries(text);
    g_free(self->last_content);
    self->last_content = text;

    for (GList *it = self->devices; it;) {
        GList *next = it->next;
        GreenroomVcamDevice *device = it->data;
        gboolean kept = FALSE;
        for (GList *e = entries; e && !kept; e = e->next)
            kept = same_camera(device, e->data);
        if (!kept) {
            greenroom_vcam_device_unplug(device);
            gst_device_provider_device_remove(GST_DEVICE_PROVIDER(self), GST_DEVICE(device));
            gst_object_unref(device);
            self->devices = g_list_delete_link(self->devices, it);
        }
        it = next;
    }
    for (GList *e = entries; e; e = e->next) {
        const Entry *entry = e->data;
        gboolean present = FALSE;
        for (GList *it = self->devices; it && !present; it = it->next)
            present = same_camera(it->data, entry);
        if (present)
            continue;
        GreenroomVcamDevice *device =
            greenroom_vcam_device_new(entry->serial, entry->name, entry->busy);
        self->devices = g_list_append(self->devices, gst_object_ref(device));
        gst_device_provider_device_add(GST_DEVICE_PROVIDER(self), GST_DEVICE(device));
    }
    g_list_free_full(entries, entry_free);
}

static gpointer poll_control(gpointer data)
{
    GreenroomVcamProvider *self = data;
    g_mutex_lock(&self->lock);
    while (!self->stopping) {
        g_mutex_unlock(&self->lock);
        sync_devices(self);
        g_mutex_lock(&self->lock);
        const gint64 until = g_get_monotonic_time() + POLL_INTERVAL;
        while (!self->stopping && g_cond_wait_until(&self->wake, &self->lock, until)) {
        }
    }
    g_mutex_unlock(&self->lock);
    return NULL;
}

static GList *greenroom_vcam_provider_probe(GstDeviceProvider *provider)
{
    GreenroomVcamProvider *self = GREENROOM_VCAM_PROVIDER(provider);
    gchar *text = read_control(self);
    GList *entries = parse_entries(text);
    g_free(text);
    GList *devices = NULL;
    for (GList *e = entries; e; e = e->next) {
        const Entry *entry = e->data;
        devices = g_list_append(devices,
                                greenroom_vcam_device_new(entry->serial, entry->name, entry->busy));
    }
    g_list_free_full(entries, entry_free);
    return devices;
}

/* The first sync runs before start returns, so the cameras are listed as soon as the monitor
 * starts; with no control file there is nothing to poll. */
static gboolean greenroom_vcam_provider_start(GstDeviceProvider *provider)
{
    GreenroomVcamProvider *self = GREENROOM_VCAM_PROVIDER(provider);
    sync_devices(self);
    if (self->control_path) {
        self->stopping = FALSE;
        self->thread = g_thread_new("greenroomvcam", poll_control, self);
    }
    return TRUE;
}

static void greenroom_vcam_provider_stop(GstDeviceProvider *provider)
{
    GreenroomVcamProvider *self = GREENROOM_VCAM_PROVIDER(provider);
    if (self->thread) {
        g_mutex_lock(&self->lock);
        self->stopping = TRUE;
        g_cond_signal(&self->wake);
        g_mutex_unlock(&self->lock);
        g_thread_join(self->thread);
        self->thread = NULL;
    }
    for (GList *it = self->devices; it; it = it->next) {
        gst_device_provider_device_remove(provider, GST_DEVICE(it->data));
        gst_object_unref(it->data);
    }
    g_list_free(self->devices);
    self->devices = NULL;
    g_clear_pointer(&self->last_content, g_free);
}

static void greenroom_vcam_provider_finalize(GObject *object)
{
    GreenroomVcamProvider *self = GREENROOM_VCAM_PROVIDER(object);
    g_free(self->control_path);
    g_free(self->last_content);
    g_mutex_clear(&self->lock);
    g_cond_clear(&self->wake);
    G_OBJECT_CLASS(greenroom_vcam_provider_parent_class)->finalize(object);
}

static void greenroom_vcam_provider_class_init(GreenroomVcamProviderClass *klass)
{
    GstDeviceProviderClass *provider_class = GST_DEVICE_PROVIDER_CLASS(klass);
    G_OBJECT_CLASS(klass)->finalize = greenroom_vcam_provider_finalize;
    provider_class->probe = greenroom_vcam_provider_probe;
    provider_class->start = greenroom_vcam_provider_start;
    provider_class->stop = greenroom_vcam_provider_stop;
    gst_device_provider_class_set_static_metadata(
        provider_class, "Greenroom virtual camera provider", "Source/Video",
        "Lists virtual green-screen cameras, for tests", "The Greenroom developers");
}

static void greenroom_vcam_provider_init(GreenroomVcamProvider *self)
{
    g_mutex_init(&self->lock);
    g_cond_init(&self->wake);
    const gchar *path = g_getenv("GREENROOM_VCAM_CONTROL");
    self->control_path = path && *path ? g_strdup(path) : NULL;
}
