# The Windows installer: NSIS through CPack, built on Windows with Qt for MSVC and NSIS 3
# installed (see the README). windeployqt copies the Qt runtime, plugins and Qt's own
# translations next to the programs before CPack packs them.
find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --release --no-compiler-runtime
            --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
            \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/bizkithub-contact.exe\"
            \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/bizkithub-contact-cli.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
    # The kiosk's keyboard plugin, with Qt Quick and Qt Virtual Keyboard's QML modules.
    execute_process(
        COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --release --no-compiler-runtime
            --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
            --qmldir \"${PROJECT_SOURCE_DIR}/src/keyboard\"
            \"\${CMAKE_INSTALL_PREFIX}/${BIZKITHUB_PLUGIN_DIR}/bizkithub-keyboard.dll\"
        COMMAND_ERROR_IS_FATAL ANY)
    # The kiosk's QR code and receipt plugin, with Qt Print Support.
    execute_process(
        COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --release --no-compiler-runtime
            --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
            \"\${CMAKE_INSTALL_PREFIX}/${BIZKITHUB_PLUGIN_DIR}/bizkithub-takeaway.dll\"
        COMMAND_ERROR_IS_FATAL ANY)
")
# The Microsoft C++ runtime, so the programs start on a machine without Visual Studio.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
# An example of machine-wide settings (the registry is the system scope on Windows).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/machine-settings.reg DESTINATION doc)
# Delivery with the window closed: a scheduled task for every signed-in user.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/bizkithub-contact-flush.xml DESTINATION doc)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "nsExec::ExecToLog 'schtasks /Create /F /TN \"BizKitHub Contact\\Deliver outbox\" /XML \"$INSTDIR\\doc\\bizkithub-contact-flush.xml\"'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "nsExec::ExecToLog 'schtasks /Delete /F /TN \"BizKitHub Contact\\Deliver outbox\"'")

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "BizKitHub Contact")
set(CPACK_PACKAGE_EXECUTABLES bizkithub-contact "BizKitHub Contact") # the Start menu entry
set(CPACK_NSIS_DISPLAY_NAME "BizKitHub Contact")
set(CPACK_NSIS_PACKAGE_NAME "BizKitHub Contact ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/bizkithub-contact.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/bizkithub-contact.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\bizkithub-contact.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "support@bizkithub.com")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON) # one entry in Apps & features
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
