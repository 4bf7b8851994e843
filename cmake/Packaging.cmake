# Installation layout (binaries, desktop entry, icon, AppStream metainfo, MIME type, man pages,
# bash completion, licences) and a Debian package through CPack: `cpack -G DEB` in a build folder.
include(GNUInstallDirs)

set(YEONPYO_APP_ID io.github.yeonpyo.Yeonpyo)
set(desktop_files ${PROJECT_SOURCE_DIR}/resources/desktop)

install(FILES ${desktop_files}/${YEONPYO_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${desktop_files}/${YEONPYO_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${desktop_files}/${YEONPYO_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${desktop_files}/${YEONPYO_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${YEONPYO_APP_ID}.xml)
install(FILES ${desktop_files}/yeonpyo-cli.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME yeonpyo-cli)

# Man pages compressed as Debian expects (gzip -n: no name or time stamp, so builds repeat).
foreach(page yeonpyo.1 yeonpyo-cli.1)
  set(compressed ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz)
  add_custom_command(
    OUTPUT ${compressed}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
    COMMAND gzip -9n -c ${desktop_files}/${page} > ${compressed}
    DEPENDS ${desktop_files}/${page}
    VERBATIM)
  list(APPEND compressed_man_pages ${compressed})
endforeach()
add_custom_target(man_pages ALL DEPENDS ${compressed_man_pages})
install(FILES ${compressed_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Debian's copyright file: the project's licence, then the bundled data's credits.
set(copyright ${CMAKE_CURRENT_BINARY_DIR}/copyright)
file(READ ${PROJECT_SOURCE_DIR}/LICENSE license_text)
file(READ ${PROJECT_SOURCE_DIR}/resources/NOTICE notice_text)
file(WRITE ${copyright} "Yeonpyo\n\n${license_text}\n\n${notice_text}")
install(FILES ${copyright} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/yeonpyo)

set(CPACK_PACKAGE_NAME yeonpyo)
set(CPACK_PACKAGE_VENDOR "The Yeonpyo developers")
set(CPACK_PACKAGE_CONTACT "The Yeonpyo developers <yeonpyo@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "timelines and maps from news articles")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "timelines and maps from news articles\n"
    " Yeonpyo reads news articles in Korean and English, finds the dated events in\n"
    " them (who met whom, when and where) and keeps them in a timeline document.\n"
    " The viewer shows them on an interactive timeline beside a map and the article\n"
    " text, with the sentences that back every event, and exports them as images\n"
    " or data. yeonpyo-cli does the same from the command line.")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/yeonpyo/yeonpyo")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Hangul in the window and in exported images; the Qt platform plugins are loaded at run time,
# so dpkg-shlibdeps cannot see them. Qt's own dialogs speak Korean with its translations.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
include(CPack)
