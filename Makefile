# ClassPlanner: `make demo` renders the example plan, `make test` runs the tests.
# Both install what is missing first (Debian packages, through apt-get).

SWIFT      ?= swift
PREFIX     ?= /usr/local
OUT        ?= out
DEMO_PLAN  ?= Plans/hip-series.yaml
# The README's class card: a whole 45-minute class on one page.
CARD_PLAN  ?= Plans/mat-class-45.yaml

# Debian packages the build, the tests and the handouts need:
# cairo, Pango, libqrencode and libqpdf with their headers; poppler and qpdf to check PDFs in tests;
# fonts that cover Latin, Greek, Cyrillic, CJK and emoji; zbarimg to read QR codes back and
# Chromium to open the shared web page, in the tests.
APT_PACKAGES = pkg-config libcairo2-dev libpango1.0-dev libqrencode-dev libqpdf-dev \
               poppler-utils qpdf \
               fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji \
               zbar-tools chromium

# apt-get needs root: use sudo when not root.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
APT  := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get -o DPkg::Lock::Timeout=300

# Debian packages `make bench` needs besides the above: GNU time, for peak memory.
BENCH_APT_PACKAGES = time
# `make fuzz` needs no Debian package: libFuzzer and clang come with the Swift toolchain.

FUZZ_SECONDS ?= 600

.PHONY: all deps bench-deps build release demo preview test fuzz fuzz-merge bench install docs clean

all: build

## deps: install the Debian packages that are missing (does nothing when all are there)
deps:
	@$(MAKE) --no-print-directory install-missing PACKAGES="$(APT_PACKAGES)"

## bench-deps: the packages the benchmark needs
bench-deps:
	@$(MAKE) --no-print-directory install-missing PACKAGES="$(BENCH_APT_PACKAGES)"

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

## release: an optimised build of classplan
release: deps
	$(SWIFT) build -c release

## demo: build classplan (not the preview server, which takes minutes), then render the
## example plan into out/
demo: deps
	$(SWIFT) build --product classplan
	mkdir -p $(OUT)
	$$($(SWIFT) build --show-bin-path)/classplan render $(DEMO_PLAN) -o $(OUT)
	@echo "Handouts written to $(OUT)/"

## preview: build the preview server that `classplan preview` runs (make build and make
## test build it too)
preview: deps
	$(SWIFT) build --product classplan-preview

## test: build and run every test
test: build
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
	$(SWIFT) build -c release --product classplan
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

## install: the binary to PREFIX/bin, the library to PREFIX/share/classplan
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/classplan
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/classplan" $(DESTDIR)$(PREFIX)/bin/classplan
	rm -rf $(DESTDIR)$(PREFIX)/share/classplan/Assets
	cp -R Assets $(DESTDIR)$(PREFIX)/share/classplan/Assets

clean:
	rm -rf .build $(OUT)
