# Fails when a user-visible text has no translation: runs lupdate over the sources into a copy
# of each translations/greenroom_<language>.ts and looks for entries that are unfinished (new
# texts come in that way) or empty. Run as a test:
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repository> -DWORK_DIR=<scratch folder>
#         -DLANGUAGES=de,fr,es -P CheckTranslations.cmake
# To fix a failure, update the files and translate the new entries (Qt Linguist, or by hand):
#   lupdate -locations none -no-obsolete -recursive app qml
#           -ts translations/greenroom_de.ts translations/greenroom_fr.ts translations/greenroom_es.ts
foreach(variable LUPDATE SOURCE_DIR WORK_DIR LANGUAGES)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "CheckTranslations.cmake needs -D${variable}=...")
    endif()
endforeach()

string(REPLACE "," ";" LANGUAGES "${LANGUAGES}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures "")
foreach(language IN LISTS LANGUAGES)
    set(committed "${SOURCE_DIR}/translations/greenroom_${language}.ts")
    if(NOT EXISTS "${committed}")
        string(APPEND failures "\n  ${committed} is missing")
        continue()
    endif()
    set(updated "${WORK_DIR}/greenroom_${language}.ts")
    file(COPY_FILE "${committed}" "${updated}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -locations none -no-obsolete -recursive
                "${SOURCE_DIR}/app" "${SOURCE_DIR}/qml" -ts "${updated}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${result}): ${output}")
    endif()

    # One <message> at a time: its source text, and whether its translation is missing.
    file(READ "${updated}" ts)
    string(REPLACE ";" "\\;" ts "${ts}")
    string(REPLACE "<message" ";<message" messages "${ts}")
    set(missing 0)
    set(examples "")
    foreach(message IN LISTS messages)
        if(NOT message MATCHES "^<message")
            continue()
        endif()
        if(message MATCHES "type=\"unfinished\"" OR message MATCHES "<translation></translation>"
           OR message MATCHES "<translation/>")
            math(EXPR missing "${missing} + 1")
            if(missing LESS_EQUAL 15 AND message MATCHES "<source>([^<]*)</source>")
                string(APPEND examples "\n      ${CMAKE_MATCH_1}")
            endif()
        endif()
    endforeach()
    if(missing GREATER 0)
        string(APPEND failures
            "\n  greenroom_${language}.ts: ${missing} text(s) without a translation, such as:${examples}")
    endif()
endforeach()

if(failures)
    message(FATAL_ERROR "Untranslated user-visible texts:${failures}\n"
        "Update translations/*.ts with lupdate (see the top of tests/CheckTranslations.cmake) "
        "and translate the new entries.")
endif()
message(STATUS "Every text is translated into: ${LANGUAGES}")
