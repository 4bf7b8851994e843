# yeonpyo_embed_files(): compiles data files into a C++ source as byte arrays, so the Qt-free
# core carries its lexicons and gazetteer without looking for files at run time.
#
# The generated source defines, in namespace yeonpyo::embedded, a function
#   std::string_view <FUNCTION>(std::string_view name)
# returning a file's bytes by its name relative to BASE_DIR (empty when unknown).
function(yeonpyo_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT;FUNCTION;BASE_DIR" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} -DFUNCTION=${ARG_FUNCTION}
            -DBASE_DIR=${ARG_BASE_DIR} "-DFILES=${ARG_FILES}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
    COMMENT "Embedding ${ARG_FUNCTION} data files"
    VERBATIM)
endfunction()
