# Compiler warnings applied to every Yeonpyo target through yeonpyo_set_warnings().
function(yeonpyo_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports impossible overlaps inside std::string when inlined at -O3 (GCC bug 105651).
    # and flags std::string copies inlined at -O3 as "maybe uninitialized" (GCC bug 107138): the
    # warning stays visible but does not fail the build.
    target_compile_options(${target} PRIVATE -Wno-restrict -Wno-error=maybe-uninitialized)
  endif()
  if(YEONPYO_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
