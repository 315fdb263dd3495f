# Packaging (issue 7): Linux .tar.xz, Windows .exe and installer, macOS .app/.dmg,
# reproducibility check, and an organisation's own edition. Included by the Makefile.
#
#   make package-linux [ORG=path/to/organisation.toml]     dist/appealdesk-V-linux-amd64.tar.xz
#   make smoke-linux                                       unpack, make install into a temp DESTDIR, run `appealdesk version`
#   make smoke-linux-gui                                   the same, then open the window under Xvfb and save a screenshot
#   make windows-exe [ORG=…]                               dist/appealdesk-V-windows-amd64.exe (icon, version resource, GUI subsystem)
#   make windows-installer [ORG=…]                         dist/appealdesk-V-windows-amd64-setup.exe (NSIS, per-user)
#   make package-macos [ORG=…]                             on a Mac only: dist/Appeal Desk.app and a .dmg
#   make repro-check                                       build the Linux binary twice in two directories (the second
#                                                          with an empty build cache) and compare sha256
#   make edition-check ORG=…                               validate an organisation file without building
#
# Every package is built from a temporary copy of the committed tree (git archive of
# PKG_REF, default HEAD), so the stamped commit is exactly what was built, the working
# tree stays untouched (`fyne package` writes fyne_metadata_init.go and bumps
# Details.Build in FyneApp.toml; both happen in the copy), and ORG is bundled into the
# copy's assets/edition only. Outside a git checkout the current directory is copied.

# This file is included near the top of the Makefile: keep its targets from
# becoming `make`'s default goal (restored at the end of this file).
pkg_saved_default_goal := $(.DEFAULT_GOAL)

PKG_GO      ?= go
PKG_REF     ?= HEAD
PKG_WORK    ?= $(or $(TMPDIR),/tmp)/appealdesk-pkg
DIST        ?= dist
ORG         ?=
PKG_TAGS    := no_emoji,migrated_fynedo,no_animations
# Windows and macOS builds also expose buttons, links and labels to screen readers:
# Fyne v2.8.1 has that bridge only there, behind this tag (README, "Accessibility").
PKG_TAGS_A11Y := $(PKG_TAGS),accessibility
MINGW_CC    ?= x86_64-w64-mingw32-gcc
# fyne.io/tools 1.7 compiles C with -fstack-protector-strong -D_FORTIFY_SOURCE=3;
# mingw-w64 then needs libssp, linked statically so no libssp-0.dll must ship.
MINGW_LDFLAGS ?= -l:libssp.a
MAKENSIS    ?= makensis

# The version comes from FyneApp.toml (Details.Version); the commit from git.
APP_VERSION := $(shell sed -n 's/^Version *= *"\([^"]*\)".*/\1/p' FyneApp.toml 2>/dev/null | head -n1)
PKG_COMMIT  := $(shell git rev-parse --short=12 $(PKG_REF) 2>/dev/null)

# Stamped into appealdesk/assets (see assets/assets.go). `fyne package` takes extra
# linker flags only through GOFLAGS' -ldflags= entries, one word each, hence -X=.
PKG_XFLAGS  := -X=appealdesk/assets.Version=$(APP_VERSION) $(if $(PKG_COMMIT),-X=appealdesk/assets.Commit=$(PKG_COMMIT))
PKG_GOFLAGS := -buildvcs=false -mod=readonly $(foreach f,$(PKG_XFLAGS),-ldflags=$(f))

# The fyne CLI (fyne.io/tools v1.7.2) from the separate tools module: `go install`
# of it is refused by the proxy here; `go get -tool` into tools/go.mod works. It is
# built once per run for the host, so a cross-compiling GOOS never applies to it.
FYNE        := $(PKG_WORK)/bin/fyne

LINUX_TARXZ := $(DIST)/appealdesk-$(APP_VERSION)-linux-amd64.tar.xz
WIN_EXE     := $(DIST)/appealdesk-$(APP_VERSION)-windows-amd64.exe
WIN_SETUP   := $(DIST)/appealdesk-$(APP_VERSION)-windows-amd64-setup.exe
MAC_DMG     := $(DIST)/appealdesk-$(APP_VERSION)-macos.dmg

.PHONY: package-linux smoke-linux smoke-linux-gui windows-exe windows-installer package-macos \
        repro-check edition-check fyne-cli packaging-deps packaging-clean

# pkg_stage DIR: a fresh copy of the source in DIR, with ORG bundled when given.
define pkg_stage
	rm -rf "$(1)" && mkdir -p "$(1)"
	if git rev-parse --verify -q "$(PKG_REF)^{commit}" >/dev/null 2>&1; then \
	  git archive --format=tar "$(PKG_REF)" | tar -x -C "$(1)"; \
	else \
	  tar -c --exclude=./dist --exclude=./.git . | tar -x -C "$(1)"; \
	fi
	$(if $(ORG),cd "$(1)" && $(PKG_GO) run ./packaging/edition stage "$(abspath $(ORG))" assets/edition)
	$(if $(ORG),cd "$(1)" && $(PKG_GO) run ./packaging/edition show | tee /dev/stderr | grep -q "from bundled:")
endef

# Debian/Ubuntu packages the Windows targets need beyond `make deps`, installed if missing.
PKG_APT_DEPS := gcc-mingw-w64-x86-64 nsis imagemagick xz-utils
packaging-deps:
	@missing=""; for p in $(PKG_APT_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

fyne-cli:
	@mkdir -p "$(PKG_WORK)/bin"
	$(PKG_GO) -C tools build -o "$(FYNE)" fyne.io/tools/cmd/fyne

edition-check:
	@test -n "$(ORG)" || { echo "usage: make edition-check ORG=path/to/organisation.toml"; exit 2; }
	$(PKG_GO) run ./packaging/edition check "$(abspath $(ORG))"

# ---- Linux -------------------------------------------------------------------------

package-linux: fyne-cli
	@test -n "$(APP_VERSION)" || { echo "no Details.Version in FyneApp.toml"; exit 1; }
	$(call pkg_stage,$(PKG_WORK)/linux)
	@mkdir -p $(DIST)
	$(call linux_package,$(PKG_WORK)/linux,$(LINUX_TARXZ))
	@tar -xJOf "$(LINUX_TARXZ)" appealdesk/usr/local/bin/appealdesk | wc -c | awk '{printf "binary: %.1f MB\n", $$1/1048576}'
	@ls -l "$(LINUX_TARXZ)"

# linux_package SRC OUT [ENV]: `fyne package` (with ENV assignments) in the copy SRC, then repack as OUT:
# fyne.io/tools 1.7.2 writes `Icon := "<app id>"` into the package's Makefile while
# the file is "<app id>.png", so its `make install` fails; the repack fixes that and
# makes the archive itself reproducible (sorted, owner 0, mtime = the commit's time).
PKG_EPOCH := $(or $(SOURCE_DATE_EPOCH),$(shell git log -1 --format=%ct $(PKG_REF) 2>/dev/null),0)
define linux_package
	cd "$(1)" && $(3) GOFLAGS="$(PKG_GOFLAGS)" "$(FYNE)" package -os linux -release -tags $(PKG_TAGS)
	rm -rf "$(1).pkg" && mkdir -p "$(1).pkg"
	tar -xJf "$(1)/Appeal Desk.tar.xz" -C "$(1).pkg"
	grep -q '^Icon := ".*\.png"$$' "$(1).pkg/appealdesk/Makefile" || \
	  sed -i -E 's/^Icon := "(.*)"$$/Icon := "\1.png"/' "$(1).pkg/appealdesk/Makefile"
	icon=$$(sed -n 's/^Icon := "\(.*\)"$$/\1/p' "$(1).pkg/appealdesk/Makefile"); \
	  test -f "$(1).pkg/appealdesk/usr/local/share/pixmaps/$$icon"
	tar --sort=name --mtime=@$(PKG_EPOCH) --owner=0 --group=0 --numeric-owner -C "$(1).pkg" -cf - appealdesk | xz -9 -T1 > "$(2)"
endef

# The package's own Makefile (written by fyne) installs bin/, share/applications/ and
# share/pixmaps/ under $(DESTDIR)$(PREFIX).
SMOKE := $(PKG_WORK)/smoke
XVFB_DISPLAY ?= :97
smoke-linux:
	@test -f "$(LINUX_TARXZ)" || { echo "run make package-linux first"; exit 1; }
	rm -rf "$(SMOKE)" && mkdir -p "$(SMOKE)/unpack" "$(SMOKE)/root"
	tar -xJf "$(LINUX_TARXZ)" -C "$(SMOKE)/unpack"
	env -u MAKEFLAGS -u MAKELEVEL $(MAKE) --no-print-directory -C "$(SMOKE)/unpack/appealdesk" install DESTDIR="$(SMOKE)/root" PREFIX=/usr
	test -x "$(SMOKE)/root/usr/bin/appealdesk"
	test -s "$(SMOKE)/root/usr/share/pixmaps/org.appealdesk.app.png"
	grep -q '^Exec=appealdesk' "$(SMOKE)/root/usr/share/applications/org.appealdesk.app.desktop"
	grep -q '^Icon=org.appealdesk.app' "$(SMOKE)/root/usr/share/applications/org.appealdesk.app.desktop"
	out=$$("$(SMOKE)/root/usr/bin/appealdesk" version) && echo "$$out" && \
	  echo "$$out" | grep -qF "appealdesk $(APP_VERSION) " && \
	  c=$$(echo "$$out" | sed -n 's/.*(commit \([0-9a-f]\{12\}\),.*/\1/p') && test -n "$$c" && \
	  { ! git rev-parse --git-dir >/dev/null 2>&1 || git cat-file -e "$$c^{commit}"; }
	@echo "smoke-linux: OK"

# Opens the installed program under Xvfb for 6 s and saves $(DIST)/linux-window.png.
# LOOK at the picture: a blank or black window is a failure no exit code reports.
smoke-linux-gui: smoke-linux
	@command -v Xvfb >/dev/null && command -v import >/dev/null || { echo "needs xvfb and imagemagick (make deps)"; exit 1; }
	mkdir -p "$(SMOKE)/home"; set -e; Xvfb $(XVFB_DISPLAY) -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xpid=$$!; sleep 1; \
	  HOME="$(SMOKE)/home" LANG=en_US.UTF-8 DISPLAY=$(XVFB_DISPLAY) "$(SMOKE)/root/usr/bin/appealdesk" >"$(SMOKE)/gui.log" 2>&1 & apid=$$!; \
	  sleep 6; DISPLAY=$(XVFB_DISPLAY) import -window root "$(DIST)/linux-window.png" || true; \
	  alive=0; kill -0 $$apid 2>/dev/null && alive=1; \
	  kill $$apid 2>/dev/null || true; kill $$xpid 2>/dev/null || true; wait $$apid 2>/dev/null || true; \
	  cat "$(SMOKE)/gui.log"; \
	  [ $$alive = 1 ] || { echo "smoke-linux-gui: the program exited within 6 s"; exit 1; }
	@echo "smoke-linux-gui: window shot in $(DIST)/linux-window.png"

# ---- Windows (cross-compiled with mingw-w64, installer with NSIS) ------------------

windows-exe: packaging-deps fyne-cli
	$(call pkg_stage,$(PKG_WORK)/windows)
	cd "$(PKG_WORK)/windows" && CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=$(MINGW_CC) CGO_LDFLAGS="$(MINGW_LDFLAGS)" \
	  GOFLAGS="$(PKG_GOFLAGS)" "$(FYNE)" package -os windows -release -tags $(PKG_TAGS_A11Y)
	@mkdir -p $(DIST)
	mv "$(PKG_WORK)/windows/Appeal Desk.exe" "$(WIN_EXE)"
	@ls -l "$(WIN_EXE)"

# The installer wraps the exe built by windows-exe (same ORG), the organisation file
# and its templates folder when bundled, and an .ico made from assets/icon.png.
windows-installer: windows-exe
	cd "$(PKG_WORK)/windows" && $(PKG_GO) run ./packaging/edition nsis "$(PKG_WORK)/windows/strings.nsh" \
	  $(if $(wildcard $(PKG_WORK)/windows/assets/edition/organisation.toml),assets/edition)
	convert assets/icon.png -define icon:auto-resize=256,64,48,32,16 "$(PKG_WORK)/windows/appealdesk.ico"
	$(MAKENSIS) -V2 -INPUTCHARSET UTF8 \
	  -DVERSION=$(APP_VERSION) \
	  -DEXE="$(abspath $(WIN_EXE))" \
	  -DICON="$(PKG_WORK)/windows/appealdesk.ico" \
	  -DSTRINGS="$(PKG_WORK)/windows/strings.nsh" \
	  -DEDITION="$(PKG_WORK)/windows/assets/edition" \
	  $(if $(wildcard $(PKG_WORK)/windows/assets/edition/organisation.toml),-DHAVE_ORG) \
	  -DOUTFILE="$(abspath $(WIN_SETUP))" \
	  packaging/windows/appealdesk.nsi
	@ls -l "$(WIN_SETUP)"

# ---- macOS (on a Mac: .github/workflows/macos.yml runs this) -----------------------

package-macos: fyne-cli
	@[ "$$(uname -s)" = Darwin ] || { echo "package-macos runs on macOS only (see .github/workflows/macos.yml)"; exit 1; }
	$(call pkg_stage,$(PKG_WORK)/macos)
	cd "$(PKG_WORK)/macos" && GOFLAGS="$(PKG_GOFLAGS)" "$(FYNE)" package -os darwin -release -tags $(PKG_TAGS_A11Y)
	@mkdir -p $(DIST) "$(PKG_WORK)/dmg"
	rm -rf "$(DIST)/Appeal Desk.app" "$(PKG_WORK)/dmg/"* && cp -R "$(PKG_WORK)/macos/Appeal Desk.app" "$(DIST)/"
	cp -R "$(DIST)/Appeal Desk.app" "$(PKG_WORK)/dmg/" && ln -s /Applications "$(PKG_WORK)/dmg/Applications"
	hdiutil create -volname "Appeal Desk" -srcfolder "$(PKG_WORK)/dmg" -ov -format UDZO "$(MAC_DMG)"
	@ls -l "$(MAC_DMG)"

# ---- Reproducibility ---------------------------------------------------------------

# Builds the release Linux binary (the same fyne package invocation as package-linux)
# in two directories of different depth; the second uses an empty GOCACHE so no
# compiled object is shared. Both must have the same sha256.
REPRO_A := $(PKG_WORK)/repro-a/src
REPRO_B := $(PKG_WORK)/repro-b/a/much/longer/path/src
repro-check: fyne-cli
	$(call pkg_stage,$(REPRO_A))
	$(call pkg_stage,$(REPRO_B))
	$(call linux_package,$(REPRO_A),$(PKG_WORK)/repro-a/appealdesk.tar.xz)
	rm -rf "$(PKG_WORK)/repro-cache" && mkdir -p "$(PKG_WORK)/repro-cache"
	$(call linux_package,$(REPRO_B),$(PKG_WORK)/repro-b/appealdesk.tar.xz,GOCACHE="$(PKG_WORK)/repro-cache")
	tar -xJOf "$(PKG_WORK)/repro-a/appealdesk.tar.xz" appealdesk/usr/local/bin/appealdesk > "$(PKG_WORK)/repro-a/appealdesk"
	tar -xJOf "$(PKG_WORK)/repro-b/appealdesk.tar.xz" appealdesk/usr/local/bin/appealdesk > "$(PKG_WORK)/repro-b/appealdesk"
	cd "$(PKG_WORK)" && sha256sum repro-a/appealdesk repro-b/appealdesk repro-a/appealdesk.tar.xz repro-b/appealdesk.tar.xz
	@a=$$(sha256sum < "$(PKG_WORK)/repro-a/appealdesk"); b=$$(sha256sum < "$(PKG_WORK)/repro-b/appealdesk"); \
	  if [ "$$a" = "$$b" ]; then echo "repro-check: OK, identical binaries"; else echo "repro-check: FAILED, the binaries differ"; exit 1; fi
	@a=$$(sha256sum < "$(PKG_WORK)/repro-a/appealdesk.tar.xz"); b=$$(sha256sum < "$(PKG_WORK)/repro-b/appealdesk.tar.xz"); \
	  if [ "$$a" = "$$b" ]; then echo "repro-check: OK, identical .tar.xz"; else echo "repro-check: FAILED, the archives differ"; exit 1; fi
	rm -rf "$(PKG_WORK)/repro-cache"

packaging-clean:
	rm -rf "$(PKG_WORK)" $(DIST)

# Hand the default goal back to the including Makefile (empty: its next target).
.DEFAULT_GOAL := $(pkg_saved_default_goal)
