# Writes OUTPUT: a C++ source holding every presets/*.json as a string, so the
# presets travel inside the wasm module and the CLI. Run by the
# build whenever a preset changes:  cmake -DPRESETS_DIR=… -DOUTPUT=… -P embed_presets.cmake
# In the order profiles() lists them: the contracts, then the examples, each
# by id — so that a list of ids needs no preset parsed (profile_json.cpp).
file(GLOB preset_files ${PRESETS_DIR}/*.json)
list(SORT preset_files)
set(contracts "")
set(examples "")
foreach(file ${preset_files})
  file(READ ${file} text)
  if(text MATCHES "\"status\": *\"example\"")
    list(APPEND examples ${file})
  else()
    list(APPEND contracts ${file})
  endif()
endforeach()
set(entries "")
foreach(file ${contracts} ${examples})
  get_filename_component(id ${file} NAME_WE)
  file(READ ${file} text)
  # Indentation out: JSON strings hold no raw newline, so this never touches content.
  string(REGEX REPLACE "\n[ ]+" "\n" text "${text}")
  string(FIND "${text}" ")slacalc_preset\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw-string delimiter")
  endif()
  string(APPEND entries "    {\"${id}\", R\"slacalc_preset(${text})slacalc_preset\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp "// Generated from presets/*.json by cmake/embed_presets.cmake. Do not edit.
#include \"presets.hpp\"

namespace slacalc {

const std::vector<PresetText>& preset_texts() {
  static const std::vector<PresetText> texts = {
${entries}  };
  return texts;
}

}  // namespace slacalc
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
