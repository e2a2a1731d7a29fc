# ClassPlanner: `make demo` renders the example plan, `make test` runs the tests.
# Both install what is missing first (Debian packages, through apt-get).

SWIFT      ?= swift
# Where `make install` puts classplan: /usr/local for root, ~/.local for anyone else, so
# no one needs root to install it.
PREFIX     ?= $(if $(filter 0,$(shell id -u)),/usr/local,$(HOME)/.local)
OUT        ?= out
DEMO_PLAN  ?= Plans/hip-series.yaml
# The README's class card: a whole 45-minute class on one page.
CARD_PLAN  ?= Plans/mat-class-45.yaml

# Debian packages the build, the tests and the handouts need:
# cairo, Pango and libqrencode with their headers; poppler and qpdf to check PDFs in tests;
# fonts that cover Latin, Greek, Cyrillic, CJK and emoji; zbarimg to read QR codes back and
# Chromium to open the shared web page, in the tests.
APT_PACKAGES = pkg-config libcairo2-dev libpango1.0-dev libqrencode-dev \
               poppler-utils qpdf \
               fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji \
               zbar-tools chromium

# apt-get needs root: use sudo when not root.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
APT  := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get -o DPkg::Lock::Timeout=300

# Debian packages `make bench` needs besides the above: GNU time, for peak memory, and
# Python's venv, for Typst (PyPI's `typst`, the compiler the teacher sheet is timed against).
BENCH_APT_PACKAGES = time python3-venv
TYPST_VERSION ?= 0.15.2
# `make fuzz` needs no Debian package: libFuzzer and clang come with the Swift toolchain.

FUZZ_SECONDS ?= 600

.PHONY: all deps bench-deps build release demo preview test fuzz fuzz-merge bench install deb docs clean

all: build

## deps: install the Debian packages that are missing (does nothing when all are there)
deps:
	@$(MAKE) --no-print-directory install-missing PACKAGES="$(APT_PACKAGES)"

## bench-deps: the packages the benchmark needs, and Typst in .build/typst-venv
bench-deps:
	@$(MAKE) --no-print-directory install-missing PACKAGES="$(BENCH_APT_PACKAGES)"
	@.build/typst-venv/bin/python -c 'import importlib.metadata as m; assert m.version("typst") == "$(TYPST_VERSION)"' 2>/dev/null || \
	  { python3 -m venv .build/typst-venv && .build/typst-venv/bin/pip install -q "typst==$(TYPST_VERSION)"; }

.PHONY: install-missing
install-missing:
	@missing=""; \
	for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(APT) update -q && \
	  $(APT) install -y -q --no-install-recommends $$missing; \
	else \
	  echo "All Debian packages are installed."; \
	fi

## build: a debug build of classplan and the preview server
build: deps
	$(SWIFT) build

## release: an optimised build of classplan and its preview server, with the Swift runtime
## linked in, so they run on a Debian machine without the Swift toolchain
release: deps
	$(SWIFT) build -c release --static-swift-stdlib --product classplan
	$(SWIFT) build -c release --static-swift-stdlib --product classplan-preview

## demo: build classplan (not the preview server, which takes minutes), then render the
## example plan into out/
demo: deps
	@echo "Building classplan (a minute or two the first time)..."
	@$(SWIFT) build -q --product classplan
	@$$($(SWIFT) build --show-bin-path)/classplan render $(DEMO_PLAN) -o $(OUT)
	@echo
	@echo "To run classplan from any folder, either install it (no root needed):"
	@echo "  make install    # then follow what it prints"
	@echo "or use this build in this shell:"
	@echo "  export PATH=\"$$($(SWIFT) build --show-bin-path):\$$PATH\""

## preview: build the preview server that `classplan preview` runs (make build and make
## test build it too)
preview: deps
	$(SWIFT) build --product classplan-preview

## test: build and run every test (the Debian package's tests need `make deb` first)
test: build deb
	$(SWIFT) test

## fuzz: build the plan fuzzer (apart from swift build) and run it for FUZZ_SECONDS
fuzz: deps
	Fuzz/build.sh
	Fuzz/run.sh $(FUZZ_SECONDS)

## fuzz-merge: minimise the fuzzer's finds into the committed corpus
fuzz-merge:
	Fuzz/run.sh merge

## bench: time the release build and write bench/results.md
bench: deps bench-deps
	$(SWIFT) build -c release --static-swift-stdlib --product classplan
	bench/bench.sh

## docs: the README's pictures, drawn by classplan itself
docs: build
	rm -rf $(OUT)/docs && mkdir -p $(OUT)/docs
	$$($(SWIFT) build --show-bin-path)/classplan render $(DEMO_PLAN) -o $(OUT)/docs --format png
	cp $(OUT)/docs/hip-series-student-1.png docs/student-page-1.png
	cp $(OUT)/docs/hip-series-teacher-1.png docs/teacher-page-1.png
	$$($(SWIFT) build --show-bin-path)/classplan render $(CARD_PLAN) -o $(OUT)/docs --for card --format png
	cp $(OUT)/docs/$(basename $(notdir $(CARD_PLAN)))-card-1.png docs/class-card.png
	$$($(SWIFT) build --show-bin-path)/classplan figure --all -o docs/figures.png
	$$($(SWIFT) build --show-bin-path)/classplan figure --all --size print -o docs/figures-print.png

## install: classplan and its preview server to PREFIX/bin, the library to PREFIX/share/classplan, the manual
## page (man classplan), and shell completions (bash, zsh, fish) that offer exercise and block ids
MANUAL      = .build/plugins/GenerateManual/outputs/classplan/classplan.1
RELEASE_BIN = $$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)/classplan
install: release
	@install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/classplan \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	@install -m 755 "$(RELEASE_BIN)" $(DESTDIR)$(PREFIX)/bin/classplan
	@install -m 755 "$(RELEASE_BIN)-preview" $(DESTDIR)$(PREFIX)/bin/classplan-preview
	@rm -rf $(DESTDIR)$(PREFIX)/share/classplan/Assets
	@cp -R Assets $(DESTDIR)$(PREFIX)/share/classplan/Assets
	@"$(RELEASE_BIN)" --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/classplan
	@"$(RELEASE_BIN)" --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_classplan
	@"$(RELEASE_BIN)" --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/classplan.fish
	@echo "Writing the manual page (argument-parser's generate-manual plugin)..."
	@$(SWIFT) package plugin generate-manual > .build/manual.log 2>&1 || { cat .build/manual.log; exit 1; }
	@install -d $(DESTDIR)$(PREFIX)/share/man/man1
	@gzip -9nc $(MANUAL) > $(DESTDIR)$(PREFIX)/share/man/man1/classplan.1.gz
	@echo "Installed classplan in $(DESTDIR)$(PREFIX)/bin"
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) [ -n "$(DESTDIR)" ] || \
	  echo "To run it from any folder, add this line to ~/.bashrc (or ~/.profile): export PATH=\"$(PREFIX)/bin:\$$PATH\"";; esac

## deb: a Debian package, .build/deb/classplan_VERSION_ARCH.deb, that installs with
## `apt install ./classplan_VERSION_ARCH.deb`
deb: release
	@rm -rf .build/deb/stage && mkdir -p .build/deb/stage
	@$(MAKE) --no-print-directory install DESTDIR=$(CURDIR)/.build/deb/stage PREFIX=/usr
	@Packaging/deb.sh .build/deb/stage .build/deb

clean:
	rm -rf .build $(OUT)
