# Probes of the floors (cmake/layers.cmake, issue 14 defect 14): each is compiled like a source
# of the stage it names, with that stage's include roots and rules. The crossings must fail to
# compile, with the reason expected; the controls must compile, so that a failure is the rule's
# doing and not a broken probe. Built only by the test `layers_hold`, never by `all`.
set(LAYER_PROBES
    # probe                             stage      allowed  expected failure ("" = compiles)
    "site_includes_content              site       TOML     No such file"
    "markdown_includes_util             markdown   CMARK    No such file"
    "catalogue_includes_toml            catalogue  -        poisoned"
    "render_includes_cmark              render     -        poisoned"
    "writer_includes_qrcode             writer     -        No such file"
    "outputs_sees_floors_below          outputs    -        "
    "content_sees_toml_and_markdown     content    TOML     ")
set(LAYER_PROBE_TARGETS)
foreach(row ${LAYER_PROBES})
  string(REGEX REPLACE " +" ";" fields "${row}")
  list(GET fields 0 probe)
  list(GET fields 1 stage)
  list(GET fields 2 allowed)
  list(SUBLIST fields 3 -1 expected)
  list(JOIN expected " " expected)
  add_library(layer_probe_${probe} OBJECT EXCLUDE_FROM_ALL
              ${CMAKE_CURRENT_SOURCE_DIR}/build/layers/${probe}.cpp)
  target_link_libraries(layer_probe_${probe} PRIVATE gongkai_${stage})
  if(allowed STREQUAL "TOML")
    target_link_libraries(layer_probe_${probe} PRIVATE tomlplusplus::tomlplusplus)
  elseif(allowed STREQUAL "CMARK")
    target_link_libraries(layer_probe_${probe} PRIVATE PkgConfig::CMARKGFM)
  endif()
  if(stage STREQUAL "outputs")
    target_link_libraries(layer_probe_${probe} PRIVATE PkgConfig::QRCODEGEN)
  endif()
  if(allowed STREQUAL "-")
    gongkai_layer_rules(layer_probe_${probe})
  else()
    gongkai_layer_rules(layer_probe_${probe} ${allowed})
  endif()
  list(APPEND LAYER_PROBE_TARGETS "layer_probe_${probe}=${expected}")
endforeach()

add_test(NAME layers_hold
         COMMAND ${CMAKE_COMMAND} -DBINARY=${CMAKE_BINARY_DIR} "-DPROBES=${LAYER_PROBE_TARGETS}"
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/build/check_layers.cmake)
