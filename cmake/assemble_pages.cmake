# Puts the head and navigation every page shares (web/partials/head.html,
# nav.html; written once there) into each page of the assembled site, in place
# of its <!-- slacalc:head --> and <!-- slacalc:nav --> markers, then removes
# the partials from the site: a browser gets whole pages, as docs/design.md
# ("How a page is built") says. In the head, {{core}} becomes the page's own
# module (<html data-core>); in the navigation, the page's own link gets
# aria-current="page". Run by the site target:
#   cmake -DSITE=… -DPARTIALS=… -P assemble_pages.cmake
file(READ ${PARTIALS}/head.html head)
file(READ ${PARTIALS}/nav.html nav)
file(GLOB pages ${SITE}/*.html)
foreach(page ${pages})
  file(READ ${page} html)
  string(FIND "${html}" "<!-- slacalc:head -->" at)
  if(at EQUAL -1)
    continue()
  endif()
  if(NOT html MATCHES "data-core=\"([a-z-]+)\"")
    message(FATAL_ERROR "${page}: a page with the shared head names its module in <html data-core>")
  endif()
  string(REPLACE "{{core}}" "${CMAKE_MATCH_1}" page_head "${head}")
  get_filename_component(name ${page} NAME)
  if(name STREQUAL "index.html")
    set(href "./")
  else()
    set(href "${name}")
  endif()
  string(REPLACE "<a href=\"${href}\"" "<a href=\"${href}\" aria-current=\"page\"" page_nav "${nav}")
  string(REPLACE "<!-- slacalc:head -->\n" "${page_head}" html "${html}")
  string(REPLACE "  <!-- slacalc:nav -->\n" "${page_nav}" html "${html}")
  if(html MATCHES "<!-- slacalc:" OR NOT html MATCHES "aria-current=\"page\"")
    message(FATAL_ERROR "${page}: a marker was not replaced, or no link names the page")
  endif()
  file(WRITE ${page} "${html}")
endforeach()
file(REMOVE_RECURSE ${SITE}/partials)
