# One catalogue of translations per target: translations/<catalogue>_fr.ts
# (every text in French) and, where there is one, <catalogue>_en.ts (only the
# English forms of counted texts). Both are built to .qm and embedded under
# :/i18n/, where language::apply finds them. `update_translations` brings the
# French files up to date with the sources (locations left out, so a moved
# line does not change the file).
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

function(clinic_add_translations target out_targets)
    # SOURCES: what lupdate reads, when not just the target's own sources.
    cmake_parse_arguments(arg "" "CATALOGUE" "SOURCES" ${ARGN})
    set(french ${PROJECT_SOURCE_DIR}/translations/${arg_CATALOGUE}_fr.ts)
    set(english ${PROJECT_SOURCE_DIR}/translations/${arg_CATALOGUE}_en.ts)
    if(arg_SOURCES)
        set(lupdate_sources SOURCES ${arg_SOURCES})
    endif()
    qt_add_lupdate(${target} TS_FILES ${french} ${lupdate_sources}
        OPTIONS -locations none -no-obsolete)
    set(ts_files ${french})
    if(EXISTS ${english})
        list(APPEND ts_files ${english})
    endif()
    qt_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "${target}_translations"
        PREFIX "/i18n"
        BASE ${CMAKE_CURRENT_BINARY_DIR}
        FILES ${qm_files}
        OUTPUT_TARGETS resource_targets)
    set(${out_targets} ${resource_targets} PARENT_SCOPE)
endfunction()
