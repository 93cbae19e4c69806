#pragma once
// QR codes that a phone camera decodes to a page's address (扫一扫在手机打开当前页面).
#include <string>

namespace gongkai::outputs {

// An inline SVG of text as a QR code (error correction M, 4-module quiet zone),
// scalable, with an accessible name.
std::string qr_svg(const std::string& text, const std::string& accessible_name);

}  // namespace gongkai::outputs
