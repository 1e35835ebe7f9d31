#include "VirtualCameras.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSaveFile>

#include <algorithm>

namespace greenroom::test {

VirtualCamera VirtualCameras::standard()
{
    return {QStringLiteral("vcam-a"), QStringLiteral("Greenroom Virtual Camera"), false};
}

bool VirtualCameras::setUp(const QList<VirtualCamera> &cameras, QString *error)
{
    const QStringList pluginDirs =
        qEnvironmentVariable("GST_PLUGIN_PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    const bool found = std::any_of(pluginDirs.begin(), pluginDirs.end(), [](const QString &dir) {
        return QDir(dir).exists(QStringLiteral("libgstgreenroomvcam.so"));
    });
    if (!found) {
        *error = QStringLiteral("GST_PLUGIN_PATH ('%1') does not hold the virtual camera plugin "
                                "libgstgreenroomvcam.so; run this test through ctest")
                     .arg(qEnvironmentVariable("GST_PLUGIN_PATH"));
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    const QString registry = qEnvironmentVariable("GST_REGISTRY");
    if (!registry.isEmpty())
        QFile::remove(registry);
    m_controlFile = m_dir.filePath(QStringLiteral("cameras.txt"));
    if (!plug(cameras)) {
        *error = QStringLiteral("cannot write %1").arg(m_controlFile);
        return false;
    }
    qputenv("GREENROOM_VCAM_CONTROL", QFile::encodeName(m_controlFile));
    return true;
}

bool VirtualCameras::plug(const QList<VirtualCamera> &cameras)
{
    // Written whole and renamed into place: the plugin never reads half a list.
    QSaveFile file(m_controlFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QByteArray text = "# serial behaviour name\n";
    for (const VirtualCamera &camera : cameras) {
        text += camera.serial.toUtf8() + (camera.busy ? " busy " : " ok ") + camera.name.toUtf8() +
                '\n';
    }
    file.write(text);
    return file.commit();
}

} // namespace greenroom::test
