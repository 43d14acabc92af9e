# Minifies the served site's scripts and stylesheets in place with esbuild
# (Debian's package): what a browser loads is what the size budgets count
# (bench/budgets.json), while web/ and bindings/ stay as written. Run by the
# site target:  cmake -DSITE=… -DESBUILD=… -P minify_site.cmake
# embed.js is the one script other origins load (docs/embedding.md): it gets
# the list of views it imports (views.mjs) built in, so that it stays one file
# — one request, and one file for their server to allow across origins.
file(GLOB_RECURSE files ${SITE}/*.js ${SITE}/*.mjs ${SITE}/*.css)
foreach(file ${files})
  set(bundle)
  if(file STREQUAL "${SITE}/embed.js")
    set(bundle --bundle --format=esm)
  endif()
  execute_process(COMMAND ${ESBUILD} ${file} ${bundle} --minify --log-level=warning --outfile=${file} --allow-overwrite
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "esbuild could not minify ${file}")
  endif()
endforeach()
