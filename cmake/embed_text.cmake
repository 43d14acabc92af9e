# Writes OUTPUT: a C++ source whose function FUNCTION (in namespace NAMESPACE)
# returns the text of INPUT, so the CLI's help and docs/api.md are one text.
# Run by the build whenever INPUT changes:
#   cmake -DINPUT=… -DOUTPUT=… -DNAMESPACE=… -DFUNCTION=… -P embed_text.cmake
file(READ ${INPUT} text)
string(FIND "${text}" ")slacalc_text\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE ${OUTPUT}.tmp "// Generated from ${INPUT} by cmake/embed_text.cmake. Do not edit.
#include <string_view>

namespace ${NAMESPACE} {

std::string_view ${FUNCTION}() {
  return R\"slacalc_text(${text})slacalc_text\";
}

}  // namespace ${NAMESPACE}
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
