# The README's two commands: `make site` and `make test`; `make serve` to read the site.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
GONGKAI := $(BUILD_DIR)/gongkai

.PHONY: site serve test tool deps serve-deps test-deps clean

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

# The project's own build: warnings are errors here (and in CI, which runs this).
test: test-deps
	cmake -S . -B $(BUILD_DIR) -DGONGKAI_TESTS=ON -DGONGKAI_WERROR=ON
	cmake --build $(BUILD_DIR) -j $(JOBS)
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

tool: deps
	cmake -S . -B $(BUILD_DIR)
	cmake --build $(BUILD_DIR) -j $(JOBS) --target gongkai

# Time gongkai on a generated catalogue of N documents: `make bench`, `make bench N=100000`.
N ?= 10000
.PHONY: bench
bench: tool
	BUILD_DIR=$(BUILD_DIR) bench/run.sh $(N)

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

clean:
	rm -rf $(BUILD_DIR) public .public.staging
