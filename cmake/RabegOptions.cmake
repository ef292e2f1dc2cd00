# One INTERFACE target that every Rabeg target links: the language standard, the warnings and
# the Qt strictness defines live here and nowhere else.
add_library(rabeg_options INTERFACE)
target_compile_features(rabeg_options INTERFACE cxx_std_20)
set_target_properties(rabeg_options PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_options(rabeg_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
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
