// The control for the private libraries: content/ reads TOML and calls markdown/.
#include <toml++/toml.h>

#include "content/meta_schema.hpp"
#include "markdown/markdown.hpp"
