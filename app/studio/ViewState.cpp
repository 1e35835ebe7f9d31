#include "ViewState.h"

#include <algorithm>
#include <cmath>

namespace greenroom {

namespace {
constexpr int panelPageCount = 4;

// Assigns and emits only on a real change, the NOTIFY contract every property here keeps.
template<typename T, typename Signal>
void assign(ViewState *state, T &member, const T &value, Signal signal)
{
    if (member == value)
        return;
    member = value;
    Q_EMIT(state->*signal)();
}
} // namespace

ViewState::ViewState(QObject *parent) : QObject(parent) {}

void ViewState::setMode(KeyedVideoItem::ViewMode mode)
{
    if (mode < KeyedVideoItem::Composite || mode > KeyedVideoItem::Split)
        mode = KeyedVideoItem::Composite;
    assign(this, m_mode, mode, &ViewState::modeChanged);
}

void ViewState::toggleMode(KeyedVideoItem::ViewMode mode)
{
    setMode(m_mode == mode ? KeyedVideoItem::Composite : mode);
}

void ViewState::setSplitPosition(qreal position)
{
    position = std::isnan(position) ? 0.5 : std::clamp(position, 0.0, 1.0);
    assign(this, m_splitPosition, position, &ViewState::splitPositionChanged);
}

void ViewState::setZoom(Zoom zoom)
{
    if (zoom < ZoomFit || zoom > Zoom200)
        zoom = ZoomFit;
    assign(this, m_zoom, zoom, &ViewState::zoomChanged);
}

void ViewState::setStatsVisible(bool visible)
{
    assign(this, m_statsVisible, visible, &ViewState::statsVisibleChanged);
}

void ViewState::setPanelsVisible(bool visible)
{
    assign(this, m_panelsVisible, visible, &ViewState::panelsVisibleChanged);
}

void ViewState::setPanelPage(int page)
{
    assign(this, m_panelPage, std::clamp(page, 0, panelPageCount - 1),
           &ViewState::panelPageChanged);
}

void ViewState::setOutputVisible(bool visible)
{
    assign(this, m_outputVisible, visible, &ViewState::outputVisibleChanged);
}

void ViewState::setFrozen(bool frozen)
{
    assign(this, m_frozen, frozen, &ViewState::frozenChanged);
}

void ViewState::setFullScreen(bool fullScreen)
{
    assign(this, m_fullScreen, fullScreen, &ViewState::fullScreenChanged);
}

void ViewState::setCheatSheetVisible(bool visible)
{
    assign(this, m_cheatSheetVisible, visible, &ViewState::cheatSheetVisibleChanged);
}

void ViewState::setEyedropperActive(bool active)
{
    assign(this, m_eyedropperActive, active, &ViewState::eyedropperActiveChanged);
}

} // namespace greenroom
