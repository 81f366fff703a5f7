# One interface target carries the language level, the warnings and Qt's strictness defines
# for every target of the project.
add_library(leitstand_options INTERFACE)
add_library(Leitstand::Options ALIAS leitstand_options)

target_compile_features(leitstand_options INTERFACE cxx_std_20)
target_compile_definitions(leitstand_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # No -Wnull-dereference: with GCC 12 at -O2 it fires inside Qt's own inlined containers and
    # QPointer (QList::first, QArrayDataPointer), which no change of ours can silence.
    target_compile_options(leitstand_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(LEITSTAND_WERROR)
        target_compile_options(leitstand_options INTERFACE -Werror)
    endif()
endif()

if(LEITSTAND_BUILD_FUZZ)
    # Everything the fuzzers reach is instrumented for coverage and checked by the sanitizers.
    target_compile_options(leitstand_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -g -O1)
    target_link_options(leitstand_options INTERFACE -fsanitize=address,undefined)
endif()

# leitstand_add_test(NAME SOURCES... [LIBRARIES ...] [NEEDS_GUI] [KEYRING] [TIMEOUT seconds] [LABELS ...])
# NEEDS_GUI runs the test on the offscreen platform so widget tests need no display.
# KEYRING runs every case through scripts/with-keyring.sh: a private D-Bus session with a
# throwaway gnome-keyring, so keychain tests use a real Secret Service and never the user's.
function(leitstand_add_test name)
    cmake_parse_arguments(ARG "NEEDS_GUI;KEYRING" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    target_link_libraries(${name} PRIVATE GTest::gtest GTest::gtest_main Leitstand::Options ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        LEITSTAND_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        LEITSTAND_CORPUS_DIR="${LEITSTAND_CORPUS_DIR}"
        LEITSTAND_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    # A single variable: gtest_discover_tests splits a list of them into separate arguments.
    set(environment "LC_ALL=C.UTF-8")
    if(ARG_NEEDS_GUI)
        set(environment "QT_QPA_PLATFORM=offscreen")
    endif()
    if(ARG_KEYRING)
        # CMake 3.25 has no TEST_LAUNCHER; gtest_discover_tests runs discovery and every case
        # through the emulator, whether or not we cross-compile.
        set_target_properties(${name} PROPERTIES
            CROSSCOMPILING_EMULATOR "${PROJECT_SOURCE_DIR}/scripts/with-keyring.sh")
    endif()
    gtest_discover_tests(${name}
        DISCOVERY_TIMEOUT 60
        PROPERTIES TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${environment}" LABELS "${ARG_LABELS}")
endfunction()
