# Appeal Desk. `make run` and `make test` are the README's two quick-start commands:
# each installs what is missing on Debian/Ubuntu first.
GO        ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
TAGS      ?= no_emoji,migrated_fynedo,no_animations
BIN       ?= appealdesk
APT_DEPS  := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev \
             xvfb xauth x11-utils imagemagick xdotool poppler-utils qpdf strace xz-utils \
             python3-docx libreoffice-writer-nogui

.PHONY: deps run build test unit e2e vet fmt-check clean

# Packaging targets (installers, editions, reproducibility) live in their own file.
-include packaging.mk

# deps installs the Debian packages the build and the tests need, if any is missing.
deps:
	@missing=""; for p in $(APT_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@command -v $(GO) >/dev/null || { echo "Go 1.26 or newer is needed: https://go.dev/dl/"; exit 1; }

build: deps
	$(GO) build -tags $(TAGS) -trimpath -o $(BIN) .

run: build
	./$(BIN)

# test runs every test: formatting and vet, the unit and headless-widget tests
# (-tags ci: Fyne's software driver, no display), then the end-to-end tests that build
# the real binary and drive its window under Xvfb.
test: deps fmt-check vet unit e2e

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet -tags ci ./...

unit:
	$(GO) test -tags ci -count=1 ./...

e2e: build
	bash e2e/run.sh ./$(BIN)

clean:
	rm -f $(BIN)
