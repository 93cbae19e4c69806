#include "outputs/qr_code.hpp"

#include <qrcodegen.hpp>

#include "util/html.hpp"

namespace gongkai::outputs {

std::string qr_svg(const std::string& text, const std::string& accessible_name) {
  using qrcodegen::QrCode;
  const QrCode qr = QrCode::encodeText(text.c_str(), QrCode::Ecc::MEDIUM);
  const int border = 4;
  const int size = qr.getSize() + border * 2;
  std::string path;
  for (int y = 0; y < qr.getSize(); ++y) {
    for (int x = 0; x < qr.getSize(); ++x) {
      if (!qr.getModule(x, y)) continue;
      path += "M" + std::to_string(x + border) + "," + std::to_string(y + border) + "h1v1h-1z";
    }
  }
  const std::string dim = std::to_string(size);
  return "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + dim + " " + dim +
         "\" role=\"img\" aria-label=\"" + html_escape(accessible_name) +
         "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
         "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
}

}  // namespace gongkai::outputs
