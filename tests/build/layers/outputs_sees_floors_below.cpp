// The control: a stage includes every floor below it, and its own third-party libraries.
#include <qrcodegen.hpp>

#include "catalogue/catalogue.hpp"
#include "outputs/outputs.hpp"
#include "render/renderer.hpp"
#include "site/config.hpp"
#include "util/text.hpp"
#include "writer/publisher.hpp"
