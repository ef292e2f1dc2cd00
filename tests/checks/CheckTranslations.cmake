# Runs lupdate over app/ and ui/ into a copy of i18n/rabeg_id.ts and checks that copy with rabeg-ts-check.
file(MAKE_DIRECTORY ${WORK_DIR})
configure_file(${SOURCE_DIR}/i18n/rabeg_id.ts ${WORK_DIR}/rabeg_id.ts COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none -extensions cpp,h
            ${SOURCE_DIR}/app ${SOURCE_DIR}/ui -ts ${WORK_DIR}/rabeg_id.ts
    RESULT_VARIABLE lupdate_result)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${lupdate_result})")
endif()
execute_process(
    COMMAND ${TS_CHECK} ${WORK_DIR}/rabeg_id.ts --allow-same-file ${SOURCE_DIR}/i18n/same-in-both.txt
    RESULT_VARIABLE check_result)
if(NOT check_result EQUAL 0)
    message(FATAL_ERROR "Indonesian translation incomplete: run `ninja -C build update_translations`, "
                        "translate the strings listed above in i18n/rabeg_id.ts, and commit it.")
endif()
