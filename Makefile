# Appeal Desk. `make run` and `make test` are the README's two quick-start commands:
# each installs what is missing on Debian/Ubuntu first.
GO        ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
TAGS      ?= no_emoji,migrated_fynedo,no_animations
BIN       ?= appealdesk
CLI_BIN   ?= appealdesk-cli
# What a fresh Debian/Ubuntu image lacks: the C toolchain and headers Fyne's cgo needs;
# ca-certificates for the Go module proxy; what the end-to-end scripts call (Xvfb,
# xdotool, ImageMagick, poppler, qpdf, strace, jq, pkill from procps) and the DOCX
# readers their checks use.
APT_DEPS  := gcc libc6-dev pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev \
             ca-certificates xvfb xauth x11-utils imagemagick xdotool poppler-utils qpdf strace \
             xz-utils jq procps python3-docx libreoffice-writer-nogui
# The linter, fetched through the Go module proxy by `go run` (cached after the first run).
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

# The commit `appealdesk version`, About and the PDFs' metadata name: this checkout's
# HEAD, with "-dirty" when tracked files differ from it. The toolchain here builds with
# -buildvcs=false, so it is stamped with -ldflags; outside a git checkout nothing is
# stamped and the program says "unknown".
COMMIT    := $(shell git rev-parse --short=12 HEAD 2>/dev/null)
ifneq ($(COMMIT),)
COMMIT    := $(COMMIT)$(shell git diff --quiet HEAD -- 2>/dev/null || echo -dirty)
endif
LDFLAGS   := $(if $(COMMIT),-X appealdesk/assets.Commit=$(COMMIT))

.PHONY: deps run build cli test gates fmt-check tidy-check vet staticcheck unit unit-nowindow \
        version-check e2e clean

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
	$(GO) build -tags $(TAGS) -trimpath -ldflags "$(LDFLAGS)" -o $(BIN) .

run: build
	./$(BIN)

# cli is the command line alone (-tags nowindow): no window, no Fyne, no cgo, for
# servers and scripts.
cli:
	CGO_ENABLED=0 $(GO) build -tags nowindow -trimpath -ldflags "$(LDFLAGS)" -o $(CLI_BIN) .

# test runs every test: the gates (formatting, go.mod tidy, vet, staticcheck), the
# unit and headless-widget tests under the race detector (-tags ci: Fyne's software
# driver, no display), the command-line-only build, then the end-to-end tests that
# build the real binary and drive its window under Xvfb.
test: deps gates unit unit-nowindow version-check e2e

gates: fmt-check tidy-check vet staticcheck

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# tidy-check fails when go.mod or go.sum (of the app or of tools/) is not what
# `go mod tidy` makes of them, and shows the difference.
tidy-check:
	$(GO) mod tidy -diff
	cd tools && $(GO) mod tidy -diff

vet:
	$(GO) vet -tags ci ./...
	CGO_ENABLED=0 $(GO) vet -tags nowindow .

staticcheck:
	$(GO) run $(STATICCHECK) -tags ci ./...
	CGO_ENABLED=0 $(GO) run $(STATICCHECK) -tags nowindow .

# unit: every package once, under the race detector (it needs cgo: gcc is in APT_DEPS).
# The detector makes Fyne's drawing, PDF layout and scrypt 5–15× slower: on a busy
# 2-core machine app/ alone can pass the default 10-minute limit, hence 30 minutes.
unit:
	$(GO) test -race -tags ci -count=1 -timeout 30m ./...

unit-nowindow:
	CGO_ENABLED=0 $(GO) test -tags nowindow -count=1 .

# version-check: the binary `make build` makes names the commit it was built from.
version-check: build
	@want="commit $(or $(COMMIT),unknown)"; got=$$(./$(BIN) version); \
	case "$$got" in *"$$want"*) echo "version: $$got";; \
	  *) echo "appealdesk version says \"$$got\", want \"$$want\""; exit 1;; esac

e2e: build
	bash e2e/run.sh ./$(BIN)

clean:
	rm -f $(BIN) $(CLI_BIN)
