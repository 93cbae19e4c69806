// cmark-gfm is markdown/'s alone: render/ gets bodies as HTML.
#include <cmark-gfm.h>
