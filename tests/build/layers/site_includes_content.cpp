// site/ stands below content/: reaching up must not compile (see tests/build/layer_probes.cmake).
#include "content/doc_date.hpp"
