// How the preview is looked at: view mode, split divider, zoom, which overlays and panels show,
// whether the picture is frozen. Plain state that QML binds to and shortcuts toggle; the
// STORED properties are saved with the session.
#pragma once

#include "KeyedVideoItem.h"

#include <QtCore/QObject>
#include <QtQmlIntegration/qqmlintegration.h>

namespace greenroom {

class ViewState : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ViewState belongs to a Studio")
    Q_PROPERTY(greenroom::KeyedVideoItem::ViewMode mode READ mode WRITE setMode NOTIFY modeChanged)
    // 0..1 of the preview's width; the source shows left of it.
    Q_PROPERTY(
        qreal splitPosition READ splitPosition WRITE setSplitPosition NOTIFY splitPositionChanged)
    Q_PROPERTY(Zoom zoom READ zoom WRITE setZoom NOTIFY zoomChanged)
    Q_PROPERTY(bool statsVisible READ statsVisible WRITE setStatsVisible NOTIFY statsVisibleChanged)
    Q_PROPERTY(
        bool panelsVisible READ panelsVisible WRITE setPanelsVisible NOTIFY panelsVisibleChanged)
    // Which side panel page is open.
    Q_PROPERTY(int panelPage READ panelPage WRITE setPanelPage NOTIFY panelPageChanged)
    Q_PROPERTY(
        bool outputVisible READ outputVisible WRITE setOutputVisible NOTIFY outputVisibleChanged)
    // Per session only: a restart never comes back frozen, full screen or mid-pick.
    Q_PROPERTY(bool frozen READ frozen WRITE setFrozen NOTIFY frozenChanged STORED false)
    Q_PROPERTY(
        bool fullScreen READ fullScreen WRITE setFullScreen NOTIFY fullScreenChanged STORED false)
    Q_PROPERTY(bool cheatSheetVisible READ cheatSheetVisible WRITE setCheatSheetVisible NOTIFY
                   cheatSheetVisibleChanged STORED false)
    Q_PROPERTY(bool eyedropperActive READ eyedropperActive WRITE setEyedropperActive NOTIFY
                   eyedropperActiveChanged STORED false)

public:
    enum Zoom { ZoomFit, Zoom100, Zoom200 };
    Q_ENUM(Zoom)

    explicit ViewState(QObject *parent = nullptr);

    KeyedVideoItem::ViewMode mode() const { return m_mode; }
    void setMode(KeyedVideoItem::ViewMode mode);
    // Shows `mode`, or the composite again when `mode` is already shown.
    void toggleMode(KeyedVideoItem::ViewMode mode);
    qreal splitPosition() const { return m_splitPosition; }
    void setSplitPosition(qreal position);
    Zoom zoom() const { return m_zoom; }
    void setZoom(Zoom zoom);
    bool statsVisible() const { return m_statsVisible; }
    void setStatsVisible(bool visible);
    bool panelsVisible() const { return m_panelsVisible; }
    void setPanelsVisible(bool visible);
    int panelPage() const { return m_panelPage; }
    void setPanelPage(int page);
    bool outputVisible() const { return m_outputVisible; }
    void setOutputVisible(bool visible);
    bool frozen() const { return m_frozen; }
    void setFrozen(bool frozen);
    bool fullScreen() const { return m_fullScreen; }
    void setFullScreen(bool fullScreen);
    bool cheatSheetVisible() const { return m_cheatSheetVisible; }
    void setCheatSheetVisible(bool visible);
    bool eyedropperActive() const { return m_eyedropperActive; }
    void setEyedropperActive(bool active);

Q_SIGNALS:
    void modeChanged();
    void splitPositionChanged();
    void zoomChanged();
    void statsVisibleChanged();
    void panelsVisibleChanged();
    void panelPageChanged();
    void outputVisibleChanged();
    void frozenChanged();
    void fullScreenChanged();
    void cheatSheetVisibleChanged();
    void eyedropperActiveChanged();

private:
    KeyedVideoItem::ViewMode m_mode = KeyedVideoItem::Composite;
    qreal m_splitPosition = 0.5;
    Zoom m_zoom = ZoomFit;
    bool m_statsVisible = false;
    bool m_panelsVisible = true;
    int m_panelPage = 0;
    bool m_outputVisible = false;
    bool m_frozen = false;
    bool m_fullScreen = false;
    bool m_cheatSheetVisible = false;
    bool m_eyedropperActive = false;
};

} // namespace greenroom
