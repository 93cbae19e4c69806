// markdown/ stands on the ground beside util/, and sees nothing else of the house.
#include "util/text.hpp"
