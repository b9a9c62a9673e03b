# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# One INTERFACE target carries the compile policy; every target of ours links it PRIVATE.
add_library(calldata_build_options INTERFACE)
target_compile_features(calldata_build_options INTERFACE cxx_std_17)
target_compile_options(calldata_build_options INTERFACE
    -Wall -Wextra -Werror -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow
    # Qt releases after 6.4 deprecate APIs we must still use for Debian 12's 6.4.2: those warnings
    # stay visible there but do not fail the build.
    -Wno-error=deprecated-declarations
    # Clang (the fuzz preset) reads Qt's qCDebug(category) << … as a variadic macro called with no
    # variadic argument, which -Wpedantic flags; GCC does not. The macro is Qt's, the use is Qt's own.
    $<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments>)
target_compile_definitions(calldata_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CALLDATA_VERSION="${PROJECT_VERSION}")

option(CALLDATA_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(CALLDATA_SANITIZE)
    target_compile_options(calldata_build_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(calldata_build_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer targets (tests/fuzz). Every library of ours is built with the fuzzer's coverage and
# ASan + UBSan; only the fuzz targets link libFuzzer's main().
option(CALLDATA_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only; preset fuzz)" OFF)
if(CALLDATA_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CALLDATA_FUZZ needs clang: cmake --preset fuzz")
    endif()
    target_compile_options(calldata_build_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(calldata_build_options INTERFACE -fsanitize=address,undefined)
endif()

# Hardening as Debian's dpkg-buildflags sets it, on by default in every build: stack protector and
# stack clash protection, control-flow protection instructions (x86 CET: effective only where the C
# runtime's start files carry the property too, not on Debian 12), fortified libc
# calls (needs optimization, so not in Debug), position-independent executables and a read-only
# relocation table resolved at start (full RELRO). scripts/package-test.sh checks the packaged
# binaries with hardening-check.
option(CALLDATA_HARDENING "Build with stack protectors, CET, _FORTIFY_SOURCE, PIE and full RELRO" ON)
if(CALLDATA_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE AND NOT WIN32)
    include(CheckPIESupported)
    check_pie_supported(LANGUAGES CXX)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    target_compile_options(calldata_build_options INTERFACE
        -fstack-protector-strong
        # Some compilers predefine another level; ours is stated once, without a redefinition warning.
        $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE>
        $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
    target_link_options(calldata_build_options INTERFACE -Wl,-z,relro -Wl,-z,now)
    include(CheckCXXCompilerFlag)
    foreach(flag -fstack-clash-protection -fcf-protection)
        string(MAKE_C_IDENTIFIER "CALLDATA_HAVE${flag}" have_flag)
        check_cxx_compiler_flag(${flag} ${have_flag})
        if(${have_flag})
            target_compile_options(calldata_build_options INTERFACE ${flag})
        endif()
    endforeach()
endif()
