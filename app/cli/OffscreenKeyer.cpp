#include "OffscreenKeyer.h"

#include "BenchMonitor.h"
#include "KeyedVideoItem.h"
#include "OffscreenQuickWindow.h"

#include <QtCore/QCoreApplication>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickWindow>

namespace greenroom {

OffscreenKeyer::OffscreenKeyer() = default;

OffscreenKeyer::~OffscreenKeyer() = default;

std::unique_ptr<OffscreenKeyer> OffscreenKeyer::create(GraphicsBackend backend, QString *error)
{
    std::unique_ptr<OffscreenKeyer> keyer(new OffscreenKeyer);
    // Cleared to transparent: the texture then holds the keyer's premultiplied output as is.
    keyer->m_window = OffscreenQuickWindow::create(backend, Qt::transparent, error);
    if (!keyer->m_window)
        return nullptr;
    keyer->m_item = new KeyedVideoItem(keyer->m_window->window()->contentItem());
    keyer->m_item->setFillMode(KeyedVideoItem::Stretch);
    return keyer;
}

QString OffscreenKeyer::backendName() const
{
    return m_window->backendName();
}

QImage OffscreenKeyer::key(const QVideoFrame &frame, const KeyParams &params, QString *error,
                           const CleanPlate &plate)
{
    const QSize size = frame.size();
    if (size.isEmpty()) {
        *error = QStringLiteral("the frame is empty");
        return {};
    }
    if (!m_window->resize(size, error))
        return {};
    m_item->setSize(QSizeF(size));
    m_item->setKeyParams(params);
    m_item->setCleanPlate(plate);
    // Drawn: uploaded, or drawn from the textures it arrived in.
    const quint64 drawnBefore = CounterSnapshot::of(m_item->counters()).framesDrawn();
    m_item->presentFrame(frame);
    m_window->renderFrame();

    // The item reports frame problems to its own thread with a queued call.
    QCoreApplication::processEvents();
    if (!m_item->frameError().isEmpty()) {
        *error = m_item->frameError();
        return {};
    }
    if (CounterSnapshot::of(m_item->counters()).framesDrawn() == drawnBefore) {
        *error = QStringLiteral("the frame was not drawn");
        return {};
    }
    return m_window->readBack(error);
}

} // namespace greenroom
