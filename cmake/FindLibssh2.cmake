# Debian's libssh2 ships no CMake package; find it through pkg-config, falling back to a plain search.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_LIBSSH2 QUIET libssh2)
endif()

find_path(Libssh2_INCLUDE_DIR NAMES libssh2.h HINTS ${PC_LIBSSH2_INCLUDE_DIRS})
find_library(Libssh2_LIBRARY NAMES ssh2 libssh2 HINTS ${PC_LIBSSH2_LIBRARY_DIRS})
set(Libssh2_VERSION ${PC_LIBSSH2_VERSION})

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Libssh2
    REQUIRED_VARS Libssh2_LIBRARY Libssh2_INCLUDE_DIR
    VERSION_VAR Libssh2_VERSION)

if(Libssh2_FOUND AND NOT TARGET Libssh2::Libssh2)
    add_library(Libssh2::Libssh2 UNKNOWN IMPORTED)
    set_target_properties(Libssh2::Libssh2 PROPERTIES
        IMPORTED_LOCATION "${Libssh2_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${Libssh2_INCLUDE_DIR}")
endif()
mark_as_advanced(Libssh2_INCLUDE_DIR Libssh2_LIBRARY)
