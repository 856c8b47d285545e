# Registers one ctest test per Google Test suite of a test binary, at test time (like
# gtest_discover_tests' PRE_TEST mode, one level coarser). Each ctest test is a process, and each
# process pays for starting the sanitised binary and reading the shared assets: per suite, the ~470
# test cases cost ~130 starts instead of ~470, and a failing case is still named in its suite's
# output. Run one case with the binary itself: koers_unit_tests --gtest_filter=Suite.Case.
#
# tests/CMakeLists.txt calls koers_add_suites(); ctest includes this file again with
# KOERS_SUITES_EXE, KOERS_SUITES_OUT and KOERS_SUITES_PROPERTIES set, and then it lists the suites.

function(koers_add_suites target)
    cmake_parse_arguments(arg "" "" "PROPERTIES" ${ARGN})
    set(out "${CMAKE_CURRENT_BINARY_DIR}/${target}_suites.cmake")
    set(include "${CMAKE_CURRENT_BINARY_DIR}/${target}_suites_include.cmake")
    set(properties "")
    foreach(p IN LISTS arg_PROPERTIES)
        string(APPEND properties " [==[${p}]==]")
    endforeach()
    string(CONCAT content
        "set(KOERS_SUITES_EXE \"$<TARGET_FILE:${target}>\")\n"
        "set(KOERS_SUITES_OUT \"${out}\")\n"
        "set(KOERS_SUITES_PROPERTIES${properties})\n"
        "include(\"${CMAKE_CURRENT_FUNCTION_LIST_FILE}\")\n")
    file(GENERATE OUTPUT "${include}" CONTENT "${content}")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include}")
endfunction()

if(DEFINED KOERS_SUITES_EXE AND EXISTS "${KOERS_SUITES_EXE}")
    if(NOT EXISTS "${KOERS_SUITES_OUT}" OR NOT "${KOERS_SUITES_OUT}" IS_NEWER_THAN "${KOERS_SUITES_EXE}")
        execute_process(COMMAND "${KOERS_SUITES_EXE}" --gtest_list_tests
                        OUTPUT_VARIABLE listing RESULT_VARIABLE status TIMEOUT 60)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "${KOERS_SUITES_EXE} --gtest_list_tests failed (${status})")
        endif()
        set(script "")
        set(properties "")
        foreach(p IN LISTS KOERS_SUITES_PROPERTIES)
            string(APPEND properties " [==[${p}]==]")
        endforeach()
        string(REPLACE "\n" ";" lines "${listing}")
        foreach(line IN LISTS lines)
            # A suite line starts in the first column and ends in a dot; cases are indented.
            if(line MATCHES "^([A-Za-z_][A-Za-z0-9_/]*)\\.$")
                set(suite "${CMAKE_MATCH_1}")
                string(APPEND script "add_test([==[${suite}]==] [==[${KOERS_SUITES_EXE}]==] "
                       "[==[--gtest_filter=${suite}.*]==] --gtest_brief=1)\n"
                       "set_tests_properties([==[${suite}]==] PROPERTIES${properties})\n")
            endif()
        endforeach()
        file(WRITE "${KOERS_SUITES_OUT}" "${script}")
    endif()
    include("${KOERS_SUITES_OUT}")
endif()
