# Minifies the served site's scripts and stylesheets in place with esbuild
# (Debian's package): what a browser loads is what the size budgets count
# (bench/budgets.json), while web/ and bindings/ stay as written. Run by the
# site target:  cmake -DSITE=… -DESBUILD=… -P minify_site.cmake
file(GLOB_RECURSE files ${SITE}/*.js ${SITE}/*.mjs ${SITE}/*.css)
foreach(file ${files})
  execute_process(COMMAND ${ESBUILD} ${file} --minify --log-level=warning --outfile=${file} --allow-overwrite
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "esbuild could not minify ${file}")
  endif()
endforeach()
