// Qt's idle wait before a window's update request is served, set for a live video path.
#pragma once

namespace greenroom {

// Call before the QGuiApplication exists. Where the platform has no display-driven frame
// callback (X11 and Windows among them) Qt serves QWindow::requestUpdate(), which drives the
// Qt Quick render loop, from a timer that waits QT_QPA_UPDATE_IDLE_TIME ms, 5 by default, to
// gather updates. Every update Greenroom asks for is a new camera frame, so that wait is added
// latency on every frame (greenroom bench: 1080p YUYV at 60 fps, median 18.3 -> 13.2 ms) and
// gathers nothing: updates asked for within one pass of the event loop still make one frame.
// A value the user has set is kept.
void dropUpdateIdleTime();

} // namespace greenroom
