# Compiler settings shared by every target of the project: warnings, Qt's string-safety defines
# and the optional sanitizers. Targets opt in by linking BizKitHub::options (product code) or
# BizKitHub::testOptions (tests, which may build QStrings from string literals) privately.

add_library(bizkithub_warnings INTERFACE)
target_compile_options(bizkithub_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    -Woverloaded-virtual -Wcast-qual -Wformat=2)
if(BIZKITHUB_WARNINGS_AS_ERRORS)
    target_compile_options(bizkithub_warnings INTERFACE -Werror)
endif()
target_compile_definitions(bizkithub_warnings INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(BIZKITHUB_SANITIZE)
    target_compile_options(bizkithub_warnings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(bizkithub_warnings INTERFACE -fsanitize=address,undefined)
endif()

add_library(bizkithub_options INTERFACE)
add_library(BizKitHub::options ALIAS bizkithub_options)
target_link_libraries(bizkithub_options INTERFACE bizkithub_warnings)
target_compile_definitions(bizkithub_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_FROM_BYTEARRAY)

add_library(bizkithub_test_options INTERFACE)
add_library(BizKitHub::testOptions ALIAS bizkithub_test_options)
target_link_libraries(bizkithub_test_options INTERFACE bizkithub_warnings)
target_compile_definitions(bizkithub_test_options INTERFACE QT_RESTRICTED_CAST_FROM_ASCII)
