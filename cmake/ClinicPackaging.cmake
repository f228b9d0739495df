# Installing and packaging: `cmake --install build --prefix DIR` puts every
# file where a desktop expects it (FHS under DIR), and
# `cmake --build build --target package` makes a Debian package of the same
# files with CPack (dependencies from dpkg-shlibdeps). packaging/ holds the
# sources: the menu entry, the AppStream metainfo, the man pages (scdoc), the
# Debian copyright and changelog; the icon is resources/app/.
include(GNUInstallDirs)

set(clinic_app_id ca.clinicintake.ClinicIntake)
set(packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
set(packaging_out ${PROJECT_BINARY_DIR}/packaging)
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/clinic-intake)

# The release notes name the version CMake builds: a new version needs its
# entry in the Debian changelog and the AppStream releases first.
file(STRINGS ${packaging_dir}/changelog changelog_top LIMIT_COUNT 1)
if(NOT changelog_top MATCHES "^clinic-intake \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "packaging/changelog: its first entry is not version ${PROJECT_VERSION} "
        "(project(VERSION) in CMakeLists.txt); add an entry for it")
endif()
file(READ ${packaging_dir}/${clinic_app_id}.metainfo.xml metainfo)
if(NOT metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(FATAL_ERROR "packaging/${clinic_app_id}.metainfo.xml: no <release> for version "
        "${PROJECT_VERSION}; add one")
endif()

install(TARGETS clinic-intake clinic-intake-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Menu entry and software-centre description.
install(FILES ${packaging_dir}/${clinic_app_id}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${packaging_dir}/${clinic_app_id}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons: the SVG, and PNGs rendered from it at build time at the hicolor
# theme's usual sizes (never edited or committed by hand).
set(icon_svg ${PROJECT_SOURCE_DIR}/resources/app/${clinic_app_id}.svg)
add_executable(clinic-render-icon ${packaging_dir}/render-icon.cpp)
target_link_libraries(clinic-render-icon PRIVATE Qt6::Gui Qt6::Svg clinic_build_flags)
set(icon_pngs)
foreach(size 16 22 24 32 48 64 128 256)
    set(png ${packaging_out}/icons/${size}x${size}/${clinic_app_id}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_out}/icons/${size}x${size}
        COMMAND clinic-render-icon ${icon_svg} ${size} ${png}
        DEPENDS clinic-render-icon ${icon_svg}
        COMMENT "Rendering the icon at ${size}x${size}"
        VERBATIM)
    list(APPEND icon_pngs ${png})
    install(FILES ${png}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Man pages, from scdoc sources, compressed as Debian wants them (gzip -9n:
# no name or time stamp, so the package is reproducible).
find_program(SCDOC_EXECUTABLE scdoc)
find_program(GZIP_EXECUTABLE gzip)
if(NOT SCDOC_EXECUTABLE OR NOT GZIP_EXECUTABLE)
    message(FATAL_ERROR "The man pages need scdoc and gzip (bash .ci/install-deps.sh installs them)")
endif()
set(man_pages)
foreach(page clinic-intake clinic-intake-cli)
    set(source ${packaging_dir}/man/${page}.1.scd)
    set(man ${packaging_out}/man/${page}.1.gz)
    add_custom_command(OUTPUT ${man}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_out}/man
        COMMAND sh -c "\"$0\" < \"$1\" | \"$2\" -9n > \"$3\""
            ${SCDOC_EXECUTABLE} ${source} ${GZIP_EXECUTABLE} ${man}
        DEPENDS ${source}
        COMMENT "Writing the man page ${page}(1)"
        VERBATIM)
    list(APPEND man_pages ${man})
endforeach()
install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The licence (as Debian's machine-readable copyright, made from LICENSE so
# the text is in one place) and the changelog.
file(STRINGS ${PROJECT_SOURCE_DIR}/LICENSE license_lines)
list(REMOVE_AT license_lines 0) # "MIT License": the copyright file names it Expat
set(LICENSE_PARAGRAPHS "")
foreach(line IN LISTS license_lines)
    if(line STREQUAL "")
        string(APPEND LICENSE_PARAGRAPHS " .\n")
    else()
        string(APPEND LICENSE_PARAGRAPHS " ${line}\n")
    endif()
endforeach()
string(REGEX REPLACE "^ \\.\n" "" LICENSE_PARAGRAPHS "${LICENSE_PARAGRAPHS}")
string(REGEX REPLACE "\n$" "" LICENSE_PARAGRAPHS "${LICENSE_PARAGRAPHS}")
configure_file(${packaging_dir}/copyright.in ${packaging_out}/copyright @ONLY)
set(changelog ${packaging_out}/changelog.gz)
add_custom_command(OUTPUT ${changelog}
    COMMAND sh -c "\"$0\" -9n < \"$1\" > \"$2\"" ${GZIP_EXECUTABLE} ${packaging_dir}/changelog
        ${changelog}
    DEPENDS ${packaging_dir}/changelog
    VERBATIM)
install(FILES ${packaging_out}/copyright ${changelog} DESTINATION ${doc_dir})

# The translations, beside the copies built into the programs: an installed
# program prefers these (language::apply), so a corrected catalogue can be
# dropped in without a rebuild.
set(qm_files
    ${PROJECT_BINARY_DIR}/src/core/core_fr.qm ${PROJECT_BINARY_DIR}/src/core/core_en.qm
    ${PROJECT_BINARY_DIR}/src/cli/cli_fr.qm ${PROJECT_BINARY_DIR}/src/cli/cli_en.qm
    ${PROJECT_BINARY_DIR}/src/gui/gui_fr.qm ${PROJECT_BINARY_DIR}/src/gui/gui_en.qm)
install(FILES ${qm_files} DESTINATION ${CMAKE_INSTALL_DATADIR}/clinic-intake/translations)

add_custom_target(clinic_packaging_files ALL DEPENDS ${icon_pngs} ${man_pages} ${changelog})

# The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME clinic-intake)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Clinic Intake authors")
set(CPACK_PACKAGE_CONTACT "The Clinic Intake authors <clinic-intake@clinicintake.ca>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "pre-session consultations and treatment suggestions for clinics")
set(CPACK_PACKAGE_DESCRIPTION
    "Clinic Intake is for massage and physical-therapy clinics. The front desk
enters a client's consultation before the session (where it hurts, on a body
map, and a screening for red flags and precautions, each question asked
explicitly); rules kept as data suggest an approach, the pressure, cautions
and home care, each with its reason and evidence, and refer to a physician
when needed. Therapists accept or override each suggestion with a reason.
.
The records stay on the clinic's computer (SQLite) or on its own PostgreSQL
server, with an audit log, encrypted backups and accounts by role. The
window is in English and in French; clinic-intake-cli does everything the
window does, for scripts.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: Qt's SQLite and
# PostgreSQL drivers. Qt's own French (dialog buttons) is recommended.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
