# Install rules for Linux and other freedesktop systems: `cmake --install` puts the desktop
# integration next to bin/greenroom (installed in app/CMakeLists.txt) in the FHS layout:
#
#   bin/greenroom
#   share/applications/<app id>.desktop
#   share/icons/hicolor/scalable/apps/<app id>.svg
#   share/metainfo/<app id>.metainfo.xml        (AppStream; passes `appstreamcli validate`)
#   share/doc/greenroom/                        (LICENSE and third-party licence texts)
#
# The version in the metainfo comes from project(VERSION), like everything else.

include(GNUInstallDirs)

# The reverse-DNS id that names the desktop file, the icon and the AppStream component.
set(GREENROOM_APP_ID "org.greenroom.Greenroom" CACHE STRING
    "Reverse-DNS application id of the desktop file, icon and AppStream metainfo")

# AppStream needs a date for each release. Builds that set SOURCE_DATE_EPOCH (release builds,
# reproducible builds) get that date, others the day of configuring; pass
# -DGREENROOM_RELEASE_DATE=YYYY-MM-DD to set it outright.
string(TIMESTAMP greenroom_configure_date "%Y-%m-%d" UTC)
set(GREENROOM_RELEASE_DATE "${greenroom_configure_date}" CACHE STRING
    "Release date written to the AppStream metainfo (YYYY-MM-DD)")

set(greenroom_linux_resources "${PROJECT_SOURCE_DIR}/resources/linux")
set(greenroom_licence_dir "${PROJECT_SOURCE_DIR}/resources/licenses")

if(UNIX AND NOT APPLE)
    configure_file("${greenroom_linux_resources}/greenroom.desktop.in"
                   "${PROJECT_BINARY_DIR}/linux/${GREENROOM_APP_ID}.desktop" @ONLY)
    configure_file("${greenroom_linux_resources}/greenroom.metainfo.xml.in"
                   "${PROJECT_BINARY_DIR}/linux/${GREENROOM_APP_ID}.metainfo.xml" @ONLY)

    install(FILES "${PROJECT_BINARY_DIR}/linux/${GREENROOM_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${greenroom_linux_resources}/greenroom.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
            RENAME "${GREENROOM_APP_ID}.svg")
    install(FILES "${PROJECT_BINARY_DIR}/linux/${GREENROOM_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
endif()

# Licences: Greenroom's own, and the texts of the licences its dependencies come under.
# CMAKE_INSTALL_DOCDIR is share/doc/<project name>; the package directory is lower case.
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/greenroom")
install(DIRECTORY "${greenroom_licence_dir}/"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/greenroom/licenses"
        FILES_MATCHING PATTERN "*.txt")
