# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# Fails when a shipped translation is not complete for the current sources: it refreshes a copy of
# each .ts file from the sources (as the update_translations target would) and looks for entries
# that are unfinished (new or changed strings), vanished or obsolete, and for empty plural forms.
# Run by ctest as translations_complete; the fix is `cmake --build --preset dev --target
# update_translations`, then translating what it marks.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -DTS_FILES="a.ts;b.ts" -P check-translations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.ui")
list(JOIN sources "\n" source_list)
file(WRITE "${WORK_DIR}/sources.lst" "${source_list}\n")

set(problems "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "@${WORK_DIR}/sources.lst" -ts "${copy}"
        RESULT_VARIABLE result ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${errors}")
    endif()
    file(STRINGS "${copy}" lines)
    set(context "")
    set(source "")
    set(count 0)
    foreach(line IN LISTS lines)
        if(line MATCHES "<name>(.*)</name>")
            set(context "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<source>(.*)$")
            set(source "${CMAKE_MATCH_1}…")
        endif()
        if(line MATCHES "type=\"(unfinished|vanished|obsolete)\"" OR line MATCHES "<numerusform></numerusform>"
           OR line MATCHES "<translation></translation>")
            if(CMAKE_MATCH_1)
                set(kind "${CMAKE_MATCH_1}")
            else()
                set(kind "empty")
            endif()
            math(EXPR count "${count} + 1")
            if(count LESS_EQUAL 15)
                string(APPEND problems "  ${name}: ${kind}: ${context}: \"${source}\"\n")
            endif()
        endif()
    endforeach()
    if(count GREATER 15)
        math(EXPR more "${count} - 15")
        string(APPEND problems "  ${name}: … and ${more} more\n")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "Translations are not complete for the current sources:\n${problems}"
        "Refresh with `cmake --build --preset dev --target update_translations` and translate the "
        "entries it marks unfinished.")
endif()
message(STATUS "Every entry of ${TS_FILES} is translated and current.")
