// Force-included into every stage but site/ and content/ (cmake/layers.cmake): toml++ is theirs.
// "attempt to use poisoned toml" means a stage above them reached for TOML; give it a value
// that site/ or content/ has read instead.
#pragma GCC poison toml
