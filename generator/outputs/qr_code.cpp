#include "outputs/qr_code.hpp"

#include <qrcodegen.hpp>

#include "util/html.hpp"

namespace gongkai::outputs {

std::string qr_svg(const std::string& text, const std::string& accessible_name) {
  using qrcodegen::QrCode;
  // A fixed mask: choosing the best of eight by penalty score cost 70% of a
  // whole build, and any mask decodes; phones read these without trouble.
  const int kMask = 4;
  const QrCode qr =
      QrCode::encodeSegments(qrcodegen::QrSegment::makeSegments(text.c_str()), QrCode::Ecc::MEDIUM,
                             QrCode::MIN_VERSION, QrCode::MAX_VERSION, kMask);
  const int border = 4;
  const int size = qr.getSize() + border * 2;
  std::string path;
  // One rectangle per horizontal run of dark modules keeps the SVG small.
  for (int y = 0; y < qr.getSize(); ++y) {
    for (int x = 0; x < qr.getSize();) {
      if (!qr.getModule(x, y)) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < qr.getSize() && qr.getModule(x + run, y)) ++run;
      const std::string w = std::to_string(run);
      // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict, a false positive) on "M" + ….
      path += 'M';
      path += std::to_string(x + border);
      path += ',';
      path += std::to_string(y + border);
      path += 'h';
      path += w;
      path += "v1h-";
      path += w;
      path += 'z';
      x += run;
    }
  }
  const std::string dim = std::to_string(size);
  return "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + dim + " " +
         dim + "\" role=\"img\" aria-label=\"" + html_escape(accessible_name) +
         "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
         "<path fill=\"#000\" d=\"" +
         path + "\"/></svg>";
}

}  // namespace gongkai::outputs
