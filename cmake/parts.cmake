# koers_part(<target> <folder> [FLAT] [PUBLIC libs...] [PRIVATE libs...]
#            [EMBED <namespace> <folder> <glob>])
#
# One part of Koers (a platform layer, a module's core/storage/web, a module's descriptor, the
# app) as a static library of the .cpp files in <folder> (FLAT: not its subfolders; *_test.cpp
# are left to the test binaries). Its headers are reachable as "<folder below src>/x.hpp" only
# by parts that link it: the part's include root is a folder of its own in the build tree that
# holds one link, to <folder>. So including a header of a part one does not link fails to
# compile, and the link graph below is the architecture, enforced by the compiler.
#
# EMBED compiles the text files of a folder into the part, as the table
# <namespace>::Files() of {name relative to the folder, content} (cmake/embed.cmake).
function(koers_part target folder)
    cmake_parse_arguments(PART "FLAT" "" "PUBLIC;PRIVATE;EMBED" ${ARGN})
    if(PART_FLAT)
        file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/${folder}/*.cpp)
    else()
        file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/${folder}/*.cpp)
    endif()
    list(FILTER sources EXCLUDE REGEX "_test\\.cpp$|/main\\.cpp$")
    add_library(${target} STATIC ${sources})
    # Compiled eight files at a time (decision 0039): the headers they share are parsed and their
    # templates instantiated once per eight, which took half of the build and of clang-tidy.
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)

    file(RELATIVE_PATH below ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/${folder})
    set(root ${CMAKE_BINARY_DIR}/include/${target})
    get_filename_component(parent ${root}/${below} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${folder} ${root}/${below} SYMBOLIC)
    target_include_directories(${target} PUBLIC ${root})
    target_link_libraries(${target} PUBLIC ${PART_PUBLIC} PRIVATE ${PART_PRIVATE})

    if(PART_EMBED)
        list(GET PART_EMBED 0 namespace)
        list(GET PART_EMBED 1 base)
        list(GET PART_EMBED 2 pattern)
        file(GLOB_RECURSE files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/${base}/${pattern})
        string(REPLACE "::" "_" stem "${namespace}")
        set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${stem}.cpp")
        add_custom_command(
            OUTPUT "${out}"
            COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAMESPACE=${namespace}
                    -DBASE=${PROJECT_SOURCE_DIR}/${base} "-DFILES=${files}"
                    -P ${PROJECT_SOURCE_DIR}/cmake/embed.cmake
            DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/embed.cmake
            VERBATIM)
        target_sources(${target} PRIVATE "${out}")
        # The generated file includes platform/core/common/embedded.hpp.
        target_include_directories(${target} PRIVATE ${CMAKE_BINARY_DIR}/include/koers_platform_core)
    endif()
endfunction()
