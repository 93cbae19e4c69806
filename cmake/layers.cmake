# The house's floors, held by the build (ARCHITECTURE.md, issue 14 defect 14).
#
# Each folder of generator/ is a static library that links only the floors below it, and sees
# only their headers: its include root, ${CMAKE_BINARY_DIR}/layers/NAME, holds one link,
# NAME -> generator/NAME, and a library passes its root on to those that link it. So
# `#include "content/…"` from site/ is "No such file" at build time, not a note in a review.
#
# Third-party headers sit in /usr/include, where every stage could reach them; the libraries
# that are one stage's alone are kept there by poisoning their names in every other stage
# (cmake/layers/no_*.hpp, force-included): toml++ belongs to site/ and content/, cmark-gfm to
# markdown/, and Nayuki's QR code library (include path -I/usr/include/qrcodegen) is linked
# privately by outputs/, the one stage that draws codes.

set(GONGKAI_LAYERS_DIR ${CMAKE_BINARY_DIR}/layers)

# gongkai_stage(NAME [DEPS stage...] [LIBS target...] [PRIVATE_LIBS target...]
#               [TOML] [CMARK] [SOURCES extra...])
#   DEPS: the stages below that NAME's sources and headers include (linked PUBLIC).
#   LIBS: third-party targets its headers expose; PRIVATE_LIBS: ones only its sources use.
#   TOML / CMARK: the stage may use toml++ / cmark-gfm (every other stage has them poisoned).
function(gongkai_stage name)
  cmake_parse_arguments(ARG "TOML;CMARK" "" "DEPS;LIBS;PRIVATE_LIBS;SOURCES" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/generator/${name}/*.cpp)
  set(target gongkai_${name})
  add_library(${target} STATIC ${sources} ${ARG_SOURCES})

  set(root ${GONGKAI_LAYERS_DIR}/${name})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${CMAKE_SOURCE_DIR}/generator/${name} ${root}/${name} SYMBOLIC)
  target_include_directories(${target} PUBLIC ${root})

  list(TRANSFORM ARG_DEPS PREPEND gongkai_)
  target_link_libraries(${target} PUBLIC ${ARG_DEPS} ${ARG_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
  set(allowed)
  if(ARG_TOML)
    list(APPEND allowed TOML)
  endif()
  if(ARG_CMARK)
    list(APPEND allowed CMARK)
  endif()
  gongkai_layer_rules(${target} ${allowed})
endfunction()

# gongkai_layer_rules(TARGET [TOML] [CMARK]): the compile rules of a stage: warnings, and the
# third-party names poisoned unless the stage may use them. tests/build/layers.cmake compiles
# probes with these rules to show that a crossing fails.
function(gongkai_layer_rules target)
  cmake_parse_arguments(ARG "TOML;CMARK" "" "" ${ARGN})
  if(NOT ARG_TOML)
    target_compile_options(${target} PRIVATE "SHELL:-include ${CMAKE_SOURCE_DIR}/cmake/layers/no_toml.hpp")
  endif()
  if(NOT ARG_CMARK)
    target_compile_options(${target} PRIVATE "SHELL:-include ${CMAKE_SOURCE_DIR}/cmake/layers/no_cmark.hpp")
  endif()
  target_compile_options(${target} PRIVATE ${GONGKAI_WARNINGS})
endfunction()
