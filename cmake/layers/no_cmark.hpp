// Force-included into every stage but markdown/ (cmake/layers.cmake): cmark-gfm is its alone.
// "attempt to use poisoned cmark_node" means another stage reached for the Markdown library;
// go through markdown/markdown.hpp instead.
#pragma GCC poison cmark_node cmark_parser cmark_syntax_extension
