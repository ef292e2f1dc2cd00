# One INTERFACE target that every Rabeg target links: the language standard, the warnings and
# the Qt strictness defines live here and nowhere else.
add_library(rabeg_options INTERFACE)
target_compile_features(rabeg_options INTERFACE cxx_std_20)
set_target_properties(rabeg_options PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_options(rabeg_options INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
if(RABEG_WERROR)
    target_compile_options(rabeg_options INTERFACE -Werror)
endif()
target_compile_definitions(rabeg_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_MESSAGELOGCONTEXT)

# The fuzz build (fuzz/, scripts/fuzz.sh): Rabeg's own code carries coverage and the sanitizers; Qt does not.
if(RABEG_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "RABEG_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++-14")
    endif()
    target_compile_options(rabeg_options INTERFACE
        -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined -fno-sanitize=vptr
        -fno-omit-frame-pointer -g)
    target_link_options(rabeg_options INTERFACE -fsanitize=address,undefined)
endif()
