# SPDX-FileCopyrightText: 2026 The Inkan developers
# SPDX-License-Identifier: MIT
# Writes a manual page with the program's hidden --man option, then a gzip -9n copy for the
# package:  cmake -DPROGRAM=… -DOUTPUT=…/name.1 -DGZIP=gzip -P GenerateManPage.cmake
# Run by the build (packaging/CMakeLists.txt); also in sanitizer builds, hence the options.
set(ENV{ASAN_OPTIONS} "detect_leaks=0")
set(ENV{QT_QPA_PLATFORM} "offscreen")
get_filename_component(dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
execute_process(COMMAND "${PROGRAM}" --man
  OUTPUT_FILE "${OUTPUT}.tmp" ERROR_VARIABLE errors RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --man failed (${result}): ${errors}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
execute_process(COMMAND "${GZIP}" -9nc "${OUTPUT}" OUTPUT_FILE "${OUTPUT}.gz" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "gzip failed on ${OUTPUT}")
endif()
