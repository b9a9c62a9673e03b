# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# ctest helper: every long option that `PROGRAM --help` lists must appear in MAN_PAGE.
#   cmake -DPROGRAM=... -DMAN_PAGE=... -P CheckManPage.cmake
execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help ERROR_VARIABLE help_errors
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help failed (${status}): ${help_errors}")
endif()
file(READ "${MAN_PAGE}" page)
string(REPLACE "\\-" "-" page "${page}")
string(REGEX MATCHALL "--[a-z0-9][a-z0-9-]*" options "${help}")
list(REMOVE_DUPLICATES options)
set(missing)
foreach(option IN LISTS options)
    string(FIND "${page}" "${option}" position)
    if(position EQUAL -1)
        list(APPEND missing "${option}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "${MAN_PAGE} does not document: ${missing}")
endif()
list(LENGTH options count)
message(STATUS "${MAN_PAGE}: all ${count} options of --help documented")
