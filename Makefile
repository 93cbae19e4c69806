# The README's two commands: `make site` and `make test`; `make serve` to read the site.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
GONGKAI := $(BUILD_DIR)/gongkai

.PHONY: site serve test tool deps serve-deps test-deps fuzz fuzz-deps tsan clean

# Pages link to each other as folders (PATH/), as static hosts serve them; a browser
# opening public/index.html as a file:// page shows folder listings instead.
site: tool
	$(GONGKAI) build --source . --output public
	@echo
	@echo "The catalogue is in public/. To read it, run 'make serve' and open http://127.0.0.1:1313/"
	@echo "(pages are linked as PATH/ folder URLs for static hosts, so opening public/index.html"
	@echo "from disk, as a file:// page, shows folder listings instead of pages)."

# Builds the site, then serves public/ on http://127.0.0.1:1313/ until Ctrl-C.
serve: serve-deps site
	@echo "Serving public/ on http://127.0.0.1:1313/ (Ctrl-C stops it)"
	python3 -m http.server --bind 127.0.0.1 --directory public 1313

# The project's own build: warnings are errors here (and in CI, which runs this). Then the unit
# and end-to-end tests again, built with AddressSanitizer and UndefinedBehaviorSanitizer in
# $(ASAN_DIR) (gongkai too: the end-to-end tests run that build's binary); any report fails.
# Warnings are not errors there: GCC 12 gives false -Wmaybe-uninitialized inside <regex> with
# the sanitizers on (the first build holds the warnings). Not rerun there, as they run no
# instrumented code: the formatting check, the check of the layers and the two checks of
# how the build itself is configured and compiled, and the link checker, which reads the same
# pages the end-to-end tests build; nor the browser test, which would check the
# very same pages again (builds are reproducible) for minutes, while the end-to-end tests
# already build the sample site with the instrumented gongkai.
ASAN_DIR ?= build-asan
ASAN_SKIP := ^(clang_format|browser_pages|release_configure_keeps_warnings_as_warnings|helpers_build_clean_at_o3|layers_hold|linkcheck_sample_site)$$
SANITIZER_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# Both builds carry line tables only (-g1): enough for perf and for the sanitizers' reports, and
# a quarter less compile time than full debug information.
test: test-deps
	cmake -S . -B $(BUILD_DIR) -DGONGKAI_TESTS=ON -DGONGKAI_WERROR=ON \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
	cmake --build $(BUILD_DIR) -j $(JOBS)
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)
	cmake -S . -B $(ASAN_DIR) -DGONGKAI_TESTS=ON -DGONGKAI_WERROR=OFF -DGONGKAI_SANITIZE=address,undefined \
	  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g1 -O1"
	$(SANITIZER_ENV) cmake --build $(ASAN_DIR) -j $(JOBS) --target gongkai gongkai_tests
	cd $(ASAN_DIR) && $(SANITIZER_ENV) ctest --output-on-failure -j $(JOBS) -E '$(ASAN_SKIP)'

# ThreadSanitizer by hand (`make tsan`, not part of `make test`): every test, the end-to-end
# ones building sites with the parallel load and render, on a gongkai built with it.
TSAN_DIR ?= build-tsan
tsan: test-deps
	cmake -S . -B $(TSAN_DIR) -DGONGKAI_TESTS=ON -DGONGKAI_SANITIZE=thread \
	  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1"
	TSAN_OPTIONS=halt_on_error=1 cmake --build $(TSAN_DIR) -j $(JOBS) --target gongkai gongkai_tests
	cd $(TSAN_DIR) && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -j $(JOBS) -E '$(ASAN_SKIP)'

# The libFuzzer targets of fuzz/ with clang++ in build-fuzz/, each run for FUZZ_SECONDS, one at a
# time: `make fuzz`, `make fuzz FUZZ_SECONDS=600 FUZZ_TARGETS="markdown links"`.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= front_matter site_toml markdown links build_site
fuzz: fuzz-deps
	cmake -S . -B $(FUZZ_DIR) -DCMAKE_CXX_COMPILER=clang++ -DGONGKAI_FUZZ=ON -DGONGKAI_TESTS=OFF \
	  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1"
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh $(FUZZ_DIR) $(FUZZ_TARGETS)

tool: deps
	cmake -S . -B $(BUILD_DIR)
	cmake --build $(BUILD_DIR) -j $(JOBS) --target gongkai

# Time gongkai on a generated catalogue of N documents (`make bench`, `make bench N=100000`), then
# compare it with Debian's hugo on the same catalogue; `make bench-hugo` runs only the comparison
# (RUNS=5 for more rounds). Neither is part of `make test`.
N ?= 10000
.PHONY: bench bench-hugo
bench: tool
	BUILD_DIR=$(BUILD_DIR) bench/run.sh $(N)
	BUILD_DIR=$(BUILD_DIR) bench/hugo.sh $(N)

bench-hugo: tool
	BUILD_DIR=$(BUILD_DIR) bench/hugo.sh $(N)

# SPEC §9's limits: a 50 MB document, deeply nested Markdown, 10,000-key front matter;
# `make limits FULL=1` adds the 100,000-document build.
.PHONY: limits
limits: tool
	BUILD_DIR=$(BUILD_DIR) bench/limits.sh $(if $(FULL),--full)

deps:
	scripts/install-deps.sh build

serve-deps:
	scripts/install-deps.sh serve

test-deps:
	scripts/install-deps.sh test

fuzz-deps:
	scripts/install-deps.sh fuzz

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(TSAN_DIR) $(FUZZ_DIR) public .public.staging
