# Installation layout and a Debian package through CPack.
include(GNUInstallDirs)
set(CPACK_PACKAGE_NAME yeonpyo)
set(CPACK_PACKAGE_CONTACT "Yeonpyo developers")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk")
include(CPack)
