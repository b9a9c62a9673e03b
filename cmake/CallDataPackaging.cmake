# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# Packages: three components, each its own .deb and .rpm, plus one .tar.gz with everything.
#   cli    → calldata-cli     (Qt Core + Network only: a headless machine gets no GUI stack)
#   editor → calldata-editor  (the window, its desktop file, metainfo and icons)
#   sim    → icws-sim         (the demo and training server; needs Qt HttpServer)
# Installed documentation (copyright, changelogs, man pages) follows the component it documents.
include(GNUInstallDirs)

set(CALLDATA_PACKAGE_RELEASE 1 CACHE STRING "Package revision (the -N of 0.1.0-N)")
set(CALLDATA_MAINTAINER "Call Data Editor maintainers <maintainers@calldata-editor.org>")
set(calldata_components cli editor sim)
set(calldata_package_cli calldata-cli)
set(calldata_package_editor calldata-editor)
set(calldata_package_sim icws-sim)

# The Debian changelog names the version it describes; a release bump must not forget it.
file(STRINGS "${PROJECT_SOURCE_DIR}/packaging/debian/changelog" changelog_head LIMIT_COUNT 1)
if(NOT changelog_head MATCHES "\\(${PROJECT_VERSION}-${CALLDATA_PACKAGE_RELEASE}\\)")
    message(FATAL_ERROR "packaging/debian/changelog starts with '${changelog_head}', but the package "
                        "version is ${PROJECT_VERSION}-${CALLDATA_PACKAGE_RELEASE}: add an entry.")
endif()

if(UNIX AND NOT APPLE)
    # Compressed as Debian policy asks (gzip -9n: no name or time stamp, so builds are reproducible).
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    set(calldata_docs_dir "${PROJECT_BINARY_DIR}/packaging-docs")
    set(calldata_doc_outputs)
    function(calldata_gzip source output)
        add_custom_command(OUTPUT "${output}"
            COMMAND ${GZIP_EXECUTABLE} -9nc "${source}" > "${output}"
            DEPENDS "${source}" VERBATIM)
        set(calldata_doc_outputs ${calldata_doc_outputs} "${output}" PARENT_SCOPE)
    endfunction()
    calldata_gzip("${PROJECT_SOURCE_DIR}/packaging/debian/changelog" "${calldata_docs_dir}/changelog.Debian.gz")
    calldata_gzip("${PROJECT_SOURCE_DIR}/CHANGELOG.md" "${calldata_docs_dir}/changelog.gz")
    foreach(component IN LISTS calldata_components)
        set(program ${calldata_package_${component}})
        calldata_gzip("${PROJECT_SOURCE_DIR}/packaging/man/${program}.1" "${calldata_docs_dir}/${program}.1.gz")
    endforeach()
    add_custom_target(calldata_docs ALL DEPENDS ${calldata_doc_outputs})

    foreach(component IN LISTS calldata_components)
        set(package ${calldata_package_${component}})
        # The sim component exists only where icws-sim is built.
        if(component STREQUAL "sim" AND NOT TARGET icws-sim)
            continue()
        endif()
        install(FILES "${PROJECT_SOURCE_DIR}/packaging/debian/copyright"
                      "${calldata_docs_dir}/changelog.Debian.gz" "${calldata_docs_dir}/changelog.gz"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${package}" COMPONENT ${component})
        install(FILES "${calldata_docs_dir}/${package}.1.gz"
            DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT ${component})
        install(FILES "${PROJECT_SOURCE_DIR}/packaging/lintian/${package}"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" COMPONENT ${component})
    endforeach()
else()
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION . COMPONENT editor)
endif()

set(CPACK_PACKAGE_NAME "calldata-editor")
set(CPACK_PACKAGE_VENDOR "Call Data Editor contributors")
set(CPACK_PACKAGE_CONTACT "${CALLDATA_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Call Data Editor")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_VERBATIM_VARIABLES YES)
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/;/\\\\.git/")
set(CPACK_COMPONENTS_ALL cli editor)
if(TARGET icws-sim)
    list(APPEND CPACK_COMPONENTS_ALL sim)
endif()

# Per package: a one-line summary and the extended description (Debian: both in Description;
# RPM: Summary and %description).
set(calldata_summary_cli "correct Interaction Dialer call data from the command line")
set(calldata_description_cli
"calldata-cli logs in to a Genesys PureConnect (CIC) server's ICWS REST API,
sends one call-data correction for an active Interaction Dialer call
(POST /icws/{sessionId}/dialer/update-call-data) and logs out again.
Corrections come from --set options or a JSON, CSV or TSV file; the password
comes from standard input, the environment or a prompt, never from the
command line. Each outcome has its own exit code, and --json prints one JSON
object for scripts.

It needs only Qt Core and Qt Network, so a headless server gets no graphical
stack.")
set(calldata_summary_editor "correct Interaction Dialer call data in a window")
set(calldata_description_editor
"Call Data Editor is a desktop tool for contact-center supervisors on Genesys
PureConnect (CIC). A supervisor logs in to the CIC server's ICWS REST API,
types the campaign ID and the call ID of an active Interaction Dialer call,
edits its key/value call data in a table (typed, pasted from a spreadsheet or
imported from JSON, CSV or TSV) and sends the correction.

Every outcome is shown inside the window in plain words, with the server's
own error details; untrusted certificates can be pinned one by one, and the
password is never written to disk.")
set(calldata_summary_sim "stand-in ICWS server for Call Data Editor demos and training")
set(calldata_description_sim
"icws-sim answers the part of the Genesys PureConnect ICWS REST API that Call
Data Editor and calldata-cli use: login with CSRF token and session cookie,
feature versions, update-call-data, message polling and logout. Faults such
as a refused update, an expired session, a switchover or slow answers are
switched on with command-line options.

It listens on loopback addresses only, over HTTP or HTTPS with bundled test
certificates whose private keys are public: never trust them elsewhere.")
set(CPACK_COMPONENT_CLI_DISPLAY_NAME "calldata-cli (command line)")
set(CPACK_COMPONENT_EDITOR_DISPLAY_NAME "Call Data Editor (window)")
set(CPACK_COMPONENT_SIM_DISPLAY_NAME "icws-sim (demo server)")
foreach(component IN LISTS calldata_components)
    string(TOUPPER ${component} upper)
    set(CPACK_COMPONENT_${upper}_DESCRIPTION "${calldata_summary_${component}}")
    set(CPACK_DEBIAN_${upper}_DESCRIPTION "${calldata_summary_${component}}\n${calldata_description_${component}}")
    string(SUBSTRING "${calldata_summary_${component}}" 0 1 first)
    string(SUBSTRING "${calldata_summary_${component}}" 1 -1 rest)
    string(TOUPPER "${first}" first)
    set(CPACK_RPM_${upper}_PACKAGE_SUMMARY "${first}${rest}")
    set(CPACK_RPM_${upper}_PACKAGE_DESCRIPTION "${calldata_description_${component}}")
endforeach()

# Debian: one .deb per component, named as Debian names them (calldata-cli_0.1.0-1_amd64.deb).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${CALLDATA_PACKAGE_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CALLDATA_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Debug symbols go to calldata-cli-dbgsym etc. (.ddeb), so the packages themselves are stripped.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_DEBIAN_CLI_PACKAGE_NAME calldata-cli)
set(CPACK_DEBIAN_EDITOR_PACKAGE_NAME calldata-editor)
set(CPACK_DEBIAN_SIM_PACKAGE_NAME icws-sim)
# HTTPS is the default: without the CA bundle no server certificate could be verified.
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "ca-certificates")
set(CPACK_DEBIAN_EDITOR_PACKAGE_DEPENDS "ca-certificates")
# Qt's own strings (standard buttons, context menus) in the user's language.
set(CPACK_DEBIAN_EDITOR_PACKAGE_RECOMMENDS "qt6-translations-l10n")

# RPM: the same three packages.
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE ${CALLDATA_PACKAGE_RELEASE})
set(CPACK_RPM_PACKAGE_LICENSE "Apache-2.0")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Communications")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_CLI_PACKAGE_NAME calldata-cli)
set(CPACK_RPM_EDITOR_PACKAGE_NAME calldata-editor)
set(CPACK_RPM_SIM_PACKAGE_NAME icws-sim)
set(CPACK_RPM_CLI_PACKAGE_REQUIRES "ca-certificates")
set(CPACK_RPM_EDITOR_PACKAGE_REQUIRES "ca-certificates")
set(CPACK_RPM_CHANGELOG_FILE "${PROJECT_SOURCE_DIR}/packaging/rpm-changelog")
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${CALLDATA_MAINTAINER}")
# Directories every system already owns are not claimed by our packages.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/man /usr/share/man/man1 /usr/share/applications /usr/share/metainfo
    /usr/share/icons /usr/share/icons/hicolor /usr/share/lintian /usr/share/lintian/overrides)
foreach(size 16 24 32 48 64 128 256 scalable)
    set(icon_dir "/usr/share/icons/hicolor/${size}x${size}")
    if(size STREQUAL "scalable")
        set(icon_dir "/usr/share/icons/hicolor/scalable")
    endif()
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION "${icon_dir}" "${icon_dir}/apps")
endforeach()

# One archive with all three programs.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# Windows: an NSIS installer and a WiX .msi; macOS: a drag-and-drop disk image (configured, not
# built here; see the README).
set(CPACK_NSIS_DISPLAY_NAME "Call Data Editor")
set(CPACK_NSIS_PACKAGE_NAME "Call Data Editor")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CALLDATA_MAINTAINER}")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_PACKAGE_EXECUTABLES "calldata-editor" "Call Data Editor")
set(CPACK_WIX_UPGRADE_GUID "7B0E5C3A-4D7E-4C55-9E43-2C1A0D6C5F10")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/calldata-editor-256.png")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Call Data Editor")
set(CPACK_DMG_VOLUME_NAME "Call Data Editor")

# The Qt libraries and plugins travel inside the Windows installer and the macOS bundle (on Linux
# the distribution's Qt packages are used). LGPL: they stay separate, replaceable shared libraries.
if(WIN32 OR APPLE)
    if(Qt6Core_VERSION VERSION_GREATER_EQUAL 6.5)
        foreach(program calldata-editor calldata-cli)
            set(component editor)
            if(program STREQUAL "calldata-cli")
                set(component cli)
            endif()
            qt_generate_deploy_app_script(TARGET ${program} OUTPUT_SCRIPT deploy_script
                NO_UNSUPPORTED_PLATFORM_ERROR)
            install(SCRIPT "${deploy_script}" COMPONENT ${component})
        endforeach()
    else()
        # Qt 6.4 has no deploy-script API yet: the deployment tools are run directly.
        get_target_property(qmake_location Qt6::qmake IMPORTED_LOCATION)
        get_filename_component(qt_bin_dir "${qmake_location}" DIRECTORY)
        if(WIN32)
            find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${qt_bin_dir}" REQUIRED)
            foreach(program calldata-editor calldata-cli)
                set(component editor)
                if(program STREQUAL "calldata-cli")
                    set(component cli)
                endif()
                install(CODE "execute_process(COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --no-compiler-runtime
                    \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/${program}.exe\" COMMAND_ERROR_IS_FATAL ANY)"
                    COMPONENT ${component})
            endforeach()
            set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT editor)
            include(InstallRequiredSystemLibraries)
        else()
            find_program(MACDEPLOYQT_EXECUTABLE macdeployqt HINTS "${qt_bin_dir}" REQUIRED)
            install(CODE "execute_process(COMMAND \"${MACDEPLOYQT_EXECUTABLE}\"
                \"\${CMAKE_INSTALL_PREFIX}/calldata-editor.app\" COMMAND_ERROR_IS_FATAL ANY)"
                COMPONENT editor)
        endif()
    endif()
endif()

if(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;RPM;TGZ")
endif()

# Per generator settings that cannot be global (CPACK_STRIP_FILES would starve the dbgsym .ddeb).
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_SOURCE_DIR}/cmake/CallDataCPackOptions.cmake")
include(CPack)
