// Nayuki's QR code library is linked privately by outputs/: writer/ cannot see its headers.
#include <qrcodegen.hpp>
