# Branch Desk — the two commands of the README, and what they stand on.
#   make run    install what is missing, build, create a demo branch on first use, start
#   make check  install what is missing, build, run every test headless
#   make bench  build, create the 1,000,000-customer database once, run the benchmarks
BUILD ?= build
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
DATABASE ?= $(DATA_HOME)/branchdesk/branchdesk.db
# The demo branch's data is invented: its key is kept in a file beside it, so that
# `make run` works with or without a desktop keyring. A real branch's key is in the
# keyring of the desk's user (branchdesk-admin without --key-file).
DEMO_KEY ?= $(DATABASE).key
# The counter works in Chinese; `make run BD_LANG=en_US.UTF-8` shows the English source.
BD_LANG ?= zh_CN.UTF-8

UNINSTALLED = GSETTINGS_SCHEMA_DIR=$(BUILD)/data BRANCHDESK_LOCALEDIR=$(abspath $(BUILD))/po
# What tests/bench measures (its meson.build reads the same path), and its key.
BENCH_DATABASE = $(BUILD)/bench/branch-1m-sealed.db
BENCH_KEY = $(BUILD)/bench/branch-1m.key

.PHONY: run check bench build deps

deps:
	@tools/install-deps.sh

$(BUILD)/build.ninja:
	meson setup $(BUILD)

build: deps $(BUILD)/build.ninja
	@ninja -C $(BUILD) >/dev/null || ninja -C $(BUILD)

# A demo made by a program before schema 9 keeps its numbers in clear text: it is
# converted once, its key beside it. A sealed file is left as it is (encrypt refuses it,
# and no key file is made): its key is in the keyring, or beside it already.
run: build
	@test -f "$(DATABASE)" || $(BUILD)/app/admin/branchdesk-admin --key-file "$(DEMO_KEY)" demo "$(DATABASE)"
	@test -f "$(DEMO_KEY)" || $(BUILD)/app/admin/branchdesk-admin --key-file "$(DEMO_KEY)" \
	  encrypt "$(DATABASE)" 2>/dev/null || true
	env LANG=$(BD_LANG) LC_ALL=$(BD_LANG) $(UNINSTALLED) $(BUILD)/app/branchdesk --database "$(DATABASE)" \
	  $$(test -f "$(DEMO_KEY)" && echo --key-file "$(DEMO_KEY)")

check: build
	@status=0; \
	xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
	  meson test -C $(BUILD) --print-errorlogs || status=$$?; \
	tools/test-summary.py $(BUILD)/meson-logs/testlog.json; \
	exit $$status

# About 90 s the first time: the database is written under another name and renamed when
# complete, so an interrupted run starts again.
$(BENCH_DATABASE):
	@mkdir -p $(dir $@)
	rm -f $@.part $@.part-wal $@.part-shm
	$(BUILD)/app/admin/branchdesk-admin --key-file $(BENCH_KEY) demo --keep-demo-passwords \
	  --customers 1000000 --seed 1 --today 2026-11-22 $@.part
	mv $@.part $@

# The start-up benchmark drives the program through its BRANCHDESK_BENCH hook, which only a
# build configured with bench_hooks has: what is installed never reads it.
bench: build
	@meson configure $(BUILD) -Dbench_hooks=true
	@ninja -C $(BUILD) >/dev/null || ninja -C $(BUILD)
	@$(MAKE) --no-print-directory $(BENCH_DATABASE)
	BRANCHDESK_KEY_FILE=$(abspath $(BENCH_KEY)) xvfb-run -a -s "-screen 0 1280x800x24" \
	  dbus-run-session -- meson test -C $(BUILD) --benchmark --verbose
