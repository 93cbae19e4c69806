#include "catalogue/warnings.hpp"

namespace gongkai {

void add_check_warnings(const Catalogue& catalogue, Diagnostics& diags) {
  for (const Document& doc : catalogue.documents()) {
    const DocumentMeta& m = doc.meta;
    if (m.index_number.text.empty() || m.index_number.year == m.date.year) continue;
    SourcePlace p = doc.place_of("index_number");
    diags.warning(doc.source_path, p.line, p.column,
                  "index_number year " + std::to_string(m.index_number.year) +
                      " differs from the year of date (" + std::to_string(m.date.year) + ")");
  }
}

}  // namespace gongkai
