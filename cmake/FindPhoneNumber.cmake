# Finds Google's libphonenumber. Debian's libphonenumber-dev ships neither a CMake package nor
# a pkg-config file, so the header and library are looked up by hand. Its public headers include
# the generated protobuf types, so protobuf is a link dependency of every user.
#
# Provides the imported target PhoneNumber::PhoneNumber.

find_path(PhoneNumber_INCLUDE_DIR NAMES phonenumbers/phonenumberutil.h)
find_library(PhoneNumber_LIBRARY NAMES phonenumber)
find_package(Protobuf QUIET)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PhoneNumber
    REQUIRED_VARS PhoneNumber_LIBRARY PhoneNumber_INCLUDE_DIR Protobuf_FOUND)

if(PhoneNumber_FOUND AND NOT TARGET PhoneNumber::PhoneNumber)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES protobuf::libprotobuf)
endif()
mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_LIBRARY)
