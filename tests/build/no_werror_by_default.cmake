# Run by the ctest "release_configure_keeps_warnings_as_warnings": configures the project as a
# user or packager would (Release, no options) and fails if any compile command would turn
# warnings into errors; a new compiler's false positive must not stop their build.
execute_process(
  COMMAND ${CMAKE_COMMAND} -S ${SOURCE} -B ${BINARY} -DCMAKE_BUILD_TYPE=Release
          -DGONGKAI_TESTS=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
  RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "configuring ${SOURCE} failed")
endif()
file(READ ${BINARY}/compile_commands.json commands)
if(NOT commands MATCHES "-Wall")
  message(FATAL_ERROR "the compile commands lost -Wall")
endif()
if(commands MATCHES "-Werror")
  message(FATAL_ERROR "a default Release configuration compiles with -Werror")
endif()
