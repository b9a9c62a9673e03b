# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
    # CPack's dbgsym support strips the .deb contents itself and needs unstripped files to move the
    # symbols into calldata-cli-dbgsym etc.
    set(CPACK_STRIP_FILES OFF)
    # CPackDeb puts a summary that is not CPack's default above each package's own synopsis
    # (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION starts with its own), so DEB gets the default back.
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
else()
    set(CPACK_STRIP_FILES ON)
endif()
