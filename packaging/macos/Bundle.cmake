# The macOS app bundle and its disk image, built on a Mac with Qt for macOS (see the README):
# BizKitHub Contact.app with Info.plist and icon, the Qt frameworks put inside it by macdeployqt,
# the command-line program beside the GUI in Contents/MacOS, all packed by CPack as a .dmg.
set_target_properties(bizkithub-contact PROPERTIES
    OUTPUT_NAME "BizKitHub Contact"
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in)
set(icon ${CMAKE_CURRENT_LIST_DIR}/bizkithub-contact.icns)
target_sources(bizkithub-contact PRIVATE ${icon})
set_source_files_properties(${icon} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
install(TARGETS bizkithub-contact-cli
    RUNTIME DESTINATION "BizKitHub Contact.app/Contents/MacOS")
# Delivery with the app closed: a LaunchAgent, for the admin or the user to load (see the file).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/com.bizkithub.Contact.flush.plist
    DESTINATION "BizKitHub Contact.app/Contents/Library/LaunchAgents")

find_program(MACDEPLOYQT_EXECUTABLE macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${MACDEPLOYQT_EXECUTABLE}\" \"\${CMAKE_INSTALL_PREFIX}/BizKitHub Contact.app\"
            \"-executable=\${CMAKE_INSTALL_PREFIX}/BizKitHub Contact.app/Contents/MacOS/bizkithub-contact-cli\"
            -always-overwrite
        COMMAND_ERROR_IS_FATAL ANY)
")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "BizKitHub Contact ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
