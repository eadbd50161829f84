# Fails when a user-visible string in the sources has no finished translation in one of the
# languages the application ships. Runs lupdate over the sources into temporary copies of the
# Linguist files, so the files in the tree are never touched, then counts what is unfinished.
#
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<tree> -DWORK_DIR=<scratch> -P translations_complete.cmake
cmake_minimum_required(VERSION 3.16)
foreach(var LUPDATE SOURCE_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

file(GLOB_RECURSE sources
    ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h ${SOURCE_DIR}/ui/*.ui)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
list(JOIN sources "\n" source_list)
file(WRITE ${WORK_DIR}/sources.lst "${source_list}\n")

set(failed "")
foreach(language cs sk de)
    set(ts ${WORK_DIR}/bizkithub-contact_${language}.ts)
    file(COPY_FILE ${SOURCE_DIR}/translations/bizkithub-contact_${language}.ts ${ts})
    execute_process(
        COMMAND ${LUPDATE} -silent -no-obsolete -locations none
            -I ${SOURCE_DIR}/src/core -I ${SOURCE_DIR}/src/gui -I ${SOURCE_DIR}/src/network
            @${WORK_DIR}/sources.lst -ts ${ts}
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${language} (${result})")
    endif()
    file(READ ${ts} content)
    # CMake lists are split at semicolons, which XML entities end with.
    string(REPLACE ";" "@SEMICOLON@" content "${content}")
    # One message per match: its source, then an unfinished translation.
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\""
        unfinished "${content}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        string(APPEND failed "\n${language}: ${count} string(s) without a finished translation:")
        foreach(message IN LISTS unfinished)
            string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" text "${message}")
            string(REPLACE "@SEMICOLON@" ";" text "${text}")
            string(REPLACE "&amp;" "&" text "${text}")
            string(APPEND failed "\n  ${text}")
        endforeach()
    else()
        message(STATUS "${language}: every string is translated")
    endif()
endforeach()

if(failed)
    message(FATAL_ERROR "Unfinished translations (refresh with the update_translations target, then "
                        "translate in Qt Linguist):${failed}")
endif()
