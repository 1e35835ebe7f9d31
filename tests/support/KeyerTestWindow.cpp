#include "KeyerTestWindow.h"

#include "GraphicsBackend.h"

#include <QtCore/QProcessEnvironment>
#include <QtQuick/QSGRendererInterface>
#include <QtTest/QTest>

namespace greenroom::test {

KeyerTestWindow::KeyerTestWindow(QSize itemSize, QSize windowSize)
    : m_window(std::make_unique<QQuickWindow>())
{
    m_window->setColor(Qt::black);
    m_window->resize(windowSize);
    m_window->setFlag(Qt::FramelessWindowHint);
    m_item = new KeyedVideoItem(m_window->contentItem());
    m_item->setFillMode(KeyedVideoItem::Stretch);
    m_item->setSize(QSizeF(itemSize));
}

KeyerTestWindow::~KeyerTestWindow() = default;

void KeyerTestWindow::resize(QSize itemSize)
{
    m_item->setSize(QSizeF(itemSize));
}

QString KeyerTestWindow::backendName() const
{
    return graphicsApiName(m_window->rendererInterface()->graphicsApi());
}

bool showOnExpectedBackend(QQuickWindow *window, QString *error)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window)) {
        *error = QStringLiteral("the window was never exposed");
        return false;
    }
    // The first frame creates the scene graph and tells which backend it really runs on.
    window->grabWindow();
    const QString expected =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("GREENROOM_EXPECT_BACKEND"));
    const QString actual = graphicsApiName(window->rendererInterface()->graphicsApi());
    if (!expected.isEmpty() && actual != expected) {
        *error = QStringLiteral("expected the %1 backend but the scene graph runs on %2")
                     .arg(expected, actual);
        return false;
    }
    return true;
}

bool KeyerTestWindow::show(QString *error)
{
    return showOnExpectedBackend(m_window.get(), error);
}

bool KeyerTestWindow::presentAndWait(const QVideoFrame &frame)
{
    const quint64 before = m_item->counters().framesUploaded.load();
    m_item->presentFrame(frame);
    m_window->grabWindow(); // renders (and so uploads) synchronously
    return QTest::qWaitFor([&] { return m_item->counters().framesUploaded.load() > before; }, 5000);
}

namespace {

QImage grabArea(QQuickWindow *window, QSize area)
{
    return window->grabWindow()
        .copy(QRect(QPoint(0, 0), area))
        .convertToFormat(QImage::Format_RGB32);
}

} // namespace

RgbaImage grabPremultiplied(QQuickWindow *window, QSize area)
{
    window->setColor(Qt::black);
    const QImage overBlack = grabArea(window, area);
    window->setColor(Qt::white);
    const QImage overWhite = grabArea(window, area);
    window->setColor(Qt::black);

    RgbaImage out(overBlack.width(), overBlack.height());
    for (int y = 0; y < out.height; ++y) {
        for (int x = 0; x < out.width; ++x) {
            const QRgb b = overBlack.pixel(x, y);
            const QRgb w = overWhite.pixel(x, y);
            const float r = qRed(b) / 255.0f, g = qGreen(b) / 255.0f, bl = qBlue(b) / 255.0f;
            const float transparency =
                ((qRed(w) - qRed(b)) + (qGreen(w) - qGreen(b)) + (qBlue(w) - qBlue(b))) /
                (3.0f * 255.0f);
            out.at(x, y) = {r, g, bl, 1.0f - transparency};
        }
    }
    return out;
}

QImage KeyerTestWindow::grab()
{
    return grabArea(m_window.get(), m_item->size().toSize());
}

RgbaImage KeyerTestWindow::grabPremultiplied()
{
    return greenroom::test::grabPremultiplied(m_window.get(), m_item->size().toSize());
}

} // namespace greenroom::test
