# The README's two commands: `make site` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
GONGKAI := $(BUILD_DIR)/gongkai

.PHONY: site test tool deps test-deps clean

site: tool
	$(GONGKAI) build --source . --output public
	@echo
	@echo "Open public/index.html in a browser, or serve public/ with any static web server."

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

test-deps:
	scripts/install-deps.sh test

clean:
	rm -rf $(BUILD_DIR) public .public.staging
