// cmark-gfm's core API, its extension API and the GitHub extensions (tables, strikethrough,
// autolink, tagfilter, tasklist), which Debian ships in libcmark-gfm-extensions-dev.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
