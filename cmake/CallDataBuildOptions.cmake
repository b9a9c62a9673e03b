# One INTERFACE target carries the compile policy; every target of ours links it PRIVATE.
add_library(calldata_build_options INTERFACE)
target_compile_features(calldata_build_options INTERFACE cxx_std_17)
target_compile_options(calldata_build_options INTERFACE
    -Wall -Wextra -Werror -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow
    # Qt releases after 6.4 deprecate APIs we must still use for Debian 12's 6.4.2: those warnings
    # stay visible there but do not fail the build.
    -Wno-error=deprecated-declarations)
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
